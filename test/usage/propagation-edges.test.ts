/**
 * Load through each edge kind, on small inline templates, with every number worked out by hand in
 * the comments: notifications, subscriptions (fan-in), event source mappings (SQS, DynamoDB stream,
 * Kinesis), EventBridge (bus, rule, schedule), API Gateway (REST, HTTP), Step Functions (tasks and
 * transitions from the definition), CloudFront origins, load balancer target groups, IAM grants,
 * log groups, dead-letter queues — and cycles.
 */
import { describe, expect, it } from 'vitest';
import { arn, fn, probe, ref, role } from './load-support.js';

describe('load through S3 notifications, SNS subscriptions and SQS event source mappings', () => {
  const resources = {
    Role: role,
    Bucket: { Type: 'AWS::S3::Bucket', Properties: { LifecycleConfiguration: { Rules: [{ Status: 'Enabled', ExpirationInDays: 30 }] } } },
    Topic: { Type: 'AWS::SNS::Topic' },
    Other: { Type: 'AWS::SNS::Topic' },
    Queue: { Type: 'AWS::SQS::Queue' },
    Dlq: { Type: 'AWS::SQS::Queue' },
    Parser: fn(),
    Thumbs: fn(),
    Notifications: {
      Type: 'Custom::S3BucketNotifications',
      Properties: {
        BucketName: ref('Bucket'),
        NotificationConfiguration: { TopicConfigurations: [{ Events: ['s3:ObjectCreated:*'], TopicArn: ref('Topic') }] },
      },
    },
    Sub: { Type: 'AWS::SNS::Subscription', Properties: { TopicArn: ref('Topic'), Endpoint: arn('Queue'), Protocol: 'sqs' } },
    OtherSub: { Type: 'AWS::SNS::Subscription', Properties: { TopicArn: ref('Other'), Endpoint: arn('Queue'), Protocol: 'sqs' } },
    Mapping: {
      Type: 'AWS::Lambda::EventSourceMapping',
      Properties: { EventSourceArn: arn('Queue'), FunctionName: ref('Parser'), BatchSize: 10 },
    },
    Native: {
      Type: 'AWS::S3::Bucket',
      Properties: { NotificationConfiguration: { LambdaConfigurations: [{ Event: 's3:ObjectCreated:Put', Function: arn('Thumbs') }] } },
    },
  };
  const usage = `version: 1
load:
  flows:
    uploads:
      unit: upload
      perMonth: 300000
      entries:
        Bucket: { objects: 1 }
        Native: { objects: 2 }
    alerts:
      perMonth: 50000
      entries:
        Other: 1
  ratios:
    Bucket: { objectSizeGB: 2 }
`;

  it('follows a new object to the topic, the queue and the function, batch by batch', async () => {
    const p = await probe(resources, usage);
    // 300,000 objects → 300,000 notifications → 300,000 deliveries into Queue.
    expect(p.amount('Topic', 'messages')).toBe('300000');
    // Fan-in: Queue gets 300,000 from Topic + 50,000 from Other = 350,000 messages.
    expect(p.amount('Queue', 'messages')).toBe('350000');
    // 350,000 messages ÷ batch size 10 = 35,000 invocations, 350,000 records.
    expect(p.derived('Parser', 'monthlyRequests')).toBe(35000);
    expect(p.amount('Parser', 'records')).toBe('350000');
    // Queue requests: 350,000 sends + 35,000 receives + 35,000 batch deletes = 420,000.
    expect(p.derived('Queue', 'monthlyRequests')).toBe(420000);
    // Native NotificationConfiguration: 300,000 × 2 objects = 600,000 invocations of Thumbs.
    expect(p.derived('Thumbs', 'monthlyRequests')).toBe(600000);
    // Storage: 300,000 objects × 2 GB × 30 days lifecycle (720 h) ÷ 730 h = 591,780.8219… GB.
    expect(p.derived('Bucket', 'storageGB')).toBeCloseTo((300000 * 2 * 720) / 730, 6);
    expect(p.derived('Bucket', 'monthlyPutRequests')).toBe(300000);
    expect(p.explanation('Parser', 'monthlyRequests')).toBe(
      'Parser.monthlyRequests = (50,000 alerts × 1 delivery per message + 300,000 uploads × 1 notification per object × 1 delivery ' +
        'per message) ÷ batch size 10 = 35,000',
    );
  });

  it('scales every derived number with the entry loads', async () => {
    const p = await probe(resources, usage);
    expect(p.amount('Queue', 'messages', 10)).toBe('3500000');
    expect(p.amount('Parser', 'invocations', 0.5)).toBe('17500');
  });

  it('a dead-letter queue and a log group carry load only with a ratio', async () => {
    const withDlq = {
      ...resources,
      Queue: { Type: 'AWS::SQS::Queue', Properties: { RedrivePolicy: { deadLetterTargetArn: arn('Dlq'), maxReceiveCount: 3 } } },
      ParserLogs: { Type: 'AWS::Logs::LogGroup', Properties: { RetentionInDays: 30 } },
      Parser: fn({ LoggingConfig: { LogGroup: ref('ParserLogs') } }),
    };
    const bare = await probe(withDlq, usage);
    expect(bare.amount('Dlq', 'messages')).toBeUndefined();
    expect(
      bare.context
        .derivedAt(1)
        .result.nodes.get(bare.resource('Queue'))!
        .blocked.map((b) => b.reason),
    ).toEqual([expect.stringContaining('give share')]);
    const p = await probe(withDlq, `${usage}    Queue -> Dlq: { share: 0.02 }\n    Parser -> ParserLogs: { kbPerInvocation: 4 }\n`);
    // 350,000 × 0.02 = 7,000 messages; no consumer: 7,000 sends + 7,000 × 2 = 21,000 requests.
    expect(p.amount('Dlq', 'messages')).toBe('7000');
    expect(p.derived('Dlq', 'monthlyRequests')).toBe(21000);
    // 35,000 invocations × 4 KB ÷ 1,000,000 = 0.14 GB.
    expect(p.derived('ParserLogs', 'monthlyIngestedGB')).toBe(0.14);
  });
});

