/**
 * The always-free allowances as data: read from free-tier.json by the snapshot builder (checked
 * against the zero-price tiers of the same data), offered by both PriceBooks (live: from the bundled
 * snapshot, saying so), and listed by `cdk-cost pricing show free-tier`.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PriceCatalog } from '../../lib/pricing/build/collector.js';
import { readFreeTier, splitSeen } from '../../lib/pricing/build/read-free-tier.js';
import { LivePriceBook } from '../../lib/pricing/live/live-price-book.js';
import type { PriceListSource } from '../../lib/pricing/live/price-list-client.js';
import { SnapshotPriceBook } from '../../lib/pricing/snapshot/snapshot-price-book.js';
import { cli } from '../support/cli.js';
import { BUNDLED_SNAPSHOT } from '../support/paths.js';

const book = new SnapshotPriceBook(BUNDLED_SNAPSHOT);

function dataDir(allowances: unknown[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'cdk-cost-free-tier-'));
  writeFileSync(join(dir, 'free-tier.json'), JSON.stringify({ allowances }));
  return dir;
}

describe('free-tier.json → snapshot', () => {
  it('carries each allowance with the page and statement where AWS states it', () => {
    expect(splitSeen('aws.amazon.com/sqs/pricing: the first 1 million monthly requests are free')).toEqual({
      url: 'https://aws.amazon.com/sqs/pricing',
      statement: 'the first 1 million monthly requests are free',
    });
    const page = 'aws.amazon.com/dynamodb/pricing/provisioned';
    expect(splitSeen(page)).toEqual({ url: `https://${page}` });
  });

  it('reports a zero-price tier that disagrees with the allowance, and an entry no rule knows', () => {
    const catalog = new PriceCatalog();
    // A made-up price file whose zero tier ends at 50,000 while AWS states 100,000.
    catalog.add('AmazonSNS', 'us-east-1', 'HTTP Notifications', {
      s: 'x',
      t: [
        ['0', '50000', '0', null, 1],
        ['50000', null, '1', null],
      ],
    });
    const seen = 'aws.amazon.com/sns/pricing: 100,000 HTTP/S notifications free';
    const dir = dataDir([
      { service: 'AmazonSNS', usage: 'HTTP/S deliveries', amount: '100000', unit: 'notifications', seen },
      { service: 'AmazonSNS', usage: 'carrier pigeons', amount: '5', unit: 'birds', seen },
    ]);
    const { freeTier, problems } = readFreeTier(dir, catalog, 'test');
    expect(freeTier.allowances.map((a) => a.id)).toEqual(['sns-http']);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain('"HTTP Notifications": zero-price tier [0, 50000) disagrees with free-tier.json sns-http (100000');
    expect(problems[1]).toContain('no rule for AmazonSNS "carrier pigeons"');
  });

  it('the bundled snapshot holds every allowance of ../shared/aws-pricing/free-tier.json', () => {
    const ids = book.freeTier()!.allowances.map((a) => a.id);
    expect(ids).toContain('lambda-requests');
    expect(ids).toContain('data-transfer-out');
    expect(ids.length).toBe(new Set(ids).size);
    // Every key an allowance names (except the one whose usage is not priced) exists in us-east-1.
    for (const a of book.freeTier()!.allowances) {
      for (const pattern of a.keys) {
        const keys = book.keys(a.service, 'us-east-1');
        const found = pattern.endsWith('*') ? keys.some((k) => k.startsWith(pattern.slice(0, -1))) : keys.includes(pattern);
        if (a.id !== 'cloudwatch-dashboards') expect(found, `${a.id}: ${pattern}`).toBe(true);
      }
    }
  });
});

describe('--prices live', () => {
  it('takes the allowances from the bundled snapshot and says so (the Price List API has none)', () => {
    const source: PriceListSource = {
      label: 'test endpoint',
      stats: { requests: 0 } as unknown as PriceListSource['stats'],
      products: () => Promise.reject(new Error('not called')),
    };
    const live = new LivePriceBook({ source, base: book, cacheDir: mkdtempSync(join(tmpdir(), 'cdk-cost-live-')) });
    const set = live.freeTier()!;
    expect(set.allowances.map((a) => a.id)).toEqual(book.freeTier()!.allowances.map((a) => a.id));
    expect(set.from).toContain('bundled snapshot');
  });
});

describe('pricing show free-tier', () => {
  it('lists every allowance with its quantity, the prices that draw on it and where AWS states it', async () => {
    const result = await cli('pricing', 'show', 'free-tier');
    expect(result.code).toBe(0);
    for (const a of book.freeTier()!.allowances) expect(result.stdout).toContain(`${a.service}  ${a.name}: `);
    expect(result.stdout).toContain('Lambda requests: 1,000,000 requests a month');
    expect(result.stdout).toContain('https://aws.amazon.com/lambda/pricing');
    const json = JSON.parse((await cli('pricing', 'show', 'free-tier', '--format', 'json')).stdout);
    expect(json.allowances.find((a: { id: string }) => a.id === 'dynamodb-wcu').quantity).toBe('18250');
    // A service's own listing ends with its allowances.
    const sns = await cli('pricing', 'show', 'AmazonSNS');
    expect(sns.stdout).toContain('Always-free allowances of AmazonSNS');
    const snsJson = JSON.parse((await cli('pricing', 'show', 'AmazonSNS', '--format', 'json')).stdout);
    expect(snsJson.freeTier.map((a: { id: string }) => a.id)).toEqual(['sns-email', 'sns-http', 'sns-publishes']);
  });
});
