/**
 * AWS::AmazonMQ::Broker — broker-hours by engine, HostInstanceType and DeploymentMode, and storage
 * from usage. The data prices a deployment as a whole: "Active Standby mq m5.large" is the ActiveMQ
 * pair, and "RabbitMQ Active Standby mq m5.large" the three-node RabbitMQ cluster (CLUSTER_MULTI_AZ).
 * ActiveMQ storage is EFS ("Broker Storage GB Mo", durability optimized, the default) or EBS
 * ("Broker Storage Single AZ GB-Mo"); RabbitMQ stores on EBS.
 */
import { definePricer } from '../pricer.js';
import { str } from '../../model/properties.js';
import { monthlyHours } from '../../quantities.js';
import { readClass } from './read-class.js';

const MQ = 'AmazonMQ';

export const mqBroker = definePricer({
  types: ['AWS::AmazonMQ::Broker'],
  service: 'Amazon MQ',
  serviceCodes: [MQ],
  usageKeys: [{ name: 'storageGB', unit: 'GB', description: 'Message data stored by the broker' }],
  price(ctx) {
    const r = ctx.resource;
    const rabbit = (str(r, 'EngineType') ?? '').toUpperCase() === 'RABBITMQ';
    const mode = (str(r, 'DeploymentMode') ?? 'SINGLE_INSTANCE').toUpperCase();
    const single = mode === 'SINGLE_INSTANCE';
    const hostType = readClass(ctx, 'HostInstanceType', 'Broker hours');
    if (hostType) {
      const size = hostType.replace(/^mq\./, '');
      const deployment = single ? 'Single Instance' : 'Active Standby';
      ctx.add({
        name: `Broker (${rabbit ? 'RabbitMQ' : 'ActiveMQ'}, ${mode}, ${hostType})`,
        unit: 'hours',
        quantity: monthlyHours(),
        price: { serviceCode: MQ, key: `${rabbit ? 'RabbitMQ ' : ''}${deployment} mq ${size}` },
        usageBased: false,
      });
    }
    const ebs = rabbit || (str(r, 'StorageType') ?? 'EFS').toUpperCase() === 'EBS';
    ctx.add({
      name: `Storage (${ebs ? 'EBS' : 'EFS'})`,
      unit: 'GB-months',
      quantity: ctx.usage.number('storageGB'),
      price: { serviceCode: MQ, key: ebs ? 'Broker Storage Single AZ GB-Mo' : 'Broker Storage GB Mo' },
      usageBased: true,
      usageKeys: ['storageGB'],
    });
  },
});
