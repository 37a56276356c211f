/**
 * The rules added for Lambda scaling, SQS, DynamoDB partitions, Kinesis reads and record size, Step
 * Functions and NAT gateways, each against hand-made resources just below and just above its limit.
 * Limit values come from the catalogue (limits/catalogue.json), never typed in here.
 */
import { describe, expect, it } from 'vitest';
import type { ResourceCost } from '../../lib/estimate/estimate-types.js';
import type { ResourceModel } from '../../lib/model/architecture.js';
import { limitIn, loadCatalogue, sizeInKB } from '../../lib/limits/catalogue.js';
import type { LimitFinding, LimitInput, LimitRule } from '../../lib/limits/limit-types.js';
import { SECONDS_PER_MONTH } from '../../lib/limits/load-math.js';
import { dynamodbPartition } from '../../lib/limits/rules/dynamodb-partition.js';
import { kinesisRead } from '../../lib/limits/rules/kinesis-read.js';
import { kinesisRecordSize } from '../../lib/limits/rules/kinesis-record-size.js';
import { lambdaScalingRate } from '../../lib/limits/rules/lambda-scaling-rate.js';
import { natBandwidth } from '../../lib/limits/rules/nat-bandwidth.js';
import { sqsInFlight } from '../../lib/limits/rules/sqs-in-flight.js';
import { sqsMessageSize } from '../../lib/limits/rules/sqs-message-size.js';
import { stepFunctionsExecution } from '../../lib/limits/rules/stepfunctions-execution.js';

const catalogue = loadCatalogue();
const PEAK = 3;
const REGION = 'us-east-1';
const value = (id: string) => limitIn(catalogue, id, REGION)!.value;
const unit = (id: string) => limitIn(catalogue, id, REGION)!.unit;
const kb = (id: string) => value(id) * sizeInKB(1, unit(id));
/** Monthly count whose peak per-second rate is `rate`. */
const monthlyFor = (rate: number) => (rate * SECONDS_PER_MONTH) / PEAK;

function resource(type: string): ResourceCost {
  return {
    ...{ path: `Test/${type.split('::').pop()}`, logicalId: 'R', type, stack: 'Test', region: REGION, owner: 'Test/R' },
    ...{ status: 'priced', components: [], missingUsage: [], notes: [], monthly: '0', fixed: '0', usageBased: '0' },
  } as ResourceCost;
}

function run(rule: LimitRule, type: string, usage: Record<string, number>, properties: Record<string, unknown> = {}) {
  const model = { properties } as unknown as ResourceModel;
  const input: LimitInput = { resource: resource(type), model, usage: new Map(Object.entries(usage)), catalogue, peakFactor: PEAK };
  return rule.evaluate(input);
}
const only = (findings: LimitFinding[], id: string) => findings.filter((f) => f.limit.id === id);

function proportionalCase(findings: (factor: number) => LimitFinding[]) {
  const below = findings(0.99);
  const above = findings(1.01);
  expect(below).toHaveLength(1);
  expect(below[0]!.crossed).toBe(false);
  expect(below[0]!.breaksAt).toBeCloseTo(1 / 0.99, 9);
  expect(above).toHaveLength(1);
  expect(above[0]!.crossed).toBe(true);
  expect(above[0]!.breaksAt).toBeCloseTo(1 / 1.01, 9);
}

function sizeCase(findings: (factor: number) => LimitFinding[]) {
  expect(findings(0.99)).toEqual([]);
  const above = findings(1.01);
  expect(above).toHaveLength(1);
  expect(above[0]!.breaksAt).toBe(0);
  expect(above[0]!.crossed).toBe(true);
}

describe('the added catalogue entries', () => {
  it('each has an AWS page, a unit and a value', () => {
    const ids = [
      'lambda.scaling-rate',
      'sqs.message-size',
      'sqs.in-flight-fifo',
      'dynamodb.partition-reads',
      'dynamodb.partition-writes',
      'kinesis.record-size',
      'stepfunctions.standard-history',
      'stepfunctions.express-duration',
      'nat.bandwidth',
    ];
    for (const id of ids) {
      const entry = catalogue.limits.find((l) => l.id === id)!;
      expect(entry, id).toBeDefined();
      expect(entry.url, id).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
      expect(entry.value, id).toBeGreaterThan(0);
    }
  });
});

