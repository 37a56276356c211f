/**
 * Issue 13/14 on network pricers: public IPv4 addresses of internet-facing load balancers and NAT
 * gateways (and the scan's NAT finding), Route 53 routed-query record sets, and data transfer out
 * of responses (REST API, ALB, CloudFront) from avgResponseSizeKB.
 */
import { describe, expect, it } from 'vitest';
import { natGatewayProperties } from '../../../lib/scan/datasets/ec2-nat-gateways.js';
import { FindingPricer } from '../../../lib/scan/engine/price-findings.js';
import { scanPricers } from '../../../lib/scan/pricers/scan-pricers.js';
import { liveResource } from '../../../lib/scan/datasets/dataset.js';
import { ROUTE53_ROUTED_QUERIES, cloudFrontDataOutKey } from '../../../lib/pricing/global-price-keys.js';
import { DATA_TRANSFER_OUT_TO_INTERNET } from '../../../lib/pricing/catalog-keys.js';
import { book, component, d, expectLine, priceInline, resource, unit } from '../price-inline.js';

const IPV4 = (): ReturnType<typeof unit> => unit('AmazonVPC', 'Hourly charge for In use Public IPv4 Addresses per Hrs');

describe('public IPv4 addresses of load balancers and NAT gateways', () => {
  it('an internet-facing ALB/NLB holds one per subnet; internal, dual-stack without IPv4 and EIP mappings add none here', async () => {
    // Amazon VPC pricing: every public IPv4 address is billed per hour; an internet-facing load
    // balancer holds one per Availability Zone it is enabled in (AWS News Blog, public IPv4 charge).
    const estimate = await priceInline(`
Resources:
  Alb: { Type: AWS::ElasticLoadBalancingV2::LoadBalancer, Properties: { Subnets: [subnet-1, subnet-2, subnet-3] } }
  Internal: { Type: AWS::ElasticLoadBalancingV2::LoadBalancer, Properties: { Scheme: internal, Subnets: [subnet-1, subnet-2] } }
  NoV4: { Type: AWS::ElasticLoadBalancingV2::LoadBalancer, Properties: { IpAddressType: dualstack-without-public-ipv4, \
Subnets: [subnet-1, subnet-2] } }
  Ip: { Type: AWS::EC2::EIP, Properties: { Domain: vpc } }
  Nlb:
    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
    Properties: { Type: network, SubnetMappings: [{ SubnetId: subnet-1, AllocationId: !GetAtt Ip.AllocationId }, { SubnetId: subnet-2 }] }
`);
    expectLine(component(resource(estimate, 'Alb'), 'Public IPv4 addresses'), 3 * 730, IPV4());
    for (const id of ['Internal', 'NoV4']) {
      expect(
        resource(estimate, id).components.some((c) => c.name.startsWith('Public IPv4')),
        id,
      ).toBe(false);
    }
    expectLine(component(resource(estimate, 'Nlb'), 'Public IPv4 address ('), 730, IPV4());
  });

  it('a NAT gateway prices its address unless an EIP in the template does; the scan finding includes it', async () => {
    const estimate = await priceInline(`
Resources:
  Ip: { Type: AWS::EC2::EIP, Properties: { Domain: vpc } }
  WithEip: { Type: AWS::EC2::NatGateway, Properties: { SubnetId: subnet-1, AllocationId: !GetAtt Ip.AllocationId } }
  Literal: { Type: AWS::EC2::NatGateway, Properties: { SubnetId: subnet-1, AllocationId: eipalloc-1, \
SecondaryAllocationIds: [eipalloc-2] } }
  Private: { Type: AWS::EC2::NatGateway, Properties: { SubnetId: subnet-1, ConnectivityType: private } }
`);
    expect(resource(estimate, 'WithEip').components.some((c) => c.name.startsWith('Public IPv4'))).toBe(false);
    expect(resource(estimate, 'WithEip').notes.join('\n')).toContain('priced on the AWS::EC2::EIP');
    expectLine(component(resource(estimate, 'Literal'), 'Public IPv4 addresses'), 2 * 730, IPV4());
    expect(resource(estimate, 'Private').components.some((c) => c.name.startsWith('Public IPv4'))).toBe(false);

    // The scan's idle-NAT finding goes through the same pricer: its address hours are part of the cost.
    const props = natGatewayProperties({
      ConnectivityType: 'public',
      NatGatewayAddresses: [{ AllocationId: 'eipalloc-9', PublicIp: '3.3.3.3', IsPrimary: true }],
    });
    const pricer = new FindingPricer(book, scanPricers());
    const nat = liveResource({ id: 'nat-1', name: 'nat-1', type: 'AWS::EC2::NatGateway', region: 'us-east-1', properties: props });
    const finding = {
      rules: [],
      resource: nat,
      evidence: [],
      actions: [],
      usage: { monthlyDataProcessedGB: { value: 0, explanation: 'idle' } },
    };
    await pricer.prepare([finding]);
    const priced = pricer.price(finding);
    const expected = d(730).times(unit('AmazonEC2', 'Hourly charge for NAT Gateways')).plus(d(730).times(IPV4()));
    expect(priced.cost.monthly).toBe(expected.toFixed());
  });
});

