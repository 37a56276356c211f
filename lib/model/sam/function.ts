/**
 * AWS::Serverless::Function → AWS::Lambda::Function `<Id>` (same logical id), its execution role
 * `<Id>Role` (when Role is not given), `<Id>Version<hash>` + `<Id>Alias<Name>` for AutoPublishAlias
 * (provisioned concurrency lives on the alias), `<Id>Url` for FunctionUrlConfig, an EventInvokeConfig
 * (and the queue or topic SAM creates for a destination without an ARN), CodeDeploy resources for
 * DeploymentPreference, and the resources of each event (function-events.ts).
 */
import type { TemplateResource } from '../template.js';
import { assumeRole, expandFunctionEvents } from './function-events.js';
import { defined, getAtt, hashSuffix, isRecord, passthrough, ref, tagList, type Properties, type SamContext } from './sam-context.js';

export const SAM_FUNCTION = 'AWS::Serverless::Function';

/** Properties SAM copies onto the Lambda function unchanged. */
const COPIED = [
  'FunctionName',
  'Handler',
  'Runtime',
  'Description',
  'MemorySize',
  'Timeout',
  'VpcConfig',
  'Environment',
  'KmsKeyArn',
  'ReservedConcurrentExecutions',
  'Layers',
  'FileSystemConfigs',
  'ImageConfig',
  'PackageType',
  'Architectures',
  'SnapStart',
  'EphemeralStorage',
  'CodeSigningConfigArn',
  'RuntimeManagementConfig',
  'LoggingConfig',
  'RecursiveLoop',
];

export function expandFunction(ctx: SamContext, logicalId: string, declared: TemplateResource, p: Properties): void {
  const origin = { logicalId, type: SAM_FUNCTION };
  const attrs = passthrough(declared);
  const add = (id: string, Type: string, Properties: Properties, extra: Partial<TemplateResource> = {}) =>
    ctx.add({ logicalId: id, origin, resource: { Type, Properties: defined(Properties), ...attrs, ...extra } });

  const properties: Properties = {};
  for (const key of COPIED) if (p[key] !== undefined) properties[key] = p[key];
  properties.Code = codeOf(p);
  properties.Role = p.Role ?? getAtt(`${logicalId}Role`, 'Arn');
  if (p.Tracing !== undefined) properties.TracingConfig = { Mode: p.Tracing };
  if (isRecord(p.DeadLetterQueue)) properties.DeadLetterConfig = { TargetArn: p.DeadLetterQueue.TargetArn };
  properties.Tags = tagList(p.Tags);
  add(logicalId, 'AWS::Lambda::Function', properties, {
    ...(declared.DependsOn !== undefined ? { DependsOn: declared.DependsOn } : {}),
    ...(declared.Metadata !== undefined ? { Metadata: declared.Metadata } : {}),
  });

  if (p.Role === undefined) {
    add(`${logicalId}Role`, 'AWS::IAM::Role', {
      AssumeRolePolicyDocument: p.AssumeRolePolicyDocument ?? assumeRole('lambda.amazonaws.com'),
      ManagedPolicyArns: [{ 'Fn::Sub': 'arn:${AWS::Partition}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole' }],
      PermissionsBoundary: p.PermissionsBoundary,
      Path: p.RolePath,
      Tags: tagList(p.Tags),
    });
  }

  let aliasId: string | undefined;
  const aliasName = ctx.resolve(p.AutoPublishAlias);
  if (p.AutoPublishAlias !== undefined) {
    if (typeof aliasName !== 'string') {
      ctx.warn(`${logicalId}: AutoPublishAlias must be a string or a Ref to a parameter with a value; no alias is generated.`);
    } else {
      const versionId = `${logicalId}Version${hashSuffix([properties.Code, p.Environment, p.MemorySize, p.AutoPublishCodeSha256])}`;
      add(
        versionId,
        'AWS::Lambda::Version',
        { FunctionName: ref(logicalId), Description: p.VersionDescription },
        { DeletionPolicy: 'Retain' },
      );
      aliasId = `${logicalId}Alias${aliasName}`;
      add(aliasId, 'AWS::Lambda::Alias', {
        Name: aliasName,
        FunctionName: ref(logicalId),
        FunctionVersion: getAtt(versionId, 'Version'),
        ProvisionedConcurrencyConfig: p.ProvisionedConcurrencyConfig,
      });
    }
  } else if (p.ProvisionedConcurrencyConfig !== undefined) {
    ctx.warn(
      `${logicalId}: ProvisionedConcurrencyConfig needs AutoPublishAlias (SAM rejects it otherwise); provisioned concurrency is not ` +
        `priced.`,
    );
  }

  const invokeTarget = ref(aliasId ?? logicalId);
  if (isRecord(p.FunctionUrlConfig)) {
    add(`${logicalId}Url`, 'AWS::Lambda::Url', {
      AuthType: p.FunctionUrlConfig.AuthType,
      Cors: p.FunctionUrlConfig.Cors,
      TargetFunctionArn: invokeTarget,
    });
    if (p.FunctionUrlConfig.AuthType === 'NONE') {
      add(`${logicalId}UrlPublicPermissions`, 'AWS::Lambda::Permission', {
        Action: 'lambda:InvokeFunctionUrl',
        FunctionName: invokeTarget,
        Principal: '*',
        FunctionUrlAuthType: 'NONE',
      });
    }
  }

  if (isRecord(p.EventInvokeConfig))
    expandEventInvokeConfig(add, logicalId, p.EventInvokeConfig, typeof aliasName === 'string' ? aliasName : undefined);

  if (isRecord(p.DeploymentPreference) && p.DeploymentPreference.Enabled !== false) {
    add('ServerlessDeploymentApplication', 'AWS::CodeDeploy::Application', { ComputePlatform: 'Lambda' });
    add(`${logicalId}DeploymentGroup`, 'AWS::CodeDeploy::DeploymentGroup', {
      ApplicationName: ref('ServerlessDeploymentApplication'),
      DeploymentConfigName: p.DeploymentPreference.Type,
    });
  }

  expandFunctionEvents(ctx, { functionId: logicalId, ...(aliasId ? { aliasId } : {}), declared }, p.Events);
}

