/**
 * Network pricers: VPC endpoints (interface hours per AZ + tiered data processed; gateway free),
 * load balancers (hours + capacity units as AWS computes them: the largest dimension), Classic ELB,
 * NAT gateways and Elastic IPs, data transfer out as a usage-only line.
 */
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../../lib/money.js';
import { bound, component, d, expectLine, priceInline, resource, unit } from '../price-inline.js';

const VPC = 'AmazonVPC';
const ELB = 'AWSELB';

describe('AWS::EC2::VPCEndpoint', () => {
  const endpoints = `
Resources:
  A: { Type: AWS::EC2::Subnet, Properties: { VpcId: vpc-1, CidrBlock: 10.0.0.0/24 } }
  B: { Type: AWS::EC2::Subnet, Properties: { VpcId: vpc-1, CidrBlock: 10.0.1.0/24 } }
  C: { Type: AWS::EC2::Subnet, Properties: { VpcId: vpc-1, CidrBlock: 10.0.2.0/24 } }
  Ecr:
    Type: AWS::EC2::VPCEndpoint
    Properties: { VpcId: vpc-1, VpcEndpointType: Interface, ServiceName: !Sub 'com.amazonaws.\${AWS::Region}.ecr.api', \
SubnetIds: [!Ref A, !Ref B, !Ref C] }
  S3:
    Type: AWS::EC2::VPCEndpoint
    Properties: { VpcId: vpc-1, ServiceName: com.amazonaws.us-east-1.s3, RouteTableIds: [rtb-1] }
  Imported:
    Type: AWS::EC2::VPCEndpoint
    Properties: { VpcId: vpc-1, VpcEndpointType: Interface, ServiceName: com.amazonaws.us-east-1.sqs, \
SubnetIds: !Split [',', !ImportValue private-subnets] }
`;

  it('prices an interface endpoint per AZ (one per subnet) and its data processed', async () => {
    const estimate = await priceInline(endpoints, { usage: { Ecr: { monthlyDataProcessedGB: 5000 } } });
    const ecr = resource(estimate, 'Ecr');
    const hours = component(ecr, 'Endpoint hours (ecr.api, 3 AZs)');
    expectLine(hours, 3 * 730, unit(VPC, 'Hourly charge for VPC Endpoints per Hrs'));
    expectLine(component(ecr, 'Data processed'), 5000, unit(VPC, 'VPC Endpoint Data Processed'));
  });

  it('crosses the data-processed tier boundary (1 PB) at the next tier price', async () => {
    const first = bound(VPC, 'VPC Endpoint Data Processed', 0);
    const gb = first.plus(1000);
    const ecr = resource(await priceInline(endpoints, { usage: { Ecr: { monthlyDataProcessedGB: gb.toNumber() } } }), 'Ecr');
    const line = component(ecr, 'Data processed');
    expect(line.monthly).toBe(
      first
        .times(unit(VPC, 'VPC Endpoint Data Processed', 'us-east-1', 0))
        .plus(d(1000).times(unit(VPC, 'VPC Endpoint Data Processed', 'us-east-1', 1)))
        .toFixed(),
    );
    expect(line.tiers!.map((t) => t.quantity)).toEqual([first.toFixed(), '1000']);
  });

  it('is free as a gateway endpoint (the default type), and lists data processed as usage missing otherwise', async () => {
    const estimate = await priceInline(endpoints);
    expect(resource(estimate, 'S3').status).toBe('free');
    expect(resource(estimate, 'S3').reason).toBe('gateway endpoints (s3) have no charge');
    expect(resource(estimate, 'Ecr').missingUsage).toEqual(['monthlyDataProcessedGB']);
    const imported = resource(estimate, 'Imported');
    expect(imported.notes.join('\n')).toContain('number of Availability Zones is unknown, priced for 1');
    expectLine(component(imported, 'Endpoint hours'), 730, unit(VPC, 'Hourly charge for VPC Endpoints per Hrs'));
  });
});

