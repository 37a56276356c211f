/**
 * The corpus templates that exercise the data, integration and operations pricers: every resource
 * of those types ends priced, free or usage-missing — or unsupported only where the price data
 * truly lacks the price, with that reason. Spot checks of the lines these templates are about.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { runEstimate } from '../../lib/estimate/run-estimate.js';
import type { Estimate } from '../../lib/estimate/estimate-types.js';
import { cacheNodeKey, neptuneInstanceKey, rdsInstanceKey } from '../../lib/pricing/catalog-keys.js';
import { DATA_PRICERS } from '../../lib/resources/data/index.js';
import { INTEGRATION_PRICERS } from '../../lib/resources/integration/index.js';
import { OPERATIONS_PRICERS } from '../../lib/resources/operations/index.js';
import { CORPUS_DIR, requireShared } from '../support/paths.js';
import { component, expectLine, unit } from './price-inline.js';
import { PricerRegistry } from '../../lib/resources/registry.js';

/** Types these pricers own, plus the core types this work reviewed. */
const MINE = new Set([
  ...[...DATA_PRICERS, ...INTEGRATION_PRICERS, ...OPERATIONS_PRICERS].flatMap((p) => p.types),
  'AWS::SNS::Topic',
  'AWS::SQS::Queue',
  'AWS::Logs::LogGroup',
  'AWS::OpenSearchService::Domain',
  'AWS::DynamoDB::Table',
]);

