/**
 * MWAA environments (class hours; workers, schedulers and web servers above the included 1/2/2;
 * autoscaled workers and metadata storage from usage), AppSync (operations, real-time updates,
 * connection minutes; API cache by type) and IoT Core topic rules (rules triggered, actions executed).
 * Expected costs are quantities × the snapshot's unit prices.
 */
import { describe, expect, it } from 'vitest';
import { component, expectLine, priceInline, resource, unit } from '../price-inline.js';

const MWAA = 'AmazonMWAA';
const APPSYNC = 'AWSAppSync';
const IOT = 'AWSIoT';

describe('AWS::MWAA::Environment', () => {
  it('mw1.medium with 3 min workers, 3 schedulers, 2–5 web servers: fixed extras beyond the included, scaling from usage', async () => {
    const env = resource(
      await priceInline(
        `
Resources:
  Airflow:
    Type: AWS::MWAA::Environment
    Properties:
      Name: a
      EnvironmentClass: mw1.medium
      MinWorkers: 3
      MaxWorkers: 10
      Schedulers: 3
      MinWebservers: 2
      MaxWebservers: 5
`,
        { usage: { Airflow: { averageAdditionalWorkers: 2.5, averageAdditionalWebservers: 1, metadataStorageGB: 10 } } },
      ),
      'Airflow',
    );
    expectLine(component(env, 'Environment (mw1.medium)'), 730, unit(MWAA, 'Environment Medium per Hrs'));
    expectLine(component(env, 'Additional workers (2'), 1460, unit(MWAA, 'Worker Medium per Hrs'));
    expectLine(component(env, 'Additional schedulers (1'), 730, unit(MWAA, 'Scheduler Medium per Hrs'));
    expectLine(component(env, 'Autoscaled workers'), 1825, unit(MWAA, 'Worker Medium per Hrs'));
    expectLine(component(env, 'Autoscaled web servers'), 730, unit(MWAA, 'WebServer Medium per Hrs'));
    expectLine(component(env, 'Metadata database storage'), 10, unit(MWAA, 'Standard per Gigabyte Month'));
    expect(env.components.some((c) => c.name.startsWith('Additional web servers'))).toBe(false);
  });

  it('defaults (mw1.small, 1–10 workers, 2 schedulers, 2 web servers): the environment priced, the rest usage-missing', async () => {
    const env = resource(
      await priceInline(`
Resources:
  Airflow: { Type: AWS::MWAA::Environment, Properties: { Name: a } }
`),
      'Airflow',
    );
    expectLine(component(env, 'Environment (mw1.small)'), 730, unit(MWAA, 'Environment Small per Hrs'));
    expect(env.status).toBe('priced');
    expect(env.missingUsage).toEqual(['averageAdditionalWorkers', 'metadataStorageGB']);
  });

  it('a class without a readable rate is unsupported with the reason', async () => {
    const env = resource(
      await priceInline(`
Resources:
  Airflow: { Type: AWS::MWAA::Environment, Properties: { Name: a, EnvironmentClass: mw1.micro } }
`),
      'Airflow',
    );
    const reason = expect.stringMatching(/mw1\.micro has no readable rate in AWS's public MWAA price data/);
    expect(env).toMatchObject({ status: 'unsupported', reason });
  });
});

describe('AWS::AppSync::GraphQLApi and ApiCache', () => {
  it('operations, real-time updates and connection minutes from usage; the cache by type; resolvers free', async () => {
    const estimate = await priceInline(
      `
Resources:
  Api: { Type: AWS::AppSync::GraphQLApi, Properties: { Name: a, AuthenticationType: API_KEY } }
  Source: { Type: AWS::AppSync::DataSource, Properties: { ApiId: !GetAtt Api.ApiId, Name: s, Type: NONE } }
  Cache:
    Type: AWS::AppSync::ApiCache
    Properties: { ApiId: !GetAtt Api.ApiId, Type: LARGE, ApiCachingBehavior: FULL_REQUEST_CACHING, Ttl: 60 }
`,
      { usage: { Api: { monthlyQueriesAndMutations: 5000000, monthlyRealTimeUpdates: 2000000, monthlyConnectionMinutes: 43200000 } } },
    );
    const api = resource(estimate, 'Api');
    expectLine(component(api, 'Query and mutation operations'), 5000000, unit(APPSYNC, 'API Query and Data Modifications Operations'));
    expectLine(component(api, 'Real-time updates'), 2000000, unit(APPSYNC, 'RealTime Updates per Messages'));
    expectLine(component(api, 'Real-time connection minutes'), 43200000, unit(APPSYNC, 'RealTime Connection per Minutes'));
    const cache = component(resource(estimate, 'Cache'), 'API cache (LARGE, 12.3 GiB)');
    expectLine(cache, 730, unit(APPSYNC, 'API Calls CacheMemorySize 12 3 per Hrs'));
    expect(resource(estimate, 'Source').status).toBe('free');
  });

  it('without usage the API is usage-missing, not unsupported', async () => {
    const api = resource(
      await priceInline(`
Resources:
  Api: { Type: AWS::AppSync::GraphQLApi, Properties: { Name: a, AuthenticationType: API_KEY } }
`),
      'Api',
    );
    expect(api.status).toBe('usage-missing');
    expect(api.missingUsage).toEqual(['monthlyConnectionMinutes', 'monthlyQueriesAndMutations', 'monthlyRealTimeUpdates']);
  });
});

describe('AWS::AppSync::Api (AppSync Events)', () => {
  it('Event API operations and connection minutes from usage; channel namespaces free', async () => {
    const estimate = await priceInline(
      `
Resources:
  Events: { Type: AWS::AppSync::Api, Properties: { Name: e, EventConfig: { AuthProviders: [{ AuthType: API_KEY }] } } }
  Channels: { Type: AWS::AppSync::ChannelNamespace, Properties: { ApiId: !GetAtt Events.ApiId, Name: default } }
`,
      { usage: { Events: { monthlyEventOperations: 3000000, monthlyConnectionMinutes: 1000000 } } },
    );
    const api = resource(estimate, 'Events');
    expectLine(component(api, 'Event API operations'), 3000000, unit(APPSYNC, 'RealTime per Operation'));
    expectLine(component(api, 'Connection minutes'), 1000000, unit(APPSYNC, 'RealTime per Minute'));
    expect(resource(estimate, 'Channels').status).toBe('free');
  });
});

describe('AWS::IoT::TopicRule', () => {
  const rule = (extra = '') => `
Resources:
  Rule:
    Type: AWS::IoT::TopicRule
    Properties:
      TopicRulePayload:
        Sql: SELECT * FROM 'device/data'
        Actions:
          - Sns: { TargetArn: arn:aws:sns:us-east-1:1:t, RoleArn: arn:aws:iam::1:role/r }
          - Lambda: { FunctionArn: arn:aws:lambda:us-east-1:1:function:f }
        ErrorAction:
          Sqs: { QueueUrl: https://q, RoleArn: arn:aws:iam::1:role/r }
${extra}`;

  it('rules triggered from usage; each trigger runs the 2 listed actions (the error action only on failure)', async () => {
    const r = resource(await priceInline(rule(), { usage: { Rule: { monthlyRulesTriggered: 10000000 } } }), 'Rule');
    expectLine(component(r, 'Rules triggered'), 10000000, unit(IOT, 'RulesTriggered'));
    expectLine(component(r, 'Actions executed (2 per trigger)'), 20000000, unit(IOT, 'ActionsExecuted'));
  });

  it('a disabled rule is free', async () => {
    expect(resource(await priceInline(rule('        RuleDisabled: true')), 'Rule').status).toBe('free');
  });
});
