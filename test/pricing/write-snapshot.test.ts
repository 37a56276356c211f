/**
 * Snapshots are replaced atomically: a failure while writing leaves the previous snapshot exactly as
 * it was, with no staging directory left behind; a success replaces it whole.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SNAPSHOT_FORMAT_VERSION, type PriceRecord } from '../../lib/pricing/snapshot/format.js';
import { writeSnapshotAtomically, type SnapshotContent } from '../../lib/pricing/snapshot/write-snapshot.js';
import { SnapshotPriceBook } from '../../lib/pricing/snapshot/snapshot-price-book.js';

function content(usd: string, extra?: PriceRecord): SnapshotContent {
  const records = new Map<string, PriceRecord>([
    ['Requests', { s: 'test', u: 'Requests', t: [['0', null, usd, 'SKU1.JRTCKXETXF.RATE1']] }],
  ]);
  const prices = new Map([['AWSLambda', new Map([['us-east-1', records]])]]);
  if (extra) prices.set('AmazonS3', new Map([['us-east-1', new Map([['Broken', extra]])]]));
  return {
    index: {
      formatVersion: SNAPSHOT_FORMAT_VERSION,
      producedBy: 'test',
      sources: { test: { path: 'test', quality: 'aws', publicationDate: '2025-01-01', origin: 'test' } },
      services: {},
      locations: { 'us-east-1': 'US East (N. Virginia)' },
    },
    prices,
  };
}

describe('writeSnapshotAtomically', () => {
  it('replaces the snapshot whole, or not at all', () => {
    const parent = mkdtempSync(join(tmpdir(), 'cdk-cost-write-'));
    const dir = join(parent, 'snapshot');
    try {
      writeSnapshotAtomically(dir, content('0.1'));
      const before = readFileSync(join(dir, 'AWSLambda', 'us-east-1.json'), 'utf8');
      // A price that cannot be serialized fails the write after some files were staged.
      const broken = { s: 'test', t: [['0', null, 10n as unknown as string, null]] } as PriceRecord;
      expect(() => writeSnapshotAtomically(dir, content('0.2', broken))).toThrow(/BigInt/);
      expect(readFileSync(join(dir, 'AWSLambda', 'us-east-1.json'), 'utf8')).toBe(before);
      expect(readdirSync(parent)).toEqual(['snapshot']);
      expect(new SnapshotPriceBook(dir).lookup('AWSLambda', 'us-east-1', 'Requests')!.tiers[0]!.unitPrice.toFixed()).toBe('0.1');

      writeSnapshotAtomically(dir, content('0.2'));
      expect(new SnapshotPriceBook(dir).lookup('AWSLambda', 'us-east-1', 'Requests')!.tiers[0]!.unitPrice.toFixed()).toBe('0.2');
      expect(readdirSync(parent)).toEqual(['snapshot']);
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  });
});
