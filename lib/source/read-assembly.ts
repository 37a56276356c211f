/**
 * A Cloud Assembly (cdk.out): manifest.json → stacks (template, region, construct paths),
 * nested stacks followed through their asset paths (or, without asset metadata, through the asset
 * manifests: nested-templates.ts), nested assemblies (Stages) included,
 * and tree.json for the construct hierarchy.
 *
 * Read by hand, not with the CDK's own reader (CloudAssembly of aws-cdk-lib/cx-api, or the
 * standalone @aws-cdk/cloud-assembly-api with @aws-cdk/cloud-assembly-schema), on purpose:
 * - aws-cdk-lib is an optional peer dependency: pricing a cdk.out or a template needs no CDK
 *   installed (a CI job pricing a downloaded assembly, `npx cdk-cost` outside the app). Its
 *   cx-api could only be a second code path for when it happens to be there.
 * - The standalone packages would avoid that, but their reader refuses an assembly whose schema
 *   major is newer than its own ("Cloud assembly schema version mismatch"). The CDK bumps that
 *   major with nearly every schema addition, so a cdk-cost release would stop reading the
 *   assemblies of the next aws-cdk-lib releases, while this reader reads only a few long-standing
 *   fields (artifact type, environment, displayName, templateFile, metadata and
 *   additionalMetadataFile, a nested assembly's directoryName, the tree file) and ignores the rest.
 * - What pricing needs most the CDK's reader does not read at all: nested stack templates (asset
 *   metadata or asset manifests), tree.json's split forest files, cdk-cost's own metadata.
 * The version check here instead: a manifest without a schema version ("55.0.0") is not a Cloud
 * Assembly (a clear error); one newer than TESTED_SCHEMA_MAJOR is read, and an error about the
 * manifest's shape then names its version and says that updating cdk-cost may help.
 * test/source/assembly-conformance.test.ts reads assemblies written by `cdk synth` (the example
 * app, a nested-stack app with a Stage) and by the app alone both here and with cx-api's
 * CloudAssembly, and expects the same stacks, template files, environments, metadata, nested
 * assemblies, asset manifests and nested templates; it also keeps TESTED_SCHEMA_MAJOR equal to the
 * schema of the aws-cdk-lib this repository is tested with.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UserError } from '../errors.js';
import { GUARD_FAILURE_METADATA } from './guard-keys.js';
import type { Architecture, StackModel } from '../model/architecture.js';
import { ConstructTree } from '../model/construct-tree.js';
import { buildStack } from '../model/build-stack.js';
import { nestedTemplatesByObjectKey, templateObjectKey } from './nested-templates.js';
import { readTemplateFile, type TemplateResource } from './read-template.js';
import { readConstructTree } from './read-tree.js';
import type { RegionChoice } from './region-choice.js';

interface Manifest {
  version?: unknown;
  artifacts?: Record<string, Artifact>;
}

/**
 * The newest Cloud Assembly schema major this reader has been checked against: the schema of the
 * aws-cdk-lib in devDependencies (assembly-conformance.test.ts fails when they differ).
 */
export const TESTED_SCHEMA_MAJOR = 55;

interface Artifact {
  type: string;
  environment?: string;
  displayName?: string;
  properties?: { templateFile?: string; stackName?: string; file?: string; directoryName?: string };
  metadata?: Record<string, MetadataEntry[]>;
  additionalMetadataFile?: string;
}

interface MetadataEntry {
  type: string;
  data?: unknown;
}

export function readAssembly(assemblyDir: string, regions: RegionChoice): Architecture {
  const dir = resolve(assemblyDir);
  const tree = new ConstructTree();
  const stacks: StackModel[] = [];
  const warnings: string[] = [];
  const constructMetadata: NonNullable<Architecture['constructMetadata']> = [];
  readAssemblyInto(dir, regions, tree, stacks, warnings, constructMetadata);
  // Resources the SAM transform generated (aws_sam constructs) are not in tree.json: hang them under their SAM construct.
  for (const stack of stacks)
    for (const r of stack.resources)
      if (r.generatedFrom && !tree.has(r.path)) tree.ensurePath(r.path, { cfnType: r.type, logicalId: r.logicalId });
  if (stacks.length === 0) {
    throw new UserError(
      `${join(dir, 'manifest.json')} lists no CloudFormation stacks.`,
      'Does the app create any Stack? Synthesize it again.',
    );
  }
  return { source: { kind: 'assembly', path: dir }, stacks, tree, warnings, constructMetadata };
}

