/**
 * AWS::MSK::Cluster — broker-hours by instance type × NumberOfBrokerNodes, EBS storage per broker
 * (GB-months), tiered storage from usage when StorageMode is TIERED.
 */
import { Decimal } from '../../money.js';
import { definePricer } from '../pricer.js';
import { bool, num, str } from '../../model/properties.js';
import { HOURS_PER_MONTH, fmt } from '../../quantities.js';
import { whyUnknown } from './read-class.js';

export const mskCluster = definePricer({
  types: ['AWS::MSK::Cluster'],
  service: 'MSK',
  serviceCodes: ['AmazonMSK'],
  usageKeys: [{ name: 'tieredStorageGB', unit: 'GB', description: 'Data in tiered storage (StorageMode TIERED)' }],
  price(ctx) {
    const r = ctx.resource;
    const brokers = num(r, 'NumberOfBrokerNodes');
    const instanceType = str(r, 'BrokerNodeGroupInfo.InstanceType');
    if (brokers === undefined || !instanceType) {
      ctx.unsupported(
        `broker count or type unknown: ` +
          `${brokers === undefined ? whyUnknown(ctx, 'NumberOfBrokerNodes') : whyUnknown(ctx, 'BrokerNodeGroupInfo.InstanceType')}`,
      );
      return;
    }
    // Price data names brokers without the "kafka." prefix CloudFormation uses.
    const type = instanceType.replace(/^kafka\./, '');
    ctx.add({
      name: `Broker instances (${brokers} × ${instanceType})`,
      unit: 'hours',
      quantity: HOURS_PER_MONTH.times(brokers),
      price: { serviceCode: 'AmazonMSK', key: `RunBroker ${type}` },
      usageBased: false,
      formula: `${brokers} brokers × 730 h`,
    });
    const volumeGb = num(r, 'BrokerNodeGroupInfo.StorageInfo.EBSStorageInfo.VolumeSize') ?? 1000;
    if (num(r, 'BrokerNodeGroupInfo.StorageInfo.EBSStorageInfo.VolumeSize') === undefined)
      ctx.note('EBS VolumeSize not set: 1,000 GB per broker, the MSK default');
    ctx.add({
      name: `Broker storage (${brokers} × ${fmt(volumeGb)} GB)`,
      unit: 'GB-months',
      quantity: new Decimal(volumeGb).times(brokers),
      price: { serviceCode: 'AmazonMSK', key: 'RunVolume' },
      usageBased: false,
      formula: `${fmt(volumeGb)} GB × ${brokers} brokers`,
    });
    if (bool(r, 'BrokerNodeGroupInfo.StorageInfo.EBSStorageInfo.ProvisionedThroughput.Enabled') === true) {
      ctx.note(
        'provisioned storage throughput is billed per MiB/s-month; that rate is not identifiable in the price data, so it is not included',
      );
    }
    if (str(r, 'StorageMode') === 'TIERED') {
      ctx.add({
        name: 'Tiered storage',
        unit: 'GB-months',
        quantity: ctx.usage.number('tieredStorageGB'),
        price: { serviceCode: 'AmazonMSK', key: 'TieredStorage Tiered storage' },
        usageBased: true,
        usageKeys: ['tieredStorageGB'],
      });
    }
  },
});
