/**
 * Which share of a bucket's bytes is in which storage class, and where that came from: the usage
 * key `storageClassMix` (wins), the bucket's lifecycle rules (see s3-lifecycle-mix.ts), or all
 * Standard. Intelligent-Tiering bytes are split further into access tiers.
 */
import { Decimal } from '../../money.js';
import type { PricerContext } from '../pricer.js';
import { lifecycleMix } from './s3-lifecycle-mix.js';
import { INTELLIGENT_TIERING_TIERS, S3_STORAGE_CLASSES, type IntelligentTier, type S3StorageClass } from './s3-storage-classes.js';

export const DEFAULT_DATA_AGE_DAYS = 365;

export interface ClassMix {
  source: 'usage' | 'lifecycle' | 'default';
  classShares: ReadonlyMap<S3StorageClass, Decimal>;
  intelligentTiers: ReadonlyMap<IntelligentTier, Decimal>;
  /** Lifecycle transitions each new object makes. */
  transitions: S3StorageClass[];
  /** How the shares were found, for formulas. */
  why: string;
}

export function classMix(ctx: PricerContext): ClassMix {
  const dataAge = ctx.usage.numberOr('dataAgeDays', DEFAULT_DATA_AGE_DAYS).toNumber();
  const fromRules = lifecycleMix(ctx.resource, dataAge);
  const stated = ctx.usage.mix('storageClassMix', S3_STORAGE_CLASSES) as ReadonlyMap<S3StorageClass, Decimal> | undefined;
  const statedTiers = ctx.usage.mix('intelligentTieringTiers', INTELLIGENT_TIERING_TIERS) as
    | ReadonlyMap<IntelligentTier, Decimal>
    | undefined;
  if (stated) {
    if (fromRules) ctx.note(`storageClassMix given: it replaces the mix of the lifecycle rules (${fromRules.description})`);
    const tiers = statedTiers ?? new Map<IntelligentTier, Decimal>([['FREQUENT', new Decimal(1)]]);
    if (!statedTiers && stated.has('INTELLIGENT_TIERING')) {
      ctx.note('Intelligent-Tiering bytes priced in the Frequent Access tier (set intelligentTieringTiers)');
    }
    return { source: 'usage', classShares: stated, intelligentTiers: tiers, transitions: [], why: 'storageClassMix' };
  }
  if (fromRules && fromRules.transitions.length > 0) {
    for (const n of fromRules.notes) ctx.note(n);
    ctx.note(`storage class mix from the lifecycle rules, steady ingestion: ${fromRules.description}`);
    return {
      source: 'lifecycle',
      classShares: fromRules.classShares,
      intelligentTiers: statedTiers ?? fromRules.intelligentTiers,
      transitions: fromRules.transitions,
      why: `lifecycle, ${fromRules.horizonDays} d of data`,
    };
  }
  const allStandard = new Map<S3StorageClass, Decimal>([['STANDARD', new Decimal(1)]]);
  return { source: 'default', classShares: allStandard, intelligentTiers: new Map(), transitions: [], why: 'all Standard' };
}

/** A share (a fraction of 1) as a percentage with two decimals, for names and formulas. */
export function percent(share: Decimal): string {
  return `${share.times(100).toDecimalPlaces(2).toFixed()}%`;
}
