/**
 * Pricers for data stores and streams: relational, key-value, cache, search, graph, warehouse,
 * and streaming services.
 */
import type { Pricer } from '../pricer.js';
import { daxCluster } from './dax-cluster.js';
import { docdbDbCluster, docdbElasticCluster } from './docdb-db-cluster.js';
import { docdbDbInstance } from './docdb-db-instance.js';
import { dynamodbGlobalTable } from './dynamodb-global-table.js';
import { elasticacheCacheCluster } from './elasticache-cache-cluster.js';
import { elasticacheReplicationGroup } from './elasticache-replication-group.js';
import { elasticacheServerlessCache } from './elasticache-serverless-cache.js';
import { flinkApplication, flinkApplicationParts } from './flink-application.js';
import { fsxFileSystem, fsxParts } from './fsx-file-system.js';
import { kinesisFirehoseDeliveryStream } from './kinesis-firehose.js';
import { kinesisStream } from './kinesis-stream.js';
import { memoryDbCluster } from './memorydb-cluster.js';
import { mqBroker } from './mq-broker.js';
import { kinesisStreamConsumer } from './kinesis-stream-consumer.js';
import { mskCluster } from './msk-cluster.js';
import { mskFree, mskServerlessCluster } from './msk-serverless-cluster.js';
import { neptuneDbCluster } from './neptune-db-cluster.js';
import { neptuneDbInstance } from './neptune-db-instance.js';
import { openSearchServerlessCollection, openSearchServerlessFree } from './opensearch-serverless-collection.js';
import { rdsDbCluster } from './rds-db-cluster.js';
import { rdsDbInstance } from './rds-db-instance.js';
import { redshiftCluster } from './redshift-cluster.js';

export const DATA_PRICERS: Pricer[] = [
  daxCluster,
  docdbDbCluster,
  docdbDbInstance,
  docdbElasticCluster,
  dynamodbGlobalTable,
  elasticacheCacheCluster,
  elasticacheReplicationGroup,
  elasticacheServerlessCache,
  flinkApplication,
  flinkApplicationParts,
  fsxFileSystem,
  fsxParts,
  kinesisFirehoseDeliveryStream,
  kinesisStream,
  memoryDbCluster,
  mqBroker,
  kinesisStreamConsumer,
  mskCluster,
  mskFree,
  mskServerlessCluster,
  neptuneDbCluster,
  neptuneDbInstance,
  openSearchServerlessCollection,
  openSearchServerlessFree,
  rdsDbCluster,
  rdsDbInstance,
  redshiftCluster,
];
