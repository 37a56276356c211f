/**
 * Storage: S3 buckets (objects written, GET requests, storage from object size × retention),
 * DynamoDB tables (item writes and reads → request units), CloudWatch log groups (ingestion),
 * Secrets Manager secrets (API calls).
 */
import { Decimal, HOURS_PER_MONTH } from '../../../money.js';
import { fmt } from '../../../quantities.js';
import { list, num, str } from '../../../model/properties.js';
import type { ResourceModel } from '../../../model/architecture.js';
import { underKeys, type DerivedUsage, type NodeKind } from '../node-kind.js';

export const s3BucketNode: NodeKind = {
  types: ['AWS::S3::Bucket'],
  primary: 'objects',
  channels: { objects: 'objects written', reads: 'GET requests' },
  roles: { write: 'objects', read: 'reads' },
  ratios: [
    { name: 'objectSizeGB', unit: 'GB', description: 'average size of an object (storage = objects × size × retention)' },
    { name: 'putRequestsPerObject', unit: 'requests', description: 'PUT requests per object (a multipart upload: parts + 2)', default: 1 },
    {
      name: 'getRequestsPerObject',
      unit: 'requests',
      description: 'GET/HEAD requests per object, besides reads that come over edges',
      default: 0,
    },
    { name: 'retentionDays', unit: 'days', description: 'how long an object is kept (default: the bucket lifecycle expiration)' },
  ],
  usage(node) {
    const out: DerivedUsage[] = [];
    const objects = node.amount('objects');
    if (node.has('objects')) {
      const puts = node.ratio('putRequestsPerObject')!;
      out.push({
        key: 'monthlyPutRequests',
        value: objects.times(puts),
        formula: () => `${fmt(objects)} objects × ${fmt(puts)} PUT requests per object`,
        channels: ['objects'],
      });
    }
    const perObjectGets = node.ratio('getRequestsPerObject')!;
    if (node.has('reads') || (node.has('objects') && node.ratioGiven('getRequestsPerObject'))) {
      const reads = node.amount('reads');
      const value = reads.plus(objects.times(perObjectGets));
      const hasReads = node.has('reads');
      const perObject = node.ratioGiven('getRequestsPerObject');
      const formula = () =>
        [hasReads ? `${fmt(reads)} GET requests` : '', perObject ? `${fmt(objects)} objects × ${fmt(perObjectGets)} GETs per object` : '']
          .filter(Boolean)
          .join(' + ');
      out.push({ key: 'monthlyGetRequests', value, formula, channels: ['reads', 'objects'] });
    }
    if (node.has('objects')) {
      const size = node.ratio('objectSizeGB');
      const retention = node.ratio('retentionDays') ?? lifecycleExpirationDays(node.resource);
      const source = node.ratioGiven('retentionDays') ? 'retention' : 'lifecycle expiration';
      if (!size) node.note('storage not derived: give objectSizeGB (and retentionDays, unless a lifecycle rule expires objects)');
      else if (!retention)
        node.note(`storage grows by ${fmt(objects.times(size))} GB a month (no lifecycle expiration): give retentionDays, or storageGB`);
      else {
        // Objects arrive evenly over a 730-hour month and each is stored for retention × 24 hours.
        const hours = retention.times(24);
        out.push({
          key: 'storageGB',
          value: objects.times(size).times(hours).div(HOURS_PER_MONTH),
          formula: () => `${fmt(objects)} objects × ${fmt(size)} GB × ${fmt(retention)} days ${source} (${fmt(hours)} h) ÷ 730 h`,
          channels: ['objects'],
        });
      }
    }
    return out;
  },
};

/** The shortest expiration of an enabled lifecycle rule that applies to the whole bucket. */
function lifecycleExpirationDays(bucket: ResourceModel): Decimal | undefined {
  let best: number | undefined;
  for (const rule of list(bucket, 'LifecycleConfiguration.Rules') ?? []) {
    const r = rule as Record<string, unknown>;
    if (str(r, 'Status') !== 'Enabled' || r.Prefix || r.TagFilters || r.ObjectSizeGreaterThan || r.ObjectSizeLessThan) continue;
    const days = num(r, 'ExpirationInDays');
    if (days !== undefined && (best === undefined || days < best)) best = days;
  }
  return best === undefined ? undefined : new Decimal(best);
}

export const dynamodbTableNode: NodeKind = {
  types: ['AWS::DynamoDB::Table', 'AWS::DynamoDB::GlobalTable'],
  primary: 'writes',
  channels: { writes: 'item writes', reads: 'item reads' },
  roles: { write: 'writes', read: 'reads' },
  ratios: [
    { name: 'writeUnitsPerWrite', unit: 'WRU', description: 'write request units per item write (1 per KB of item)', default: 1 },
    {
      name: 'readUnitsPerRead',
      unit: 'RRU',
      description: 'read request units per item read (1 per 4 KB strongly consistent, 0.5 eventually consistent)',
      default: 1,
    },
  ],
  usage(node) {
    const out: DerivedUsage[] = [];
    if (node.has('writes')) {
      const w = node.amount('writes');
      const units = node.ratio('writeUnitsPerWrite')!;
      out.push(
        ...underKeys(
          ['monthlyWriteRequestUnits'],
          w.times(units),
          () => `${fmt(w)} item writes × ${fmt(units)} WRU per write${node.ratioGiven('writeUnitsPerWrite') ? '' : ' (items up to 1 KB)'}`,
          ['writes'],
        ),
      );
    }
    if (node.has('reads')) {
      const r = node.amount('reads');
      const units = node.ratio('readUnitsPerRead')!;
      out.push(
        ...underKeys(
          ['monthlyReadRequestUnits'],
          r.times(units),
          () =>
            `${fmt(r)} item reads × ${fmt(units)} RRU per ` +
            `read${node.ratioGiven('readUnitsPerRead') ? '' : ' (strongly consistent, up to 4 KB)'}`,
          ['reads'],
        ),
      );
    }
    return out;
  },
};

export const logGroupNode: NodeKind = {
  types: ['AWS::Logs::LogGroup'],
  primary: 'ingestedGB',
  channels: { ingestedGB: 'GB ingested' },
  ratios: [],
  usage(node) {
    if (!node.has('ingestedGB')) return [];
    const gb = node.amount('ingestedGB');
    return [{ key: 'monthlyIngestedGB', value: gb, formula: () => `${fmt(gb)} GB ingested`, channels: ['ingestedGB'] }];
  },
};

export const secretNode: NodeKind = {
  types: ['AWS::SecretsManager::Secret'],
  primary: 'calls',
  channels: { calls: 'API calls' },
  roles: { write: 'calls', read: 'calls' },
  ratios: [],
  usage(node) {
    if (!node.has('calls')) return [];
    const n = node.amount('calls');
    return underKeys(['monthlyApiCalls'], n, () => `${fmt(n)} API calls`, ['calls']);
  },
};
