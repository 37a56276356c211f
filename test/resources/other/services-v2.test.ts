/**
 * Directory Service (Managed Microsoft AD: 2 domain controllers by edition; Simple AD by size), ECR
 * storage, Transfer Family (endpoint-hours per protocol, data up/down), Network Firewall (endpoint per
 * subnet mapping, traffic processed), Cloud Map (registered instances, discovery calls) and X-Ray on
 * traced Lambda functions and API Gateway stages (traces = requests × sampling; AWS's default rule
 * 1 request/s + 5% of the rest). Expected costs are quantities × the snapshot's unit prices.
 */
import { describe, expect, it } from 'vitest';
import { defaultRuleTraces } from '../../../lib/resources/core/xray-traces.js';
import { component, d, expectLine, priceInline, resource, unit } from '../price-inline.js';

describe('AWS::DirectoryService::MicrosoftAD and SimpleAD', () => {
  it('Standard and Enterprise: 2 domain controllers × 730 h; Simple AD Small and Large per directory-hour', async () => {
    const estimate = await priceInline(`
Resources:
  Std:
    Type: AWS::DirectoryService::MicrosoftAD
    Properties: { Name: a.example.com, Password: p, Edition: Standard, VpcSettings: { SubnetIds: [a, b], VpcId: v } }
  Ent:
    Type: AWS::DirectoryService::MicrosoftAD
    Properties: { Name: b.example.com, Password: p, VpcSettings: { SubnetIds: [a, b], VpcId: v } }
  Small:
    Type: AWS::DirectoryService::SimpleAD
    Properties: { Name: c.example.com, Size: Small, VpcSettings: { SubnetIds: [a, b], VpcId: v } }
  Large:
    Type: AWS::DirectoryService::SimpleAD
    Properties: { Name: d.example.com, Size: Large, VpcSettings: { SubnetIds: [a, b], VpcId: v } }
`);
    const ds = 'AWSDirectoryService';
    const dc = (edition: string) => unit(ds, `${edition} Domain Controller for Microsoft Active Directory`);
    expectLine(component(resource(estimate, 'Std'), 'Domain controllers (2 × Standard)'), 1460, dc('Standard'));
    expectLine(component(resource(estimate, 'Ent'), 'Domain controllers (2 × Enterprise)'), 1460, dc('Enterprise'));
    expectLine(component(resource(estimate, 'Small'), 'Simple AD directory (Small)'), 730, unit(ds, 'Small Simple AD or AD Connector'));
    expectLine(component(resource(estimate, 'Large'), 'Simple AD directory (Large)'), 730, unit(ds, 'Large Simple AD'));
  });
});

describe('AWS::ECR::Repository', () => {
  it('image storage per GB-month from usage', async () => {
    const repo = resource(
      await priceInline(
        `
Resources:
  Repo: { Type: AWS::ECR::Repository }
`,
        { usage: { Repo: { storageGB: 42 } } },
      ),
      'Repo',
    );
    expectLine(component(repo, 'Image storage'), 42, unit('AmazonECR', 'EC2 Container Registry'));
  });
});

describe('AWS::Transfer::Server', () => {
  it("one endpoint per protocol; data uploaded and downloaded at the first file protocol's rates", async () => {
    const s = resource(
      await priceInline(
        `
Resources:
  Sftp: { Type: AWS::Transfer::Server, Properties: { Protocols: [SFTP, FTPS], Domain: S3 } }
`,
        { usage: { Sftp: { monthlyUploadGB: 100, monthlyDownloadGB: 50 } } },
      ),
      'Sftp',
    );
    expectLine(component(s, 'SFTP endpoint'), 730, unit('AWSTransfer', 'Transfer SFTP per Hourly'));
    expectLine(component(s, 'FTPS endpoint'), 730, unit('AWSTransfer', 'Transfer FTPS per Hourly'));
    expectLine(component(s, 'Data uploaded (SFTP)'), 100, unit('AWSTransfer', 'Transfer SFTP Upload per GB'));
    expectLine(component(s, 'Data downloaded (SFTP)'), 50, unit('AWSTransfer', 'Transfer SFTP Download per GB'));
  });

  it('defaults to SFTP; users are free', async () => {
    const estimate = await priceInline(`
Resources:
  Server: { Type: AWS::Transfer::Server }
  User: { Type: AWS::Transfer::User, Properties: { ServerId: !GetAtt Server.ServerId, UserName: u, Role: arn:aws:iam::1:role/r } }
`);
    expectLine(component(resource(estimate, 'Server'), 'SFTP endpoint'), 730, unit('AWSTransfer', 'Transfer SFTP per Hourly'));
    expect(resource(estimate, 'User').status).toBe('free');
  });
});