/** SAM's code properties → Lambda's Code. */
function codeOf(p: Properties): unknown {
  if (p.InlineCode !== undefined) return { ZipFile: p.InlineCode };
  if (p.ImageUri !== undefined) return { ImageUri: p.ImageUri };
  const uri = p.CodeUri;
  if (typeof uri === 'string') {
    const match = /^s3:\/\/([^/]+)\/(.+)$/.exec(uri);
    // A local path (`src/`) is what `sam package` uploads, to a bucket it chooses: only the key is known.
    return match ? { S3Bucket: match[1], S3Key: match[2] } : { S3Key: uri };
  }
  if (isRecord(uri)) return defined({ S3Bucket: uri.Bucket, S3Key: uri.Key, S3ObjectVersion: uri.Version });
  return undefined;
}

function expandEventInvokeConfig(
  add: (id: string, type: string, properties: Properties) => void,
  functionId: string,
  config: Properties,
  aliasName: string | undefined,
): void {
  const id = `${functionId}EventInvokeConfig`;
  const destinations: Properties = {};
  const input = isRecord(config.DestinationConfig) ? config.DestinationConfig : {};
  for (const outcome of ['OnSuccess', 'OnFailure']) {
    const d = input[outcome];
    if (!isRecord(d)) continue;
    let destination = d.Destination;
    // Without a Destination, SAM creates the queue or topic itself: those are billed resources.
    if (destination === undefined && d.Type === 'SQS') {
      add(`${id}${outcome}Queue`, 'AWS::SQS::Queue', {});
      destination = getAtt(`${id}${outcome}Queue`, 'Arn');
    } else if (destination === undefined && d.Type === 'SNS') {
      add(`${id}${outcome}Topic`, 'AWS::SNS::Topic', {});
      destination = ref(`${id}${outcome}Topic`);
    }
    destinations[outcome] = { Destination: destination };
  }
  add(id, 'AWS::Lambda::EventInvokeConfig', {
    FunctionName: ref(functionId),
    Qualifier: aliasName ?? '$LATEST',
    MaximumEventAgeInSeconds: config.MaximumEventAgeInSeconds,
    MaximumRetryAttempts: config.MaximumRetryAttempts,
    DestinationConfig: Object.keys(destinations).length ? destinations : undefined,
  });
}
