/**
 * Price-key families whose last part is only known at run time (an instance type, a DB class, a
 * destination region read from the template): too many to list as literals and not checkable at
 * compile time in full. Each family has a template-literal type (what `tsc` checks: the prefix and
 * the enumerable parts, e.g. engine and deployment) and a builder in catalog-keys.ts; the generated
 * literal unions (price-keys.generated.ts) leave their members out. test/pricing/price-keys-generated.test.ts
 * checks that every snapshot key with a family's prefix matches its pattern, and each family has keys.
 */
import type {
  AuroraInstanceKey,
  CacheNodeKey,
  InfluxDbInstanceKey,
  MemoryDbNodeKey,
  NeptuneInstanceKey,
  RdsInstanceKey,
} from './catalog-keys.js';

export interface PriceKeyFamily {
  serviceCode: string;
  /** Keys starting with this belong to the family. */
  prefix: string;
  /** What every key of the family in the snapshot must look like (the template-literal type, as a pattern). */
  pattern: RegExp;
  /** Builder that composes the key (lib/pricing/catalog-keys.ts unless said otherwise). */
  builder: string;
}

const ANY = '[^:]+';

export const PRICE_KEY_FAMILIES: readonly PriceKeyFamily[] = [
  { serviceCode: 'AmazonEC2', prefix: 'BoxUsage:', pattern: /^BoxUsage:[^:]+$/, builder: 'ec2InstanceKey' },
  { serviceCode: 'AmazonES', prefix: 'ESInstance:', pattern: /^ESInstance:[^:]+$/, builder: 'openSearchInstanceKey' },
  {
    serviceCode: 'AmazonRDS',
    prefix: 'RDSInstance:',
    pattern: new RegExp(`^RDSInstance:(MySQL|PostgreSQL|MariaDB):(Single-AZ|Multi-AZ|Multi-AZ-readable-standbys):${ANY}$`),
    builder: 'rdsInstanceKey',
  },
  {
    serviceCode: 'AmazonRDS',
    prefix: 'AuroraInstance:',
    pattern: new RegExp(`^AuroraInstance:(Aurora MySQL|Aurora PostgreSQL):(Standard|IO-Optimized):${ANY}$`),
    builder: 'auroraInstanceKey',
  },
  {
    serviceCode: 'AmazonElastiCache',
    prefix: 'CacheNode:',
    pattern: new RegExp(`^CacheNode:(Redis|Valkey|Memcached):${ANY}$`),
    builder: 'cacheNodeKey',
  },
  { serviceCode: 'AmazonNeptune', prefix: 'NeptuneInstance:', pattern: /^NeptuneInstance:[^:]+$/, builder: 'neptuneInstanceKey' },
  {
    serviceCode: 'AmazonNeptune',
    prefix: 'NeptuneInstance-IOOptimized:',
    pattern: /^NeptuneInstance-IOOptimized:[^:]+$/,
    builder: 'neptuneInstanceKey',
  },
  { serviceCode: 'AmazonRedshift', prefix: 'RedshiftNode:', pattern: /^RedshiftNode:[^:]+$/, builder: 'redshiftNodeKey' },
  {
    serviceCode: 'AmazonTimestream',
    prefix: 'InfluxDBInstance:',
    pattern: new RegExp(`^InfluxDBInstance:(Single-AZ|Multi-AZ|Cluster):${ANY}$`),
    builder: 'influxDbInstanceKey',
  },
  { serviceCode: 'ElasticMapReduce', prefix: 'EMRInstance:', pattern: /^EMRInstance:[^:]+$/, builder: 'emrInstanceKey' },
  { serviceCode: 'AmazonDAX', prefix: 'DAXNode:', pattern: /^DAXNode:[^:]+$/, builder: 'daxNodeKey' },
  {
    serviceCode: 'AmazonMemoryDB',
    prefix: 'MemoryDBNode:',
    pattern: new RegExp(`^MemoryDBNode:(Redis|Valkey):${ANY}$`),
    builder: 'memoryDbNodeKey',
  },
  {
    serviceCode: 'AWSDataTransfer',
    prefix: 'DataTransfer InterRegion Outbound:',
    pattern: /^DataTransfer InterRegion Outbound:[a-z]{2}(-[a-z]+)+-\d$/,
    builder: 'interRegionTransferKey',
  },
  {
    serviceCode: 'AmazonDocDB',
    prefix: 'OnDemand-instancetype-',
    pattern: /^OnDemand-instancetype-db\.[^ ]+( NVMe SSD)?( IO-Optimized(-DocDB)?)?$/,
    builder: 'docdbInstanceKey (lib/resources/data/docdb-db-instance.ts)',
  },
];

