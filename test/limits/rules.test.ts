/**
 * Every limit rule against hand-made resources just below and just above its limit. The values come
 * from the catalogue (limits/catalogue.json), never typed in here.
 */
import { describe, expect, it } from 'vitest';
import type { ResourceCost } from '../../lib/estimate/estimate-types.js';
import type { ResourceModel } from '../../lib/model/architecture.js';
import { limitIn, loadCatalogue, sizeInKB } from '../../lib/limits/catalogue.js';
import { checkLimits } from '../../lib/limits/check-limits.js';
import type { LimitFinding, LimitInput, LimitRule } from '../../lib/limits/limit-types.js';
import { SECONDS_PER_MONTH } from '../../lib/limits/load-math.js';
import { LIMIT_RULES } from '../../lib/limits/rules/index.js';
import { apiGatewayPayload } from '../../lib/limits/rules/apigateway-payload.js';
import { apiGatewayThrottle } from '../../lib/limits/rules/apigateway-throttle.js';
import { dynamodbOnDemand } from '../../lib/limits/rules/dynamodb-on-demand.js';
import { eventBridgePutEvents } from '../../lib/limits/rules/eventbridge-putevents.js';
import { kinesisShard } from '../../lib/limits/rules/kinesis-shard.js';
import { lambdaConcurrency } from '../../lib/limits/rules/lambda-concurrency.js';
import { lambdaPayload } from '../../lib/limits/rules/lambda-payload.js';
import { lambdaTimeout } from '../../lib/limits/rules/lambda-timeout.js';
import { s3PrefixRate } from '../../lib/limits/rules/s3-prefix-rate.js';
import { snsMessageSize } from '../../lib/limits/rules/sns-message-size.js';

const catalogue = loadCatalogue();
const PEAK = 3;
const REGION = 'us-east-1';
const value = (id: string, region = REGION) => limitIn(catalogue, id, region)!.value;
const unit = (id: string) => limitIn(catalogue, id, REGION)!.unit;
/** Monthly count whose peak per-second rate is `rate`. */
const monthlyFor = (rate: number) => (rate * SECONDS_PER_MONTH) / PEAK;

function resource(type: string, region = REGION): ResourceCost {
  return {
    path: `Test/${type.split('::').pop()}`,
    logicalId: 'R',
    type,
    stack: 'Test',
    region,
    owner: 'Test/R',
    status: 'priced',
    components: [],
    missingUsage: [],
    notes: [],
    monthly: '0',
    fixed: '0',
    usageBased: '0',
  };
}

function run(rule: LimitRule, type: string, usage: Record<string, number>, properties: Record<string, unknown> = {}, region = REGION) {
  const model = { properties } as unknown as ResourceModel;
  const input: LimitInput = { resource: resource(type, region), model, usage: new Map(Object.entries(usage)), catalogue, peakFactor: PEAK };
  return rule.evaluate(input);
}
const only = (findings: LimitFinding[], id: string) => findings.filter((f) => f.limit.id === id);