describe('AWS::NetworkFirewall::Firewall', () => {
  it('an endpoint per subnet mapping and the traffic processed; the policy is free', async () => {
    const estimate = await priceInline(
      `
Resources:
  Policy:
    Type: AWS::NetworkFirewall::FirewallPolicy
    Properties:
      FirewallPolicyName: p
      FirewallPolicy: { StatelessDefaultActions: [aws:pass], StatelessFragmentDefaultActions: [aws:pass] }
  Fw:
    Type: AWS::NetworkFirewall::Firewall
    Properties:
      FirewallName: f
      FirewallPolicyArn: !Ref Policy
      VpcId: vpc-1
      SubnetMappings: [{ SubnetId: subnet-a }, { SubnetId: subnet-b }, { SubnetId: subnet-c }]
`,
      { usage: { Fw: { monthlyDataProcessedGB: 2000 } } },
    );
    const fw = resource(estimate, 'Fw');
    expectLine(component(fw, 'Firewall endpoints (3)'), 2190, unit('AWSNetworkFirewall', 'AWS Firewall per Endpoint'));
    expectLine(component(fw, 'Traffic processed'), 2000, unit('AWSNetworkFirewall', 'AWS Firewall per Throughput'));
    expect(resource(estimate, 'Policy').status).toBe('free');
  });
});

describe('AWS::ServiceDiscovery::Service and Instance', () => {
  it('registered instances and discovery calls from usage; a declared instance is one registered resource', async () => {
    const estimate = await priceInline(
      `
Resources:
  Ns: { Type: AWS::ServiceDiscovery::HttpNamespace, Properties: { Name: n } }
  Svc: { Type: AWS::ServiceDiscovery::Service, Properties: { Name: s, NamespaceId: !Ref Ns } }
  Inst: { Type: AWS::ServiceDiscovery::Instance, Properties: { ServiceId: !Ref Svc, InstanceAttributes: { AWS_INSTANCE_IPV4: 10.0.0.1 } } }
`,
      { usage: { Svc: { registeredInstances: 12, monthlyLookups: 3000000 } } },
    );
    const svc = resource(estimate, 'Svc');
    expectLine(component(svc, 'Registered instances'), 12, unit('AWSCloudMap', 'Resource'));
    expectLine(component(svc, 'Discovery API calls'), 3000000, unit('AWSCloudMap', 'API Call'));
    expectLine(component(resource(estimate, 'Inst'), 'Registered instance'), 1, unit('AWSCloudMap', 'Resource'));
    expect(resource(estimate, 'Ns').status).toBe('free');
  });
});

describe('X-Ray traces of traced Lambda functions and API Gateway stages', () => {
  const fn = (tracing: string) => `
Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      { Runtime: nodejs20.x, Handler: i.h, Role: arn:aws:iam::1:role/r, Code: { ZipFile: x }, TracingConfig: { Mode: ${tracing} } }
`;

  it('default rule: 10 M requests in a 730-hour month → 2,628,000 (1/s) + 5% of the other 7,372,000 = 2,996,600 traces', async () => {
    expect(defaultRuleTraces(d(10000000)).toFixed()).toBe('2996600');
    const f = resource(await priceInline(fn('Active'), { usage: { Fn: { monthlyRequests: 10000000, avgDurationMs: 100 } } }), 'Fn');
    expectLine(component(f, 'X-Ray traces recorded'), 2996600, unit('AWSXRay', 'Traces Stored'));
  });

  it('below one request a second every request is traced; an explicit sampling rate wins; PassThrough records none', async () => {
    const low = resource(await priceInline(fn('Active'), { usage: { Fn: { monthlyRequests: 1000000, avgDurationMs: 100 } } }), 'Fn');
    expectLine(component(low, 'X-Ray traces recorded'), 1000000, unit('AWSXRay', 'Traces Stored'));
    const sampled = resource(
      await priceInline(fn('Active'), {
        usage: {
          Fn: { monthlyRequests: 1e6, avgDurationMs: 100, xraySamplingRate: 0.1, xrayTracesRetrieved: 5000, xrayTracesScanned: 2e5 },
        },
      }),
      'Fn',
    );
    expectLine(component(sampled, 'X-Ray traces recorded'), 100000, unit('AWSXRay', 'Traces Stored'));
    expectLine(component(sampled, 'X-Ray traces retrieved'), 5000, unit('AWSXRay', 'Traces Retrieved'));
    expectLine(component(sampled, 'X-Ray traces scanned'), 200000, unit('AWSXRay', 'Traces Scanned'));
    const off = resource(await priceInline(fn('PassThrough'), { usage: { Fn: { monthlyRequests: 1000000, avgDurationMs: 100 } } }), 'Fn');
    expect(off.components.some((c) => c.name.startsWith('X-Ray'))).toBe(false);
  });

  it('an API Gateway stage with TracingEnabled is no longer free: its traces wait for monthlyRequests', async () => {
    const stage = `
Resources:
  Api: { Type: AWS::ApiGateway::RestApi, Properties: { Name: a } }
  Stage: { Type: AWS::ApiGateway::Stage, Properties: { RestApiId: !Ref Api, DeploymentId: d, StageName: prod, TracingEnabled: true } }
`;
    const missing = resource(await priceInline(stage), 'Stage');
    expect(missing.status).toBe('usage-missing');
    expect(missing.missingUsage).toEqual(['monthlyRequests']);
    const priced = resource(await priceInline(stage, { usage: { Stage: { monthlyRequests: 2000000 } } }), 'Stage');
    expectLine(component(priced, 'X-Ray traces recorded'), 2000000, unit('AWSXRay', 'Traces Stored'));
  });
});
