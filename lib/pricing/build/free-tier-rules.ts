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

function rule(
  id: string,
  service: string,
  usage: string,
  name: string,
  priceUnit: string,
  keys: string[],
  perAmount?: string,
): FreeTierRule {
  return { id, service, usage, name, keys, priceUnit, ...(perAmount ? { perAmount } : {}) };
}

export const FREE_TIER_RULES: FreeTierRule[] = [
  rule('lambda-requests', 'AWSLambda', 'requests', 'Lambda requests', 'requests', ['Lambda Requests', 'Lambda Requests-ARM']),
  // Provisioned concurrency and its duration are not covered ("not provisioned concurrency").
  rule('lambda-duration', 'AWSLambda', 'compute duration', 'Lambda compute', 'GB-seconds', ['Lambda Duration', 'Lambda Duration-ARM']),
  rule('sqs-requests', 'AWSQueueService', 'requests', 'SQS requests', 'requests', [
    'Standard per Requests',
    'FIFO first-in first-out per Requests',
  ]),
  rule('sns-publishes', 'AmazonSNS', 'publishes', 'SNS publishes', 'requests', ['Amazon SNS API Requests']),
  rule('sns-http', 'AmazonSNS', 'HTTP/S deliveries', 'SNS HTTP/S deliveries', 'notifications', ['HTTP Notifications']),
  rule('sns-email', 'AmazonSNS', 'email', 'SNS email deliveries', 'notifications', ['SNS Email and Email JSON Notifications']),
  // Standard table class only (the Standard-IA keys end in "IA").
  rule('dynamodb-storage', 'AmazonDynamoDB', 'data storage', 'DynamoDB storage', 'GB-months', ['Data Storage Indexed GB-Mo']),
  rule(
    'dynamodb-wcu',
    'AmazonDynamoDB',
    'provisioned write',
    'DynamoDB provisioned writes',
    'WCU-hours',
    ['Provisioned Write Units'],
    HOURS_PER_MONTH,
  ),
  rule(
    'dynamodb-rcu',
    'AmazonDynamoDB',
    'provisioned read',
    'DynamoDB provisioned reads',
    'RCU-hours',
    ['Provisioned Read Units'],
    HOURS_PER_MONTH,
  ),
  rule('dynamodb-streams', 'AmazonDynamoDB', 'DynamoDB Streams', 'DynamoDB Streams reads', 'requests', ['Streams Read Requests']),
  rule('cloudwatch-metrics', 'AmazonCloudWatch', 'custom', 'CloudWatch metrics', 'metric-months', ['Metric']),
  rule('cloudwatch-alarms', 'AmazonCloudWatch', 'standard-resolution alarm', 'CloudWatch alarms', 'alarm-metric-months', [
    'Alarm Standard',
  ]),
  rule('cloudwatch-dashboards', 'AmazonCloudWatch', 'dashboards', 'CloudWatch dashboards', 'dashboard-months', [
    'Dashboard Basic Dashboard',
  ]),
  // Standard-class ingestion and archived (stored) log data share the 5 GB.
  rule('cloudwatch-logs', 'AmazonCloudWatch', 'logs', 'CloudWatch Logs data', 'GB', ['Logs Collected Data Ingestion', 'Stored Data']),
  rule('stepfunctions-transitions', 'AmazonStates', 'Standard workflow', 'Step Functions transitions', 'transitions', [
    'AWS Step Functions',
  ]),
  // Symmetric and HMAC requests (AWS names the rate "Non Free Tier": the paid part of the same requests).
  rule('kms-requests', 'awskms', 'API requests', 'KMS requests', 'requests', ['API request - Non Free Tier']),
  rule('cloudfront-data-out', 'AmazonCloudFront', 'data transfer out', 'CloudFront data transfer out', 'GB', [
    'CloudFront DataTransfer Out:*',
  ]),
  rule('cloudfront-requests', 'AmazonCloudFront', 'HTTP and HTTPS requests', 'CloudFront requests', 'requests', [
    'CloudFront Requests HTTP:*',
    'CloudFront Requests HTTPS:*',
  ]),
  // No rate in the data (the functions' invocations are not priced yet): listed, draws nothing.
  rule('cloudfront-functions', 'AmazonCloudFront', 'CloudFront Functions', 'CloudFront Functions invocations', 'invocations', []),
  rule('data-transfer-out', 'AWSDataTransfer', 'data transfer out', 'Data transfer out to the internet', 'GB', [
    'DataTransfer Out to Internet',
  ]),
  rule('xray-recorded', 'AWSXRay', 'traces recorded', 'X-Ray traces recorded', 'traces', ['Traces Stored']),
  rule('xray-retrieved', 'AWSXRay', 'traces retrieved', 'X-Ray traces retrieved or scanned', 'traces', [
    'Traces Retrieved',
    'Traces Scanned',
  ]),
];