describe('Route 53 routed queries', () => {
  it(
    'latency, geolocation, geoproximity and IP-based records price monthlyQueries at their own rate; ' +
      'alias and simple records are free',
    async () => {
      // Route 53 pricing, "Queries": latency-based, geo DNS, geoproximity and IP-based routing queries
      // each have their own per-million rate (first billion, then over); alias queries to AWS resources are free.
      const estimate = await priceInline(
        `
Resources:
  Latency: { Type: AWS::Route53::RecordSet, Properties: { HostedZoneId: Z1, Name: a.example.com, Type: A, Region: us-east-1, \
SetIdentifier: use1, ResourceRecords: [1.2.3.4], TTL: '60' } }
  Geo: { Type: AWS::Route53::RecordSet, Properties: { HostedZoneId: Z1, Name: b.example.com, Type: A, GeoLocation: { ContinentCode: EU }, \
SetIdentifier: eu, ResourceRecords: [1.2.3.4], TTL: '60' } }
  Group:
    Type: AWS::Route53::RecordSetGroup
    Properties:
      HostedZoneId: Z1
      RecordSets:
        - { Name: c.example.com, Type: A, CidrRoutingConfig: { CollectionId: c-1, LocationName: office }, SetIdentifier: o, \
ResourceRecords: [1.2.3.4], TTL: '60' }
  Alias: { Type: AWS::Route53::RecordSet, Properties: { HostedZoneId: Z1, Name: d.example.com, Type: A, Region: us-east-1, \
SetIdentifier: x, AliasTarget: { DNSName: lb.amazonaws.com, HostedZoneId: Z2 } } }
  Simple: { Type: AWS::Route53::RecordSet, Properties: { HostedZoneId: Z1, Name: e.example.com, Type: A, ResourceRecords: [1.2.3.4], \
TTL: '60' } }
`,
        { usage: { Latency: { monthlyQueries: 5000000 }, Geo: { monthlyQueries: 1000000 }, Group: { monthlyQueries: 2000000 } } },
      );
      expectLine(
        component(resource(estimate, 'Latency'), 'Latency-based routing queries'),
        5000000,
        unit('AmazonRoute53', ROUTE53_ROUTED_QUERIES.latency),
      );
      expectLine(
        component(resource(estimate, 'Geo'), 'Geolocation routing queries'),
        1000000,
        unit('AmazonRoute53', ROUTE53_ROUTED_QUERIES.geolocation),
      );
      expectLine(
        component(resource(estimate, 'Group'), 'IP-based routing queries'),
        2000000,
        unit('AmazonRoute53', ROUTE53_ROUTED_QUERIES.ipBased),
      );
      expect(resource(estimate, 'Alias').status).toBe('free');
      expect(resource(estimate, 'Simple').status).toBe('free');
      expect(unit('AmazonRoute53', ROUTE53_ROUTED_QUERIES.geoproximity).gt(0)).toBe(true);
    },
  );
});

describe('data transfer out of responses', () => {
  it('REST API and ALB: requests × avgResponseSizeKB, at the data transfer out rate', async () => {
    // API Gateway pricing: data transferred out is charged at EC2 data transfer rates; ALB responses too.
    const estimate = await priceInline(
      `
Resources:
  Api: { Type: AWS::ApiGateway::RestApi, Properties: { Name: api } }
  Alb: { Type: AWS::ElasticLoadBalancingV2::LoadBalancer, Properties: { Scheme: internal, Subnets: [subnet-1, subnet-2] } }
`,
      { usage: { Api: { monthlyRequests: 1048576, avgResponseSizeKB: 10 }, Alb: { monthlyRequests: 2097152, avgResponseSizeKB: 5 } } },
    );
    expectLine(
      component(resource(estimate, 'Api'), 'Data transfer out to the internet (responses)'),
      10,
      unit('AWSDataTransfer', DATA_TRANSFER_OUT_TO_INTERNET),
    );
    expectLine(
      component(resource(estimate, 'Alb'), 'Data transfer out to the internet (responses)'),
      10,
      unit('AWSDataTransfer', DATA_TRANSFER_OUT_TO_INTERNET),
    );
  });

  it("CloudFront: HTTP and HTTPS requests × avgResponseSizeKB at the edges' data out rate; monthlyDataTransferOutGB wins", async () => {
    // CloudFront pricing: data transfer out to the internet is billed per GB of responses served by the edges.
    const estimate = await priceInline(
      `
Resources:
  Cdn: { Type: AWS::CloudFront::Distribution, Properties: { DistributionConfig: { Enabled: true } } }
  Given: { Type: AWS::CloudFront::Distribution, Properties: { DistributionConfig: { Enabled: true } } }
`,
      {
        usage: {
          Cdn: { monthlyHttpsRequests: 3145728, monthlyHttpRequests: 1048576, avgResponseSizeKB: 50 },
          Given: { monthlyHttpsRequests: 1000, monthlyDataTransferOutGB: 7, avgResponseSizeKB: 50 },
        },
      },
    );
    const out = component(resource(estimate, 'Cdn'), 'Data transfer out to viewers');
    // (3,145,728 + 1,048,576) requests × 50 KB ÷ 1,048,576 KB per GB = 200 GB, at the United States edges' first tier.
    const usEdges = unit('AmazonCloudFront', cloudFrontDataOutKey('United States'));
    expectLine(out, 200, usEdges);
    expect(out.formula).toMatch(/^4,194,304 requests × 50 KB ÷ 1,048,576 KB\/GB/);
    expectLine(component(resource(estimate, 'Given'), 'Data transfer out to viewers'), 7, usEdges);
  });
});
