/**
 * The AWS price data the bundled snapshot is built from (../shared/aws-pricing, see its README):
 * which file holds which Price List service, who published the copy, and how direct it is.
 * The publication date is read from each file's manifest where it has one.
 */

export interface MeteredInput {
  /** File under metered-unit-maps/. */
  file: string;
  serviceCode: string;
  origin: string;
}

const LAMNGOCKHUONG = 'lamngockhuong/aws-price@508fb45';
const PRICE_WATCHER = 'QuinnyPig/aws-price-watcher@a6645eb';
const EC2_SHOP = 'yeo/ec2.shop@74c9fd8';

export const METERED_INPUTS: MeteredInput[] = [
  { file: 'lambda.json', serviceCode: 'AWSLambda', origin: LAMNGOCKHUONG },
  { file: 's3.json', serviceCode: 'AmazonS3', origin: LAMNGOCKHUONG },
  { file: 'sns.json', serviceCode: 'AmazonSNS', origin: LAMNGOCKHUONG },
  { file: 'dynamodb.json', serviceCode: 'AmazonDynamoDB', origin: LAMNGOCKHUONG },
  { file: 'apigateway.json', serviceCode: 'AmazonApiGateway', origin: LAMNGOCKHUONG },
  { file: 'cloudwatch.json', serviceCode: 'AmazonCloudWatch', origin: LAMNGOCKHUONG },
  { file: 'kms.json', serviceCode: 'awskms', origin: LAMNGOCKHUONG },
  { file: 'natgateway.json', serviceCode: 'AmazonEC2', origin: LAMNGOCKHUONG },
  { file: 'vpc.json', serviceCode: 'AmazonVPC', origin: LAMNGOCKHUONG },
  { file: 'ecs.json', serviceCode: 'AmazonECS', origin: LAMNGOCKHUONG },
  { file: 'route53.json', serviceCode: 'AmazonRoute53', origin: LAMNGOCKHUONG },
  { file: 'kinesis.json', serviceCode: 'AmazonKinesis', origin: LAMNGOCKHUONG },
  { file: 'efs.json', serviceCode: 'AmazonEFS', origin: LAMNGOCKHUONG },
  { file: 'eks.json', serviceCode: 'AmazonEKS', origin: LAMNGOCKHUONG },
  { file: 'cognito.json', serviceCode: 'AmazonCognito', origin: LAMNGOCKHUONG },
  { file: 'waf.json', serviceCode: 'awswaf', origin: LAMNGOCKHUONG },
  { file: 'msk.json', serviceCode: 'AmazonMSK', origin: LAMNGOCKHUONG },
  { file: 'ses.json', serviceCode: 'AmazonSES', origin: LAMNGOCKHUONG },
  { file: 'cloudtrail.json', serviceCode: 'AWSCloudTrail', origin: LAMNGOCKHUONG },
  { file: 'athena.json', serviceCode: 'AmazonAthena', origin: LAMNGOCKHUONG },
  { file: 'glue.json', serviceCode: 'AWSGlue', origin: LAMNGOCKHUONG },
  { file: 'redshift.json', serviceCode: 'AmazonRedshift', origin: LAMNGOCKHUONG },
  { file: 'neptune.json', serviceCode: 'AmazonNeptune', origin: LAMNGOCKHUONG },
  { file: 'timestream.json', serviceCode: 'AmazonTimestream', origin: LAMNGOCKHUONG },
  { file: 'cloudfront.json', serviceCode: 'AmazonCloudFront', origin: PRICE_WATCHER },
  { file: 'elb.json', serviceCode: 'AWSELB', origin: PRICE_WATCHER },
  { file: 'queueservice.json', serviceCode: 'AWSQueueService', origin: PRICE_WATCHER },
  // Step Functions' Price List code is AmazonStates, not AWSStepFunctions.
  { file: 'states.json', serviceCode: 'AmazonStates', origin: PRICE_WATCHER },
  { file: 'events.json', serviceCode: 'AWSEvents', origin: PRICE_WATCHER },
  { file: 'secretsmanager.json', serviceCode: 'AWSSecretsManager', origin: PRICE_WATCHER },
  { file: 'rds-storage.json', serviceCode: 'AmazonRDS', origin: PRICE_WATCHER },
  { file: 'rds-proxy.json', serviceCode: 'AmazonRDS', origin: PRICE_WATCHER },
  { file: 'ebs.json', serviceCode: 'AmazonEC2', origin: EC2_SHOP },
  { file: 'elasticache.json', serviceCode: 'AmazonElastiCache', origin: EC2_SHOP },
  // Added 2026-12-02 to ../shared/aws-pricing, same raw format (aws-price-watcher raw/).
  { file: 'iot.json', serviceCode: 'AWSIoT', origin: PRICE_WATCHER },
  { file: 'kinesisfirehose.json', serviceCode: 'AmazonKinesisFirehose', origin: PRICE_WATCHER },
  { file: 'mwaa.json', serviceCode: 'AmazonMWAA', origin: PRICE_WATCHER },
  { file: 'appsync.json', serviceCode: 'AWSAppSync', origin: PRICE_WATCHER },
  { file: 'directoryservice.json', serviceCode: 'AWSDirectoryService', origin: PRICE_WATCHER },
  { file: 'fsx.json', serviceCode: 'AmazonFSx', origin: PRICE_WATCHER },
  { file: 'docdb.json', serviceCode: 'AmazonDocDB', origin: PRICE_WATCHER },
  { file: 'dax.json', serviceCode: 'AmazonDAX', origin: PRICE_WATCHER },
  { file: 'memorydb.json', serviceCode: 'AmazonMemoryDB', origin: PRICE_WATCHER },
  { file: 'mq.json', serviceCode: 'AmazonMQ', origin: PRICE_WATCHER },
  { file: 'ecr.json', serviceCode: 'AmazonECR', origin: PRICE_WATCHER },
  { file: 'xray.json', serviceCode: 'AWSXRay', origin: PRICE_WATCHER },
  { file: 'transfer.json', serviceCode: 'AWSTransfer', origin: PRICE_WATCHER },
  { file: 'networkfirewall.json', serviceCode: 'AWSNetworkFirewall', origin: PRICE_WATCHER },
  { file: 'cloudmap.json', serviceCode: 'AWSCloudMap', origin: PRICE_WATCHER },
  { file: 'kinesisanalytics.json', serviceCode: 'AmazonKinesisAnalytics', origin: PRICE_WATCHER },
];

export const EC2_ONDEMAND_ORIGIN = EC2_SHOP;
export const RESHAPED_ORIGIN = PRICE_WATCHER;
