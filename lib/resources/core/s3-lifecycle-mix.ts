/**
 * A bucket's LifecycleConfiguration → the share of its bytes in each storage class.
 *
 * The model (steady-state ingestion): data arrives at a constant rate and every object follows the
 * same rule — Standard from upload, then each Transition's class from its TransitionInDays, until
 * ExpirationInDays deletes it. Ages of the bytes stored are then spread evenly over [0, H), where H
 * is the expiration day (or, without one, `dataAgeDays`: how long the bucket has been filling), so
 * a class's share of the bytes is the length of its age interval ÷ H. Example: IA at 30 days,
 * Glacier at 90, expiry at 365 → Standard 30/365, Standard-IA 60/365, Glacier 275/365.
 *
 * Intelligent-Tiering bytes are split the same way by the time since they entered the class,
 * assuming they are not read again: Frequent for 30 days, Infrequent until 90, then Archive Instant
 * (or the Archive / Deep Archive Access tiers the bucket's IntelligentTieringConfigurations enable).
 */
import { Decimal } from '../../money.js';
import type { ResourceModel } from '../../model/architecture.js';
import { list, num, prop, str } from '../../model/properties.js';
import {
  INTELLIGENT_TIERING_DAYS,
  S3_CLASS_PRICES,
  S3_STORAGE_CLASSES,
  type IntelligentTier,
  type S3StorageClass,
} from './s3-storage-classes.js';

export interface LifecycleMix {
  classShares: Map<S3StorageClass, Decimal>;
  /** Shares of the Intelligent-Tiering bytes in each access tier (when that class has bytes). */
  intelligentTiers: Map<IntelligentTier, Decimal>;
  /** Transitions every new object makes within the horizon (one lifecycle transition request each). */
  transitions: S3StorageClass[];
  horizonDays: number;
  /** "Standard 0–30 d, Standard-IA 30–90 d, Glacier Flexible Retrieval 90–365 d, expired at 365 d". */
  description: string;
  notes: string[];
}

interface Segment {
  storageClass: S3StorageClass;
  from: number;
  to: number;
}

/** The mix the bucket's lifecycle rules give, or undefined when no enabled rule moves or expires objects. */
export function lifecycleMix(resource: ResourceModel, dataAgeDays: number): LifecycleMix | undefined {
  const notes: string[] = [];
  const rules = (list(resource, 'LifecycleConfiguration.Rules') ?? []).filter(
    (r): r is Record<string, unknown> => !!r && typeof r === 'object' && str(r as Record<string, unknown>, 'Status') !== 'Disabled',
  );
  const moving = rules.filter((r) => transitionsOf(r).length > 0 || num(r, 'ExpirationInDays') !== undefined);
  const rule = moving[0];
  if (!rule) return undefined;
  const ruleName = str(rule, 'Id') ?? 'the first lifecycle rule';
  if (moving.length > 1) {
    notes.push(`several lifecycle rules move or expire objects: the mix follows ${ruleName} only (set storageClassMix for the others)`);
  }
  if (['Prefix', 'TagFilters', 'ObjectSizeGreaterThan', 'ObjectSizeLessThan'].some((k) => prop(rule, k) !== undefined)) {
    notes.push(
      `${ruleName} applies to some objects only (prefix, tags or size): ` +
        'the mix assumes it applies to all bytes (set storageClassMix otherwise)',
    );
  }
  if (str(rule, 'ExpirationDate') !== undefined || transitionsOf(rule).some((t) => str(t, 'TransitionDate') !== undefined)) {
    notes.push(`${ruleName} uses dates, not ages: date-based transitions and expirations are not in the mix`);
  }
  const expiration = num(rule, 'ExpirationInDays');
  const horizon = expiration ?? dataAgeDays;
  if (expiration === undefined) notes.push(`no expiration: the mix is that of data accumulated for ${horizon} days (set dataAgeDays)`);

  const steps = transitionsOf(rule)
    .map((t) => ({ storageClass: str(t, 'StorageClass') as S3StorageClass, day: num(t, 'TransitionInDays') }))
    .filter((t): t is { storageClass: S3StorageClass; day: number } => t.day !== undefined && S3_STORAGE_CLASSES.includes(t.storageClass))
    .sort((a, b) => a.day - b.day);
  const segments: Segment[] = [];
  let current: Segment = { storageClass: 'STANDARD', from: 0, to: horizon };
  const transitions: S3StorageClass[] = [];
  for (const step of steps) {
    if (step.day >= horizon) break;
    if (step.day > current.from) segments.push({ ...current, to: step.day });
    current = { storageClass: step.storageClass, from: step.day, to: horizon };
    transitions.push(step.storageClass);
  }
  if (horizon > current.from) segments.push(current);

  const h = new Decimal(horizon);
  const classShares = new Map<S3StorageClass, Decimal>();
  for (const s of segments) {
    const before = classShares.get(s.storageClass) ?? new Decimal(0);
    classShares.set(s.storageClass, before.plus(new Decimal(s.to - s.from).div(h)));
  }
  const ages = segments.map((s) => `${S3_CLASS_PRICES[s.storageClass].label} ${s.from}–${s.to} d`).join(', ');
  const description = ages + (expiration !== undefined ? `, expired at ${expiration} d` : '');
  const intelligentTiers = intelligentTierShares(resource, segments);
  return { classShares, intelligentTiers, transitions, horizonDays: horizon, description, notes };
}

