/**
 * AWS::Serverless::Application → the nested stack SAM creates, AWS::CloudFormation::Stack `<Id>`.
 * Its template comes from the Serverless Application Repository (or a URL) at deploy time, so
 * cdk-cost cannot read it: the stack is listed as unsupported, with the location, never dropped.
 */
import type { TemplateResource } from '../../source/read-template.js';
import { defined, isRecord, passthrough, tagList, type Properties, type SamContext } from './sam-context.js';

export const SAM_APPLICATION = 'AWS::Serverless::Application';

/** Metadata key that tells the nested-stack pricer where the application came from. */
export const SAM_APPLICATION_LOCATION = 'cdk-cost:sam-application-location';

export function expandApplication(ctx: SamContext, logicalId: string, declared: TemplateResource, p: Properties): void {
  const location = p.Location;
  const described = typeof location === 'string'
    ? location
    : isRecord(location)
      ? `${String(location.ApplicationId ?? '?')}${location.SemanticVersion !== undefined ? ` version ${String(location.SemanticVersion)}` : ''}`
      : 'an unknown location';
  ctx.add({
    logicalId,
    origin: { logicalId, type: SAM_APPLICATION },
    resource: {
      Type: 'AWS::CloudFormation::Stack',
      Properties: defined({
        TemplateURL: typeof location === 'string' ? location : undefined,
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
