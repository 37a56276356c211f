/**
 * Shared by the load tests: write a template and a usage file, build the load context, and read
 * the propagated amounts by construct path.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSource } from '../../lib/source/load-source.js';
import { PricerRegistry } from '../../lib/resources/registry.js';
import { readUsageFile } from '../../lib/usage/usage-file.js';
import { LoadContext } from '../../lib/usage/load-context.js';
import type { ResourceModel } from '../../lib/model/architecture.js';

const dir = mkdtempSync(join(tmpdir(), 'cdk-cost-load-'));
let counter = 0;

/** A file in a fresh folder of its own, so a template's stack name is its file name's stem. */
export function writeTemp(name: string, text: string): string {
  const folder = join(dir, String(counter++));
  mkdirSync(folder);
  const file = join(folder, name);
  writeFileSync(file, text);
  return file;
}

export interface LoadProbe {
  context: LoadContext;
  /** Monthly amount in a node's channel at `scale`, as a plain string ("30000"). */
  amount(logicalId: string, channel: string, scale?: number): string | undefined;
  /** A derived usage value of a resource. */
  derived(logicalId: string, key: string): number | undefined;
  explanation(logicalId: string, key: string): string | undefined;
  resource(logicalId: string): ResourceModel;
}

export async function probe(resources: Record<string, unknown>, usageYaml: string): Promise<LoadProbe> {
  const template = writeTemp('app.json', JSON.stringify({ Resources: resources }));
  const usage = readUsageFile(writeTemp('usage.yml', usageYaml));
  const architecture = await loadSource(template, { region: 'us-east-1' });
  const context = new LoadContext(architecture, usage, new PricerRegistry());
  const resource = (id: string) => architecture.stacks[0]!.resources.find((r) => r.logicalId === id)!;
  return {
    context,
    resource,
    amount: (id, channel, scale = 1) => context.derivedAt(scale).result.nodes.get(resource(id))?.channels.get(channel)?.total.toFixed(),
    derived: (id, key) => context.derivedAt(1).valuesFor(resource(id))?.get(key)?.value as number | undefined,
    explanation: (id, key) => {
      const origin = context.derivedAt(1).valuesFor(resource(id))?.get(key)?.origin;
      return origin?.kind === 'derived' ? origin.explanation : undefined;
    },
  };
}

export const ref = (id: string) => ({ Ref: id });
export const arn = (id: string) => ({ 'Fn::GetAtt': [id, 'Arn'] });
export const fn = (extra: Record<string, unknown> = {}) => ({
  Type: 'AWS::Lambda::Function',
  Properties: { Runtime: 'nodejs22.x', Handler: 'index.handler', MemorySize: 512, Role: arn('Role'), Code: { ZipFile: 'x' }, ...extra },
});
export const role = { Type: 'AWS::IAM::Role', Properties: { AssumeRolePolicyDocument: {} } };
