/**
 * The hand-written Cloud Assembly reader (lib/source/read-assembly.ts; its header says why it is
 * not the CDK's) against the CDK's own: cx-api's CloudAssembly, from this repository's aws-cdk-lib.
 * Three assemblies: a nested-stack app with a Stage synthesized by the real `cdk synth` (the
 * aws-cdk devDependency), this repository's example app (the cached assembly, synthesized the way
 * the CLI runs an app), and nested-direct.out (written by the app alone, no asset metadata).
 * Both readers must report the same stacks (name, template file, region, account), the same
 * nested assemblies, the same nested templates (found through aws:asset:path or the asset
 * manifests cx-api lists), the same construct paths and cdk-cost metadata, and the same tree.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Manifest } from 'aws-cdk-lib/cloud-assembly-schema';
import { AssetManifestArtifact, CloudAssembly, type CloudFormationStackArtifact, TreeCloudArtifact } from 'aws-cdk-lib/cx-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../lib/errors.js';
import type { Architecture } from '../../lib/model/architecture.js';
import { readAssembly, TESTED_SCHEMA_MAJOR } from '../../lib/source/read-assembly.js';
import { RegionChoice } from '../../lib/source/region-choice.js';
import { templateObjectKey } from '../../lib/source/nested-templates.js';
import { cdk } from '../support/cdk-cli.js';
import { exampleAssembly } from '../support/example-assembly.js';
import { FIXTURES_DIR } from '../support/paths.js';

/** The region the flag gives environment-agnostic stacks. */
const FLAG_REGION = 'ap-south-1';

interface StackView {
  name: string;
  templateFile: string;
  region: string;
  account?: string;
  parent?: string;
}

interface View {
  stacks: StackView[];
  /** "stack logicalId → construct path" for the resources of top-level stacks that metadata names. */
  paths: string[];
  /** cdk-cost metadata as "path type data". */
  metadata: string[];
  treePaths: string[];
}

type Template = {
  Resources?: Record<string, { Type: string; Properties?: { TemplateURL?: unknown }; Metadata?: Record<string, unknown> }>;
};

/** What the CDK's CloudAssembly reports, followed into nested stacks through the CDK's asset manifests. */
function cdkView(dir: string): View {
  const assembly = new CloudAssembly(dir); // the CDK's reader, with its own schema version check
  const stacks: StackView[] = [];
  const paths: string[] = [];
  const metadata: string[] = [];
  for (const stack of assembly.stacksRecursively) {
    const { account, region } = stack.environment;
    const view: StackView = {
      // The construct path ("Prod/Service"), as `cdk-cost … #STACK` selects it; cx-api's displayName
      // adds the CloudFormation name when it differs ("Prod/Service (Prod-Service)").
      name: stack.hierarchicalId,
      templateFile: stack.templateFullPath,
      region: region === 'unknown-region' ? FLAG_REGION : region,
      ...(account === 'unknown-account' ? {} : { account }),
    };
    stacks.push(view);
    addNested(stack, view, stack.template as Template, stacks);
    // Metadata also names parameters, rules and the nested stacks' resources (whose logical ids can
    // repeat the parent's, CDKMetadata): only this template's resources, outside nested stack scopes.
    const resources = (stack.template as Template).Resources ?? {};
    const entries = stack.findMetadataByType('aws:cdk:logicalId');
    const nestedScopes = entries
      .filter((e) => resources[String(e.data)]?.Type === 'AWS::CloudFormation::Stack')
      .map((e) => `${e.path.replace(/\.NestedStack\/[^/]*$/, '')}/`);
    for (const entry of entries)
      if (String(entry.data) in resources && !nestedScopes.some((scope) => entry.path.startsWith(scope)))
        paths.push(`${view.name} ${String(entry.data)} → ${entry.path.slice(1)}`);
    for (const [path, entries] of Object.entries(stack.metadata))
      for (const e of entries) if (e.type.startsWith('cdk-cost:')) metadata.push(`${path.slice(1)} ${e.type} ${JSON.stringify(e.data)}`);
  }
  const tree = assembly.artifacts.find((a): a is TreeCloudArtifact => a instanceof TreeCloudArtifact);
  const treePaths: string[] = [];
  const walk = (node: { path?: string; children?: Record<string, unknown> }) => {
    if (node.path) treePaths.push(node.path);
    for (const child of Object.values(node.children ?? {})) walk(child as typeof node);
  };
  if (tree) walk((JSON.parse(readFileSync(join(dir, tree.file), 'utf8')) as { tree: Parameters<typeof walk>[0] }).tree);
  return { stacks, paths: paths.sort(), metadata: metadata.sort(), treePaths: treePaths.sort() };
}