function transitionsOf(rule: Record<string, unknown>): Array<Record<string, unknown>> {
  const many = list(rule, 'Transitions') ?? [];
  const one = prop(rule, 'Transition');
  return [...many, ...(one ? [one] : [])].filter((t): t is Record<string, unknown> => !!t && typeof t === 'object');
}

/** Days in Intelligent-Tiering after which each tier starts, for objects not accessed. */
export function intelligentTierStarts(resource: ResourceModel): Array<{ tier: IntelligentTier; day: number }> {
  const starts: Array<{ tier: IntelligentTier; day: number }> = [
    { tier: 'FREQUENT', day: 0 },
    { tier: 'INFREQUENT', day: INTELLIGENT_TIERING_DAYS.INFREQUENT },
    { tier: 'ARCHIVE_INSTANT', day: INTELLIGENT_TIERING_DAYS.ARCHIVE_INSTANT },
  ];
  for (const config of list(resource, 'IntelligentTieringConfigurations') ?? []) {
    if (!config || typeof config !== 'object' || str(config as Record<string, unknown>, 'Status') === 'Disabled') continue;
    for (const t of list(config as Record<string, unknown>, 'Tierings') ?? []) {
      const tiering = t as Record<string, unknown>;
      const day = num(tiering, 'Days');
      const access = str(tiering, 'AccessTier');
      if (day === undefined) continue;
      if (access === 'ARCHIVE_ACCESS') starts.push({ tier: 'ARCHIVE', day });
      if (access === 'DEEP_ARCHIVE_ACCESS') starts.push({ tier: 'DEEP_ARCHIVE', day });
    }
  }
  return starts.sort((a, b) => a.day - b.day);
}

function intelligentTierShares(resource: ResourceModel, segments: Segment[]): Map<IntelligentTier, Decimal> {
  const starts = intelligentTierStarts(resource);
  const lengths = new Map<IntelligentTier, number>();
  let total = 0;
  for (const s of segments.filter((x) => x.storageClass === 'INTELLIGENT_TIERING')) {
    const span = s.to - s.from;
    total += span;
    starts.forEach((start, i) => {
      const end = Math.min(span, starts[i + 1]?.day ?? Infinity);
      if (end > start.day) lengths.set(start.tier, (lengths.get(start.tier) ?? 0) + end - start.day);
    });
  }
  const shares = new Map<IntelligentTier, Decimal>();
  for (const [tier, length] of lengths) shares.set(tier, new Decimal(length).div(total));
  return shares;
}