function readAssemblyInto(
  dir: string,
  regions: RegionChoice,
  tree: ConstructTree,
  stacks: StackModel[],
  warnings: string[],
  constructMetadata: NonNullable<Architecture['constructMetadata']>,
): void {
  const manifestPath = join(dir, 'manifest.json');
  if (!existsSync(manifestPath)) {
    throw new UserError(
      `${dir} is not a Cloud Assembly: manifest.json is missing.`,
      'Pass a cdk.out directory produced by `cdk synth`, a CDK app directory, or a template file.',
    );
  }
  let manifest: Manifest;
  try {
    manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  } catch (error) {
    throw new UserError(`Cannot read ${manifestPath}: ${(error as Error).message}`, 'Synthesize the app again.');
  }
  const major = schemaMajor(manifest, manifestPath);
  // A schema newer than this reader was checked against: read it, and say so if it does not fit.
  const newer =
    major > TESTED_SCHEMA_MAJOR
      ? ` (${manifestPath} is Cloud Assembly schema ${String(manifest.version)}, newer than the ${TESTED_SCHEMA_MAJOR}.x ` +
        'this cdk-cost was checked against: updating cdk-cost may help)'
      : '';
  const artifacts = manifest.artifacts ?? {};
  if (typeof artifacts !== 'object' || Array.isArray(artifacts) || artifacts === null)
    throw new UserError(`${manifestPath}: "artifacts" is not an object${newer}.`, 'Synthesize the app again.');
  let nestedTemplates: Map<string, string> | undefined;
  for (const artifact of Object.values(artifacts)) {
    if (artifact.type === 'cdk:tree' && artifact.properties?.file) readConstructTree(dir, artifact.properties.file, tree);
  }
  for (const [artifactId, artifact] of Object.entries(artifacts)) {
    if (artifact.type === 'cdk:cloud-assembly' && artifact.properties?.directoryName) {
      readAssemblyInto(join(dir, artifact.properties.directoryName), regions, tree, stacks, warnings, constructMetadata);
      continue;
    }
    if (artifact.type !== 'aws:cloudformation:stack') continue;
    const templateFile = artifact.properties?.templateFile;
    if (typeof templateFile !== 'string' || !templateFile)
      throw new UserError(`${manifestPath}: stack artifact "${artifactId}" has no templateFile${newer}.`, 'Synthesize the app again.');
    const metadata = readMetadata(dir, artifact, manifestPath);
    const pathByLogicalId = new Map<string, string>();
    const nestedPaths = new Map<string, string[]>();
    for (const [path, entries] of Object.entries(metadata)) {
      for (const entry of entries) {
        if (entry.type === 'aws:cdk:logicalId' && typeof entry.data === 'string') {
          pathByLogicalId.set(entry.data, path.replace(/^\//, ''));
          nestedPaths.set(entry.data, [...(nestedPaths.get(entry.data) ?? []), path.replace(/^\//, '')]);
        }
        // A CostGuard in report-only mode (see synthesize.ts): what would have stopped `cdk synth`.
        else if (entry.type === GUARD_FAILURE_METADATA) warnings.push(guardFailure(path, entry.data));
        else if (entry.type.startsWith('cdk-cost:'))
          constructMetadata.push({ path: path.replace(/^\//, ''), type: entry.type, data: entry.data });
      }
    }
    const env = parseEnvironment(artifact.environment);
    const region = regions.resolve(env.region, artifact.displayName ?? artifactId);
    const name = artifact.displayName ?? artifactId;
    const nestedByKey = () => (nestedTemplates ??= nestedTemplatesByObjectKey(dir));
    const context: AssemblyContext = { dir, pathByLogicalId, nestedPaths, stacks, warnings, nestedByKey };
    addStack(context, join(dir, templateFile), name, region, env.account, undefined, {});
  }
}

interface AssemblyContext {
  dir: string;
  pathByLogicalId: Map<string, string>;
  /** Every construct path a logical id has in the stack's metadata (nested stacks reuse logical ids). */
  nestedPaths: Map<string, string[]>;
  stacks: StackModel[];
  warnings: string[];
  /** Nested templates by S3 object key, read from the asset manifests when first needed. */
  nestedByKey: () => Map<string, string>;
}

function addStack(
  context: AssemblyContext,
  templatePath: string,
  name: string,
  region: { region: string; source: StackModel['regionSource'] },
  account: string | undefined,
  parent: string | undefined,
  parameterValues: Record<string, unknown>,
  /** A nested stack's construct path (its resources' paths start with it), e.g. Parent/Storage. */
  nestedPath?: string,
): void {
  const { dir, pathByLogicalId, stacks, warnings } = context;
  if (!existsSync(templatePath))
    throw new UserError(`Template ${templatePath} named in the Cloud Assembly is missing.`, 'Synthesize the app again.');
  const template = readTemplateFile(templatePath);
  const pathOf = (logicalId: string, resource: TemplateResource) => {
    const fromResource = resource.Metadata?.['aws:cdk:path'];
    if (typeof fromResource === 'string') return fromResource;
    // Without resource-level path metadata (an app run without the CDK CLI), the stack's metadata
    // still maps paths to logical ids: a nested stack's resource is the one under its construct path.
    if (parent) return nestedPath ? context.nestedPaths.get(logicalId)?.find((p) => p.startsWith(`${nestedPath}/`)) : undefined;
    return pathByLogicalId.get(logicalId);
  };
  const built = buildStack({
    template,
    templateFile: templatePath,
    name,
    region: region.region,
    regionSource: region.source,
    ...(account ? { account } : {}),
    ...(parent ? { parent } : {}),
    parameterValues,
    pathOf,
  });
  stacks.push(built.stack);
  // Name assembly files relative to the assembly: a synthesized one lives in a temporary directory.
  warnings.push(...built.warnings.map((w) => w.split(`${dir}/`).join('')));
  for (const resource of built.stack.resources) {
    if (resource.type !== 'AWS::CloudFormation::Stack') continue;
    const metadataPath = resource.metadata['aws:asset:path'];
    const objectKey = typeof metadataPath === 'string' ? undefined : templateObjectKey(resource.properties.TemplateURL);
    const assetPath = typeof metadataPath === 'string' ? metadataPath : objectKey && context.nestedByKey().get(objectKey);
    if (!assetPath) {
      warnings.push(
        `${name}/${resource.logicalId}: nested stack without a local template ` +
          '(no aws:asset:path, and no asset manifest names its TemplateURL); its resources are not priced.',
      );
      continue;
    }
    const nestedParameters = (resource.properties.Parameters ?? {}) as Record<string, unknown>;
    // CDK puts a NestedStack's resource at <path>.NestedStack/<id>.NestedStackResource; its resources live under <path>.
    const nestedPath = /^(.*)\.NestedStack\/[^/]*$/.exec(resource.path)?.[1];
    addStack(context, join(dir, assetPath), `${name}/${resource.logicalId}`, region, account, name, nestedParameters, nestedPath);
  }
}

/** The schema major of manifest.json's "version" ("55.0.0" → 55); without one it is no Cloud Assembly manifest. */
function schemaMajor(manifest: Manifest, manifestPath: string): number {
  const version: unknown = manifest && typeof manifest === 'object' ? manifest.version : undefined;
  const match = typeof version === 'string' ? /^(\d+)\.\d+\.\d+/.exec(version) : null;
  if (!match) {
    throw new UserError(
      `${manifestPath} has no Cloud Assembly schema version (e.g. "version": "${TESTED_SCHEMA_MAJOR}.0.0"): it is not a CDK manifest.`,
      'Pass a cdk.out directory produced by `cdk synth`, a CDK app directory, or a template file.',
    );
  }
  return Number(match[1]);
}

function readMetadata(dir: string, artifact: Artifact, manifestPath: string): Record<string, MetadataEntry[]> {
  const metadata: Record<string, MetadataEntry[]> = { ...(artifact.metadata ?? {}) };
  if (artifact.additionalMetadataFile) {
    const path = join(dir, artifact.additionalMetadataFile);
    try {
      Object.assign(metadata, JSON.parse(readFileSync(path, 'utf8')) as Record<string, MetadataEntry[]>);
    } catch (error) {
      throw new UserError(`Cannot read ${path} (named in ${manifestPath}): ${(error as Error).message}`, 'Synthesize the app again.');
    }
  }
  return metadata;
}

function parseEnvironment(environment: string | undefined): { account?: string; region?: string } {
  const match = /^aws:\/\/([^/]*)\/(.*)$/.exec(environment ?? '');
  if (!match) return {};
  const [, account, region] = match;
  return {
    ...(account && account !== 'unknown-account' ? { account } : {}),
    ...(region && region !== 'unknown-region' ? { region } : {}),
  };
}

/** "CostGuard would fail `cdk synth` (Guarded): cdk-cost CostGuard: the estimated monthly cost …". */
function guardFailure(path: string, message: unknown): string {
  return `CostGuard would fail \`cdk synth\` (${path.replace(/^\//, '')}): ${String(message)}`;
}