describe('AWS::ElasticLoadBalancingV2::LoadBalancer', () => {
  const lbs = `
Resources:
  Alb:
    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
    Properties: { Scheme: internet-facing, Subnets: [subnet-1, subnet-2] }
  Nlb:
    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
    Properties: { Type: network, Subnets: [subnet-1] }
  TlsListener:
    Type: AWS::ElasticLoadBalancingV2::Listener
    Properties: { LoadBalancerArn: !Ref Nlb, Protocol: TLS, Port: 443, DefaultActions: [] }
  Gwlb:
    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
    Properties: { Type: gateway, Subnets: [subnet-1] }
`;

  it('bills ALB LCUs by the largest dimension: here processed bytes', async () => {
    // 2,190 GB/month = 3 GB/hour = 3 LCU; 50 new/s = 2 LCU; 6,000 active/min = 2 LCU; 1,500 rules/s = 1.5 LCU.
    const alb = resource(
      await priceInline(lbs, {
        usage: {
          Alb: { newConnectionsPerSecond: 50, activeConnectionsPerMinute: 6000, monthlyProcessedGB: 2190, ruleEvaluationsPerSecond: 1500 },
        },
      }),
      'Alb',
    );
    expectLine(component(alb, 'Application load balancer hours'), 730, unit(ELB, 'Application Load Balancer Hours'));
    const lcu = component(alb, 'Application load balancer capacity units (LCU)');
    expectLine(lcu, 3 * 730, unit(ELB, 'Application Load Balancer LCU Hours'));
    expect(lcu.formula).toContain('= 3 per hour × 730 h');
    // Internet-facing in two subnets: one public IPv4 address per AZ (Amazon VPC pricing, public IPv4).
    expectLine(
      component(alb, 'Public IPv4 addresses'),
      2 * 730,
      unit('AmazonVPC', 'Hourly charge for In use Public IPv4 Addresses per Hrs'),
    );
    expect(alb.monthly).toBe(
      d(730)
        .times(unit(ELB, 'Application Load Balancer Hours'))
        .plus(d(2190).times(unit(ELB, 'Application Load Balancer LCU Hours')))
        .plus(d(1460).times(unit('AmazonVPC', 'Hourly charge for In use Public IPv4 Addresses per Hrs')))
        .toFixed(),
    );
  });

  it('bills ALB LCUs by new connections when they dominate, from the dimensions given (said in a note)', async () => {
    const alb = resource(await priceInline(lbs, { usage: { Alb: { newConnectionsPerSecond: 100, monthlyProcessedGB: 730 } } }), 'Alb');
    expectLine(component(alb, 'Application load balancer capacity units'), 4 * 730, unit(ELB, 'Application Load Balancer LCU Hours'));
    expect(alb.notes.join('\n')).toContain('capacity units from newConnectionsPerSecond, monthlyProcessedGB');
    expect(alb.missingUsage).toEqual([]);
  });

  it('uses the smaller TLS unit for an NLB with a TLS listener, and prices a GWLB', async () => {
    // TLS NLCU: 50 new connections/s. 100/s = 2 NLCU (TCP would be 0.125).
    const estimate = await priceInline(lbs, { usage: { Nlb: { newConnectionsPerSecond: 100 }, Gwlb: { monthlyProcessedGB: 7300 } } });
    const nlb = resource(estimate, 'Nlb');
    expectLine(component(nlb, 'Network load balancer hours'), 730, unit(ELB, 'Network Load Balancer Hours'));
    expectLine(component(nlb, 'Network load balancer capacity units (NLCU)'), 2 * 730, unit(ELB, 'Network Load Balancer LCU Hours'));
    const gwlb = resource(estimate, 'Gwlb');
    expectLine(component(gwlb, 'Gateway load balancer hours'), 730, unit(ELB, 'Gateway Load Balancer Hours'));
    expectLine(component(gwlb, 'Gateway load balancer capacity units (GLCU)'), 10 * 730, unit(ELB, 'Gateway Load Balancer LCU Hours'));
  });

  it('keeps the hours and lists the traffic dimensions as missing without usage', async () => {
    const alb = resource(await priceInline(lbs), 'Alb');
    expect(alb.status).toBe('priced');
    expect(component(alb, 'Application load balancer capacity units').status).toBe('usage-missing');
    expect(alb.missingUsage).toEqual([
      'activeConnectionsPerMinute',
      'monthlyProcessedGB',
      'newConnectionsPerSecond',
      'ruleEvaluationsPerSecond',
    ]);
    expect(alb.monthly).toBe(
      d(730)
        .times(unit(ELB, 'Application Load Balancer Hours'))
        .plus(d(1460).times(unit('AmazonVPC', 'Hourly charge for In use Public IPv4 Addresses per Hrs')))
        .toFixed(),
    );
  });
});

