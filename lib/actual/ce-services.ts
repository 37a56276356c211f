/**
 * Cost Explorer's SERVICE dimension values → the estimate's services (the `service` of each pricer).
 * Some bill lines hold several of the estimate's services: CloudWatch bills metrics, alarms and logs
 * as "AmazonCloudWatch"; "EC2 - Other" holds NAT gateways and EBS; "CloudWatch Events" is the
 * billing name of EventBridge (buses and Scheduler). test/actual/ce-services.test.ts checks that
 * every service a pricer names appears here exactly once.
 */
export const CE_SERVICES: Readonly<Record<string, readonly string[]>> = {
  'AWS Lambda': ['Lambda'],
  'Amazon Simple Storage Service': ['S3'],
  'Amazon API Gateway': ['API Gateway'],
  'Amazon DynamoDB': ['DynamoDB', 'DAX'],
  'Amazon Simple Queue Service': ['SQS'],
  'Amazon Simple Notification Service': ['SNS'],
  AmazonCloudWatch: ['CloudWatch', 'CloudWatch Logs'],
  'Amazon CloudFront': ['CloudFront'],
  'Amazon Kinesis': ['Kinesis Data Streams'],
  'Amazon Kinesis Firehose': ['Kinesis Data Firehose'],
  'Amazon Kinesis Analytics': ['Managed Service for Apache Flink'],
  'AWS Step Functions': ['Step Functions'],
  'CloudWatch Events': ['EventBridge', 'EventBridge Scheduler'],
  'Amazon Elastic Load Balancing': ['Elastic Load Balancing'],
  'Amazon Elastic Container Service': ['ECS'],
  'Amazon Elastic Container Service for Kubernetes': ['EKS'],
  'Amazon EC2 Container Registry (ECR)': ['ECR'],
  'Amazon Elastic Compute Cloud - Compute': ['EC2'],
  'EC2 - Other': ['EC2 NAT Gateway', 'EBS'],
  'Amazon Virtual Private Cloud': ['VPC public IPv4', 'VPC endpoints'],
  'Amazon Relational Database Service': ['RDS'],
  'Amazon OpenSearch Service': ['OpenSearch', 'OpenSearch Serverless'],
  'Amazon ElastiCache': ['ElastiCache'],
  'Amazon MemoryDB': ['MemoryDB'],
  'Amazon DocumentDB (with MongoDB compatibility)': ['DocumentDB'],
  'Amazon Neptune': ['Neptune'],
  'Amazon Redshift': ['Redshift'],
  'Amazon Managed Streaming for Apache Kafka': ['MSK'],
  'Amazon MQ': ['Amazon MQ'],
  'Amazon Elastic File System': ['EFS'],
  'Amazon FSx': ['FSx'],
  'Amazon Elastic MapReduce': ['EMR'],
  'Amazon Managed Workflows for Apache Airflow': ['MWAA'],
  'AWS Key Management Service': ['KMS'],
  'AWS Secrets Manager': ['Secrets Manager'],
  'AWS Systems Manager': ['Systems Manager'],
  'Amazon Cognito': ['Cognito'],
  'AWS AppSync': ['AppSync'],
  'Amazon Route 53': ['Route 53'],
  'AWS WAF': ['WAF'],
  'AWS Network Firewall': ['Network Firewall'],
  'AWS Cloud Map': ['Cloud Map'],
  'AWS Directory Service': ['Directory Service'],
  'AWS IoT': ['IoT Core'],
  'AWS Transfer Family': ['Transfer Family'],
  'AWS CloudFormation': ['CloudFormation'],
  'AWS Certificate Manager': ['Certificate Manager'],
};

/** Bill lines that are not a service's usage: what they explain. */
export const CE_NON_SERVICE: Readonly<Record<string, string>> = {
  Tax: 'taxes: the estimate is before tax',
  'AWS Data Transfer': 'data transfer billed on its own line: the estimate prices it with the resource that sends it',
};

const ESTIMATE_TO_CE = new Map(Object.entries(CE_SERVICES).flatMap(([ce, services]) => services.map((s) => [s, ce] as const)));

/** The bill line an estimate service is billed under (undefined: not in the table). */
export function billLineOf(estimateService: string): string | undefined {
  return ESTIMATE_TO_CE.get(estimateService);
}
