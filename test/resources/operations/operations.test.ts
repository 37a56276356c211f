/**
 * Operations and security pricers: KMS keys and requests, Secrets Manager secrets (with
 * replicas), CloudWatch alarms (resolution, metric math, anomaly detection, composite),
 * dashboards, log groups (classes, retention, data protection), WAF web ACLs.
 */
import { describe, expect, it } from 'vitest';
import { component, d, expectLine, priceInline, resource, unit } from '../price-inline.js';

const CW = 'AmazonCloudWatch';

describe('AWS::KMS::Key', () => {
  it('one key-month, and requests at the symmetric or asymmetric rate', async () => {
    const estimate = await priceInline(
      `
Resources:
  Symmetric: { Type: AWS::KMS::Key, Properties: { EnableKeyRotation: true } }
  Signing: { Type: AWS::KMS::Key, Properties: { KeySpec: ECC_NIST_P256, KeyUsage: SIGN_VERIFY } }
`,
      { usage: { Symmetric: { monthlyRequests: 2000000 }, Signing: { monthlyRequests: 10000 } } },
    );
    const sym = resource(estimate, 'Symmetric');
    expectLine(component(sym, 'Customer managed key'), 1, unit('awskms', 'Encryption Key'));
    expectLine(component(sym, 'API requests'), 2000000, unit('awskms', 'API request - Non Free Tier'));
    expect(sym.notes.join(' ')).toContain('rotation');
    expectLine(component(resource(estimate, 'Signing'), 'API requests'), 10000, unit('awskms', 'Asymmetric Requests except RSA_2048API'));
  });

  it('without usage the key is still priced; requests are listed as missing', async () => {
    const k = resource(
      await priceInline(`
Resources:
  Key: { Type: AWS::KMS::Key }
`),
      'Key',
    );
    expect(k.status).toBe('priced');
    expect(k.monthly).toBe(unit('awskms', 'Encryption Key').toFixed());
    expect(k.missingUsage).toEqual(['monthlyRequests']);
  });
});

describe('AWS::SecretsManager::Secret', () => {
  it('a secret per Region copy, plus API calls', async () => {
    const s = resource(
      await priceInline(
        `
Resources:
  Secret: { Type: AWS::SecretsManager::Secret, Properties: { ReplicaRegions: [{ Region: eu-west-1 }, { Region: us-west-2 }] } }
`,
        { usage: { Secret: { monthlyApiCalls: 500000 } } },
      ),
      'Secret',
    );
    expectLine(component(s, 'Secret (3 copies'), 3, unit('AWSSecretsManager', 'Secret'));
    expectLine(component(s, 'API calls'), 500000, unit('AWSSecretsManager', 'API Request'));
  });
});

describe('AWS::CloudWatch::Alarm and CompositeAlarm', () => {
  it('standard and high resolution by Period; metric math counts each metric; anomaly detection counts 3', async () => {
    const estimate = await priceInline(`
Resources:
  Standard:
    Type: AWS::CloudWatch::Alarm
    Properties: { MetricName: Errors, Namespace: AWS/Lambda, Statistic: Sum, Period: 300, EvaluationPeriods: 1, Threshold: 1, \
ComparisonOperator: GreaterThanThreshold }
  HighRes:
    Type: AWS::CloudWatch::Alarm
    Properties: { MetricName: Latency, Namespace: App, Statistic: Average, Period: 10, EvaluationPeriods: 3, Threshold: 1, \
ComparisonOperator: GreaterThanThreshold }
  Math:
    Type: AWS::CloudWatch::Alarm
    Properties:
      EvaluationPeriods: 1
      Threshold: 5
      ComparisonOperator: GreaterThanThreshold
      Metrics:
        - { Id: rate, Expression: "errors / invocations * 100", ReturnData: true }
        - { Id: errors, ReturnData: false, MetricStat: { Metric: { Namespace: AWS/Lambda, MetricName: Errors }, Period: 60, Stat: Sum } }
        - { Id: invocations, ReturnData: false, MetricStat: { Metric: { Namespace: AWS/Lambda, MetricName: Invocations }, Period: 60, \
Stat: Sum } }
  Anomaly:
    Type: AWS::CloudWatch::Alarm
    Properties:
      EvaluationPeriods: 1
      ComparisonOperator: LessThanLowerOrGreaterThanUpperThreshold
      ThresholdMetricId: band
      Metrics:
        - { Id: band, Expression: "ANOMALY_DETECTION_BAND(m1, 2)" }
        - { Id: m1, MetricStat: { Metric: { Namespace: AWS/EC2, MetricName: CPUUtilization }, Period: 300, Stat: Average } }
  Composite:
    Type: AWS::CloudWatch::CompositeAlarm
    Properties: { AlarmName: both, AlarmRule: "ALARM(Standard) AND ALARM(Math)" }
`);
    expectLine(component(resource(estimate, 'Standard'), 'Standard-resolution'), 1, unit(CW, 'Alarm Standard'));
    expectLine(component(resource(estimate, 'HighRes'), 'High-resolution'), 1, unit(CW, 'Alarm High Resolution'));
    expectLine(component(resource(estimate, 'Math'), 'Standard-resolution'), 2, unit(CW, 'Alarm Standard'));
    expectLine(
      component(resource(estimate, 'Anomaly'), 'Standard-resolution alarm metrics (anomaly detection)'),
      3,
      unit(CW, 'Alarm Standard'),
    );
    expectLine(component(resource(estimate, 'Composite'), 'Composite alarm'), 1, unit(CW, 'Alarm Composite'));
  });
});

