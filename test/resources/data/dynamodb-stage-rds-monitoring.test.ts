/**
 * Issue 13/14 on data and API pricers: a provisioned DynamoDB table under Application Auto Scaling
 * bills at least MinCapacity; on-demand backups and restores; API Gateway stage detailed metrics
 * and execution logs; RDS Enhanced Monitoring log ingestion.
 */
import { describe, expect, it } from 'vitest';
import { component, d, expectLine, priceInline, resource, unit } from '../price-inline.js';

const DDB = 'AmazonDynamoDB';

describe('AWS::DynamoDB::Table', () => {
  it("raises provisioned capacity to the scalable target's MinCapacity and prices backups and restores", async () => {
    // DynamoDB auto scaling never sets capacity below the scalable target's minimum (Application
    // Auto Scaling); on-demand backup storage is per GB-month and restores per GB (DynamoDB pricing).
    const estimate = await priceInline(
      `
Resources:
  Table:
    Type: AWS::DynamoDB::Table
    Properties:
      KeySchema: [{ AttributeName: pk, KeyType: HASH }]
      AttributeDefinitions: [{ AttributeName: pk, AttributeType: S }]
      ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5 }
  ReadScaling:
    Type: AWS::ApplicationAutoScaling::ScalableTarget
    Properties:
      ServiceNamespace: dynamodb
      ScalableDimension: dynamodb:table:ReadCapacityUnits
      ResourceId: !Join ['', [table/, !Ref Table]]
      MinCapacity: 20
      MaxCapacity: 100
`,
      { usage: { Table: { storageGB: 10, backupStorageGB: 30, monthlyRestoreGB: 4 } } },
    );
    const t = resource(estimate, 'Table');
    expectLine(component(t, 'Provisioned read capacity'), 20 * 730, unit(DDB, 'Provisioned Read Units'));
    expectLine(component(t, 'Provisioned write capacity'), 5 * 730, unit(DDB, 'Provisioned Write Units'));
    expect(t.notes.join('\n')).toContain('auto scaling target ReadScaling keeps capacity at or above MinCapacity 20');
    expectLine(component(t, 'On-demand backup storage'), 30, unit(DDB, 'On-Demand Backup Storage GB-Month'));
    expectLine(component(t, 'Restores'), 4, unit(DDB, 'Restore Data Size'));
  });
});

describe('AWS::ApiGateway::Stage observability', () => {
  it('detailed metrics: 7 custom metrics per method; INFO execution logs at the stated default bytes per request', async () => {
    // API Gateway publishes 4XXError, 5XXError, CacheHitCount, CacheMissCount, Count, IntegrationLatency
    // and Latency per API/method/resource/stage dimension when detailed metrics are on (API Gateway
    // Developer Guide, dimensions and metrics), billed as custom metrics (CloudWatch pricing).
    const estimate = await priceInline(
      `
Resources:
  Api: { Type: AWS::ApiGateway::RestApi, Properties: { Name: api } }
  Get: { Type: AWS::ApiGateway::Method, Properties: { RestApiId: !Ref Api, ResourceId: r, HttpMethod: GET, AuthorizationType: NONE } }
  Post: { Type: AWS::ApiGateway::Method, Properties: { RestApiId: !Ref Api, ResourceId: r, HttpMethod: POST, AuthorizationType: NONE } }
  Cors: { Type: AWS::ApiGateway::Method, Properties: { RestApiId: !Ref Api, ResourceId: r, HttpMethod: OPTIONS, AuthorizationType: NONE } }
  Prod:
    Type: AWS::ApiGateway::Stage
    Properties:
      RestApiId: !Ref Api
      DeploymentId: dep
      MethodSettings: [{ ResourcePath: '/*', HttpMethod: '*', MetricsEnabled: true, LoggingLevel: INFO }]
`,
      { usage: { Prod: { monthlyRequests: 1048576 } } },
    );
    const stage = resource(estimate, 'Prod');
    expectLine(component(stage, 'Detailed CloudWatch metrics'), 14, unit('AmazonCloudWatch', 'Metric'));
    // 1,048,576 requests × 2,048 bytes = 2 GB.
    expectLine(component(stage, 'Execution logs (INFO)'), 2, unit('AmazonCloudWatch', 'Logs Collected Data Ingestion'));
    expect(stage.notes.join('\n')).toContain('assumed 2,048 bytes logged per request');
  });

  it('ERROR-only logging has no default: usage-missing until logBytesPerRequest is given', async () => {
    const stage = resource(
      await priceInline(
        `
Resources:
  Prod: { Type: AWS::ApiGateway::Stage, Properties: { RestApiId: api-1, DeploymentId: dep, MethodSettings: [{ ResourcePath: '/*', \
HttpMethod: '*', LoggingLevel: ERROR }] } }
`,
        { usage: { Prod: { monthlyRequests: 1000 } } },
      ),
      'Prod',
    );
    expect(component(stage, 'Execution logs (ERROR)').status).toBe('usage-missing');
    expect(stage.missingUsage).toContain('logBytesPerRequest');
  });
});

describe('RDS Enhanced Monitoring', () => {
  it('prices samples (730 h × 3,600 s ÷ interval) × KB per sample as CloudWatch Logs ingestion', async () => {
    const template = `
Resources:
  Db:
    Type: AWS::RDS::DBInstance
    Properties: { Engine: postgres, DBInstanceClass: db.t3.micro, AllocatedStorage: '20', MonitoringInterval: 60 }
`;
    const missing = resource(await priceInline(template), 'Db');
    expect(component(missing, 'Enhanced Monitoring log ingestion').status).toBe('usage-missing');
    expect(missing.notes.join('\n')).toContain('43,800 samples a month');
    const given = resource(await priceInline(template, { usage: { Db: { enhancedMonitoringKBPerSample: 1048576 / 43800 } } }), 'Db');
    const line = component(given, 'Enhanced Monitoring log ingestion');
    expect(d(line.quantity!).toDecimalPlaces(9).toFixed()).toBe('1');
    expect(line.formula).toContain('43,800 samples');
  });
});