describe('load through streams, EventBridge and API Gateway', () => {
  it('DynamoDB stream and Kinesis event source mappings, fed by IAM-grant data edges', async () => {
    const p = await probe(
      {
        Role: role,
        Api: { Type: 'AWS::ApiGateway::RestApi' },
        Method: {
          Type: 'AWS::ApiGateway::Method',
          Properties: {
            RestApiId: ref('Api'),
            HttpMethod: 'POST',
            Integration: {
              Type: 'AWS_PROXY',
              Uri: { 'Fn::Join': ['', ['arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/', arn('Writer'), '/invocations']] },
            },
          },
        },
        Writer: fn(),
        Table: {
          Type: 'AWS::DynamoDB::Table',
          Properties: { BillingMode: 'PAY_PER_REQUEST', StreamSpecification: { StreamViewType: 'NEW_IMAGE' } },
        },
        Stream: { Type: 'AWS::Kinesis::Stream', Properties: { ShardCount: 1 } },
        Policy: {
          Type: 'AWS::IAM::Policy',
          Properties: {
            Roles: [ref('Role')],
            PolicyDocument: {
              Statement: [
                { Effect: 'Allow', Action: ['dynamodb:PutItem', 'dynamodb:GetItem'], Resource: arn('Table') },
                { Effect: 'Allow', Action: 'kinesis:PutRecords', Resource: arn('Stream') },
              ],
            },
          },
        },
        Indexer: fn({ Role: arn('OtherRole') }),
        Analytics: fn({ Role: arn('OtherRole') }),
        OtherRole: role,
        StreamMapping: {
          Type: 'AWS::Lambda::EventSourceMapping',
          Properties: {
            EventSourceArn: { 'Fn::GetAtt': ['Table', 'StreamArn'] },
            FunctionName: ref('Indexer'),
            BatchSize: 50,
            StartingPosition: 'LATEST',
          },
        },
        KinesisMapping: {
          Type: 'AWS::Lambda::EventSourceMapping',
          Properties: { EventSourceArn: arn('Stream'), FunctionName: ref('Analytics'), StartingPosition: 'LATEST' },
        },
      },
      `version: 1
resources:
  Api: { monthlyRequests: 100000 }
load:
  ratios:
    Writer -> Table: { writesPerInvocation: 3, readsPerInvocation: 1 }
    Writer -> Stream: { writesPerInvocation: 2 }
    Table: { readUnitsPerRead: 0.5 }
`,
    );
    // 100,000 requests (given on the API) → 100,000 invocations → 300,000 item writes, 100,000 reads.
    expect(p.derived('Writer', 'monthlyRequests')).toBe(100000);
    expect(p.derived('Table', 'monthlyWriteRequestUnits')).toBe(300000);
    // 100,000 reads × 0.5 RRU (eventually consistent).
    expect(p.derived('Table', 'monthlyReadRequestUnits')).toBe(50000);
    // Stream: 300,000 records ÷ batch 50 = 6,000 invocations.
    expect(p.derived('Indexer', 'monthlyRequests')).toBe(6000);
    // Kinesis: 200,000 records ÷ default batch 100 = 2,000 invocations.
    expect(p.derived('Analytics', 'monthlyRequests')).toBe(2000);
  });

  it('EventBridge: bus → rule (share) → target, and a rate() schedule that does not grow with load', async () => {
    const resources = {
      Role: role,
      Bus: { Type: 'AWS::Events::EventBus', Properties: { Name: 'b' } },
      Rule: {
        Type: 'AWS::Events::Rule',
        Properties: { EventBusName: ref('Bus'), EventPattern: { source: ['x'] }, Targets: [{ Arn: arn('Queue'), Id: 't' }] },
      },
      Queue: { Type: 'AWS::SQS::Queue' },
      Cron: {
        Type: 'AWS::Events::Rule',
        Properties: { ScheduleExpression: 'rate(15 minutes)', Targets: [{ Arn: arn('Sweeper'), Id: 's' }] },
      },
      Sweeper: fn(),
    };
    const p = await probe(
      resources,
      `version: 1
load:
  flows:
    orders: { perMonth: 40000, entries: { Bus: 1 } }
  ratios:
    Bus -> Rule: { share: 0.25 }
`,
    );
    // 40,000 events × 0.25 matching = 10,000 messages into Queue.
    expect(p.amount('Queue', 'messages')).toBe('10000');
    // rate(15 minutes): 730 h × 60 ÷ 15 = 2,920 invocations a month, at any scale.
    expect(p.derived('Sweeper', 'monthlyRequests')).toBe(2920);
    expect(p.amount('Sweeper', 'invocations', 10)).toBe('2920');
    expect(p.amount('Queue', 'messages', 10)).toBe('100000');
  });

  it('HTTP API → Step Functions: transitions counted on the default path; off-path tasks need a ratio', async () => {
    const definition = {
      'Fn::Join': [
        '',
        [
          '{"StartAt":"Check","States":{"Check":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Parameters":{"FunctionName":"',
          arn('Checker'),
          '"},"Next":"Verdict"},' +
            '"Verdict":{"Type":"Choice","Choices":[{"Variable":"$.ok","BooleanEquals":false,"Next":"Alert"}],"Default":"Enqueue"},',
          '"Enqueue":{"Type":"Task","Resource":"arn:aws:states:::sqs:sendMessage","Parameters":{"QueueUrl":"',
          ref('Queue'),
          '","MessageBody.$":"$"},"Next":"Done"},',
          '"Alert":{"Type":"Task","Resource":"arn:aws:states:::sns:publish","Parameters":{"TopicArn":"',
          ref('Topic'),
          '","Message.$":"$"},"Next":"Failed"},',
          '"Failed":{"Type":"Fail"},"Done":{"Type":"Succeed"}}}',
        ],
      ],
    };
    const resources = {
      Role: role,
      Http: { Type: 'AWS::ApiGatewayV2::Api', Properties: { ProtocolType: 'HTTP' } },
      Integration: {
        Type: 'AWS::ApiGatewayV2::Integration',
        Properties: {
          ApiId: ref('Http'),
          IntegrationType: 'AWS_PROXY',
          IntegrationSubtype: 'StepFunctions-StartExecution',
          RequestParameters: { StateMachineArn: ref('Machine') },
        },
      },
      Machine: { Type: 'AWS::StepFunctions::StateMachine', Properties: { DefinitionString: definition, RoleArn: arn('Role') } },
      Checker: fn(),
      Queue: { Type: 'AWS::SQS::Queue' },
      Topic: { Type: 'AWS::SNS::Topic' },
    };
    const usage = `version: 1
load:
  flows:
    checkouts: { perMonth: 20000, entries: { Http: 1 } }
`;
    const p = await probe(resources, usage);
    expect(p.derived('Http', 'monthlyRequests')).toBe(20000);
    expect(p.amount('Machine', 'executions')).toBe('20000');
    // Default path: Check, Verdict, Enqueue, Done = 4 transitions per execution; the pricer multiplies by 20,000 executions.
    expect(p.derived('Machine', 'monthlyExecutions')).toBe(20000);
    expect(p.derived('Machine', 'transitionsPerExecution')).toBe(4);
    expect(p.derived('Checker', 'monthlyRequests')).toBe(20000);
    expect(p.amount('Queue', 'messages')).toBe('20000');
    expect(p.amount('Topic', 'messages')).toBeUndefined();
    // 2% of checkouts take the Alert branch.
    const withAlerts = await probe(resources, `${usage}  ratios:\n    Machine -> Topic: { perExecution: 0.02 }\n`);
    expect(withAlerts.derived('Topic', 'monthlyRequests')).toBe(400);
  });
});

