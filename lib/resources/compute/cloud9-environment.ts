/**
 * AWS::Cloud9::EnvironmentEC2 — Cloud9 itself has no charge; the EC2 instance it runs on and that
 * instance's EBS volume are billed as EC2. The instance stops after AutomaticStopTimeMinutes idle,
 * so the hours it runs are usage (`monthlyHours`); without them it is priced as always on.
 */
import { Decimal, HOURS_PER_MONTH } from '../../money.js';
import { definePricer } from '../pricer.js';
import { num, prop, str, unresolved } from '../../model/properties.js';
import { fmt } from '../../quantities.js';
import { INSTANCE_SERVICE_CODES, addInstanceCosts } from './instance-costs.js';
import { subnetsAssignPublicIp } from './launch-source.js';

/** The EBS volume Cloud9 gives a new EC2 environment's instance (AWS Cloud9 user guide). */
const CLOUD9_VOLUME_GB = 10;

export const cloud9Environment = definePricer({
  types: ['AWS::Cloud9::EnvironmentEC2'],
  service: 'EC2',
  serviceCodes: INSTANCE_SERVICE_CODES,
  usageKeys: [
    { name: 'monthlyHours', unit: 'hours/month', description: "Hours the environment's instance runs (it stops when idle); default 730" },
  ],
  price(ctx) {
    const r = ctx.resource;
    const type = str(r, 'InstanceType');
    const why = type ? undefined : unresolved(r, 'InstanceType');
    const stopAfter = num(r, 'AutomaticStopTimeMinutes');
    let hours = HOURS_PER_MONTH;
    if (ctx.usage.has('monthlyHours')) hours = ctx.usage.number('monthlyHours')!;
    else if (stopAfter !== undefined && stopAfter > 0) {
      ctx.note(
        `the instance stops after ${stopAfter} idle minutes: priced as always on (${fmt(HOURS_PER_MONTH)} h, an upper bound); set ` +
          `monthlyHours for the hours it is used`,
      );
    }
    ctx.note('Cloud9 has no charge of its own: this is its EC2 instance and EBS volume');
    addInstanceCosts(
      ctx,
      {
        instanceType: type,
        ...(why ? { instanceTypeUnknown: `InstanceType is ${why}` } : {}),
        detailedMonitoring: false,
        ...(prop(r, 'SubnetId') !== undefined && subnetsAssignPublicIp(ctx.architecture, r, [prop(r, 'SubnetId')])
          ? { publicIpv4: { reason: 'its subnet has MapPublicIpOnLaunch' } }
          : {}),
      },
      {
        count: new Decimal(1),
        hoursPerInstance: hours,
        defaultRootVolume: {
          volume: { type: 'gp2', sizeGb: new Decimal(CLOUD9_VOLUME_GB) },
          why: `Cloud9 gives the instance a ${CLOUD9_VOLUME_GB} GB EBS volume (assumed gp2)`,
        },
      },
    );
  },
});