describe('AWS::ElasticLoadBalancing::LoadBalancer (Classic)', () => {
  it('prices hours and data processed', async () => {
    const clb = resource(
      await priceInline(
        `
Resources:
  Clb:
    Type: AWS::ElasticLoadBalancing::LoadBalancer
    Properties: { AvailabilityZones: !GetAZs '', Listeners: [{ LoadBalancerPort: '80', InstancePort: '80', Protocol: HTTP }] }
`,
        { usage: { Clb: { monthlyProcessedGB: 300 } } },
      ),
      'Clb',
    );
    expectLine(component(clb, 'Classic load balancer hours'), 730, unit(ELB, 'Classic Load Balancer Hours'));
    expectLine(component(clb, 'Data processed'), 300, unit(ELB, 'Classic Load Balancer Data'));
  });
});

describe('AWS::EC2::NatGateway and AWS::EC2::EIP', () => {
  const nat = `
Resources:
  Eip: { Type: AWS::EC2::EIP, Properties: { Domain: vpc } }
  Nat:
    Type: AWS::EC2::NatGateway
    Properties: { AllocationId: !GetAtt Eip.AllocationId, SubnetId: subnet-1 }
  Private:
    Type: AWS::EC2::NatGateway
    Properties: { ConnectivityType: private, SubnetId: subnet-2 }
`;
  it('prices hours, data processed and, when given, the data it sends to the internet', async () => {
    const estimate = await priceInline(nat, { usage: { Nat: { monthlyDataProcessedGB: 400, monthlyDataTransferOutGB: 150 } } });
    const gw = resource(estimate, 'Nat');
    expectLine(component(gw, 'NAT gateway hours'), 730, unit('AmazonEC2', 'Hourly charge for NAT Gateways'));
    expectLine(component(gw, 'Data processed'), 400, unit('AmazonEC2', 'Charge for per GB data processed by NatGateways'));
    expectLine(component(gw, 'Data transfer out to the internet'), 150, unit('AWSDataTransfer', 'DataTransfer Out to Internet'));
    expectLine(
      component(resource(estimate, 'Eip'), 'Public IPv4 address hours'),
      730,
      unit(VPC, 'Hourly charge for In use Public IPv4 Addresses per Hrs'),
    );
    const priv = resource(estimate, 'Private');
    expect(priv.components.map((c) => c.name)).toEqual(['NAT gateway hours (private)', 'Data processed']);
  });

  it('lists data processed as missing usage and adds no data-transfer line without it', async () => {
    const gw = resource(await priceInline(nat), 'Nat');
    expect(gw.missingUsage).toEqual(['monthlyDataProcessedGB']);
    expect(gw.components.some((c) => c.name.startsWith('Data transfer'))).toBe(false);
  });
});

describe('data transfer out to the internet', () => {
  it('is tiered at the 10 TB boundary the same way on every resource that accepts it', async () => {
    const gb = new Decimal(12000);
    const estimate = await priceInline(
      `
Resources:
  Alb:
    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
    Properties: { Subnets: [subnet-1] }
`,
      { usage: { Alb: { monthlyDataTransferOutGB: gb.toNumber() } } },
    );
    const line = component(resource(estimate, 'Alb'), 'Data transfer out to the internet');
    const first = bound('AWSDataTransfer', 'DataTransfer Out to Internet', 0);
    expect(line.price!.serviceCode).toBe('AWSDataTransfer');
    expect(line.monthly).toBe(
      first
        .times(unit('AWSDataTransfer', 'DataTransfer Out to Internet', 'us-east-1', 0))
        .plus(gb.minus(first).times(unit('AWSDataTransfer', 'DataTransfer Out to Internet', 'us-east-1', 1)))
        .toFixed(),
    );
  });
});