/** Nested stacks: aws:asset:path, else the file asset of the stack's asset manifest whose object key TemplateURL names. */
function addNested(stack: CloudFormationStackArtifact, parent: StackView, template: Template, out: StackView[]): void {
  const byKey = new Map<string, string>();
  for (const manifest of stack.dependencies.filter((a): a is AssetManifestArtifact => a instanceof AssetManifestArtifact)) {
    for (const file of Object.values(manifest.contents.files ?? {}))
      for (const destination of Object.values(file.destinations)) if (file.source.path) byKey.set(destination.objectKey, file.source.path);
  }
  for (const [logicalId, resource] of Object.entries(template.Resources ?? {})) {
    if (resource.Type !== 'AWS::CloudFormation::Stack') continue;
    const assetPath = resource.Metadata?.['aws:asset:path'];
    const file = typeof assetPath === 'string' ? assetPath : byKey.get(templateObjectKey(resource.Properties?.TemplateURL) ?? '');
    expect(file, `${parent.name}/${logicalId}: the CDK's assembly names its template`).toBeDefined();
    const nested: StackView = {
      name: `${parent.name}/${logicalId}`,
      templateFile: join(stack.assembly.directory, file!),
      region: parent.region,
      ...(parent.account ? { account: parent.account } : {}),
      parent: parent.name,
    };
    out.push(nested);
    addNested(stack, nested, JSON.parse(readFileSync(nested.templateFile, 'utf8')) as Template, out);
  }
}

/** The same, as cdk-cost's reader reports it. */
function handView(architecture: Architecture): View {
  const top = new Set(architecture.stacks.filter((s) => !s.parent).map((s) => s.name));
  const pathOf = new Map<string, string>();
  for (const stack of architecture.stacks)
    for (const r of stack.resources) if (top.has(stack.name)) pathOf.set(`${stack.name} ${r.logicalId}`, r.path);
  return {
    stacks: architecture.stacks.map((s) => ({
      name: s.name,
      templateFile: s.templateFile,
      region: s.region,
      ...(s.account ? { account: s.account } : {}),
      ...(s.parent ? { parent: s.parent } : {}),
    })),
    paths: [...pathOf].map(([key, path]) => `${key} → ${path}`).sort(),
    metadata: (architecture.constructMetadata ?? []).map((m) => `${m.path} ${m.type} ${JSON.stringify(m.data)}`).sort(),
    treePaths: [...architecture.tree.all()].map((n) => n.path).sort(),
  };
}

function expectSameView(dir: string): { cdk: View; hand: View } {
  const cdkSide = cdkView(dir);
  const hand = handView(readAssembly(dir, new RegionChoice(FLAG_REGION)));
  const byName = (a: StackView, b: StackView) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  expect(hand.stacks.sort(byName)).toEqual(cdkSide.stacks.sort(byName));
  // Every path the stack metadata gives a logical id is the path the reader gave that resource
  // (the reader has a path for more resources: aws:cdk:path in the template covers the rest).
  expect(hand.paths).toEqual(expect.arrayContaining(cdkSide.paths));
  expect(hand.metadata).toEqual(cdkSide.metadata);
  expect(hand.treePaths).toEqual(cdkSide.treePaths);
  return { cdk: cdkSide, hand };
}