describe('AWS::CloudWatch::Dashboard', () => {
  it('prices one dashboard-month at the global rate (AWS lists it under the location "Any"), in every region', async () => {
    for (const region of ['us-east-1', 'eu-west-1', 'ap-southeast-2']) {
      const dash = resource(
        await priceInline(
          `
Resources:
  Dash: { Type: AWS::CloudWatch::Dashboard, Properties: { DashboardBody: '{"widgets":[]}' } }
`,
          { region },
        ),
        'Dash',
      );
      expectLine(component(dash, 'Dashboard'), 1, unit(CW, 'Dashboard Basic Dashboard', region));
    }
  });
});

describe('AWS::Logs::LogGroup', () => {
  it('storage from ingestion × retention; Infrequent Access ingestion; data protection scanning', async () => {
    const estimate = await priceInline(
      `
Resources:
  Standard: { Type: AWS::Logs::LogGroup, Properties: { RetentionInDays: 14 } }
  Infrequent: { Type: AWS::Logs::LogGroup, Properties: { LogGroupClass: INFREQUENT_ACCESS, RetentionInDays: 365 } }
  Protected: { Type: AWS::Logs::LogGroup, Properties: { RetentionInDays: 7, DataProtectionPolicy: { Name: p, Version: '2021-06-01', \
Statement: [] } } }
`,
      {
        usage: {
          Standard: { monthlyIngestedGB: 73 },
          Infrequent: { monthlyIngestedGB: 10, storageGB: 120 },
          Protected: { monthlyIngestedGB: 5 },
        },
      },
    );
    const standard = resource(estimate, 'Standard');
    expectLine(component(standard, 'Ingestion'), 73, unit(CW, 'Logs Collected Data Ingestion'));
    // 73 GB/month × 14 days ÷ (730 h / 24 = 30.4166… days) = 33.6 GB stored.
    expectLine(component(standard, 'Storage'), '33.6', unit(CW, 'Stored Data'));
    const ia = resource(estimate, 'Infrequent');
    expectLine(component(ia, 'Ingestion (Infrequent Access)'), 10, unit(CW, 'IA Custom ingested Logs from 0 upto Inf'));
    expectLine(component(ia, 'Storage'), 120, unit(CW, 'Stored Data'));
    expectLine(
      component(resource(estimate, 'Protected'), 'Data protection'),
      5,
      unit(CW, 'DataProtection LogsCloudWatch Logs Data Protection'),
    );
  });

  it('without usage: usage-missing, and a note when logs never expire', async () => {
    const g = resource(
      await priceInline(`
Resources:
  Forever: { Type: AWS::Logs::LogGroup }
`),
      'Forever',
    );
    expect(g.status).toBe('usage-missing');
    expect(g.notes.join(' ')).toContain('logs never expire');
  });
});

describe('AWS::WAFv2::WebACL', () => {
  it('web ACL, one rule per rule statement, Bot Control subscription, requests', async () => {
    const estimate = await priceInline(
      `
Resources:
  Acl:
    Type: AWS::WAFv2::WebACL
    Properties:
      Scope: REGIONAL
      DefaultAction: { Allow: {} }
      VisibilityConfig: { SampledRequestsEnabled: true, CloudWatchMetricsEnabled: true, MetricName: acl }
      Rules:
        - Name: common
          Priority: 0
          OverrideAction: { None: {} }
          Statement: { ManagedRuleGroupStatement: { VendorName: AWS, Name: AWSManagedRulesCommonRuleSet } }
          VisibilityConfig: { SampledRequestsEnabled: true, CloudWatchMetricsEnabled: true, MetricName: common }
        - Name: bots
          Priority: 1
          OverrideAction: { None: {} }
          Statement: { ManagedRuleGroupStatement: { VendorName: AWS, Name: AWSManagedRulesBotControlRuleSet } }
          VisibilityConfig: { SampledRequestsEnabled: true, CloudWatchMetricsEnabled: true, MetricName: bots }
        - Name: rate
          Priority: 2
          Action: { Block: {} }
          Statement: { RateBasedStatement: { Limit: 1000, AggregateKeyType: IP } }
          VisibilityConfig: { SampledRequestsEnabled: true, CloudWatchMetricsEnabled: true, MetricName: rate }
  Group:
    Type: AWS::WAFv2::RuleGroup
    Properties: { Scope: REGIONAL, Capacity: 10, VisibilityConfig: { SampledRequestsEnabled: true, CloudWatchMetricsEnabled: true, \
MetricName: g } }
`,
      { usage: { Acl: { monthlyRequests: 25000000 } } },
    );
    const acl = resource(estimate, 'Acl');
    expectLine(component(acl, 'Web ACL'), 1, unit('awswaf', 'WebACL per month'));
    expectLine(component(acl, 'Rules (3)'), 3, unit('awswaf', 'Rules added per WebACL per month'));
    expectLine(component(acl, 'Bot Control managed rule group subscription'), 1, unit('awswaf', 'AMR Bot Control Activated per Month'));
    expectLine(component(acl, 'Requests inspected'), 25000000, unit('awswaf', 'Request Processed Tier1 per Request'));
    const total = d(1)
      .times(unit('awswaf', 'WebACL per month'))
      .plus(d(3).times(unit('awswaf', 'Rules added per WebACL per month')))
      .plus(unit('awswaf', 'AMR Bot Control Activated per Month'))
      .plus(d(25000000).times(unit('awswaf', 'Request Processed Tier1 per Request')));
    expect(acl.monthly).toBe(total.toFixed());
    expect(resource(estimate, 'Group').status).toBe('free');
  });
});
