/**
 * AWS::Serverless::Application → the nested stack SAM creates, AWS::CloudFormation::Stack `<Id>`.
 * Its template comes from the Serverless Application Repository (or a URL) at deploy time, so
 * cdk-cost cannot read it: the stack is listed as unsupported, with the location, never dropped.
 */
import type { TemplateResource } from '../template.js';
import { defined, isRecord, passthrough, tagList, type Properties, type SamContext } from './sam-context.js';

export const SAM_APPLICATION = 'AWS::Serverless::Application';

/**
 * Metadata key that tells the nested-stack pricer where the application comes from: either
 * `{ applicationId, semanticVersion }` (the Serverless Application Repository) or `{ url }` (a
 * template URL), each part as text — resolved where the template decides it, else the intrinsic
 * as the template writes it.
 */
export const SAM_APPLICATION_LOCATION = 'cdk-cost:sam-application-location';

export type SamApplicationLocation = { applicationId: string; semanticVersion?: string } | { url: string };

export function expandApplication(ctx: SamContext, logicalId: string, declared: TemplateResource, p: Properties): void {
  const location = ctx.resolve(p.Location);
  const repository = isRecord(location) && ('ApplicationId' in location || 'SemanticVersion' in location);
  const described: SamApplicationLocation = repository
    ? {
        applicationId: text(location.ApplicationId) ?? 'an application id the template does not give',
        ...(location.SemanticVersion !== undefined ? { semanticVersion: text(location.SemanticVersion)! } : {}),
      }
    : { url: text(location) ?? 'a location the template does not give' };
  ctx.add({
    logicalId,
    origin: { logicalId, type: SAM_APPLICATION },
    resource: {
      Type: 'AWS::CloudFormation::Stack',
      Properties: defined({
        // A URL (or an intrinsic giving one) is the nested stack's TemplateURL, resolved with the other properties.
        TemplateURL: repository ? undefined : p.Location,
        Parameters: p.Parameters,
        NotificationARNs: p.NotificationARNs,
        TimeoutInMinutes: p.TimeoutInMinutes,
        Tags: tagList(p.Tags),
      }),
      Metadata: { ...(declared.Metadata ?? {}), [SAM_APPLICATION_LOCATION]: described },
      ...passthrough(declared),
      ...(declared.DependsOn !== undefined ? { DependsOn: declared.DependsOn } : {}),
    },
  });
}

/** A location part as text: a string or number as is; an intrinsic as the template writes it ({"Ref":"X"} → Ref "X"). */
function text(value: unknown): string | undefined {
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (isRecord(value) && Object.keys(value).length === 1) {
    const [fn, arg] = Object.entries(value)[0]!;
    return `${fn} ${JSON.stringify(arg)}`;
  }
  return value === undefined ? undefined : JSON.stringify(value);
}
