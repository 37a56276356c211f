/**
 * Every dataset the rules can ask for, by name. The engine loads each one at most once per region,
 * only when a rule that will run needs it.
 */
import type { Dataset } from './dataset.js';
import { addressesDataset, type AddressRecord } from './ec2-addresses.js';
import { instancesDataset, type InstanceRecord } from './ec2-instances.js';
import { natGatewaysDataset, type NatGatewayRecord } from './ec2-nat-gateways.js';
import { snapshotsDataset, type SnapshotRecord } from './ec2-snapshots.js';
import { volumesDataset, type VolumeRecord } from './ec2-volumes.js';
import { cacheClustersDataset, type CacheClusterRecord } from './elasticache-clusters.js';
import { classicLoadBalancersDataset, type ClassicLoadBalancerRecord } from './elb-classic.js';
import { loadBalancersV2Dataset, type LoadBalancerV2Record } from './elbv2-load-balancers.js';
import { keysDataset, type KeyRecord } from './kms-keys.js';
import { streamsDataset, type StreamRecord } from './kinesis-streams.js';
import { functionsDataset, type FunctionRecord } from './lambda-functions.js';
import { logGroupsDataset, type LogGroupRecord } from './log-groups.js';
import { domainsDataset, type DomainRecord } from './opensearch-domains.js';
import { dbInstancesDataset, type DbInstanceRecord } from './rds-instances.js';
import { bucketsDataset, type BucketRecord } from './s3-buckets.js';
import { topicsDataset, type TopicRecord } from './sns-topics.js';
import { queuesDataset, type QueueRecord } from './sqs-queues.js';
import { stackTagsDataset, type TaggedResourceRecord } from './stack-tags.js';
import { stacksDataset, type StacksDataset } from './stacks.js';
import { tablesDataset, type TableRecord } from './dynamodb-tables.js';

export interface DatasetMap {
  stacks: StacksDataset;
  stackTags: TaggedResourceRecord[];
  volumes: VolumeRecord[];
  addresses: AddressRecord[];
  snapshots: SnapshotRecord[];
  instances: InstanceRecord[];
  natGateways: NatGatewayRecord[];
  functions: FunctionRecord[];
  logGroups: LogGroupRecord[];
  queues: QueueRecord[];
  topics: TopicRecord[];
  tables: TableRecord[];
  streams: StreamRecord[];
  loadBalancersV2: LoadBalancerV2Record[];
  classicLoadBalancers: ClassicLoadBalancerRecord[];
  dbInstances: DbInstanceRecord[];
  domains: DomainRecord[];
  cacheClusters: CacheClusterRecord[];
  buckets: BucketRecord[];
  keys: KeyRecord[];
}

export type DatasetName = keyof DatasetMap;

export const DATASETS: { [K in DatasetName]: Dataset<DatasetMap[K]> } = {
  stacks: stacksDataset,
  stackTags: stackTagsDataset,
  volumes: volumesDataset,
  addresses: addressesDataset,
  snapshots: snapshotsDataset,
  instances: instancesDataset,
  natGateways: natGatewaysDataset,
  functions: functionsDataset,
  logGroups: logGroupsDataset,
  queues: queuesDataset,
  topics: topicsDataset,
  tables: tablesDataset,
  streams: streamsDataset,
  loadBalancersV2: loadBalancersV2Dataset,
  classicLoadBalancers: classicLoadBalancersDataset,
  dbInstances: dbInstancesDataset,
  domains: domainsDataset,
  cacheClusters: cacheClustersDataset,
  buckets: bucketsDataset,
  keys: keysDataset,
};

/** Datasets that are lists of account resources (each record has `resource`): the inventory. */
export const INVENTORY_DATASETS = [
  'volumes',
  'addresses',
  'instances',
  'natGateways',
  'functions',
  'logGroups',
  'queues',
  'topics',
  'tables',
  'streams',
  'loadBalancersV2',
  'classicLoadBalancers',
  'dbInstances',
  'domains',
  'cacheClusters',
  'buckets',
  'keys',
] as const satisfies readonly DatasetName[];
