/**
 * Which CloudWatch metrics feed which usage keys, per CloudFormation type: the keys are the ones the
 * type's pricer reads (lib/resources/**, `usageKeys`), the metrics the ones AWS publishes for the
 * service, with the dimension built from the resource's physical id. Sum counters become monthly
 * keys (× 730 / window hours); averages are ratios of totals, not means of daily means.
 */
import type { ResourceModel } from '../model/architecture.js';
import { type MetricRule, PER_GB, mean, metric, monthly, rate, ratio } from './metric-rules.js';

export interface MetricPlan {
  /** Region whose CloudWatch holds the metrics (CloudFront's global metrics: us-east-1). */
  region?: string;
  rules: MetricRule[];
  /** Keys read from the service's own API rather than CloudWatch (DynamoDB table size). */
  describe?: 'dynamodb-table-size';
}

type Planner = (resource: ResourceModel, physicalId: string) => MetricPlan | string;

const lastSegment = (id: string, separator: string) => id.split(separator).pop() ?? id;
const GB = ' (bytes → GB, 1024³)';

const PLANNERS: Record<string, Planner> = {
  'AWS::Lambda::Function': (_r, id) => {
    const dims = { FunctionName: id };
    return {
      rules: [
        monthly('monthlyRequests', [metric('AWS/Lambda', 'Invocations', dims)]),
        ratio('avgDurationMs', metric('AWS/Lambda', 'Duration', dims), metric('AWS/Lambda', 'Invocations', dims)),
      ],
    };
  },
  'AWS::ApiGateway::RestApi': (r) => {
    // REST API metrics are published per API name (ApiName), not per id.
    const name = r.properties.Name;
    if (typeof name !== 'string') return 'the API name (the ApiName dimension) is not a literal in the template';
    return { rules: [monthly('monthlyRequests', [metric('AWS/ApiGateway', 'Count', { ApiName: name })])] };
  },
  'AWS::ApiGatewayV2::Api': (_r, id) => ({
    rules: [monthly('monthlyRequests', [metric('AWS/ApiGateway', 'Count', { ApiId: id })])],
  }),
  'AWS::SQS::Queue': (_r, id) => {
    const dims = { QueueName: lastSegment(id, '/') };
    // Each message is sent, received and deleted: three billed requests.
    const counters = ['NumberOfMessagesSent', 'NumberOfMessagesReceived', 'NumberOfMessagesDeleted'];
    return {
      rules: [
        monthly(
          'monthlyRequests',
          counters.map((m) => metric('AWS/SQS', m, dims)),
        ),
      ],
    };
  },
  'AWS::SNS::Topic': (_r, id) => ({
    rules: [monthly('monthlyRequests', [metric('AWS/SNS', 'NumberOfMessagesPublished', { TopicName: lastSegment(id, ':') })])],
  }),
  'AWS::DynamoDB::Table': (_r, id) => {
    const dims = { TableName: id };
    return {
      rules: [
        monthly('monthlyReadRequestUnits', [metric('AWS/DynamoDB', 'ConsumedReadCapacityUnits', dims)]),
        monthly('monthlyWriteRequestUnits', [metric('AWS/DynamoDB', 'ConsumedWriteCapacityUnits', dims)]),
      ],
      describe: 'dynamodb-table-size',
    };
  },
  'AWS::S3::Bucket': (_r, id) => {
    const storage = (name: string, type: string) => metric('AWS/S3', name, { BucketName: id, StorageType: type }, 'Average');
    // Request metrics exist only where a metrics configuration (filter EntireBucket) was set up.
    const requests = (name: string) => metric('AWS/S3', name, { BucketName: id, FilterId: 'EntireBucket' });
    return {
      rules: [
        mean('storageGB', storage('BucketSizeBytes', 'StandardStorage'), PER_GB, GB),
        mean('objectCount', storage('NumberOfObjects', 'AllStorageTypes')),
        monthly('monthlyPutRequests', [requests('PutRequests')]),
        monthly('monthlyGetRequests', [requests('GetRequests')]),
      ],
    };
  },
  'AWS::EC2::NatGateway': (_r, id) => {
    const dims = { NatGatewayId: id };
    // Processed = bytes entering the gateway from either side.
    const bytesIn = ['BytesInFromSource', 'BytesInFromDestination'].map((m) => metric('AWS/NATGateway', m, dims));
    return { rules: [monthly('monthlyDataProcessedGB', bytesIn, PER_GB, GB)] };
  },
  'AWS::CloudFront::Distribution': (_r, id) => {
    const dims = { DistributionId: id, Region: 'Global' };
    return {
      region: 'us-east-1',
      rules: [
        // CloudWatch does not split HTTP from HTTPS: all requests are counted as HTTPS.
        monthly('monthlyHttpsRequests', [metric('AWS/CloudFront', 'Requests', dims)], 1, ' (HTTP and HTTPS together)'),
        monthly('monthlyDataTransferOutGB', [metric('AWS/CloudFront', 'BytesDownloaded', dims)], PER_GB, GB),
        monthly('monthlyDataTransferToOriginGB', [metric('AWS/CloudFront', 'BytesUploaded', dims)], PER_GB, GB),
      ],
    };
  },
  'AWS::Logs::LogGroup': (_r, id) => ({
    rules: [monthly('monthlyIngestedGB', [metric('AWS/Logs', 'IncomingBytes', { LogGroupName: id })], PER_GB, GB)],
  }),
  'AWS::Kinesis::Stream': (_r, id) => {
    const dims = { StreamName: id };
    return {
      rules: [
        monthly('monthlyPutRecords', [metric('AWS/Kinesis', 'IncomingRecords', dims)]),
        ratio('avgRecordSizeKB', metric('AWS/Kinesis', 'IncomingBytes', dims), metric('AWS/Kinesis', 'IncomingRecords', dims), 1 / 1024),
      ],
    };
  },
  'AWS::StepFunctions::StateMachine': (_r, id) => ({
    rules: [monthly('monthlyExecutions', [metric('AWS/States', 'ExecutionsStarted', { StateMachineArn: id })])],
  }),
  'AWS::Events::Rule': (_r, id) => {
    // A rule's physical id is its name, or "bus|name" on a custom bus.
    const [bus, name] = id.includes('|') ? id.split('|') : [undefined, id];
    const dims = { RuleName: lastSegment(name!, '/'), ...(bus ? { EventBusName: lastSegment(bus, '/') } : {}) };
    return { rules: [monthly('monthlyMatchedEvents', [metric('AWS/Events', 'MatchedEvents', dims)])] };
  },
  'AWS::ElasticLoadBalancingV2::LoadBalancer': (_r, id) => {
    const suffix = id.includes(':loadbalancer/') ? id.slice(id.indexOf(':loadbalancer/') + ':loadbalancer/'.length) : id;
    const ns = suffix.startsWith('net/') ? 'AWS/NetworkELB' : 'AWS/ApplicationELB';
    const dims = { LoadBalancer: suffix };
    const isAlb = ns === 'AWS/ApplicationELB';
    return {
      rules: [
        monthly('monthlyProcessedGB', [metric(ns, 'ProcessedBytes', dims)], PER_GB, GB),
        rate('newConnectionsPerSecond', metric(ns, isAlb ? 'NewConnectionCount' : 'NewFlowCount', dims), 1, 's'),
        rate('activeConnectionsPerMinute', metric(ns, isAlb ? 'ActiveConnectionCount' : 'ActiveFlowCount', dims), 60, 'min'),
        ...(isAlb ? [monthly('monthlyRequests', [metric(ns, 'RequestCount', dims)])] : []),
      ],
    };
  },
  'AWS::ECS::Service': (_r, id) => {
    // arn:aws:ecs:REGION:ACCOUNT:service/CLUSTER/NAME (the older form has no cluster: the default one).
    const parts = id.slice(id.indexOf(':service/') + ':service/'.length).split('/');
    const [cluster, name] = parts.length > 1 ? parts : ['default', parts[0]];
    const dims = { ClusterName: cluster!, ServiceName: name! };
    return { rules: [mean('tasks', metric('ECS/ContainerInsights', 'RunningTaskCount', dims, 'Average'), 1, ' (Container Insights)')] };
  },
};

export const MEASURED_TYPES = Object.keys(PLANNERS).sort();

/** The metrics plan for a resource, a reason it has none, or undefined for a type `usage pull` does not measure. */
export function metricPlan(resource: ResourceModel, physicalId: string): MetricPlan | string | undefined {
  return PLANNERS[resource.type]?.(resource, physicalId);
}
