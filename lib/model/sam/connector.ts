/**
 * AWS::Serverless::Connector (and the `Connectors` attribute of a resource) → the IAM policies,
 * permissions and queue/topic policies that let the source reach the destination. All of them are
 * free; one IAM managed policy `<Id>Policy` stands for them.
 */
import type { TemplateResource } from '../template.js';
import { passthrough, type Properties, type SamContext } from './sam-context.js';

export const SAM_CONNECTOR = 'AWS::Serverless::Connector';

export function expandConnector(ctx: SamContext, logicalId: string, declared: TemplateResource, p: Properties): void {
  ctx.add({
    logicalId: `${logicalId}Policy`,
    origin: { logicalId, type: SAM_CONNECTOR },
    resource: {
      Type: 'AWS::IAM::ManagedPolicy',
      Properties: {
        PolicyDocument: { Version: '2012-10-17', Statement: [] },
        Description: `SAM connector ${JSON.stringify(p.Permissions ?? [])}`,
      },
      ...passthrough(declared),
    },
  });
}
