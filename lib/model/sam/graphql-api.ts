/**
 * AWS::Serverless::GraphQLApi → AWS::AppSync::GraphQLApi `<Id>` (queries and real-time updates are
 * billed there), its schema `<Id>Schema`, and an API key `<Id><KeyId>` per entry of ApiKeys. Data
 * sources, functions and resolvers have no charge of their own and are not generated here.
 */
import type { TemplateResource } from '../template.js';
import { defined, getAtt, isRecord, passthrough, type Properties, type SamContext } from './sam-context.js';

export const SAM_GRAPHQL_API = 'AWS::Serverless::GraphQLApi';

export function expandGraphQlApi(ctx: SamContext, logicalId: string, declared: TemplateResource, p: Properties): void {
  const origin = { logicalId, type: SAM_GRAPHQL_API };
  const attrs = passthrough(declared);
  const add = (id: string, Type: string, Properties: Properties) =>
    ctx.add({ logicalId: id, origin, resource: { Type, Properties: defined(Properties), ...attrs } });
  const auth = isRecord(p.Auth) ? p.Auth : {};
  add(logicalId, 'AWS::AppSync::GraphQLApi', {
    Name: p.Name ?? logicalId,
    AuthenticationType: auth.Type,
    XrayEnabled: p.XrayEnabled,
    LogConfig: p.Logging === false ? undefined : p.Logging,
    Visibility: p.Visibility,
  });
  add(`${logicalId}Schema`, 'AWS::AppSync::GraphQLSchema', {
    ApiId: getAtt(logicalId, 'ApiId'),
    Definition: p.SchemaInline,
    DefinitionS3Location: p.SchemaUri,
  });
  if (isRecord(p.ApiKeys)) {
    for (const keyId of Object.keys(p.ApiKeys)) add(`${logicalId}${keyId}`, 'AWS::AppSync::ApiKey', { ApiId: getAtt(logicalId, 'ApiId') });
  }
}