describe('load through CloudFront origins and load balancers', () => {
  it('CloudFront misses reach the S3 origin; a load balancer spreads requests over its targets', async () => {
    const resources = {
      Site: { Type: 'AWS::S3::Bucket' },
      Cdn: {
        Type: 'AWS::CloudFront::Distribution',
        Properties: {
          DistributionConfig: { Enabled: true, Origins: [{ Id: 'o1', DomainName: { 'Fn::GetAtt': ['Site', 'RegionalDomainName'] } }] },
        },
      },
      Alb: { Type: 'AWS::ElasticLoadBalancingV2::LoadBalancer', Properties: { Type: 'application' } },
      Listener: {
        Type: 'AWS::ElasticLoadBalancingV2::Listener',
        Properties: { LoadBalancerArn: ref('Alb'), Port: 80, DefaultActions: [{ Type: 'forward', TargetGroupArn: ref('Group') }] },
      },
      Group: { Type: 'AWS::ElasticLoadBalancingV2::TargetGroup', Properties: { Port: 80, Targets: [{ Id: ref('A') }, { Id: ref('B') }] } },
      ServiceGroup: { Type: 'AWS::ElasticLoadBalancingV2::TargetGroup', Properties: { Port: 80, TargetType: 'ip' } },
      Rule: {
        Type: 'AWS::ElasticLoadBalancingV2::ListenerRule',
        Properties: {
          ListenerArn: ref('Listener'),
          Priority: 1,
          Conditions: [],
          Actions: [{ Type: 'forward', TargetGroupArn: ref('ServiceGroup') }],
        },
      },
      Service: { Type: 'AWS::ECS::Service', Properties: { LoadBalancers: [{ TargetGroupArn: ref('ServiceGroup'), ContainerPort: 80 }] } },
      A: { Type: 'AWS::EC2::Instance', Properties: { InstanceType: 't3.micro' } },
      B: { Type: 'AWS::EC2::Instance', Properties: { InstanceType: 't3.micro' } },
    };
    const p = await probe(
      resources,
      `version: 1
load:
  flows:
    visits: { perMonth: 1000000, entries: { Cdn: 1, Alb: 0.5 } }
  ratios:
    Cdn -> Site: { originRequestsPerRequest: 0.1 }
    Alb -> Group: { share: 0.8 }
    Alb -> ServiceGroup: { share: 0.2 }
`,
    );
    // 1,000,000 viewer requests × 0.1 misses = 100,000 GETs on the bucket.
    expect(p.derived('Site', 'monthlyGetRequests')).toBe(100000);
    // 500,000 ALB requests: 80% to the instances' group, spread over 2 → 200,000 each; 20% → the service.
    expect(p.amount('A', 'requests')).toBe('200000');
    expect(p.amount('B', 'requests')).toBe('200000');
    expect(p.amount('Service', 'requests')).toBe('100000');
  });
});