describe('load-proportional rules', () => {
  it('Lambda scaling rate: the new environments a jump from average to peak needs', () => {
    const limit = value('lambda.scaling-rate');
    // 0.5 s invocations: step = rate × 0.5 × (1 − 1/PEAK).
    const rateFor = (f: number) => (limit * f) / (0.5 * (1 - 1 / PEAK));
    proportionalCase((f) =>
      run(lambdaScalingRate, 'AWS::Lambda::Function', { monthlyRequests: monthlyFor(rateFor(f)), avgDurationMs: 500 }),
    );
  });

  it('SQS in flight: peak messages/s × visibility timeout, standard and FIFO quotas', () => {
    const standard = value('sqs.in-flight-standard');
    const queue = (inFlight: number, props: Record<string, unknown>) =>
      run(sqsInFlight, 'AWS::SQS::Queue', { monthlyRequests: 3 * monthlyFor(inFlight / 60) }, props);
    proportionalCase((f) => queue(standard * f, { VisibilityTimeout: 60 }));
    const fifo = value('sqs.in-flight-fifo');
    proportionalCase((f) => queue(fifo * f, { VisibilityTimeout: 60, FifoQueue: true }));
    expect(queue(standard * 2, {})).toEqual([]); // no visibility timeout in the template: no bound to give
  });

  it('DynamoDB per partition: reads and writes on one partition key value', () => {
    const reads = value('dynamodb.partition-reads');
    const writes = value('dynamodb.partition-writes');
    const table = (usage: Record<string, number>) =>
      run(dynamodbPartition, 'AWS::DynamoDB::Table', usage, { BillingMode: 'PAY_PER_REQUEST' });
    proportionalCase((f) => only(table({ monthlyReadRequestUnits: monthlyFor(reads * f) }), 'dynamodb.partition-reads'));
    proportionalCase((f) => only(table({ monthlyWriteRequestUnits: monthlyFor(writes * f) }), 'dynamodb.partition-writes'));
  });

  it('Kinesis read MB/s per shard, spread over ShardCount; on-demand streams are not judged by it', () => {
    const mb = value('kinesis.shard-read-bytes');
    const kbPerMb = sizeInKB(1, unit('kinesis.shard-read-bytes'));
    const gbFor = (mbPerShard: number) => (((mbPerShard * kbPerMb * 2) / (1024 * 1024)) * SECONDS_PER_MONTH) / PEAK;
    const stream = (gb: number, props: Record<string, unknown> = { ShardCount: 2 }) =>
      run(kinesisRead, 'AWS::Kinesis::Stream', { monthlyDataRetrievedGB: gb }, props);
    proportionalCase((f) => stream(gbFor(mb * f)));
    expect(stream(gbFor(mb * 10), { StreamModeDetails: { StreamMode: 'ON_DEMAND' } })).toEqual([]);
  });

  it('NAT gateway bandwidth from the data it processes', () => {
    const gbps = value('nat.bandwidth');
    const gbFor = (g: number) => (g * SECONDS_PER_MONTH) / (8 * PEAK);
    proportionalCase((f) => run(natBandwidth, 'AWS::EC2::NatGateway', { monthlyDataProcessedGB: gbFor(gbps * f) }));
  });
});

describe('per-request rules', () => {
  it('SQS message size, and the lower maximum a queue sets', () => {
    sizeCase((f) => run(sqsMessageSize, 'AWS::SQS::Queue', { avgMessageSizeKB: kb('sqs.message-size') * f }));
    const lowered = run(sqsMessageSize, 'AWS::SQS::Queue', { avgMessageSizeKB: 150 }, { MaximumMessageSize: 100 * 1024 });
    expect(lowered).toHaveLength(1);
    expect(lowered[0]!.limit.value).toBe(100);
    expect(lowered[0]!.avoid).toMatch(/S3/);
  });

  it('Kinesis record size', () => {
    sizeCase((f) => run(kinesisRecordSize, 'AWS::Kinesis::Stream', { avgRecordSizeKB: kb('kinesis.record-size') * f }));
  });

  it('Step Functions: Standard history and Express duration, each only for its type', () => {
    const history = value('stepfunctions.standard-history');
    const express = value('stepfunctions.express-duration');
    const machine = (usage: Record<string, number>, type: string) =>
      run(stepFunctionsExecution, 'AWS::StepFunctions::StateMachine', usage, { StateMachineType: type });
    sizeCase((f) => machine({ transitionsPerExecution: history * f }, 'STANDARD'));
    sizeCase((f) => machine({ avgDurationMs: express * 1000 * f }, 'EXPRESS'));
    expect(machine({ avgDurationMs: express * 2000 }, 'STANDARD')).toEqual([]);
    expect(machine({ transitionsPerExecution: history * 2 }, 'EXPRESS')).toEqual([]);
  });
});
