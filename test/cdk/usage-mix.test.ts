/**
 * Usage.of(construct).set takes a mix as `{ name: share }` and records it as the mix text the
 * usage reader parses (the same value a usage file's mapping becomes).
 */
import { App, Stack } from 'aws-cdk-lib';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { describe, expect, it } from 'vitest';
import { guardUsage } from '../../lib/cdk/guard-usage.js';
import { Usage } from '../../lib/cdk/usage.js';
import { USAGE_METADATA } from '../../lib/model/metadata-types.js';
import { parseUsageFile } from '../../lib/usage/usage-file.js';

describe('Usage.of with a mix', () => {
  it('records { STANDARD: 0.2, GLACIER: 0.8 } as the text a usage file mapping becomes', () => {
    const bucket = new Bucket(new Stack(new App(), 'S'), 'Data');
    Usage.of(bucket).set({ storageGB: 100, storageClassMix: { STANDARD: 0.2, GLACIER: 0.8 } });
    const entry = bucket.node.metadata.find((m) => m.type === USAGE_METADATA);
    const fromFile = parseUsageFile('resources:\n  Data: { storageClassMix: { STANDARD: 0.2, GLACIER: 0.8 } }\n', 'u.yml');
    expect(entry?.data).toEqual({ storageGB: 100, storageClassMix: fromFile.resources[0]!.settings[0]!.value });
    expect(() => Usage.of(bucket).set({ storageGB: -1 })).toThrow('"storageGB" must be a finite number ≥ 0');
  });

  it('CostGuard inline usage takes the same mix', () => {
    const file = guardUsage({ resources: { Data: { storageClassMix: { STANDARD: 0.2, GLACIER: 0.8 } } } })!;
    expect(file.resources[0]!.settings[0]!.value).toBe('STANDARD: 0.2, GLACIER: 0.8');
  });
});
