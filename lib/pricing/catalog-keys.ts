/**
 * The structured price keys of the catalog, in one place: the snapshot builder writes prices under
 * these names, `pricing refresh` maps Price List products onto them, and pricers name the price
 * they need with them — so a typo is a compile error, not a missing price at run time.
 * Every family is documented in pricing/README.md.
 */

/** EC2 Linux on-demand instance-hours: the Price List usagetype without its region prefix. */
export const ec2InstanceKey = (instanceType: string): `BoxUsage:${string}` => `BoxUsage:${instanceType}`;

/** OpenSearch Service instance-hours, type as CloudFormation writes it (`r6g.large.search`). */
export const openSearchInstanceKey = (instanceType: string): `ESInstance:${string}` => `ESInstance:${instanceType}`;

export const RDS_ENGINES = ['MySQL', 'PostgreSQL', 'MariaDB'] as const;
export type RdsEngine = (typeof RDS_ENGINES)[number];
export const RDS_DEPLOYMENTS = ['Single-AZ', 'Multi-AZ', 'Multi-AZ-readable-standbys'] as const;
export type RdsDeployment = (typeof RDS_DEPLOYMENTS)[number];

/** RDS DB instance-hours, e.g. `RDSInstance:PostgreSQL:Multi-AZ:db.t3.micro`. */
export type RdsInstanceKey = `RDSInstance:${RdsEngine}:${RdsDeployment}:${string}`;
export const rdsInstanceKey = (engine: RdsEngine, deployment: RdsDeployment, dbClass: string): RdsInstanceKey =>
  `RDSInstance:${engine}:${deployment}:${dbClass}`;

export const CACHE_ENGINES = ['Redis', 'Valkey', 'Memcached'] as const;
export type CacheEngine = (typeof CACHE_ENGINES)[number];

/** ElastiCache node-hours, e.g. `CacheNode:Redis:cache.m5.large`. */
export type CacheNodeKey = `CacheNode:${CacheEngine}:${string}`;
export const cacheNodeKey = (engine: CacheEngine, nodeType: string): CacheNodeKey => `CacheNode:${engine}:${nodeType}`;

/** Neptune instance-hours, standard or I/O-Optimized storage configuration, e.g. `NeptuneInstance:db.r6g.large`. */
export type NeptuneInstanceKey = `${'NeptuneInstance' | 'NeptuneInstance-IOOptimized'}:${string}`;
export const neptuneInstanceKey = (dbClass: string, ioOptimized = false): NeptuneInstanceKey =>
  `${ioOptimized ? 'NeptuneInstance-IOOptimized' : 'NeptuneInstance'}:${dbClass}`;

/** Redshift provisioned on-demand node-hours, e.g. `RedshiftNode:ra3.xlplus`. */
export const redshiftNodeKey = (nodeType: string): `RedshiftNode:${string}` => `RedshiftNode:${nodeType}`;

export const INFLUXDB_DEPLOYMENTS = ['Single-AZ', 'Multi-AZ', 'Cluster'] as const;
export type InfluxDbDeployment = (typeof INFLUXDB_DEPLOYMENTS)[number];

/** Timestream for InfluxDB instance-hours, e.g. `InfluxDBInstance:Single-AZ:db.influx.large`. */
export type InfluxDbInstanceKey = `InfluxDBInstance:${InfluxDbDeployment}:${string}`;
export const influxDbInstanceKey = (deployment: InfluxDbDeployment, dbClass: string): InfluxDbInstanceKey =>
  `InfluxDBInstance:${deployment}:${dbClass}`;

/** Data transfer from a region out to the internet, per GB, tiered (service AWSDataTransfer). */
export const DATA_TRANSFER_OUT_TO_INTERNET = 'DataTransfer Out to Internet';

/** Data transfer from the file's region to another region, per GB (service AWSDataTransfer). */
export const interRegionTransferKey = (destinationRegion: string): `DataTransfer InterRegion Outbound:${string}` =>
  `DataTransfer InterRegion Outbound:${destinationRegion}`;

export const AURORA_ENGINES = ['Aurora MySQL', 'Aurora PostgreSQL'] as const;
export type AuroraEngine = (typeof AURORA_ENGINES)[number];

/**
 * Aurora provisioned instance-hours, standard or I/O-Optimized cluster storage,
 * e.g. `AuroraInstance:Aurora MySQL:Standard:db.r6g.large`.
 */
export type AuroraInstanceKey = `AuroraInstance:${AuroraEngine}:${'Standard' | 'IO-Optimized'}:${string}`;
export const auroraInstanceKey = (engine: AuroraEngine, ioOptimized: boolean, dbClass: string): AuroraInstanceKey =>
  `AuroraInstance:${engine}:${ioOptimized ? 'IO-Optimized' : 'Standard'}:${dbClass}`;

/** The Amazon EMR fee per instance-hour, on top of EC2's (service ElasticMapReduce), e.g. `EMRInstance:m5.xlarge`. */
export const emrInstanceKey = (instanceType: string): `EMRInstance:${string}` => `EMRInstance:${instanceType}`;

/** DynamoDB Accelerator node-hours, node type without CloudFormation's `dax.` prefix, e.g. `DAXNode:r5.large`. */
export const daxNodeKey = (nodeType: string): `DAXNode:${string}` => `DAXNode:${nodeType}`;

/** MemoryDB node-hours by engine, e.g. `MemoryDBNode:Valkey:db.r7g.large` (data-tiering types `db.r6gd.*` included). */
export type MemoryDbNodeKey = `MemoryDBNode:${'Redis' | 'Valkey'}:${string}`;
export const memoryDbNodeKey = (engine: 'Redis' | 'Valkey', nodeType: string): MemoryDbNodeKey => `MemoryDBNode:${engine}:${nodeType}`;

/**
 * FSx, keyed by the Price List attributes of its products (service AmazonFSx) — the bundled data has
 * FSx rates only under opaque ids, so these keys are filled by `--prices live`.
 * `fileSystemType` as the Price List writes it (Windows, Lustre, ONTAP, OpenZFS); `deploymentOption`
 * verbatim ("Single-AZ", "Multi-AZ"); Lustre storage is priced by its per-unit storage throughput tier
 * (the `throughputCapacity` attribute, "125" MB/s/TiB, or "N/A" for scratch file systems).
 */
export const fsxStorageKey = (fileSystemType: string, deploymentOrThroughput: string, storageType: string): `FSxStorage:${string}` =>
  `FSxStorage:${fileSystemType}:${deploymentOrThroughput}:${storageType}`;

/** FSx provisioned throughput capacity per MBps-month, e.g. `FSxThroughput:Windows:Multi-AZ`. */
export const fsxThroughputKey = (fileSystemType: string, deployment: string): `FSxThroughput:${string}` =>
  `FSxThroughput:${fileSystemType}:${deployment}`;

/** FSx backup storage per GB-month (usage type …BackupUsage), e.g. `FSxBackup:Windows:Single-AZ` (`N/A` where AWS names none). */
export const fsxBackupKey = (fileSystemType: string, deployment: string): `FSxBackup:${string}` =>
  `FSxBackup:${fileSystemType}:${deployment}`;
