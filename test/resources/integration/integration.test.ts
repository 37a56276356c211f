/**
 * Integration pricers: Step Functions (Standard transitions; Express requests and tiered
 * GB-seconds with 100 ms / 64 MB rounding), EventBridge buses and rules, Scheduler (invocations
 * derived from rate(), free-tier boundary), Cognito MAUs by plan. (AppSync: appsync-mwaa-iot.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { bound, component, d, expectLine, priceInline, resource, unit } from '../price-inline.js';

const SFN = 'AmazonStates';
const EV = 'AWSEvents';

describe('AWS::StepFunctions::StateMachine', () => {
  const machine = (type: string) => `
Resources:
  Flow:
    Type: AWS::StepFunctions::StateMachine
    Properties: { StateMachineType: ${type}, RoleArn: arn:aws:iam::123456789012:role/x, DefinitionString: '{}' }
`;

  it('Standard: executions × transitions per execution', async () => {
    const f = resource(
      await priceInline(machine('STANDARD'), { usage: { Flow: { monthlyExecutions: 200000, transitionsPerExecution: 12 } } }),
      'Flow',
    );
    expectLine(component(f, 'State transitions'), 2400000, unit(SFN, 'AWS Step Functions'));
  });

  it('Standard without transitionsPerExecution: usage missing, naming the key', async () => {
    const f = resource(await priceInline(machine('STANDARD'), { usage: { Flow: { monthlyExecutions: 200000 } } }), 'Flow');
    expect(f.status).toBe('usage-missing');
    expect(f.missingUsage).toEqual(['transitionsPerExecution']);
  });

  it('Express: requests, and GB-seconds split across the duration tiers', async () => {
    // 100 M executions × 1 s × 64 MB = 6,250,000 GB-s: past the first tier (3,600,000 GB-s).
    const f = resource(
      await priceInline(machine('EXPRESS'), { usage: { Flow: { monthlyExecutions: 100000000, avgDurationMs: 1000 } } }),
      'Flow',
    );
    expectLine(component(f, 'Requests (Express)'), 100000000, unit(SFN, 'Number of Workflow Requests'));
    const duration = component(f, 'Duration (Express, 64 MB)');
    expect(duration.quantity).toBe('6250000');
    const first = bound(SFN, 'Duration of Workflows', 0);
    const expected = first.times(unit(SFN, 'Duration of Workflows', 'us-east-1', 0)).plus(
      d(6250000)
        .minus(first)
        .times(unit(SFN, 'Duration of Workflows', 'us-east-1', 1)),
    );
    expect(duration.monthly).toBe(expected.toFixed());
    expect(duration.tiers).toHaveLength(2);
  });

  it('Express rounds duration up to 100 ms and memory up to 64 MB', async () => {
    const f = resource(
      await priceInline(machine('EXPRESS'), { usage: { Flow: { monthlyExecutions: 1000, avgDurationMs: 250, avgMemoryMB: 100 } } }),
      'Flow',
    );
    // 250 ms → 300 ms; 100 MB → 128 MB = 0.125 GB: 1,000 × 0.3 × 0.125 = 37.5 GB-s.
    expectLine(component(f, 'Duration (Express, 128 MB)'), '37.5', unit(SFN, 'Duration of Workflows'));
  });
});

describe('AWS::Events::EventBus and AWS::Events::Rule', () => {
  it('a custom bus bills published events in 64 KB chunks', async () => {
    const estimate = await priceInline(
      `
Resources:
  Bus: { Type: AWS::Events::EventBus, Properties: { Name: orders } }
  Rule:
    Type: AWS::Events::Rule
    Properties: { EventBusName: !Ref Bus, EventPattern: { source: [shop] }, Targets: [{ Id: q, \
Arn: arn:aws:sqs:us-east-1:123456789012:q }] }
`,
      { usage: { Bus: { monthlyEvents: 5000000, avgEventSizeKB: 100 } } },
    );
    expectLine(component(resource(estimate, 'Bus'), 'Custom events published'), 10000000, unit(EV, 'CloudWatch Events Custom Event'));
    const rule = resource(estimate, 'Rule');
    expect(rule.status).toBe('free');
    expect(rule.reason).toMatch(/rules have no charge/);
  });

  it('a rule on the default bus for AWS service events is free', async () => {
    const rule = resource(
      await priceInline(`
Resources:
  Rule:
    Type: AWS::Events::Rule
    Properties: { EventPattern: { source: [aws.ec2] }, Targets: [{ Id: f, Arn: arn:aws:lambda:us-east-1:123456789012:function:f }] }
`),
      'Rule',
    );
    expect(rule.status).toBe('free');
    expect(rule.reason).toContain('AWS service events on the default bus are free');
  });

  it('a rule delivering to an API destination bills its invocations', async () => {
    const estimate = await priceInline(
      `
Resources:
  Destination:
    Type: AWS::Events::ApiDestination
    Properties: { ConnectionArn: arn:aws:events:us-east-1:123456789012:connection/c, InvocationEndpoint: https://example.com, \
HttpMethod: POST }
  Rule:
    Type: AWS::Events::Rule
    Properties: { EventPattern: { source: [shop] }, Targets: [{ Id: d, Arn: !GetAtt Destination.Arn, \
RoleArn: arn:aws:iam::123456789012:role/r }] }
`,
      { usage: { Rule: { monthlyMatchedEvents: 300000 } } },
    );
    expectLine(component(resource(estimate, 'Rule'), 'API destination invocations'), 300000, unit(EV, 'CloudWatch Events APIDestination'));
  });
});

describe('AWS::Scheduler::Schedule', () => {
  const schedule = (expression: string) => `
Resources:
  Every:
    Type: AWS::Scheduler::Schedule
    Properties: { ScheduleExpression: "${expression}", FlexibleTimeWindow: { Mode: 'OFF' }, \
Target: { Arn: arn:aws:lambda:us-east-1:123456789012:function:f, RoleArn: arn:aws:iam::123456789012:role/r } }
`;
  it('derives invocations from rate() (fixed, no usage needed)', async () => {
    const s = resource(await priceInline(schedule('rate(5 minutes)')), 'Every');
    // 730 h × 60 ÷ 5 = 8,760 invocations; the free allowance is billed at the paid rate by default.
    expectLine(component(s, 'Scheduled invocations'), 8760, unit(EV, 'Scheduled Invocation', 'us-east-1', 1));
    expect(s.status).toBe('priced');
  });

  it('the free allowance applies only with --free-tier: below the boundary it is $0, above it the excess is billed', async () => {
    const freeTo = bound(EV, 'Scheduled Invocation', 0);
    // The line is priced in full; the data's zero-price tier is a shared allowance subtracted on a line of its own.
    const under = resource(
      await priceInline(schedule('cron(0 * * * ? *)'), { usage: { Every: { monthlyInvocations: freeTo.toNumber() } }, freeTier: true }),
      'Every',
    );
    expect(under.monthly).toBe('0');
    expect(component(under, 'Free tier: Scheduled Invocation').quantity).toBe(freeTo.negated().toFixed());
    const over = resource(
      await priceInline(schedule('cron(0 * * * ? *)'), {
        usage: { Every: { monthlyInvocations: freeTo.plus(1000000).toNumber() } },
        freeTier: true,
      }),
      'Every',
    );
    expect(over.monthly).toBe(
      d(1000000)
        .times(unit(EV, 'Scheduled Invocation', 'us-east-1', 1))
        .toFixed(),
    );
  });

  it('cron() counts its fires over the 28-year calendar cycle, scaled to 730 h; an invalid one asks for monthlyInvocations', async () => {
    // EventBridge cron: minutes hours day-of-month month day-of-week year (EventBridge User Guide,
    // "Cron expressions reference"). Daily at 09:00: 10,227 fires in 2001–2028 (10,227 days) → 730 ÷ 24 a month.
    const s = resource(await priceInline(schedule('cron(0 9 * * ? *)')), 'Every');
    const line = component(s, 'Scheduled invocations');
    expect(line.quantity).toBe(
      d(10227)
        .times(730)
        .div(10227 * 24)
        .toFixed(),
    );
    expect(line.formula).toContain('10,227 fires in the 28-year calendar cycle 2001–2028');
    const bad = resource(await priceInline(schedule('cron(0 9 * * * *)')), 'Every');
    expect(bad.status).toBe('usage-missing');
    expect(bad.notes.join(' ')).toMatch(/exactly one of day-of-month and day-of-week must be "\?".*give monthlyInvocations/);
  });
});

describe('AWS::Cognito::UserPool', () => {
  const pool = (tier?: string) => `
Resources:
  Users: { Type: AWS::Cognito::UserPool, Properties: { ${tier ? `UserPoolTier: ${tier}` : 'UserPoolName: u'} } }
`;
  it('Essentials by default: one rate per MAU', async () => {
    const u = resource(await priceInline(pool(), { usage: { Users: { monthlyActiveUsers: 20000 } } }), 'Users');
    expectLine(component(u, 'Monthly active users (Essentials)'), 20000, unit('AmazonCognito', 'Enterprise MAU per Requests'));
    expect(u.notes.join(' ')).toContain("ESSENTIALS, Cognito's default");
  });

  it('Lite: tiered, split at the tier boundary', async () => {
    const first = bound('AmazonCognito', 'User Pool MAU', 0);
    const u = resource(
      await priceInline(pool('LITE'), { usage: { Users: { monthlyActiveUsers: first.plus(10000).toNumber() } } }),
      'Users',
    );
    const line = component(u, 'Monthly active users (Lite)');
    const expected = first
      .times(unit('AmazonCognito', 'User Pool MAU', 'us-east-1', 0))
      .plus(d(10000).times(unit('AmazonCognito', 'User Pool MAU', 'us-east-1', 1)));
    expect(line.monthly).toBe(expected.toFixed());
    expect(line.tiers).toHaveLength(2);
  });

  it('Plus: a no-price line (the data has no Plus rate); no usage: usage-missing', async () => {
    const plus = resource(await priceInline(pool('PLUS'), { usage: { Users: { monthlyActiveUsers: 100 } } }), 'Users');
    expect(component(plus, 'Monthly active users (Plus)').status).toBe('no-price');
    expect(resource(await priceInline(pool()), 'Users').status).toBe('usage-missing');
  });
});
