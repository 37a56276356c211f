/**
 * Classification: every resource ends priced, free (with why), usage-missing, or unsupported with a
 * specific reason. CDK's own deployment machinery (custom resources, singleton handlers, the
 * provider framework and the handlers a user gives it) is free; so is the provider of a hand-written
 * template's custom resource. Types whose cost depends on configuration (SSM parameter tier, nested
 * stacks) are decided per resource; types without price data say so.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Estimate, ResourceCost } from '../../lib/estimate/estimate-types.js';
import { FREE_TYPES, freeReason } from '../../lib/resources/free-types.js';
import { PricerRegistry } from '../../lib/resources/registry.js';
import { NO_PRICER_YET, UNSUPPORTED_TYPES, unsupportedReason } from '../../lib/resources/unsupported-types.js';
import { cli } from '../support/cli.js';
import { fixtureAssembly } from '../support/example-assembly.js';
import { CORPUS_DIR, requireShared } from '../support/paths.js';
import { component, expectLine, priceInline, resource, unit } from './price-inline.js';
import { ROUTE53_HOSTED_ZONE } from '../../lib/pricing/global-price-keys.js';

async function estimateJson(...args: string[]): Promise<Estimate> {
  const result = await cli('estimate', ...args, '--format', 'json');
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as Estimate;
}

const byPath = (e: Estimate, pattern: RegExp): ResourceCost[] => e.resources.filter((r) => pattern.test(r.path));

describe("a CDK app that uses CDK's own custom resources (synthesized)", () => {
  let estimate: Estimate;
  beforeAll(async () => {
    estimate = await estimateJson(await fixtureAssembly('cdk-internals')); // cached while the app is unchanged
  });

  it('classifies every resource: nothing is unsupported', () => {
    expect(estimate.resources.length).toBeGreaterThan(50);
    expect(estimate.resources.filter((r) => r.status === 'unsupported').map((r) => `${r.type} ${r.path}`)).toEqual([]);
    expect(estimate.coverage?.classified).toBe(estimate.resources.length);
  });

  it('custom resources are free: their provider runs only while the stack deploys', () => {
    const custom = estimate.resources.filter((r) => r.type.startsWith('Custom::') || r.type === 'AWS::CloudFormation::CustomResource');
    expect(custom.map((r) => r.type).sort()).toEqual([
      'AWS::CloudFormation::CustomResource',
      'Custom::AWS',
      'Custom::CDKBucketDeployment',
      'Custom::LogRetention',
      'Custom::S3AutoDeleteObjects',
      'Custom::S3BucketNotifications',
      'Custom::VpcRestrictDefaultSG',
    ]);
    for (const r of custom) {
      expect(r.status, r.path).toBe('free');
      expect(r.reason, r.path).toMatch(
        /^custom resource: CloudFormation invokes its provider only when the stack is created, updated or deleted/,
      );
    }
  });

  it("CDK's singleton handlers, the provider framework and its waiter state machine are deploy-time machinery", () => {
    const machinery = byPath(
      estimate,
      new RegExp(
        String.raw`\/(Custom::S3AutoDeleteObjectsCustomResourceProvider|Custom::VpcRestrictDefaultSGCustomResourceProvider|` +
          'Custom::CDKBucketDeployment[0-9A-F]{32}|LogRetention[0-9a-f]{32}|BucketNotificationsHandler[0-9a-f]{32}|' +
          String.raw`AWS679f53fac002430cb0da5b7982bd2287|SeedProvider)\/`,
      ),
    );
    expect(machinery.filter((r) => r.type === 'AWS::Lambda::Function')).toHaveLength(9);
    expect(machinery.some((r) => r.type === 'AWS::StepFunctions::StateMachine')).toBe(true);
    for (const r of machinery) {
      expect(r.status, r.path).toBe('free');
      expect(r.reason, r.path).toMatch(/CDK deployment-time handler|IAM has no charge/);
    }
  });

  it('the handlers a user wrote for a custom-resources Provider are free too, because only the framework calls them', () => {
    for (const id of ['SeedHandler', 'SeedCheck']) {
      const fn = estimate.resources.find((r) => r.path === `Internals/${id}/Resource`)!;
      expect(fn.status).toBe('free');
      expect(fn.reason).toMatch(
        new RegExp(
          '^custom resource handler: called only by the deploy-time function ' +
            'SeedProviderframework(onEvent|isComplete)[0-9A-F]{8} while the stack deploys$',
        ),
      );
    }
  });

  it('a function the app calls at run time (bucket notifications, log retention) is still priced on its usage', () => {
    const worker = estimate.resources.find((r) => r.path === 'Internals/Worker/Resource')!;
    expect(['priced', 'usage-missing']).toContain(worker.status);
    expect(worker.components.map((c) => c.name)).toEqual(['Requests', 'Duration (128 MB)']);
    expect(worker.missingUsage).toContain('avgDurationMs');
  });
});

describe('custom resources in plain templates', () => {
  it('the function behind a ServiceToken is a deploy-time provider; a function also triggered at run time is not', async () => {
    const estimate = await priceInline(`
Resources:
  Provider: { Type: AWS::Lambda::Function, Properties: { Runtime: python3.13, Handler: i.h, Role: arn:aws:iam::123456789012:role/r, \
Code: { ZipFile: x } } }
  ProviderLogs: { Type: AWS::Logs::LogGroup, Properties: { LogGroupName: !Sub '/aws/lambda/\${Provider}' } }
  Invoke: { Type: AWS::Lambda::Permission, Properties: { Action: lambda:InvokeFunction, FunctionName: !GetAtt Provider.Arn, \
Principal: '*' } }
  Setup: { Type: Custom::Setup, Properties: { ServiceToken: !GetAtt Provider.Arn } }
  Both: { Type: AWS::Lambda::Function, Properties: { Runtime: python3.13, Handler: i.h, Role: arn:aws:iam::123456789012:role/r, \
Code: { ZipFile: x } } }
  Seed: { Type: Custom::Seed, Properties: { ServiceToken: !GetAtt Both.Arn } }
  Nightly: { Type: AWS::Events::Rule, Properties: { ScheduleExpression: rate(1 day), Targets: [{ Arn: !GetAtt Both.Arn, Id: t }] } }
`);
    expect(resource(estimate, 'Provider')).toMatchObject({
      status: 'free',
      reason: 'custom resource provider: CloudFormation invokes it only while the stack deploys (ServiceToken of Setup, Custom::Setup)',
    });
    expect(resource(estimate, 'ProviderLogs')).toMatchObject({
      status: 'free',
      reason: expect.stringMatching(/^log group of the deploy-time function Provider/),
    });
    expect(resource(estimate, 'Both').status).toBe('usage-missing');
  });

  it('the corpus ElastiCache template: Custom::Region and its snapshot-enabling function are free', async () => {
    requireShared();
    const estimate = await estimateJson(
      join(CORPUS_DIR, 'awslabs__aws-cloudformation-templates/aws/solutions/Elasticache-snapshot.template'),
    );
    expect(resource(estimate, 'EnableShapshotTrigger')).toMatchObject({ type: 'Custom::Region', status: 'free' });
    expect(resource(estimate, 'EnableShapshot')).toMatchObject({
      status: 'free',
      reason: expect.stringContaining('ServiceToken of EnableShapshotTrigger, Custom::Region'),
    });
  });
});

describe('types whose cost depends on the resource', () => {
  it(
    'SSM parameters: Standard is free, Advanced is unsupported with the reason; CloudFront Functions say why they are not ' + 'priced',
    async () => {
      const estimate = await priceInline(`
Resources:
  Plain: { Type: AWS::SSM::Parameter, Properties: { Type: String, Value: x } }
  Big: { Type: AWS::SSM::Parameter, Properties: { Type: String, Value: x, Tier: Advanced } }
  Rewrite: { Type: AWS::CloudFront::Function, Properties: { Name: rewrite, FunctionCode: x, FunctionConfig: { Comment: c, \
Runtime: cloudfront-js-2.0 } } }
`);
      expect(resource(estimate, 'Plain')).toMatchObject({
        status: 'free',
        reason: 'Standard-tier parameters have no charge (standard throughput)',
      });
      expect(resource(estimate, 'Big')).toMatchObject({
        status: 'unsupported',
        reason: expect.stringMatching(/Advanced-tier parameter is billed per parameter-month.*no Systems Manager prices/),
      });
      expect(resource(estimate, 'Rewrite')).toMatchObject({
        status: 'unsupported',
        reason: expect.stringMatching(/billed per invocation; the AWS price data shipped with cdk-cost has no CloudFront Functions prices/),
      });
    },
  );

  it(
    'what the foundation called free but costs money is priced: Contributor Insights rules, metric filters, Cloud Map DNS ' +
      'namespaces, EventBridge archives, private certificates',
    async () => {
      const estimate = await priceInline(
        `
Resources:
  TopTalkers: { Type: AWS::CloudWatch::InsightRule, Properties: { RuleName: top, RuleState: ENABLED, RuleBody: '{}' } }
  Errors: { Type: AWS::Logs::MetricFilter, Properties: { LogGroupName: app, FilterPattern: ERROR, \
MetricTransformations: [{ MetricName: errors, MetricNamespace: App, MetricValue: '1', DefaultValue: 0 }, { MetricName: e2, \
MetricNamespace: App, MetricValue: '1' }] } }
  Namespace: { Type: AWS::ServiceDiscovery::PrivateDnsNamespace, Properties: { Name: svc.local, Vpc: vpc-1 } }
  HttpOnly: { Type: AWS::ServiceDiscovery::HttpNamespace, Properties: { Name: svc } }
  Archive: { Type: AWS::Events::Archive, Properties: { SourceArn: arn:aws:events:us-east-1:123456789012:event-bus/default } }
  Public: { Type: AWS::CertificateManager::Certificate, Properties: { DomainName: example.com } }
  Private: { Type: AWS::CertificateManager::Certificate, Properties: { DomainName: internal.example.com, \
CertificateAuthorityArn: arn:aws:acm-pca:us-east-1:123456789012:certificate-authority/x } }
`,
        { usage: { Archive: { monthlyArchivedGB: 10, storageGB: 50 } } },
      );
      expectLine(
        component(resource(estimate, 'TopTalkers'), 'Contributor Insights rule'),
        1,
        unit('AmazonCloudWatch', 'Contributor Insights CloudWatchLogs'),
      );
      expectLine(component(resource(estimate, 'Errors'), 'Custom metrics published'), 2, unit('AmazonCloudWatch', 'Metric'));
      expectLine(
        component(resource(estimate, 'Namespace'), 'Hosted zone Cloud Map creates'),
        1,
        unit('AmazonRoute53', ROUTE53_HOSTED_ZONE),
      );
      expect(resource(estimate, 'HttpOnly').status).toBe('free');
      expectLine(component(resource(estimate, 'Archive'), 'Events archived'), 10, unit('AWSEvents', 'CloudWatch Events Archive Event'));
      expectLine(component(resource(estimate, 'Archive'), 'Archive storage'), 50, unit('AWSEvents', 'CloudWatch Events Event Storage'));
      expect(resource(estimate, 'Public')).toMatchObject({ status: 'free', reason: 'public ACM certificates have no charge' });
      expect(resource(estimate, 'Private')).toMatchObject({
        status: 'unsupported',
        reason: expect.stringContaining('no AWS Private CA prices'),
      });
    },
  );

  it("a plain template's nested stack is unsupported, naming the template it could not read", async () => {
    const estimate = await priceInline(`
Resources:
  Network: { Type: AWS::CloudFormation::Stack, Properties: { TemplateURL: https://s3.amazonaws.com/bucket/network.yaml } }
`);
    expect(resource(estimate, 'Network')).toMatchObject({
      status: 'unsupported',
      reason: expect.stringMatching(
        new RegExp(
          String.raw`nested stack whose template \(https:\/\/s3\.amazonaws\.com\/bucket\/network\.yaml\) ` +
            'cdk-cost does not read: its resources are not priced',
        ),
      ),
    });
  });

  it('an unknown type is listed with the generic reason, and counts as not classified', async () => {
    const estimate = await priceInline(`
Resources:
  Thing: { Type: AWS::Made::Up }
  Q: { Type: AWS::SQS::Queue }
`);
    expect(resource(estimate, 'Thing')).toMatchObject({ status: 'unsupported', reason: NO_PRICER_YET });
    expect(estimate.coverage).toMatchObject({ classified: 1, costBearing: 2, costBearingPriced: 1 });
  });
});

describe('the known-free and known-unsupported lists', () => {
  const pricers = new PricerRegistry();
  const lists = [
    ['free', FREE_TYPES],
    ['unsupported', UNSUPPORTED_TYPES],
  ] as const;

  it.each(lists)('%s: every entry states a reason, once, and no pricer makes it dead', (_name, list) => {
    const types = list.map((r) => r.type);
    expect(types.filter((t, i) => types.indexOf(t) !== i)).toEqual([]);
    for (const rule of list) {
      expect(rule.reason.length, rule.type).toBeGreaterThan(5);
      if (!rule.type.includes('*'))
        expect(pricers.pricerFor(rule.type), `${rule.type} has a pricer: its entry is never used`).toBeUndefined();
    }
  });

  it('a type is never both known-free and known-unsupported', () => {
    for (const rule of UNSUPPORTED_TYPES.filter((r) => !r.type.includes('*'))) expect(freeReason(rule.type), rule.type).toBeUndefined();
    expect(unsupportedReason('AWS::ACMPCA::CertificateAuthority')).toMatch(/no AWS Private CA prices/);
    expect(unsupportedReason('AWS::Serverless::SomethingNew')).toMatch(/SAM resource type/);
  });

  it('what CDK commonly synthesizes is covered: IAM, networking plumbing, API Gateway parts, permissions, parameter groups', () => {
    for (const type of [
      'AWS::IAM::Role',
      'AWS::IAM::Policy',
      'AWS::IAM::InstanceProfile',
      'AWS::EC2::Subnet',
      'AWS::EC2::RouteTable',
      'AWS::EC2::SecurityGroupIngress',
      'AWS::EC2::VPCGatewayAttachment',
      'AWS::ApiGateway::Method',
      'AWS::ApiGateway::Resource',
      'AWS::ApiGateway::Deployment',
      'AWS::ApiGateway::DomainName',
      'AWS::Lambda::Permission',
      'AWS::Lambda::EventSourceMapping',
      'AWS::RDS::DBSubnetGroup',
      'AWS::RDS::DBParameterGroup',
      'AWS::ElastiCache::SubnetGroup',
      'AWS::CodeDeploy::DeploymentGroup',
      'AWS::StepFunctions::StateMachineVersion',
      'AWS::Logs::DeliverySource',
    ]) {
      expect(freeReason(type), type).toBeDefined();
    }
  });
});
