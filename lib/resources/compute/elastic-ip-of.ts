/**
 * The Elastic IP associated with an instance in the same stack: an AWS::EC2::EIP whose InstanceId
 * points at it, or an AWS::EC2::EIPAssociation (InstanceId) naming an allocation. EC2 releases an
 * instance's auto-assigned public IPv4 address when an Elastic IP is associated with it, so the
 * instance then holds one public address: the Elastic IP.
 */
import type { Architecture, ResourceModel } from '../../model/architecture.js';
import { referencedResource, referencing } from '../../model/find-resources.js';

export interface AssociatedElasticIp {
  /** The AWS::EC2::EIP in the template that prices the address, when there is one. */
  pricedOn?: string;
  /** What associates it ("EIPAssociation Assoc"), for notes. */
  via: string;
}

export function elasticIpOf(architecture: Architecture, instance: ResourceModel): AssociatedElasticIp | undefined {
  const eip = referencing(architecture, instance, 'AWS::EC2::EIP', 'InstanceId')[0];
  if (eip) return { pricedOn: eip.logicalId, via: `EIP ${eip.logicalId} (InstanceId)` };
  const association = referencing(architecture, instance, 'AWS::EC2::EIPAssociation', 'InstanceId')[0];
  if (!association) return undefined;
  const props = association.properties;
  const allocated = referencedResource(architecture, association, props.AllocationId ?? props.EIP);
  const via = `EIPAssociation ${association.logicalId}`;
  return allocated?.type === 'AWS::EC2::EIP' ? { pricedOn: allocated.logicalId, via } : { via };
}
