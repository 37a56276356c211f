/**
 * Which price keys draw on each always-free allowance of free-tier.json. free-tier.json says what
 * AWS waives in AWS's words ("requests (x86 and Arm together)"); the snapshot's keys are this
 * project's names for AWS's rates, so the link between the two is made here, once, by the builder.
 * An entry is found by its service and the start of its "usage" text. Quantities come from the data;
 * `perAmount` only converts AWS's unit into the prices' unit (a WCU "for the whole month" is 730
 * WCU-hours: the 730-hour month of supplementary.json's rules).
 */

export interface FreeTierRule {
  id: string;
  service: string;
  /** free-tier.json "usage" starts with this. */
  usage: string;
  name: string;
  /** Price keys that draw on the allowance (trailing `*`: any key with that prefix). */
  keys: string[];
  /** Unit of those prices. */
  priceUnit: string;
  /** Price-unit quantity per unit of AWS's amount (default 1). */
  perAmount?: string;
}

const HOURS_PER_MONTH = '730';

export const FREE_TIER_RULES: FreeTierRule[] = [
  { id: 'lambda-requests', service: 'AWSLambda', usage: 'requests', name: 'Lambda requests', keys: ['Lambda Requests', 'Lambda Requests-ARM'], priceUnit: 'requests' },
  // Provisioned concurrency and its duration are not covered ("not provisioned concurrency").
  { id: 'lambda-duration', service: 'AWSLambda', usage: 'compute duration', name: 'Lambda compute', keys: ['Lambda Duration', 'Lambda Duration-ARM'], priceUnit: 'GB-seconds' },
  {
    id: 'sqs-requests',
    service: 'AWSQueueService',
    usage: 'requests',
    name: 'SQS requests',
    keys: ['Standard per Requests', 'FIFO first-in first-out per Requests'],
    priceUnit: 'requests',
  },
  { id: 'sns-publishes', service: 'AmazonSNS', usage: 'publishes', name: 'SNS publishes', keys: ['Amazon SNS API Requests'], priceUnit: 'requests' },
  { id: 'sns-http', service: 'AmazonSNS', usage: 'HTTP/S deliveries', name: 'SNS HTTP/S deliveries', keys: ['HTTP Notifications'], priceUnit: 'notifications' },
  {
    id: 'sns-email',
    service: 'AmazonSNS',
    usage: 'email',
    name: 'SNS email deliveries',
    keys: ['SNS Email and Email JSON Notifications'],
    priceUnit: 'notifications',
  },
  // Standard table class only (the Standard-IA keys end in "IA").
  { id: 'dynamodb-storage', service: 'AmazonDynamoDB', usage: 'data storage', name: 'DynamoDB storage', keys: ['Data Storage Indexed GB-Mo'], priceUnit: 'GB-months' },
  {
    id: 'dynamodb-wcu',
    service: 'AmazonDynamoDB',
    usage: 'provisioned write capacity',
    name: 'DynamoDB provisioned writes',
    keys: ['Provisioned Write Units'],
    priceUnit: 'WCU-hours',
    perAmount: HOURS_PER_MONTH,
  },
  {
    id: 'dynamodb-rcu',
    service: 'AmazonDynamoDB',
    usage: 'provisioned read capacity',
    name: 'DynamoDB provisioned reads',
    keys: ['Provisioned Read Units'],
    priceUnit: 'RCU-hours',
    perAmount: HOURS_PER_MONTH,
  },
  { id: 'dynamodb-streams', service: 'AmazonDynamoDB', usage: 'DynamoDB Streams', name: 'DynamoDB Streams reads', keys: ['Streams Read Requests'], priceUnit: 'requests' },
  { id: 'cloudwatch-metrics', service: 'AmazonCloudWatch', usage: 'custom', name: 'CloudWatch metrics', keys: ['Metric'], priceUnit: 'metric-months' },
  { id: 'cloudwatch-alarms', service: 'AmazonCloudWatch', usage: 'standard-resolution alarm', name: 'CloudWatch alarms', keys: ['Alarm Standard'], priceUnit: 'alarm-metric-months' },
  { id: 'cloudwatch-dashboards', service: 'AmazonCloudWatch', usage: 'dashboards', name: 'CloudWatch dashboards', keys: ['Dashboard Basic Dashboard'], priceUnit: 'dashboard-months' },
  // Standard-class ingestion and archived (stored) log data share the 5 GB.
  { id: 'cloudwatch-logs', service: 'AmazonCloudWatch', usage: 'logs', name: 'CloudWatch Logs data', keys: ['Logs Collected Data Ingestion', 'Stored Data'], priceUnit: 'GB' },
  { id: 'stepfunctions-transitions', service: 'AmazonStates', usage: 'Standard workflow', name: 'Step Functions transitions', keys: ['AWS Step Functions'], priceUnit: 'transitions' },
  // Symmetric and HMAC requests (AWS names the rate "Non Free Tier": the paid part of the same requests).
  { id: 'kms-requests', service: 'awskms', usage: 'API requests', name: 'KMS requests', keys: ['API request - Non Free Tier'], priceUnit: 'requests' },
  { id: 'cloudfront-data-out', service: 'AmazonCloudFront', usage: 'data transfer out', name: 'CloudFront data transfer out', keys: ['CloudFront DataTransfer Out:*'], priceUnit: 'GB' },
  {
    id: 'cloudfront-requests',
    service: 'AmazonCloudFront',
    usage: 'HTTP and HTTPS requests',
    name: 'CloudFront requests',
    keys: ['CloudFront Requests HTTP:*', 'CloudFront Requests HTTPS:*'],
    priceUnit: 'requests',
  },
  // No rate in the data (the functions' invocations are not priced yet): listed, draws nothing.
  { id: 'cloudfront-functions', service: 'AmazonCloudFront', usage: 'CloudFront Functions', name: 'CloudFront Functions invocations', keys: [], priceUnit: 'invocations' },
  { id: 'data-transfer-out', service: 'AWSDataTransfer', usage: 'data transfer out', name: 'Data transfer out to the internet', keys: ['DataTransfer Out to Internet'], priceUnit: 'GB' },
  { id: 'xray-recorded', service: 'AWSXRay', usage: 'traces recorded', name: 'X-Ray traces recorded', keys: ['Traces Stored'], priceUnit: 'traces' },
  { id: 'xray-retrieved', service: 'AWSXRay', usage: 'traces retrieved', name: 'X-Ray traces retrieved or scanned', keys: ['Traces Retrieved', 'Traces Scanned'], priceUnit: 'traces' },
];
