/**
 * The least-privilege, read-only IAM policy the scan needs: exactly the actions its datasets and
 * metric fetch call, nothing that writes. README "Scan" shows it (`cdk-cost scan --print-iam-policy`
 * prints it), and the emulator test runs the scan as a user holding only this policy.
 */
export const SCAN_IAM_ACTIONS = [
  'cloudformation:DescribeStacks',
  'cloudformation:GetTemplate',
  'cloudformation:ListStackResources',
  'cloudformation:ListStacks',
  'cloudwatch:GetMetricData',
  'dynamodb:DescribeTable',
  'dynamodb:ListTables',
  'ec2:DescribeAddresses',
  'ec2:DescribeImages',
  'ec2:DescribeInstances',
  'ec2:DescribeNatGateways',
  'ec2:DescribeRegions',
  'ec2:DescribeRouteTables',
  'ec2:DescribeSnapshots',
  'ec2:DescribeVolumes',
  'elasticache:DescribeCacheClusters',
  'elasticloadbalancing:DescribeLoadBalancers',
  'elasticloadbalancing:DescribeTargetGroups',
  'elasticloadbalancing:DescribeTargetHealth',
  'es:DescribeDomains',
  'es:ListDomainNames',
  'kinesis:DescribeStreamSummary',
  'kinesis:ListStreams',
  'kms:DescribeKey',
  'kms:ListKeys',
  'lambda:ListFunctions',
  'logs:DescribeLogGroups',
  'rds:DescribeDBInstances',
  's3:ListAllMyBuckets',
  'sns:ListTopics',
  'sqs:GetQueueAttributes',
  'sqs:ListQueues',
  'tag:GetResources',
] as const;

export function scanIamPolicy(): {
  Version: string;
  Statement: Array<{ Sid: string; Effect: 'Allow'; Action: string[]; Resource: string }>;
} {
  return {
    Version: '2012-10-17',
    Statement: [{ Sid: 'CdkCostScanReadOnly', Effect: 'Allow', Action: [...SCAN_IAM_ACTIONS], Resource: '*' }],
  };
}
