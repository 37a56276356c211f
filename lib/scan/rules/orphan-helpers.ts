/**
 * What orphan rules share: the resource types that cost nothing by themselves (not worth a finding),
 * and finding a live resource by ARN in the loaded inventory.
 */
import { freeReason } from '../../resources/free-types.js';
import type { LiveResource } from '../types.js';
import type { RegionData } from './rule.js';

export function costsNothing(type: string): boolean {
  return freeReason(type) !== undefined;
}

const inventoryIndexes = new WeakMap<RegionData, Map<string, LiveResource>>();

/** id, every physical id, and the ARN's last segment → resource, over all loaded inventories. */
export function inventoryIndex(data: RegionData): Map<string, LiveResource> {
  let index = inventoryIndexes.get(data);
  if (!index) {
    index = new Map();
    for (const r of data.inventory()) for (const id of [r.id, ...r.physicalIds]) if (!index.has(id)) index.set(id, r);
    inventoryIndexes.set(data, index);
  }
  return index;
}

export function findByArn(data: RegionData, arn: string): LiveResource | undefined {
  const index = inventoryIndex(data);
  return index.get(arn) ?? index.get(arnResourceId(arn));
}

/** "arn:aws:ec2:r:a:volume/vol-1" → "vol-1"; "arn:aws:sns:r:a:topic" → "topic". */
export function arnResourceId(arn: string): string {
  const resource = arn.split(':').slice(5).join(':');
  const slash = resource.indexOf('/');
  return slash >= 0 ? resource.slice(resource.lastIndexOf('/') + 1) : resource.slice(resource.lastIndexOf(':') + 1);
}

/** CloudFormation type for a tagged ARN the inventory does not cover (so the finding can name it). */
const ARN_TYPES: Record<string, string> = {
  'ec2:volume': 'AWS::EC2::Volume',
  'ec2:instance': 'AWS::EC2::Instance',
  'ec2:natgateway': 'AWS::EC2::NatGateway',
  'ec2:elastic-ip': 'AWS::EC2::EIP',
  'ec2:vpc': 'AWS::EC2::VPC',
  'ec2:subnet': 'AWS::EC2::Subnet',
  'ec2:security-group': 'AWS::EC2::SecurityGroup',
  'ec2:route-table': 'AWS::EC2::RouteTable',
  'ec2:internet-gateway': 'AWS::EC2::InternetGateway',
  'ec2:network-interface': 'AWS::EC2::NetworkInterface',
  'ec2:network-acl': 'AWS::EC2::NetworkAcl',
  'ec2:launch-template': 'AWS::EC2::LaunchTemplate',
  'ec2:vpc-endpoint': 'AWS::EC2::VPCEndpoint',
  'secretsmanager:secret': 'AWS::SecretsManager::Secret',
  'states:stateMachine': 'AWS::StepFunctions::StateMachine',
  'events:event-bus': 'AWS::Events::EventBus',
  'events:rule': 'AWS::Events::Rule',
  'ecs:cluster': 'AWS::ECS::Cluster',
  'ecs:service': 'AWS::ECS::Service',
  'ecr:repository': 'AWS::ECR::Repository',
  'efs:file-system': 'AWS::EFS::FileSystem',
  'iam:role': 'AWS::IAM::Role',
  'cloudwatch:alarm': 'AWS::CloudWatch::Alarm',
  'ssm:parameter': 'AWS::SSM::Parameter',
};

export function typeFromArn(arn: string): string {
  const [, , service = '', , , ...rest] = arn.split(':');
  const resource = rest.join(':');
  const kind = resource.split(/[/:]/)[0] ?? '';
  return ARN_TYPES[`${service}:${kind}`] ?? `${service}:${kind}`;
}