/** The only reasons a resource of these types may be unsupported: the data lacks the price. */
const DATA_LACKS = [/^AWS's public price data has no OpenSearch Serverless prices/];

const AWSLABS = join(CORPUS_DIR, 'awslabs__aws-cloudformation-templates');
const SAMPLES = join(CORPUS_DIR, 'aws-samples__serverless-patterns');
const TEMPLATES: Record<string, string> = {
  dynamodb: join(AWSLABS, 'aws/services/DynamoDB/DynamoDB_Secondary_Indexes.yaml'),
  rds: join(AWSLABS, 'aws/services/RDS/RDS_MySQL_With_Read_Replica.yaml'),
  aurora: join(AWSLABS, 'community/services/RDS/aurora-serverless/template.yml'),
  neptune: join(AWSLABS, 'aws/services/NeptuneDB/Neptune.yaml'),
  elasticache: join(AWSLABS, 'aws/solutions/Elasticache-snapshot.template'),
  msk: join(SAMPLES, 'msk-cfn-sasl-lambda/create-cluster-cfn/MSKSampleStack.yml'),
  kinesis: join(SAMPLES, 'kds-kdf-opensearch/template.yaml'),
  iot: join(SAMPLES, 'iot-sns-sqs-sam/template.yaml'),
  eventbridge: join(SAMPLES, 'eventbridge-sfn/template.yaml'),
};

async function estimateOf(name: string, parameters: Record<string, string> = {}): Promise<Estimate> {
  return (await runEstimate({ pricers: new PricerRegistry(), source: TEMPLATES[name]!, parameters })).estimate;
}

function byId(estimate: Estimate, logicalId: string) {
  const r = estimate.resources.find((x) => x.logicalId === logicalId);
  if (!r) throw new Error(`no ${logicalId}`);
  return r;
}

describe('corpus templates: data, integration and operations resources are classified', () => {
  requireShared();
  const cases: Array<[string, Record<string, string>]> = [
    ['dynamodb', {}],
    ['rds', {}],
    ['aurora', {}],
    ['neptune', {}],
    ['elasticache', {}],
    ['msk', {}],
    ['msk', { EnvType: 'Provisioned' }],
    ['kinesis', {}],
    ['iot', {}],
    ['eventbridge', {}],
  ];
  it.each(cases)('%s %j', async (name, parameters) => {
    const estimate = await estimateOf(name, parameters);
    const mine = estimate.resources.filter((r) => MINE.has(r.type));
    expect(mine.length, `resources of the owned types in ${name}`).toBeGreaterThan(0);
    for (const r of mine) {
      if (r.status === 'unsupported')
        expect(
          DATA_LACKS.some((re) => re.test(r.reason ?? '')),
          `${r.path}: ${r.reason}`,
        ).toBe(true);
      else expect(['priced', 'free', 'usage-missing'], r.path).toContain(r.status);
    }
  });

  it('RDS MySQL with read replica: both db.t2.small instances priced with their 5 GB gp2 storage', async () => {
    const estimate = await estimateOf('rds');
    for (const id of ['MasterDB', 'ReplicaDB']) {
      const db = byId(estimate, id);
      expectLine(
        component(db, 'Database instance (MySQL, Single-AZ, db.t2.small)'),
        730,
        unit('AmazonRDS', rdsInstanceKey('MySQL', 'Single-AZ', 'db.t2.small')),
      );
      expectLine(component(db, 'Storage (gp2, 5 GB)'), 5, unit('AmazonRDS', 'Database Storage Single AZ General Purpose'));
    }
  });

  it('Aurora Serverless v1 (EngineMode serverless): capacity, storage and I/O wait for usage', async () => {
    const cluster = byId(await estimateOf('aurora'), 'Cluster');
    expect(cluster.status).toBe('usage-missing');
    expect(cluster.missingUsage).toEqual(['averageACUs', 'monthlyIORequests', 'storageGB']);
    expect(component(cluster, 'Aurora Serverless v1 capacity (Aurora MySQL)').price?.key).toBe('Aurora MySQL Serverless');
  });

  it('Neptune: the db.r4.large instance priced; cluster storage waits for usage', async () => {
    const estimate = await estimateOf('neptune');
    expectLine(
      component(byId(estimate, 'NeptuneDBInstance'), 'Database instance (db.r4.large)'),
      730,
      unit('AmazonNeptune', neptuneInstanceKey('db.r4.large')),
    );
    expect(byId(estimate, 'NeptuneDBCluster').status).toBe('usage-missing');
  });

  it('ElastiCache: 2 × cache.m3.medium Redis nodes', async () => {
    const group = byId(await estimateOf('elasticache'), 'RedisReplicationGroup');
    expectLine(
      component(group, 'Cache nodes (2 × cache.m3.medium, Redis)'),
      1460,
      unit('AmazonElastiCache', cacheNodeKey('Redis', 'cache.m3.medium')),
    );
  });

  it('MSK: serverless by default; provisioned 3 × kafka.m5.large with 100 GB each, its KMS key and secret', async () => {
    expectLine(
      component(byId(await estimateOf('msk'), 'ServerlessMSKCluster'), 'Cluster hours'),
      730,
      unit('AmazonMSK', 'Serverless Cluster-hours'),
    );
    const provisioned = await estimateOf('msk', { EnvType: 'Provisioned' });
    const cluster = byId(provisioned, 'MSKCluster');
    expectLine(component(cluster, 'Broker instances (3 × kafka.m5.large)'), 2190, unit('AmazonMSK', 'RunBroker m5.large'));
    expectLine(component(cluster, 'Broker storage'), 300, unit('AmazonMSK', 'RunVolume'));
    expectLine(component(byId(provisioned, 'CredentialsKMSKey'), 'Customer managed key'), 1, unit('awskms', 'Encryption Key'));
    expectLine(component(byId(provisioned, 'CredentialsSecret'), 'Secret'), 1, unit('AWSSecretsManager', 'Secret'));
    for (const id of ['MSKConfiguration', 'SecretMSKAssociation']) expect(byId(provisioned, id).status).toBe('free');
  });

  it('Kinesis → Firehose → OpenSearch Serverless: shards priced; Firehose waits for usage; the collection lacks data', async () => {
    const estimate = await estimateOf('kinesis');
    expectLine(
      component(byId(estimate, 'MyKDS'), 'Shard hours (2 shards)'),
      1460,
      unit('AmazonKinesis', 'Provisioned shard hour per ShardHour'),
    );
    const firehose = byId(estimate, 'MyKDF');
    expect(firehose.status).toBe('usage-missing');
    expect(component(firehose, 'Ingestion (Kinesis data stream)').price?.key).toBe('Firehose Ingestion Kinesis Data Stream');
    expect(byId(estimate, 'MyOpenSearchCollection').status).toBe('unsupported');
    for (const id of ['EncryptionPolicy', 'SecurityPolicy', 'OpenSearchAccessPolicyForAdmin'])
      expect(byId(estimate, id).status).toBe('free');
  });

  it('IoT → SNS → SQS: the topic rule waits for rules triggered; its one SNS action follows from them', async () => {
    const rule = byId(await estimateOf('iot'), 'IotSnsSqsCfnRule');
    expect(rule.status).toBe('usage-missing');
    expect(rule.missingUsage).toEqual(['monthlyRulesTriggered']);
    expect(component(rule, 'Actions executed (1 per trigger)').price?.key).toBe('ActionsExecuted');
  });

  it('EventBridge → Step Functions: the rule on the default bus is free, the state machine waits for usage', async () => {
    const estimate = await estimateOf('eventbridge');
    const machines = estimate.resources.filter((r) => r.type === 'AWS::StepFunctions::StateMachine');
    for (const m of machines) expect(m.missingUsage).toEqual(['monthlyExecutions', 'transitionsPerExecution']);
    for (const rule of estimate.resources.filter((r) => r.type === 'AWS::Events::Rule')) expect(rule.status).toBe('free');
  });
});
