/**
 * AWS::EC2::Instance — instance-hours (Linux, on-demand) of its type for the hours it runs, its EBS
 * volumes and the AMI's root volume (stated as an assumption unless mapped), detailed monitoring, a
 * public IPv4 address where it gets one (unless an Elastic IP replaces it), and data transfer out
 * when given. Properties missing on the instance come from its launch template, where it names one
 * in the same template.
 */
import { Decimal } from '../../money.js';
import { definePricer } from '../pricer.js';
import { list, prop } from '../../model/properties.js';
import { DATA_TRANSFER_OUT_KEY, DATA_TRANSFER_SERVICE_CODE, addDataTransferOut } from '../network/data-transfer-out.js';
import { ROOT_VOLUME_KEYS } from './ami-root-volume.js';
import { elasticIpOf } from './elastic-ip-of.js';
import { INSTANCE_SERVICE_CODES, RUNNING_HOURS_KEY, addInstanceCosts, runningHours } from './instance-costs.js';
import { fromInstance, subnetsAssignPublicIp } from './launch-source.js';

export const ec2Instance = definePricer({
  types: ['AWS::EC2::Instance'],
  service: 'EC2',
  serviceCodes: [...INSTANCE_SERVICE_CODES, DATA_TRANSFER_SERVICE_CODE],
  usageKeys: [RUNNING_HOURS_KEY, ...ROOT_VOLUME_KEYS, DATA_TRANSFER_OUT_KEY],
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
    const eip = elasticIpOf(ctx.architecture, r);
    if (eip?.pricedOn) {
      delete config.publicIpv4;
      ctx.note(
        `its public IPv4 address is Elastic IP ${eip.pricedOn} (${eip.via}), priced on that resource: EC2 releases the ` +
          'auto-assigned address when an Elastic IP is associated, so the instance holds one address, billed once',
      );
    } else if (eip) {
      config.publicIpv4 = { reason: `Elastic IP associated by ${eip.via}; its allocation is not in this template` };
    }
    const hours = runningHours(ctx);
    addInstanceCosts(ctx, config, { count: new Decimal(1), amiRootVolume: true, ...(hours ? { hoursPerInstance: hours } : {}) });
    addDataTransferOut(ctx);
  },
});
