/**
 * AWS::EC2::Instance — instance-hours (Linux, on-demand) of its type, its EBS volumes (or the AMI's
 * root volume, stated as an assumption), detailed monitoring, a public IPv4 address where it gets
 * one, and data transfer out when given. Properties missing on the instance come from its launch
 * template, where it names one in the same template.
 */
import { Decimal } from '../../money.js';
import type { Pricer } from '../pricer.js';
import { list, prop } from '../properties.js';
import { DATA_TRANSFER_OUT_KEY, DATA_TRANSFER_SERVICE_CODE, addDataTransferOut } from '../network/data-transfer-out.js';
import { AMI_ROOT_VOLUME, INSTANCE_SERVICE_CODES, addInstanceCosts } from './instance-costs.js';
import { fromInstance, subnetsAssignPublicIp } from './launch-source.js';

export const ec2Instance: Pricer = {
  types: ['AWS::EC2::Instance'],
  service: 'EC2',
  serviceCodes: [...INSTANCE_SERVICE_CODES, DATA_TRANSFER_SERVICE_CODE],
  usageKeys: [DATA_TRANSFER_OUT_KEY],
  price(ctx) {
    const r = ctx.resource;
    const config = fromInstance(ctx.architecture, r);
    if (!config.publicIpv4) {
      const subnet = prop(r, 'SubnetId');
      if (subnet !== undefined && subnetsAssignPublicIp(ctx.architecture, r, [subnet])) {
        config.publicIpv4 = { reason: 'its subnet has MapPublicIpOnLaunch' };
      } else if (subnet === undefined && list(r, 'NetworkInterfaces') === undefined && prop(r, 'LaunchTemplate') === undefined) {
        // Without a subnet the instance launches into the default VPC, whose subnets assign public addresses.
        config.publicIpv4 = { reason: 'no SubnetId: default VPC subnets assign one' };
      }
    }
    addInstanceCosts(ctx, config, { count: new Decimal(1), defaultRootVolume: AMI_ROOT_VOLUME });
    addDataTransferOut(ctx);
  },
};
