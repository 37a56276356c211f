/**
 * Tiered prices. The metered-unit maps list each tier as its own rate ("Lambda Duration",
 * "Lambda Duration Tier2", …) without its bounds; the Price List API gives the same tiers as one
 * SKU with beginRange/endRange. Here each group names its tier rates and their bounds, so the
 * snapshot stores one tiered price per group, as the API does. The builder checks that every tier of
 * a group carries the same SKU, which catches a rate put in the wrong group.
 *
 * Bounds are billing rules, not prices: each group says where its bounds come from — the
 * "Tier boundaries" section of ../shared/aws-pricing/README.md, or the rate names themselves
 * ("HTTP 0 to 100000").
 */

export interface TierGroup {
  serviceCode: string;
  /** The key the grouped price is stored under. */
  key: string;
  unit: string;
  boundsFrom: 'aws-pricing/README.md' | 'rate names';
  tiers: Array<{ rate: string; from: string; to: string | null; freeTier?: true }>;
}

const README = 'aws-pricing/README.md' as const;
const NAMES = 'rate names' as const;

export const TIER_GROUPS: TierGroup[] = [
  {
    serviceCode: 'AWSLambda',
    key: 'Lambda Duration',
    unit: 'Lambda-GB-Second',
    boundsFrom: README,
    tiers: [
      { rate: 'Lambda Duration', from: '0', to: '6000000000' },
      { rate: 'Lambda Duration Tier2', from: '6000000000', to: '15000000000' },
      { rate: 'Lambda Duration Tier3', from: '15000000000', to: null },
    ],
  },
  {
    serviceCode: 'AWSLambda',
    key: 'Lambda Duration-ARM',
    unit: 'Lambda-GB-Second',
    boundsFrom: README,
    tiers: [
      { rate: 'Lambda Duration-ARM', from: '0', to: '7500000000' },
      { rate: 'Lambda Duration-ARM Tier2', from: '7500000000', to: '18750000000' },
      { rate: 'Lambda Duration-ARM Tier3', from: '18750000000', to: null },
    ],
  },
  {
    // 1 TB = 1,024 GB in S3's tiers (the Price List's endRange values are 51200 and 512000).
    serviceCode: 'AmazonS3',
    key: 'Standard Storage',
    unit: 'GB-Mo',
    boundsFrom: README,
    tiers: [
      { rate: 'Standard Storage First 50 TB per GB Mo', from: '0', to: '51200' },
      { rate: 'Standard Storage Next 450 TB per GB Mo', from: '51200', to: '512000' },
      { rate: 'Standard Storage Over 500 TB per GB Mo', from: '512000', to: null },
    ],
  },
  {
    serviceCode: 'AmazonS3',
    key: 'Intelligent Tiering Frequent Access',
    unit: 'GB-Mo',
    boundsFrom: README,
    tiers: [
      { rate: 'Intelligent Tiering Frequent Access First 50 TB per GB Mo', from: '0', to: '51200' },
      { rate: 'Intelligent Tiering Frequent Access Next 450 TB per GB Mo', from: '51200', to: '512000' },
      { rate: 'Intelligent Tiering Frequent Access Over 500 TB per GB Mo', from: '512000', to: null },
    ],
  },
  {
    serviceCode: 'AWSQueueService',
    key: 'Standard per Requests',
    unit: 'Requests',
    boundsFrom: README,
    tiers: [
      { rate: 'Standard per Requests', from: '0', to: '100000000000' },
      { rate: 'Standard per Requests Tier2', from: '100000000000', to: '200000000000' },
      { rate: 'Standard per Requests Tier3', from: '200000000000', to: null },
    ],
  },
  {
    serviceCode: 'AWSQueueService',
    key: 'FIFO first-in first-out per Requests',
    unit: 'Requests',
    boundsFrom: README,
    tiers: [
      { rate: 'FIFO first-in first-out per Requests', from: '0', to: '100000000000' },
      { rate: 'FIFO first-in first-out per Requests Tier2', from: '100000000000', to: '200000000000' },
      { rate: 'FIFO first-in first-out per Requests Tier3', from: '200000000000', to: null },
    ],
  },
  {
    serviceCode: 'AmazonApiGateway',
    key: 'API Calls',
    unit: 'Requests',
    boundsFrom: README,
    tiers: [
      { rate: 'API Calls Number of up to 333 million', from: '0', to: '333000000' },
      { rate: 'API Calls Number of Request Next 667 million', from: '333000000', to: '1000000000' },
      { rate: 'API Calls Number of Request Next 19 billion', from: '1000000000', to: '20000000000' },
      { rate: 'API Calls Number of Request Over 20 billion', from: '20000000000', to: null },
    ],
  },
  {
    serviceCode: 'AmazonApiGateway',
    key: 'ApiGatewayHttpApi',
    unit: 'Requests',
    boundsFrom: README,
    tiers: [
      { rate: 'ApiGatewayHttpApi First 300 million', from: '0', to: '300000000' },
      { rate: 'ApiGatewayHttpApi more than 300 million', from: '300000000', to: null },
    ],
  },
  {
    serviceCode: 'AmazonApiGateway',
    key: 'WebSocket Messages',
    unit: 'Messages',
    boundsFrom: NAMES,
    tiers: [
      { rate: 'WebSocket Messages Messages first 1 billion', from: '0', to: '1000000000' },
      { rate: 'WebSocket Messages Messages over 1 billion', from: '1000000000', to: null },
    ],
  },
  {
    serviceCode: 'AmazonSNS',
    key: 'HTTP Notifications',
    unit: 'Notifications',
    boundsFrom: NAMES,
    tiers: [
      { rate: 'HTTP 0 to 100000', from: '0', to: '100000', freeTier: true },
      { rate: 'HTTP 100000 to Inf', from: '100000', to: null },
    ],
  },
  {
    serviceCode: 'AmazonSNS',
    key: 'SNS Email and Email JSON Notifications',
    unit: 'Notifications',
    boundsFrom: NAMES,
    tiers: [
      { rate: 'SMTP 0 to 1000', from: '0', to: '1000', freeTier: true },
      { rate: 'SMTP 1000 to Inf', from: '1000', to: null },
    ],
  },
  {
    serviceCode: 'AmazonCloudWatch',
    key: 'Metric',
    unit: 'Metrics',
    boundsFrom: NAMES,
    tiers: [
      { rate: 'Metric for the first 10000', from: '0', to: '10000' },
      { rate: 'Metric for the next 240000', from: '10000', to: '250000' },
      { rate: 'Metric for the next 750000', from: '250000', to: '1000000' },
      { rate: 'Metric for over 1000000', from: '1000000', to: null },
    ],
  },
  {
    // Express workflows: first 1,000 GB-hours / next 4,000 / over 5,000, priced per GB-second.
    serviceCode: 'AmazonStates',
    key: 'Duration of Workflows',
    unit: 'GB-Second',
    boundsFrom: README,
    tiers: [
      { rate: 'Duration of Workflows from 0 to 3600000', from: '0', to: '3600000' },
      { rate: 'Duration of Workflows from 3600000 to 18000000', from: '3600000', to: '18000000' },
      { rate: 'Duration of Workflows over 18000000', from: '18000000', to: null },
    ],
  },
  {
    serviceCode: 'AWSEvents',
    key: 'Scheduled Invocation',
    unit: 'Invocations',
    boundsFrom: NAMES,
    tiers: [
      { rate: 'Scheduled Invocation for 0 to 14000000 Invocations', from: '0', to: '14000000', freeTier: true },
      { rate: 'Scheduled Invocation for 14000000 to Inf Invocations', from: '14000000', to: null },
    ],
  },
  {
    serviceCode: 'AmazonVPC',
    key: 'VPC Endpoint Data Processed',
    unit: 'GB',
    boundsFrom: NAMES,
    tiers: [
      { rate: 'Charge for per GB data processed by VPC Endpoints per GB from 0 to 1048576', from: '0', to: '1048576' },
      { rate: 'Charge for per GB data processed by VPC Endpoints per GB from 1048576 to 5242880', from: '1048576', to: '5242880' },
      { rate: 'Charge for per GB data processed by VPC Endpoints per GB from 5242880 to Inf', from: '5242880', to: null },
    ],
  },
  {
    // Route 53 standard queries (issue 4, network pricers): the key is ROUTE53_STANDARD_QUERIES in global-price-keys.ts.
    serviceCode: 'AmazonRoute53',
    key: 'Route53 Standard Queries',
    unit: 'Queries',
    boundsFrom: NAMES,
    tiers: [
      { rate: 'Query first 1B', from: '0', to: '1000000000' },
      { rate: 'Query over 1B', from: '1000000000', to: null },
    ],
  },
  // Issue 3: the remaining tiered rates of the metered maps. "TB" in a rate name is 1,024 GB, as the
  // names that state bounds in GB say ("IA Vended ingested logs from 10240 upto 30720" carries the same
  // rate codes as "Vended Logs Next 20TB"), and as data transfer's StartingRange/EndingRange do.
  ...logTiers('Vended Logs', ['Vended Logs First 10TB', 'Vended Logs Next 20TB', 'Vended Logs Next Next 20TB', 'Vended Logs over 50TB']),
  ...logTiers('IA Vended ingested logs', [
    'IA Vended ingested logs from 0 upto 10240',
    'IA Vended ingested logs from 10240 upto 30720',
    'IA Vended ingested logs from 30720 upto 51200',
    'IA Vended ingested logs from 51200 upto Inf',
  ]),
  ...logTiers('Delivered Logs', [
    'Delivered Logs for first 10TB',
    'Delivered Logs for next 20TB',
    'Delivered Logs for next next 20 TB',
    'Delivered Logs for over 50TB',
  ]),
  ...logTiers('Amazon Kinesis Data Firehose Delivered Logs', [
    'Amazon Kinesis Data Firehose Delivered Logs for first 10TB',
    'Amazon Kinesis Data Firehose Delivered Logs for next 20TB',
    'Amazon Kinesis Data Firehose Delivered Logs for next next 20 TB',
    'Amazon Kinesis Data Firehose Delivered Logs for over 50TB',
  ]),
  {
    serviceCode: 'AmazonCloudWatch',
    key: 'ObservationCount CI EKS',
    unit: 'Observations',
    boundsFrom: NAMES,
    tiers: [
      { rate: 'ObservationCount CI EKS 0 to 1000000000', from: '0', to: '1000000000' },
      { rate: 'ObservationCount CI EKS 1000000000 to 4000000000', from: '1000000000', to: '4000000000' },
      { rate: 'ObservationCount CI EKS 4000000000 to Inf', from: '4000000000', to: null },
    ],
  },
  {
    serviceCode: 'AmazonCloudWatch',
    key: 'Application Signals',
    unit: 'Signals',
    boundsFrom: NAMES,
    tiers: [
      { rate: 'Application Signals for the first 100000000', from: '0', to: '100000000' },
      { rate: 'Application Signals 10000000for the first 1000000000', from: '100000000', to: '1000000000' },
      { rate: 'Application Signals 1000000000 upto Inf', from: '1000000000', to: null },
    ],
  },
  {
    // The Price List's MAU ranges start after the 50,000-MAU free tier, which AWS applies separately.
    serviceCode: 'AmazonCognito',
    key: 'User Pool MAU',
    unit: 'MAU',
    boundsFrom: NAMES,
    tiers: [
      { rate: 'User Pool MAU 0 upto 50000 per Requests', from: '0', to: '50000' },
      { rate: 'User Pool MAU 50000 upto 950000 per Requests', from: '50000', to: '950000' },
      { rate: 'User Pool MAU 950000 upto 9950000 per Requests', from: '950000', to: '9950000' },
      { rate: 'User Pool MAU 9950000 upto Inf per Requests', from: '9950000', to: null },
    ],
  },
  {
    serviceCode: 'AmazonCognito',
    key: 'ASF MAU',
    unit: 'MAU',
    boundsFrom: NAMES,
    tiers: [
      { rate: 'ASF MAU Frist 50000 per Requests', from: '0', to: '50000' },
      { rate: 'ASF MAU Next 50000 per Requests', from: '50000', to: '100000' },
      { rate: 'ASF MAU Next 900000 per Requests', from: '100000', to: '1000000' },
      { rate: 'ASF MAU Next 9000000 per Requests', from: '1000000', to: '10000000' },
      { rate: 'ASF MAU Greater than 10000000 per Requests', from: '10000000', to: null },
    ],
  },
  {
    serviceCode: 'AmazonCognito',
    key: 'User Pools M2M Tokens',
    unit: 'Tokens',
    boundsFrom: NAMES,
    tiers: [
      { rate: 'User Pools M2M Tokens Full 0 upto 250000 per CognitoUserPools M2MTokens', from: '0', to: '250000' },
      { rate: 'User Pools M2M Tokens Full 250000 upto 5000000 per CognitoUserPools M2MTokens', from: '250000', to: '5000000' },
      { rate: 'User Pools M2M Tokens Full 5000000 upto Inf per CognitoUserPools M2MTokens', from: '5000000', to: null },
    ],
  },
  {
    serviceCode: 'AWSCloudTrail',
    key: 'Ingestion Bytes',
    unit: 'GB',
    boundsFrom: NAMES,
    tiers: [
      { rate: 'Ingestion Bytes First 5TB', from: '0', to: '5120' },
      { rate: 'Ingestion Bytes Next 20TB', from: '5120', to: '25600' },
      { rate: 'Ingestion Bytes Over 25TB', from: '25600', to: null },
    ],
  },
  {
    serviceCode: 'AmazonSES',
    key: 'Dedicated IPs managed',
    unit: 'Messages',
    boundsFrom: NAMES,
    tiers: [
      { rate: 'Dedicated IPs managed from 0 to 10000000', from: '0', to: '10000000' },
      { rate: 'Dedicated IPs managed from 10000000 to 50000000', from: '10000000', to: '50000000' },
      { rate: 'Dedicated IPs managed from 50000000 to 100000000', from: '50000000', to: '100000000' },
      { rate: 'Dedicated IPs managed from 100000000 to Inf', from: '100000000', to: null },
    ],
  },
  {
    serviceCode: 'awswaf',
    key: 'AMR Bot Control Request Processed',
    unit: 'Requests',
    boundsFrom: NAMES,
    tiers: [
      { rate: 'AMR Bot Control Request Processed per Request from 0 to 10000000', from: '0', to: '10000000' },
      { rate: 'AMR Bot Control Request Processed per Request from 10000000 to Inf', from: '10000000', to: null },
    ],
  },
  {
    serviceCode: 'awswaf',
    key: 'AMR Bot Control Targeted Request Processed',
    unit: 'Requests',
    boundsFrom: NAMES,
    tiers: [
      { rate: 'AMR Bot Control Targeted Request Processed per Request from 0 to 1000000', from: '0', to: '1000000' },
      { rate: 'AMR Bot Control Targeted Request Processed per Request from 1000000 to Inf', from: '1000000', to: null },
    ],
  },
  {
    serviceCode: 'awswaf',
    key: 'AMR Fraud Control request processed',
    unit: 'Requests',
    boundsFrom: NAMES,
    tiers: [
      { rate: 'AMR Fraud Control request processed per Request from 0 to 10000', from: '0', to: '10000' },
      { rate: 'AMR Fraud Control request processed per Request from 10000 to 2000000', from: '10000', to: '2000000' },
      { rate: 'AMR Fraud Control request processed per Request from 2000000 to 5000000', from: '2000000', to: '5000000' },
      { rate: 'AMR Fraud Control request processed per Request from 5000000 to 15000000', from: '5000000', to: '15000000' },
      { rate: 'AMR Fraud Control request processed per Request from 15000000 to 30000000', from: '15000000', to: '30000000' },
      { rate: 'AMR Fraud Control request processed per Request from 30000000 to Inf', from: '30000000', to: null },
    ],
  },
];

/** CloudWatch Logs' four volume tiers per GB: first 10 TB, next 20 TB, next 20 TB, over 50 TB. */
function logTiers(key: string, rates: [string, string, string, string]): TierGroup[] {
  const bounds: Array<[string, string | null]> = [
    ['0', '10240'],
    ['10240', '30720'],
    ['30720', '51200'],
    ['51200', null],
  ];
  return [
    {
      serviceCode: 'AmazonCloudWatch',
      key,
      unit: 'GB',
      boundsFrom: NAMES,
      tiers: rates.map((rate, i) => ({ rate, from: bounds[i]![0], to: bounds[i]![1] })),
    },
  ];
}
