/**
 * AWS::S3::Bucket — storage per class (Standard tiered; Standard-IA, One Zone-IA, Glacier Instant
 * Retrieval, Glacier Flexible Retrieval, Deep Archive; Intelligent-Tiering per access tier plus its
 * per-object monitoring fee), requests per class, retrieval per GB, Glacier restore requests and
 * lifecycle transition requests. The bytes' class mix comes from `storageClassMix`, the bucket's
 * lifecycle rules (s3-lifecycle-mix.ts states the model) or is all Standard.
 *
 * PUTs land in Standard when the mix comes from lifecycle rules (objects are moved later), and in
 * each class by its share when the mix is stated; GETs and retrievals follow the bytes.
 * Not modelled (notes): minimum storage durations (30/90/180 days) and the 128 KB minimum billable
 * object size of the IA classes.
 */
import { Decimal } from '../../money.js';
import { definePricer, type PricerContext } from '../pricer.js';
import { fmt, times } from '../../quantities.js';
import { classMix, percent, type ClassMix } from './s3-class-mix.js';
import {
  GLACIER_RESTORE_REQUESTS,
  INTELLIGENT_TIER_PRICES,
  INTELLIGENT_TIERING_MONITORING,
  INTELLIGENT_TIERING_TIERS,
  S3_CLASS_PRICES,
  S3_STORAGE_CLASSES,
  type S3StorageClass,
} from './s3-storage-classes.js';

const S3 = 'AmazonS3';

export const s3Bucket = definePricer({
  types: ['AWS::S3::Bucket'],
  service: 'S3',
  serviceCodes: [S3],
  usageKeys: [
    { name: 'storageGB', unit: 'GB (average stored over the month)', description: 'Data stored, all classes (split by the class mix)' },
    {
      name: 'storageClassMix',
      unit: 'shares adding up to 1',
      kind: 'mix',
      allowed: [...S3_STORAGE_CLASSES],
      description:
        'Share of the bytes per storage class, e.g. {STANDARD: 0.2, GLACIER: 0.8} ' +
        '(default: from the lifecycle rules, else all STANDARD)',
    },
    {
      name: 'dataAgeDays',
      unit: 'days',
      description: 'Lifecycle rules without an expiration: how long data has accumulated (default 365)',
    },
    {
      name: 'intelligentTieringTiers',
      unit: 'shares adding up to 1',
      kind: 'mix',
      allowed: [...INTELLIGENT_TIERING_TIERS],
      description: 'Intelligent-Tiering bytes per access tier (default: by age if not read again, or all FREQUENT with storageClassMix)',
    },
    { name: 'objectCount', unit: 'objects', description: 'Objects stored (Intelligent-Tiering monitoring fee per object)' },
    { name: 'monthlyPutRequests', unit: 'requests/month', description: 'PUT, COPY, POST and LIST requests' },
    { name: 'monthlyGetRequests', unit: 'requests/month', description: 'GET, SELECT and all other requests (split like the bytes)' },
    {
      name: 'monthlyNewObjects',
      unit: 'objects/month',
      description: 'Objects written, each making the lifecycle transitions (default monthlyPutRequests)',
    },
    { name: 'monthlyRetrievalGB', unit: 'GB/month', description: 'Data read, split like the bytes: billed from IA and Glacier classes' },
    { name: 'monthlyRestoreRequests', unit: 'requests/month', description: 'Glacier Flexible Retrieval restore requests (standard)' },
  ],
  price(ctx) {
    const mix = classMix(ctx);
    const storedGb = ctx.usage.number('storageGB');
    for (const [storageClass, share] of mix.classShares) {
      if (share.isZero()) continue;
      if (storageClass === 'INTELLIGENT_TIERING') addIntelligentTiering(ctx, mix, share, storedGb);
      else addStorage(ctx, storageClass, share, storedGb, mix);
    }
    addRequests(ctx, mix);
    addRetrieval(ctx, mix);
    addTransitions(ctx, mix);
    if ([...mix.classShares.keys()].some((c) => c !== 'STANDARD' && c !== 'INTELLIGENT_TIERING')) {
      ctx.note(
        'minimum storage durations (30 days IA, 90 Glacier IR/Flexible, 180 Deep Archive) ' +
          "and the IA classes' 128 KB minimum object size are not modelled",
      );
    }
  },
});

type Share = { quantity: Decimal | undefined; formula?: string };

function shareOf(quantity: Decimal | undefined, share: Decimal, mix: ClassMix, unit: string): Share {
  if (quantity === undefined) return { quantity };
  if (share.eq(1)) return { quantity };
  return { quantity: quantity.times(share), formula: `${fmt(quantity)} ${unit} × ${percent(share)} (${mix.why})` };
}

function addStorage(ctx: PricerContext, storageClass: S3StorageClass, share: Decimal, storedGb: Decimal | undefined, mix: ClassMix): void {
  const prices = S3_CLASS_PRICES[storageClass];
  ctx.add({
    name: `${prices.label} storage`,
    unit: 'GB-months',
    ...shareOf(storedGb, share, mix, 'GB'),
    price: { serviceCode: S3, key: prices.storage! },
    usageBased: true,
    usageKeys: ['storageGB'],
  });
}

