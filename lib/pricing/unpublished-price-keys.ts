/**
 * Price keys a pricer names although AWS's public price data (and so the bundled snapshot) has no
 * such price: the line is then listed as "no price" with the reason, never priced at an invented rate,
 * and a snapshot refreshed from data that has it prices it. Each is typed here with the reason, so it is
 * the one place such a key can be named; test/resources/price-keys-resolve.test.ts checks that every
 * other key a pricer names resolves in us-east-1, and that these are still absent there.
 */
export const UNPUBLISHED_PRICE_KEYS = [
  {
    serviceCode: 'AmazonElastiCache',
    key: 'ElastiCache backup storage',
    reason: "AWS's ElastiCache price data lists node-hours and Serverless only, no backup storage rate",
  },
  {
    serviceCode: 'AmazonS3',
    key: 'Glacier Deep Archive Storage',
    reason: "AWS's S3 data (s3.json) has Deep Archive retrieval, GET and transition rates only, no storage rate",
  },
  {
    serviceCode: 'AmazonS3',
    key: 'PUT requests to Glacier Deep Archive per Requests',
    reason: "AWS's S3 data (s3.json) has Deep Archive retrieval, GET and transition rates only, no PUT rate",
  },
  {
    serviceCode: 'AmazonCognito',
    key: 'Plus MAU',
    reason: "AWS's Cognito data has no Plus-plan MAU rate",
  },
  {
    serviceCode: 'AmazonES',
    key: 'OpenSearch Service EBS io1 IOPS',
    reason: 'the bundled OpenSearch data (supplementary.json) has EBS storage rates only, no provisioned IOPS',
  },
  {
    serviceCode: 'AmazonES',
    key: 'OpenSearch Service EBS gp3 IOPS',
    reason: 'the bundled OpenSearch data (supplementary.json) has EBS storage rates only, no gp3 IOPS above the included',
  },
  {
    serviceCode: 'AmazonES',
    key: 'OpenSearch Service EBS gp3 throughput',
    reason: 'the bundled OpenSearch data (supplementary.json) has EBS storage rates only, no gp3 throughput above the included',
  },
  {
    serviceCode: 'AmazonMemoryDB',
    key: 'MemoryDB Valkey Data Written above 10 TB',
    reason: 'AWS lists the Valkey data-written rate above 10 TB under an opaque key only (at $0), not as a usable price',
  },
] as const;

export type UnpublishedPriceKey = (typeof UNPUBLISHED_PRICE_KEYS)[number];

/** Families of keys AWS's data does not price at all, composed at run time like the families in price-key-families.ts. */
export const UNPUBLISHED_PRICE_KEY_FAMILIES = [
  { serviceCode: 'AmazonEC2', prefix: 'DedicatedUsage:', reason: 'dedicated-instance rates are not in the EC2 on-demand data' },
  {
    serviceCode: 'AmazonRDS',
    prefix: 'RDSInstance:',
    reason: 'instance-hours of engines outside the catalog (Oracle, SQL Server, Db2) are not in the bundled RDS data',
  },
  {
    serviceCode: 'AmazonFSx',
    prefix: 'FSx',
    reason: "AWS's public FSx data names every rate by an opaque id only; `--prices live` maps the Price List attributes",
  },
] as const;

export interface UnpublishedPriceKeyFamilies {
  AmazonEC2: `DedicatedUsage:${string}`;
  AmazonRDS: `RDSInstance:${string}:${'Single-AZ' | 'Multi-AZ' | 'Multi-AZ-readable-standbys'}:${string}`;
  AmazonFSx: `FSxStorage:${string}` | `FSxThroughput:${string}` | `FSxBackup:${string}`;
}

/** The unpublished keys of one service. */
export type UnpublishedKeyOf<S extends string> =
  | Extract<UnpublishedPriceKey, { serviceCode: S }>['key']
  | (S extends keyof UnpublishedPriceKeyFamilies ? UnpublishedPriceKeyFamilies[S] : never);
