/**
 * AWS::Serverless::Api → AWS::ApiGateway::RestApi `<Id>`, Deployment `<Id>Deployment<hash>` and
 * Stage `<Id><StageName>Stage` (where CacheClusterEnabled/CacheClusterSize put a billed cache
 * cluster), plus a DomainName when Domain is set. The implicit API that Api events without a
 * RestApiId attach to is this with Id `ServerlessRestApi` and stage `Prod`.
 */
import type { TemplateResource } from '../template.js';
import { defined, hashSuffix, isRecord, passthrough, ref, type Properties, type SamContext, type SamOrigin } from './sam-context.js';

export const SAM_API = 'AWS::Serverless::Api';

export function expandApi(
  ctx: SamContext,
  logicalId: string,
  declared: TemplateResource,
  p: Properties,
  origin: SamOrigin = { logicalId, type: SAM_API },
): void {
  const attrs = passthrough(declared);
  const add = (id: string, Type: string, Properties: Properties, extra: Partial<TemplateResource> = {}) =>
    ctx.add({ logicalId: id, origin, resource: { Type, Properties: defined(Properties), ...attrs, ...extra } });

  const endpoint = p.EndpointConfiguration;
  add(
    logicalId,
    'AWS::ApiGateway::RestApi',
    {
      Name: p.Name,
      Description: p.Description,
      Body: p.DefinitionBody,
      BodyS3Location: typeof p.DefinitionUri === 'string' || isRecord(p.DefinitionUri) ? p.DefinitionUri : undefined,
      EndpointConfiguration: typeof endpoint === 'string' ? { Types: [endpoint] } : endpoint,
      BinaryMediaTypes: p.BinaryMediaTypes,
      MinimumCompressionSize: p.MinimumCompressionSize,
      Mode: p.Mode,
      DisableExecuteApiEndpoint: p.DisableExecuteApiEndpoint,
      ApiKeySourceType: p.ApiKeySourceType,
    },
    declared.DependsOn !== undefined ? { DependsOn: declared.DependsOn } : {},
  );

  const stageName = stageNameOf(ctx, logicalId, p.StageName);
  const deploymentId = `${logicalId}Deployment${hashSuffix([p.DefinitionBody, p.DefinitionUri, stageName])}`;
  add(deploymentId, 'AWS::ApiGateway::Deployment', {
    RestApiId: ref(logicalId),
    Description: `RestApi deployment id: ${deploymentId.slice(-10)}`,
  });
  add(`${logicalId}${stageName.replace(/[^A-Za-z0-9]/g, '')}Stage`, 'AWS::ApiGateway::Stage', {
    RestApiId: ref(logicalId),
    DeploymentId: ref(deploymentId),
    StageName: stageName,
    CacheClusterEnabled: p.CacheClusterEnabled,
    CacheClusterSize: p.CacheClusterSize,
    Variables: p.Variables,
    MethodSettings: p.MethodSettings,
    AccessLogSetting: p.AccessLogSetting,
    CanarySetting: p.CanarySetting,
    TracingEnabled: p.TracingEnabled,
  });

  if (isRecord(p.Domain) && p.Domain.DomainName !== undefined) {
    add(`ApiGatewayDomainName${hashSuffix(p.Domain.DomainName)}`, 'AWS::ApiGateway::DomainName', {
      DomainName: p.Domain.DomainName,
      RegionalCertificateArn: p.Domain.CertificateArn,
    });
  }
  if (
    isRecord(p.Auth) &&
    isRecord(p.Auth.UsagePlan) &&
    p.Auth.UsagePlan.CreateUsagePlan !== 'NONE' &&
    p.Auth.UsagePlan.CreateUsagePlan !== undefined
  ) {
    add(`${logicalId}UsagePlan`, 'AWS::ApiGateway::UsagePlan', { ApiStages: [{ ApiId: ref(logicalId), Stage: stageName }] });
    add(`${logicalId}ApiKey`, 'AWS::ApiGateway::ApiKey', { Enabled: true });
    add(`${logicalId}UsagePlanKey`, 'AWS::ApiGateway::UsagePlanKey', {
      KeyId: ref(`${logicalId}ApiKey`),
      KeyType: 'API_KEY',
      UsagePlanId: ref(`${logicalId}UsagePlan`),
    });
  }
}

/** SAM resolves StageName from parameters; an unresolvable one still yields a stage, under a placeholder id. */
function stageNameOf(ctx: SamContext, logicalId: string, value: unknown): string {
  const resolved = ctx.resolve(value);
  if (typeof resolved === 'string' && resolved !== '') return resolved;
  if (value !== undefined) ctx.warn(`${logicalId}: StageName cannot be resolved before deployment; the stage is named "Stage" here.`);
  return 'Stage';
}