describe('cycles', () => {
  it('a cycle among carrying edges stops with an error naming it', async () => {
    const resources = {
      Role: role,
      Queue: { Type: 'AWS::SQS::Queue' },
      Worker: fn(),
      Mapping: {
        Type: 'AWS::Lambda::EventSourceMapping',
        Properties: { EventSourceArn: arn('Queue'), FunctionName: ref('Worker'), BatchSize: 10 },
      },
      Policy: {
        Type: 'AWS::IAM::Policy',
        Properties: {
          Roles: [ref('Role')],
          PolicyDocument: { Statement: [{ Effect: 'Allow', Action: 'sqs:SendMessage', Resource: arn('Queue') }] },
        },
      },
    };
    const usage = `version: 1
load:
  flows:
    jobs: { perMonth: 1000, entries: { Queue: 1 } }
`;
    // Without the ratio the grant carries nothing: no cycle.
    expect((await probe(resources, usage)).derived('Worker', 'monthlyRequests')).toBe(100);
    await expect(probe(resources, `${usage}  ratios:\n    Worker -> Queue: { writesPerInvocation: 1 }\n`)).rejects.toThrow(
      /Load cycle: .*Queue \(messages sent\) -> .*Worker \(invocations\) -> .*Queue \(messages sent\)/,
    );
  });

  it('unknown ratios and edges that do not exist are errors with file and line', async () => {
    const resources = {
      Role: role,
      Queue: { Type: 'AWS::SQS::Queue' },
      Worker: fn(),
      Mapping: { Type: 'AWS::Lambda::EventSourceMapping', Properties: { EventSourceArn: arn('Queue'), FunctionName: ref('Worker') } },
    };
    await expect(
      probe(resources, `version: 1\nload:\n  ratios:\n    Queue -> Worker: { retrys: 1 }\n    Worker -> Queue: { share: 1 }\n`),
    ).rejects.toThrow(
      new RegExp(
        String.raw`usage\.yml:4: "Queue -> Worker" → unknown ratio "retrys"\. ` +
          String.raw`edges event-source-mapping read: retriesPerMessage, share\.` +
          String.raw`[\s\S]*usage\.yml:5: "Worker -> Queue" is not an edge of the app`,
      ),
    );
  });
});