function addIntelligentTiering(ctx: PricerContext, mix: ClassMix, share: Decimal, storedGb: Decimal | undefined): void {
  const intGb = storedGb?.times(share);
  for (const [tier, tierShare] of mix.intelligentTiers) {
    if (tierShare.isZero()) continue;
    const total = share.times(tierShare);
    ctx.add({
      name: `Intelligent-Tiering storage (${INTELLIGENT_TIER_PRICES[tier].label})`,
      unit: 'GB-months',
      ...shareOf(storedGb, total, mix, 'GB'),
      price: { serviceCode: S3, key: INTELLIGENT_TIER_PRICES[tier].storage },
      usageBased: true,
      usageKeys: ['storageGB'],
    });
  }
  const objects = ctx.usage.number('objectCount');
  ctx.add({
    name: 'Intelligent-Tiering monitoring and automation',
    unit: 'objects',
    ...shareOf(objects, share, mix, 'objects'),
    price: { serviceCode: S3, key: INTELLIGENT_TIERING_MONITORING },
    usageBased: true,
    usageKeys: ['objectCount'],
  });
  if (intGb) {
    ctx.note(
      'Intelligent-Tiering: objects under 128 KB are not monitored and stay in Frequent Access; ' +
        'the monitoring fee applies to all objects given',
    );
  }
}

function addRequests(ctx: PricerContext, mix: ClassMix): void {
  const puts = ctx.usage.number('monthlyPutRequests');
  const gets = ctx.usage.number('monthlyGetRequests');
  // Lifecycle rules move objects after upload: every PUT is a Standard PUT.
  const putShares = mix.source === 'usage' ? mix.classShares : new Map<S3StorageClass, Decimal>([['STANDARD', new Decimal(1)]]);
  for (const [storageClass, share] of putShares) {
    if (share.isZero()) continue;
    const label = storageClass === 'STANDARD' ? '' : ` (${S3_CLASS_PRICES[storageClass].label})`;
    ctx.add({
      name: `PUT, COPY, POST, LIST requests${label}`,
      unit: 'requests',
      ...shareOf(puts, share, mix, 'requests'),
      price: { serviceCode: S3, key: S3_CLASS_PRICES[storageClass].put },
      usageBased: true,
      usageKeys: ['monthlyPutRequests'],
    });
  }
  for (const [storageClass, share] of mix.classShares) {
    if (share.isZero()) continue;
    const label = storageClass === 'STANDARD' ? '' : ` (${S3_CLASS_PRICES[storageClass].label})`;
    ctx.add({
      name: `GET and other requests${label}`,
      unit: 'requests',
      ...shareOf(gets, share, mix, 'requests'),
      price: { serviceCode: S3, key: S3_CLASS_PRICES[storageClass].get },
      usageBased: true,
      usageKeys: ['monthlyGetRequests'],
    });
  }
}

function addRetrieval(ctx: PricerContext, mix: ClassMix): void {
  if (ctx.usage.has('monthlyRetrievalGB')) {
    const gb = ctx.usage.number('monthlyRetrievalGB');
    for (const [storageClass, share] of mix.classShares) {
      const key = S3_CLASS_PRICES[storageClass].retrieval;
      if (!key || share.isZero()) continue;
      ctx.add({
        name: `Data retrieval (${S3_CLASS_PRICES[storageClass].label})`,
        unit: 'GB',
        ...shareOf(gb, share, mix, 'GB'),
        price: { serviceCode: S3, key },
        usageBased: true,
        usageKeys: ['monthlyRetrievalGB'],
      });
    }
  }
  const glacier = mix.classShares.get('GLACIER');
  if (ctx.usage.has('monthlyRestoreRequests') && glacier && !glacier.isZero()) {
    const archived = glacier.plus(mix.classShares.get('DEEP_ARCHIVE') ?? 0);
    const restores = ctx.usage.number('monthlyRestoreRequests');
    ctx.add({
      name: 'Restore requests (Glacier Flexible Retrieval, standard)',
      unit: 'requests',
      ...shareOf(restores, glacier.div(archived), mix, 'restore requests'),
      price: { serviceCode: S3, key: GLACIER_RESTORE_REQUESTS },
      usageBased: true,
      usageKeys: ['monthlyRestoreRequests'],
    });
    if (!archived.eq(glacier)) {
      ctx.note('Deep Archive restore requests are not priced (the bundled data has no standard-retrieval request rate for them)');
    }
  }
}

function addTransitions(ctx: PricerContext, mix: ClassMix): void {
  if (mix.transitions.length === 0) return;
  const given = ctx.usage.has('monthlyNewObjects');
  const objects = given ? ctx.usage.number('monthlyNewObjects') : ctx.usage.number('monthlyPutRequests');
  if (!given && objects) ctx.note('lifecycle transitions: one per object written, counted as monthlyPutRequests (set monthlyNewObjects)');
  for (const storageClass of mix.transitions) {
    ctx.add({
      name: `Lifecycle transitions into ${S3_CLASS_PRICES[storageClass].label}`,
      unit: 'requests',
      quantity: times(objects),
      price: { serviceCode: S3, key: S3_CLASS_PRICES[storageClass].transition! },
      usageBased: true,
      usageKeys: [given ? 'monthlyNewObjects' : 'monthlyPutRequests'],
      ...(objects ? { formula: `${fmt(objects)} new objects × 1 transition` } : {}),
    });
  }
}
