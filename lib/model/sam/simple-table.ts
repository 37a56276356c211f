/**
 * AWS::Serverless::SimpleTable → AWS::DynamoDB::Table `<Id>`: a hash key (`id`, String unless
 * PrimaryKey says otherwise), provisioned capacity when ProvisionedThroughput is given, else
 * on-demand (BillingMode PAY_PER_REQUEST) — as SAM's SamSimpleTable does.
 */
import type { TemplateResource } from '../template.js';
import { defined, isRecord, passthrough, tagList, type Properties, type SamContext } from './sam-context.js';

export const SAM_SIMPLE_TABLE = 'AWS::Serverless::SimpleTable';

const ATTRIBUTE_TYPES: Record<string, string> = { String: 'S', Number: 'N', Binary: 'B' };

export function expandSimpleTable(ctx: SamContext, logicalId: string, declared: TemplateResource, p: Properties): void {
  const key = isRecord(p.PrimaryKey) ? p.PrimaryKey : { Name: 'id', Type: 'String' };
  const attributeType = typeof key.Type === 'string' ? ATTRIBUTE_TYPES[key.Type] : undefined;
  if (!attributeType)
    ctx.warn(`${logicalId}: PrimaryKey.Type ${JSON.stringify(key.Type)} is not String, Number or Binary (SAM rejects it).`);
  ctx.add({
    logicalId,
    origin: { logicalId, type: SAM_SIMPLE_TABLE },
    resource: {
      Type: 'AWS::DynamoDB::Table',
      Properties: defined({
        TableName: p.TableName,
        AttributeDefinitions: [{ AttributeName: key.Name, AttributeType: attributeType ?? 'S' }],
        KeySchema: [{ AttributeName: key.Name, KeyType: 'HASH' }],
        ...(p.ProvisionedThroughput !== undefined
          ? { ProvisionedThroughput: p.ProvisionedThroughput }
          : { BillingMode: 'PAY_PER_REQUEST' }),
        SSESpecification: p.SSESpecification,
        Tags: tagList(p.Tags),
      }),
      ...passthrough(declared),
      ...(declared.DependsOn !== undefined ? { DependsOn: declared.DependsOn } : {}),
    },
  });
}
