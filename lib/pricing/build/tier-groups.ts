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
    serviceCode: 'AWSLambda', key: 'Lambda Duration', unit: 'Lambda-GB-Second', boundsFrom: README,
    tiers: [
      { rate: 'Lambda Duration', from: '0', to: '6000000000' },
      { rate: 'Lambda Duration Tier2', from: '6000000000', to: '15000000000' },
      { rate: 'Lambda Duration Tier3', from: '15000000000', to: null },
    ],
  },
  {
    serviceCode: 'AWSLambda', key: 'Lambda Duration-ARM', unit: 'Lambda-GB-Second', boundsFrom: README,
    tiers: [
      { rate: 'Lambda Duration-ARM', from: '0', to: '7500000000' },
      { rate: 'Lambda Duration-ARM Tier2', from: '7500000000', to: '18750000000' },
      { rate: 'Lambda Duration-ARM Tier3', from: '18750000000', to: null },
    ],
  },
  {
    // 1 TB = 1,024 GB in S3's tiers (the Price List's endRange values are 51200 and 512000).
    serviceCode: 'AmazonS3', key: 'Standard Storage', unit: 'GB-Mo', boundsFrom: README,
    tiers: [
      { rate: 'Standard Storage First 50 TB per GB Mo', from: '0', to: '51200' },
      { rate: 'Standard Storage Next 450 TB per GB Mo', from: '51200', to: '512000' },
      { rate: 'Standard Storage Over 500 TB per GB Mo', from: '512000', to: null },
    ],
  },
  {
    serviceCode: 'AmazonS3', key: 'Intelligent Tiering Frequent Access', unit: 'GB-Mo', boundsFrom: README,
    tiers: [
      { rate: 'Intelligent Tiering Frequent Access First 50 TB per GB Mo', from: '0', to: '51200' },
      { rate: 'Intelligent Tiering Frequent Access Next 450 TB per GB Mo', from: '51200', to: '512000' },
      { rate: 'Intelligent Tiering Frequent Access Over 500 TB per GB Mo', from: '512000', to: null },
    ],
  },
  {
    serviceCode: 'AWSQueueService', key: 'Standard per Requests', unit: 'Requests', boundsFrom: README,
    tiers: [
      { rate: 'Standard per Requests', from: '0', to: '100000000000' },
      { rate: 'Standard per Requests Tier2', from: '100000000000', to: '200000000000' },
      { rate: 'Standard per Requests Tier3', from: '200000000000', to: null },
    ],
  },
  {
    serviceCode: 'AWSQueueService', key: 'FIFO first-in first-out per Requests', unit: 'Requests', boundsFrom: README,
    tiers: [
      { rate: 'FIFO first-in first-out per Requests', from: '0', to: '100000000000' },
      { rate: 'FIFO first-in first-out per Requests Tier2', from: '100000000000', to: '200000000000' },
      { rate: 'FIFO first-in first-out per Requests Tier3', from: '200000000000', to: null },
    ],
  },
  {
    serviceCode: 'AmazonApiGateway', key: 'API Calls', unit: 'Requests', boundsFrom: README,
    tiers: [
      { rate: 'API Calls Number of up to 333 million', from: '0', to: '333000000' },
      { rate: 'API Calls Number of Request Next 667 million', from: '333000000', to: '1000000000' },
      { rate: 'API Calls Number of Request Next 19 billion', from: '1000000000', to: '20000000000' },
      { rate: 'API Calls Number of Request Over 20 billion', from: '20000000000', to: null },
    ],
  },
  {
    serviceCode: 'AmazonApiGateway', key: 'ApiGatewayHttpApi', unit: 'Requests', boundsFrom: README,
    tiers: [
      { rate: 'ApiGatewayHttpApi First 300 million', from: '0', to: '300000000' },
      { rate: 'ApiGatewayHttpApi more than 300 million', from: '300000000', to: null },
    ],
  },
  {
    serviceCode: 'AmazonApiGateway', key: 'WebSocket Messages', unit: 'Messages', boundsFrom: NAMES,
    tiers: [
      { rate: 'WebSocket Messages Messages first 1 billion', from: '0', to: '1000000000' },
      { rate: 'WebSocket Messages Messages over 1 billion', from: '1000000000', to: null },
    ],
  },
  {
    serviceCode: 'AmazonSNS', key: 'HTTP Notifications', unit: 'Notifications', boundsFrom: NAMES,
    tiers: [
      { rate: 'HTTP 0 to 100000', from: '0', to: '100000', freeTier: true },
      { rate: 'HTTP 100000 to Inf', from: '100000', to: null },
    ],
  },
  {
    serviceCode: 'AmazonSNS', key: 'SNS Email and Email JSON Notifications', unit: 'Notifications', boundsFrom: NAMES,
    tiers: [
      { rate: 'SMTP 0 to 1000', from: '0', to: '1000', freeTier: true },
      { rate: 'SMTP 1000 to Inf', from: '1000', to: null },
    ],
  },
  {
    serviceCode: 'AmazonCloudWatch', key: 'Metric', unit: 'Metrics', boundsFrom: NAMES,
    tiers: [
      { rate: 'Metric for the first 10000', from: '0', to: '10000' },
      { rate: 'Metric for the next 240000', from: '10000', to: '250000' },
      { rate: 'Metric for the next 750000', from: '250000', to: '1000000' },
      { rate: 'Metric for over 1000000', from: '1000000', to: null },
    ],
  },
  {
    // Express workflows: first 1,000 GB-hours / next 4,000 / over 5,000, priced per GB-second.
    serviceCode: 'AmazonStates', key: 'Duration of Workflows', unit: 'GB-Second', boundsFrom: README,
    tiers: [
      { rate: 'Duration of Workflows from 0 to 3600000', from: '0', to: '3600000' },
      { rate: 'Duration of Workflows from 3600000 to 18000000', from: '3600000', to: '18000000' },
      { rate: 'Duration of Workflows over 18000000', from: '18000000', to: null },
    ],
  },
  {
    serviceCode: 'AWSEvents', key: 'Scheduled Invocation', unit: 'Invocations', boundsFrom: NAMES,
    tiers: [
      { rate: 'Scheduled Invocation for 0 to 14000000 Invocations', from: '0', to: '14000000', freeTier: true },
      { rate: 'Scheduled Invocation for 14000000 to Inf Invocations', from: '14000000', to: null },
    ],
  },
  {
    serviceCode: 'AmazonVPC', key: 'VPC Endpoint Data Processed', unit: 'GB', boundsFrom: NAMES,
    tiers: [
      { rate: 'Charge for per GB data processed by VPC Endpoints per GB from 0 to 1048576', from: '0', to: '1048576' },
      { rate: 'Charge for per GB data processed by VPC Endpoints per GB from 1048576 to 5242880', from: '1048576', to: '5242880' },
      { rate: 'Charge for per GB data processed by VPC Endpoints per GB from 5242880 to Inf', from: '5242880', to: null },
    ],
  },
];
