/**
 * Where a nested stack's template is in a Cloud Assembly. The CDK CLI asks for asset metadata, so
 * the AWS::CloudFormation::Stack resource carries `aws:asset:path`; an assembly written by running
 * the app directly (node app.js, no CLI) has none. Its asset manifests (`*.assets.json`) still
 * name every file asset: the nested template's source path and the S3 object key the parent's
 * TemplateURL ends with — so the key found in TemplateURL leads back to the local file.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface AssetManifest {
  files?: Record<string, { source?: { path?: string; packaging?: string }; destinations?: Record<string, { objectKey?: string }> }>;
}

/** S3 object key → template path (relative to the assembly), from every asset manifest in `dir`. */
export function nestedTemplatesByObjectKey(dir: string): Map<string, string> {
  const byKey = new Map<string, string>();
  if (!existsSync(dir)) return byKey;
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.assets.json'))
    .sort()) {
    let manifest: AssetManifest;
    try {
      manifest = JSON.parse(readFileSync(join(dir, file), 'utf8')) as AssetManifest;
    } catch {
      continue; // an unreadable asset manifest only loses this fallback; the nested stack is then reported as not found
    }
    for (const asset of Object.values(manifest.files ?? {})) {
      const path = asset.source?.path;
      if (!path || (asset.source?.packaging ?? 'file') !== 'file') continue;
      for (const destination of Object.values(asset.destinations ?? {})) if (destination.objectKey) byKey.set(destination.objectKey, path);
    }
  }
  return byKey;
}

/** The object key a TemplateURL ends with: a plain URL, or the Fn::Join CDK writes (its last literal part). */
export function templateObjectKey(templateUrl: unknown): string | undefined {
  let tail: unknown = templateUrl;
  const join = tail && typeof tail === 'object' ? (tail as Record<string, unknown>)['Fn::Join'] : undefined;
  if (Array.isArray(join) && Array.isArray(join[1])) tail = join[1][join[1].length - 1];
  if (typeof tail !== 'string') return undefined;
  const key = tail.slice(tail.lastIndexOf('/') + 1);
  return key || undefined;
}
