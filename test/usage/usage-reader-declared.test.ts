/**
 * The reader a pricer receives knows the usage keys the pricer declares: reading any other key throws
 * (an internal error — a pricer bug the tests catch), so a pricer cannot read a key that validation,
 * `usage init`, --explain and the README table do not know. Reading declared keys works as before.
 */
import { describe, expect, it } from 'vitest';
import { estimateArchitecture } from '../../lib/estimate/estimate.js';
import { definePricer } from '../../lib/resources/pricer.js';
import { PricerRegistry } from '../../lib/resources/registry.js';
import { UsageReader } from '../../lib/usage/usage-reader.js';
import type { UsageValue } from '../../lib/usage/usage-value.js';
import { architectureOf, book } from '../resources/price-inline.js';

const origin = { kind: 'file', file: 'u.yml', line: 1, selector: 'Q' } as const;
const values = new Map<string, UsageValue>([['monthlyRequests', { value: 5, origin }]]);

describe('UsageReader with declared keys', () => {
  it('reads declared keys, and throws on an undeclared one', () => {
    const reader = new UsageReader(values, new Set(['monthlyRequests', 'avgMessageSizeKB']), 'SQS');
    expect(reader.number('monthlyRequests')?.toNumber()).toBe(5);
    expect(reader.number('avgMessageSizeKB')).toBeUndefined();
    expect([...reader.missing]).toEqual(['avgMessageSizeKB']);
    expect(() => reader.number('monthlyRequestz')).toThrow(/internal error: the SQS pricer read usage key "monthlyRequestz"/);
    expect(() => reader.has('other')).toThrow(/does not declare/);
    expect(() => reader.string('other')).toThrow(/does not declare/);
  });

  it('without declared keys (a reader for no one pricer) reads anything', () => {
    expect(new UsageReader(values).number('anything')).toBeUndefined();
  });

  it('the estimate gives each pricer a reader of its own declared keys', async () => {
    const sloppy = definePricer({
      types: ['AWS::SQS::Queue'],
      service: 'Sloppy',
      serviceCodes: ['AWSQueueService'],
      usageKeys: [{ name: 'monthlyRequests', unit: 'requests/month', description: 'requests' }],
      price(ctx) {
        // The cast stands for a pricer whose reads drifted from its declaration (tsc would refuse the literal).
        ctx.usage.number('monthlyMessages' as 'monthlyRequests');
      },
    });
    const architecture = architectureOf('Resources:\n  Q:\n    Type: AWS::SQS::Queue\n');
    await expect(estimateArchitecture(architecture, { priceBook: book, pricers: new PricerRegistry([sloppy]) })).rejects.toThrow(
      /the Sloppy pricer read usage key "monthlyMessages"/,
    );
  });
});