/** The family a snapshot key belongs to, if any. */
export function familyOf(serviceCode: string, key: string): PriceKeyFamily | undefined {
  return PRICE_KEY_FAMILIES.find((f) => f.serviceCode === serviceCode && key.startsWith(f.prefix));
}

/** The families' template-literal types, per service: what a built key may look like. */
export interface PriceKeyFamilies {
  AmazonEC2: `BoxUsage:${string}`;
  AmazonES: `ESInstance:${string}`;
  AmazonRDS: RdsInstanceKey | AuroraInstanceKey;
  AmazonElastiCache: CacheNodeKey;
  AmazonNeptune: NeptuneInstanceKey;
  AmazonRedshift: `RedshiftNode:${string}`;
  AmazonTimestream: InfluxDbInstanceKey;
  ElasticMapReduce: `EMRInstance:${string}`;
  AmazonDAX: `DAXNode:${string}`;
  AmazonMemoryDB: MemoryDbNodeKey;
  AWSDataTransfer: `DataTransfer InterRegion Outbound:${string}`;
  AmazonDocDB: `OnDemand-instancetype-${string}`;
}

/**
 * Keys a pricer composes from a value read from the template (a volume type, a broker size, an engine
 * name) whose combinations are not all in the data: the template-literal type checks the fixed words,
 * the run-time part is whatever the template says, and a combination AWS does not price shows as
 * "no price" with its key. Unlike the families above, their keys stay in the literal unions too.
 * COMPOSED_PRICE_KEYS says the same as patterns, for the test that resolves pricers' keys.
 */
export interface ComposedPriceKeys {
  AmazonES: `OpenSearch Service EBS ${string} storage`;
  AmazonMQ: `${'' | 'RabbitMQ '}${'Single Instance' | 'Active Standby'} mq ${string}`;
  AmazonMSK: `RunBroker ${string}`;
  AmazonMWAA: `${'Environment' | 'Worker' | 'Scheduler' | 'WebServer'} ${string} per Hrs`;
  AWSAppSync: `API Calls CacheMemorySize ${string} per Hrs`;
  AWSTransfer: `Transfer ${string} per Hourly` | `Transfer ${string} ${'Upload' | 'Download'} per GB`;
  AmazonRDS:
    | `RDS Snapshot Export ${string}`
    | `${string} ServerlessV2${'' | ' Aurora IO Optimization Mode'}`
    | `${string} Serverless`
    | `Database Storage ${string}`
    | `Storage Snapshot ${string}`
    | `Provisioned ${'IOPS' | 'GP3 IOPS' | 'Throughput'} ${string}`
    | `${string} ${'Year 1 Year 2' | 'Year 3'} ${string}`;
}

export const COMPOSED_PRICE_KEYS: ReadonlyArray<{ serviceCode: string; pattern: RegExp }> = [
  { serviceCode: 'AmazonES', pattern: /^OpenSearch Service EBS .+ storage$/ },
  { serviceCode: 'AmazonMQ', pattern: /^(RabbitMQ )?(Single Instance|Active Standby) mq .+$/ },
  { serviceCode: 'AmazonMSK', pattern: /^RunBroker .+$/ },
  { serviceCode: 'AmazonMWAA', pattern: /^(Environment|Worker|Scheduler|WebServer) .+ per Hrs$/ },
  { serviceCode: 'AWSAppSync', pattern: /^API Calls CacheMemorySize .+ per Hrs$/ },
  { serviceCode: 'AWSTransfer', pattern: /^Transfer .+ (per Hourly|(Upload|Download) per GB)$/ },
  { serviceCode: 'AmazonRDS', pattern: /^RDS Snapshot Export .+$/ },
  { serviceCode: 'AmazonRDS', pattern: /^.+ ServerlessV2( Aurora IO Optimization Mode)?$/ },
  { serviceCode: 'AmazonRDS', pattern: /^.+ Serverless$/ },
  { serviceCode: 'AmazonRDS', pattern: /^Database Storage .+$/ },
  { serviceCode: 'AmazonRDS', pattern: /^Storage Snapshot .+$/ },
  { serviceCode: 'AmazonRDS', pattern: /^Provisioned (IOPS|GP3 IOPS|Throughput) .+$/ },
  { serviceCode: 'AmazonRDS', pattern: /^.+ (Year 1 Year 2|Year 3) .+$/ },
];