describe('the Cloud Assembly as the CDK reads it and as cdk-cost reads it', () => {
  let out = '';
  let home = '';
  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'cdk-cost-conformance-'));
    home = mkdtempSync(join(tmpdir(), 'cdk-cost-conformance-home-'));
    // No AWS is needed to synthesize: the endpoint is a port nothing listens on.
    await cdk(['synth', '--quiet', '--output', out], {
      target: { endpoint: 'http://127.0.0.1:9', port: 9, home },
      cwd: join(FIXTURES_DIR, 'apps', 'nested-stage'),
      timeoutMs: 170_000,
    });
  });
  afterAll(() => {
    for (const dir of [out, home]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('`cdk synth` of nested stacks two deep, a Stage and an environment-agnostic stack', () => {
    const { cdk: seen } = expectSameView(out);
    // The fixture really has what is compared: guard against a vacuous pass.
    expect(seen.stacks.map((s) => s.name).sort()).toEqual([
      'Agnostic',
      'Parent',
      expect.stringMatching(/^Parent\/StorageNestedStackStorageNestedStackResource[0-9A-F]{8}$/),
      expect.stringMatching(/^Parent\/StorageNestedStackStorageNestedStackResource[0-9A-F]{8}\/InnerNestedStackInnerNestedStackResource/),
      'Prod/Service',
      expect.stringMatching(/^Prod\/Service\/WorkersNestedStackWorkersNestedStackResource/),
    ]);
    expect(seen.stacks.find((s) => s.name === 'Prod/Service')).toMatchObject({ region: 'eu-west-1', account: '123456789012' });
    expect(seen.metadata).toEqual(['Parent/TopQueue cdk-cost:usage {"monthlyRequests":1000}']);
  });

  it("this repository's example app", async () => {
    const { cdk: seen } = expectSameView(await exampleAssembly());
    expect(seen.stacks.length).toBeGreaterThanOrEqual(7);
    expect(seen.metadata.length).toBeGreaterThan(0);
  });

  it('an assembly written by the app alone (no asset metadata: nested templates through the asset manifests)', () => {
    const { cdk: seen } = expectSameView(join(FIXTURES_DIR, 'nested-direct.out'));
    expect(seen.stacks.filter((s) => s.parent)).toHaveLength(1);
  });

  it('TESTED_SCHEMA_MAJOR is the schema of the aws-cdk-lib these assemblies come from: bump it when it changes', () => {
    expect(TESTED_SCHEMA_MAJOR).toBe(Number(Manifest.version().split('.')[0]));
    const written = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { version: string };
    expect(Number(written.version.split('.')[0])).toBe(TESTED_SCHEMA_MAJOR);
  });
});

describe("the hand reader's schema version check", () => {
  const withManifest = (manifest: unknown, run: (dir: string) => void) => {
    const dir = mkdtempSync(join(tmpdir(), 'cdk-cost-schema-'));
    try {
      writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
      run(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  const read = (dir: string) => () => readAssembly(dir, new RegionChoice(FLAG_REGION));

  it('a manifest without a schema version is not a Cloud Assembly: a clear error', () => {
    for (const manifest of [{ artifacts: {} }, { version: 'latest', artifacts: {} }, null]) {
      withManifest(manifest, (dir) => {
        expect(read(dir)).toThrow(UserError);
        expect(read(dir)).toThrow(`${dir}/manifest.json has no Cloud Assembly schema version`);
      });
    }
  });

  it('a newer schema is read; when its shape does not fit, the error names its version', () => {
    const stack = { type: 'aws:cloudformation:stack', environment: 'aws://unknown-account/unknown-region', properties: {} };
    const newer = `${TESTED_SCHEMA_MAJOR + 1}.0.0`;
    withManifest({ version: newer, artifacts: { App: stack } }, (dir) => {
      expect(read(dir)).toThrow(
        `stack artifact "App" has no templateFile (${dir}/manifest.json is Cloud Assembly schema ${newer}, newer than`,
      );
    });
    withManifest({ version: `${TESTED_SCHEMA_MAJOR}.0.0`, artifacts: { App: stack } }, (dir) => {
      expect(read(dir)).toThrow(/stack artifact "App" has no templateFile\.$/);
    });
  });
});