describe('the catalogue', () => {
  it('gives every entry an AWS source URL, a unit and whether it is adjustable', () => {
    expect(catalogue.limits.length).toBeGreaterThanOrEqual(15);
    for (const l of catalogue.limits) {
      expect(l.url, l.id).toMatch(/^https:\/\/(docs\.aws\.amazon\.com|aws\.amazon\.com)\//);
      expect(l.unit, l.id).toMatch(/\S/);
      expect(typeof l.adjustable, l.id).toBe('boolean');
      expect(l.value !== null || Object.keys(l.byRegion ?? {}).length > 0, l.id).toBe(true);
    }
    expect(new Set(catalogue.limits.map((l) => l.id)).size).toBe(catalogue.limits.length);
  });

  it('names only catalogue limits in the rules', () => {
    const ids = new Set(catalogue.limits.map((l) => l.id));
    for (const rule of LIMIT_RULES) for (const id of rule.limits) expect(ids.has(id), `${rule.id} → ${id}`).toBe(true);
  });

  it('applies region-specific defaults where AWS lists them', () => {
    const api = catalogue.limits.find((l) => l.id === 'apigateway.throttle')!;
    expect(value('apigateway.throttle', 'eu-south-1')).toBe(api.byRegion!['eu-south-1']);
    expect(value('apigateway.throttle', 'eu-west-1')).toBe(api.value);
    expect(limitIn(catalogue, 'eventbridge.putevents-rate', 'sa-east-1')).toBeUndefined();
  });
});

/** A load-proportional rule: crossed just above the limit, not just below, breaking at limit ÷ current. */
function proportionalCase(findings: (factor: number) => LimitFinding[]) {
  const below = findings(0.99);
  const above = findings(1.01);
  expect(below).toHaveLength(1);
  expect(below[0]!.crossed).toBe(false);
  expect(below[0]!.breaksAt).toBeCloseTo(1 / 0.99, 9);
  expect(above[0]!.crossed).toBe(true);
  expect(above[0]!.breaksAt).toBeCloseTo(1 / 1.01, 9);
}

describe('load-proportional rules', () => {
  it('Lambda concurrency = peak rate × duration', () => {
    const limit = value('lambda.concurrent-executions');
    // 2 s invocations: concurrency = rate × 2, so rate = limit ÷ 2 × factor.
    const usage = (f: number) => ({ monthlyRequests: monthlyFor((limit / 2) * f), avgDurationMs: 2000 });
    proportionalCase((f) => run(lambdaConcurrency, 'AWS::Lambda::Function', usage(f)));
  });

  it('API Gateway account throttle, and the lower default in listed Regions', () => {
    const limit = value('apigateway.throttle');
    proportionalCase((f) => run(apiGatewayThrottle, 'AWS::ApiGateway::RestApi', { monthlyRequests: monthlyFor(limit * f) }));
    const low = value('apigateway.throttle', 'af-south-1');
    const usage = { monthlyRequests: monthlyFor(low * 1.01) };
    const found = run(apiGatewayThrottle, 'AWS::ApiGatewayV2::Api', usage, {}, 'af-south-1');
    expect(found[0]!.crossed).toBe(true);
    expect(found[0]!.limit.value).toBe(low);
  });

  it('S3 PUT and GET per prefix', () => {
    const put = value('s3.prefix-writes');
    const get = value('s3.prefix-reads');
    proportionalCase((f) => only(run(s3PrefixRate, 'AWS::S3::Bucket', { monthlyPutRequests: monthlyFor(put * f) }), 's3.prefix-writes'));
    proportionalCase((f) => only(run(s3PrefixRate, 'AWS::S3::Bucket', { monthlyGetRequests: monthlyFor(get * f) }), 's3.prefix-reads'));
  });

  it('DynamoDB on-demand table reads and writes (provisioned tables are not judged by it)', () => {
    const reads = value('dynamodb.on-demand-table-reads');
    const writes = value('dynamodb.on-demand-table-writes');
    const onDemand = { BillingMode: 'PAY_PER_REQUEST' };
    const table = (usage: Record<string, number>, props = onDemand) => run(dynamodbOnDemand, 'AWS::DynamoDB::Table', usage, props);
    proportionalCase((f) => only(table({ monthlyReadRequestUnits: monthlyFor(reads * f) }), 'dynamodb.on-demand-table-reads'));
    proportionalCase((f) => only(table({ monthlyWriteRequestUnits: monthlyFor(writes * f) }), 'dynamodb.on-demand-table-writes'));
    expect(table({ monthlyWriteRequestUnits: monthlyFor(writes * 2) }, { BillingMode: 'PROVISIONED' })).toEqual([]);
  });

  it('Kinesis records/s and MB/s per shard, spread over ShardCount', () => {
    const records = value('kinesis.shard-write-records');
    const mb = value('kinesis.shard-write-bytes');
    const shards = { ShardCount: 4 };
    const stream = (usage: Record<string, number>, props: Record<string, unknown> = shards) =>
      run(kinesisShard, 'AWS::Kinesis::Stream', usage, props);
    const put = (perSecond: number, avgRecordSizeKB: number) => stream({ monthlyPutRecords: monthlyFor(perSecond * 4), avgRecordSizeKB });
    proportionalCase((f) => only(put(records * f, 0.1), 'kinesis.shard-write-records'));
    // 100 KB records: the byte limit comes first, at limit (KB/s) ÷ 100 records/s per shard.
    const perShard = (mb * sizeInKB(1, unit('kinesis.shard-write-bytes'))) / 100;
    proportionalCase((f) => only(put(perShard * f, 100), 'kinesis.shard-write-bytes'));
    expect(stream({ monthlyPutRecords: monthlyFor(records * 10) }, { StreamModeDetails: { StreamMode: 'ON_DEMAND' } })).toEqual([]);
  });

  it('EventBridge PutEvents rate where the Region has a figure', () => {
    const rate = value('eventbridge.putevents-rate');
    const bus = (events: number) => run(eventBridgePutEvents, 'AWS::Events::EventBus', { monthlyEvents: events });
    proportionalCase((f) => only(bus(monthlyFor(rate * f)), 'eventbridge.putevents-rate'));
    expect(run(eventBridgePutEvents, 'AWS::Events::EventBus', { monthlyEvents: monthlyFor(rate * 10) }, {}, 'sa-east-1')).toEqual([]);
  });
});

/** A per-request size: nothing just below; "at any load" (breaksAt 0) just above. */
function sizeCase(findings: (factor: number) => LimitFinding[]) {
  expect(findings(0.99)).toEqual([]);
  const above = findings(1.01);
  expect(above).toHaveLength(1);
  expect(above[0]!.breaksAt).toBe(0);
  expect(above[0]!.crossed).toBe(true);
}

describe('per-request rules', () => {
  const kb = (id: string) => value(id) * sizeInKB(1, unit(id));

  it('API Gateway REST and HTTP payload', () => {
    sizeCase((f) => run(apiGatewayPayload, 'AWS::ApiGateway::RestApi', { avgRequestSizeKB: kb('apigateway.rest-payload') * f }));
    sizeCase((f) => run(apiGatewayPayload, 'AWS::ApiGatewayV2::Api', { avgRequestSizeKB: kb('apigateway.http-payload') * f }));
  });

  it('flags a 10 GB request sent whole to an API Gateway endpoint at any load, with the presigned-URL design', () => {
    const tenGB = 10 * sizeInKB(1, 'GB');
    const found = run(apiGatewayPayload, 'AWS::ApiGateway::RestApi', { avgRequestSizeKB: tenGB, monthlyRequests: 1 });
    expect(found).toHaveLength(1);
    expect(found[0]!.breaksAt).toBe(0);
    expect(found[0]!.avoid).toMatch(/presigned URL/);
  });

  it('Lambda synchronous payload', () => {
    sizeCase((f) => run(lambdaPayload, 'AWS::Lambda::Function', { avgPayloadSizeKB: kb('lambda.payload-sync') * f }));
  });

  it('Lambda timeout', () => {
    sizeCase((f) => run(lambdaTimeout, 'AWS::Lambda::Function', { avgDurationMs: value('lambda.timeout') * 1000 * f }));
  });

  it('SNS message size, and the maximum the topic raises it to', () => {
    sizeCase((f) => run(snsMessageSize, 'AWS::SNS::Topic', { avgMessageSizeKB: kb('sns.message-size') * f }));
    const raised = { MaximumMessageSize: kb('sns.message-size') * 4 * 1024 }; // bytes
    expect(run(snsMessageSize, 'AWS::SNS::Topic', { avgMessageSizeKB: kb('sns.message-size') * 2 }, raised)).toEqual([]);
  });

  it('EventBridge entry size', () => {
    const id = 'eventbridge.putevents-entry-size';
    sizeCase((f) => only(run(eventBridgePutEvents, 'AWS::Events::EventBus', { avgEventSizeKB: kb(id) * f }), id));
  });
});

const DERIVED = { kind: 'derived', explanation: 'test' } as const;

describe('checkLimits over an estimate', () => {
  it('orders findings first-to-break first and reads usage the components recorded (saved estimates)', () => {
    const api = resource('AWS::ApiGateway::RestApi');
    const rate = value('apigateway.throttle') / 2;
    api.components = [
      {
        name: 'REST API requests',
        unit: 'requests',
        quantity: '0',
        unitPrice: null,
        monthly: '0',
        usageBased: true,
        status: 'priced',
        price: null,
        usage: { monthlyRequests: { value: monthlyFor(rate), origin: 'file', derived: false } },
      },
    ];
    const fn = resource('AWS::Lambda::Function');
    const tooLong = value('lambda.timeout') * 2000;
    const report = checkLimits({ resources: [api, fn] } as never, {
      peakFactor: PEAK,
      usage: (path) => (path === fn.path ? new Map([['avgDurationMs', { value: tooLong, origin: DERIVED }]]) : undefined),
    });
    expect(report.findings.map((f) => f.limit.id)).toEqual(['lambda.timeout', 'apigateway.throttle']);
    expect(report.findings[1]!.breaksAt).toBeCloseTo(2, 9);
  });
});
