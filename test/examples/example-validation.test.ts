/**
 * The examples are what users copy, so they pass the CDK's own validation without a finding: no
 * warning or error metadata on any construct (Annotations), and no violation in the validation
 * report aws-cdk-lib writes into the assembly (its built-in CloudFormation validation, e.g. W9008
 * "RDS instance should have StorageEncrypted set to true"). Read from the app's cached assembly.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exampleAssembly } from '../support/example-assembly.js';

interface Artifact {
  type: string;
  metadata?: Record<string, { type: string; data?: unknown }[]>;
  additionalMetadataFile?: string;
  properties?: { directoryName?: string };
}

interface ValidationReport {
  pluginReports?: {
    pluginName: string;
    violations?: { ruleName: string; description: string; violatingConstructs?: { constructPath: string }[] }[];
  }[];
}

let assembly = '';
beforeAll(async () => {
  assembly = await exampleAssembly();
});

/** Every warning or error annotation in the assembly (and its nested assemblies), as "path: type: message". */
function annotations(dir: string): string[] {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { artifacts?: Record<string, Artifact> };
  const found: string[] = [];
  for (const artifact of Object.values(manifest.artifacts ?? {})) {
    if (artifact.type === 'cdk:cloud-assembly' && artifact.properties?.directoryName) {
      found.push(...annotations(join(dir, artifact.properties.directoryName)));
      continue;
    }
    const metadata = { ...(artifact.metadata ?? {}) };
    if (artifact.additionalMetadataFile)
      Object.assign(metadata, JSON.parse(readFileSync(join(dir, artifact.additionalMetadataFile), 'utf8')));
    for (const [path, entries] of Object.entries(metadata))
      for (const entry of entries)
        if (entry.type === 'aws:cdk:warning' || entry.type === 'aws:cdk:error') found.push(`${path}: ${entry.type}: ${String(entry.data)}`);
  }
  return found;
}

describe("this repository's example app", () => {
  it('carries no warning or error annotation', () => {
    expect(annotations(assembly)).toEqual([]);
  });

  it("passes the CDK's validation report without a violation", () => {
    const path = join(assembly, 'validation-report.json');
    // aws-cdk-lib (2.2xx) writes the report on every synthesis, empty when nothing was found.
    expect(existsSync(path), path).toBe(true);
    const report = JSON.parse(readFileSync(path, 'utf8')) as ValidationReport;
    const violations = (report.pluginReports ?? []).flatMap((plugin) =>
      (plugin.violations ?? []).map(
        (v) =>
          `${plugin.pluginName} ${v.ruleName} ${v.description} (${(v.violatingConstructs ?? []).map((c) => c.constructPath).join(', ')})`,
      ),
    );
    expect(violations).toEqual([]);
  });
});
