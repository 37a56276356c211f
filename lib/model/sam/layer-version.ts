/**
 * AWS::Serverless::LayerVersion → AWS::Lambda::LayerVersion `<Id><hash>` (SAM renames the logical id
 * on every content change so a retained old version survives the update). Layers have no charge.
 */
import type { TemplateResource } from '../template.js';
import { defined, hashSuffix, isRecord, passthrough, type Properties, type SamContext } from './sam-context.js';

export const SAM_LAYER_VERSION = 'AWS::Serverless::LayerVersion';

export function expandLayerVersion(ctx: SamContext, logicalId: string, declared: TemplateResource, p: Properties): void {
  const uri = p.ContentUri;
  const match = typeof uri === 'string' ? /^s3:\/\/([^/]+)\/(.+)$/.exec(uri) : null;
  const content = isRecord(uri)
    ? defined({ S3Bucket: uri.Bucket, S3Key: uri.Key, S3ObjectVersion: uri.Version })
    : match
      ? { S3Bucket: match[1], S3Key: match[2] }
      : { S3Key: uri }; // a local path: `sam package` picks the bucket
  const retention = typeof p.RetentionPolicy === 'string' && /^delete$/i.test(p.RetentionPolicy) ? 'Delete' : 'Retain';
  ctx.add({
    logicalId: `${logicalId}${hashSuffix(p)}`,
    origin: { logicalId, type: SAM_LAYER_VERSION },
    resource: {
      Type: 'AWS::Lambda::LayerVersion',
      Properties: defined({
        LayerName: p.LayerName ?? logicalId,
        Description: p.Description,
        Content: content,
        CompatibleArchitectures: p.CompatibleArchitectures,
        CompatibleRuntimes: p.CompatibleRuntimes,
        LicenseInfo: p.LicenseInfo,
      }),
      ...passthrough(declared),
      DeletionPolicy: retention,
    },
  });
}
