/**
 * AWS::Serverless::HttpApi → AWS::ApiGatewayV2::Api `<Id>` (an HTTP API) and its stage: `$default`
 * as `<Id>ApiGatewayDefaultStage` unless StageName names another (`<Id><StageName>Stage`). The
 * implicit API of HttpApi events without an ApiId is this with Id `ServerlessHttpApi`.
 */
import type { TemplateResource } from '../template.js';
import { defined, isRecord, passthrough, ref, hashSuffix, type Properties, type SamContext, type SamOrigin } from './sam-context.js';

export const SAM_HTTP_API = 'AWS::Serverless::HttpApi';

export function expandHttpApi(
  ctx: SamContext,
  logicalId: string,
  declared: TemplateResource,
  p: Properties,
  origin: SamOrigin = { logicalId, type: SAM_HTTP_API },
): void {
  const attrs = passthrough(declared);
  const add = (id: string, Type: string, Properties: Properties, extra: Partial<TemplateResource> = {}) =>
    ctx.add({ logicalId: id, origin, resource: { Type, Properties: defined(Properties), ...attrs, ...extra } });

  add(
    logicalId,
    'AWS::ApiGatewayV2::Api',
    {
      Name: p.Name,
      Description: p.Description,
      // SAM imports the OpenAPI body; an HTTP API either way (WebSocket APIs are not a SAM type).
      ProtocolType: p.DefinitionBody === undefined && p.DefinitionUri === undefined ? 'HTTP' : undefined,
      Body: p.DefinitionBody,
      BodyS3Location: p.DefinitionUri,
      DisableExecuteApiEndpoint: p.DisableExecuteApiEndpoint,
      FailOnWarnings: p.FailOnWarnings,
    },
    declared.DependsOn !== undefined ? { DependsOn: declared.DependsOn } : {},
  );

  const resolved = ctx.resolve(p.StageName);
  const stageName = typeof resolved === 'string' && resolved !== '' ? resolved : '$default';
  const stageId =
    stageName === '$default' ? `${logicalId}ApiGatewayDefaultStage` : `${logicalId}${stageName.replace(/[^A-Za-z0-9]/g, '')}Stage`;
  add(stageId, 'AWS::ApiGatewayV2::Stage', {
    ApiId: ref(logicalId),
    StageName: stageName,
    AutoDeploy: true,
    StageVariables: p.StageVariables,
    AccessLogSettings: p.AccessLogSettings,
    DefaultRouteSettings: p.DefaultRouteSettings,
    RouteSettings: p.RouteSettings,
  });

  if (isRecord(p.Domain) && p.Domain.DomainName !== undefined) {
    add(`ApiGatewayDomainNameV2${hashSuffix(p.Domain.DomainName)}`, 'AWS::ApiGatewayV2::DomainName', { DomainName: p.Domain.DomainName });
  }
}
