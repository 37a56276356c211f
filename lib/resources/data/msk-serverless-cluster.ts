/**
 * AWS::MSK::ServerlessCluster — cluster-hours (always on), partition-hours, storage and data in/out
 * from usage.
 */
import { definePricer } from '../pricer.js';
import { HOURS_PER_MONTH, fmt } from '../../quantities.js';

export const mskServerlessCluster = definePricer({
  types: ['AWS::MSK::ServerlessCluster'],
  service: 'MSK',
  serviceCodes: ['AmazonMSK'],
  usageKeys: [
    { name: 'partitions', unit: 'partitions', description: 'Average number of partitions over the month' },
    { name: 'storageGB', unit: 'GB', description: 'Average data stored' },
    { name: 'monthlyDataInGB', unit: 'GB/month', description: 'Data produced into the cluster' },
    { name: 'monthlyDataOutGB', unit: 'GB/month', description: 'Data consumed from the cluster' },
  ],
  price(ctx) {
    ctx.add({
      name: 'Cluster hours',
      unit: 'hours',
      quantity: HOURS_PER_MONTH,
      price: { serviceCode: 'AmazonMSK', key: 'Serverless Cluster-hours' },
      usageBased: false,
    });
    const partitions = ctx.usage.number('partitions');
    ctx.add({
      name: 'Partition hours',
      unit: 'partition-hours',
      quantity: partitions?.times(HOURS_PER_MONTH),
      price: { serviceCode: 'AmazonMSK', key: 'Serverless Partition-hours' },
      usageBased: true,
      usageKeys: ['partitions'],
      ...(partitions ? { formula: `${fmt(partitions)} partitions × 730 h` } : {}),
    });
    ctx.add({
      name: 'Storage',
      unit: 'GB-months',
      quantity: ctx.usage.number('storageGB'),
      price: { serviceCode: 'AmazonMSK', key: 'Serverless Storage-hours' },
      usageBased: true,
      usageKeys: ['storageGB'],
    });
    ctx.add({
      name: 'Data in',
      unit: 'GB',
      quantity: ctx.usage.number('monthlyDataInGB'),
      price: { serviceCode: 'AmazonMSK', key: 'Serverless Per-GB data ingressed' },
      usageBased: true,
      usageKeys: ['monthlyDataInGB'],
    });
    ctx.add({
      name: 'Data out',
      unit: 'GB',
      quantity: ctx.usage.number('monthlyDataOutGB'),
      price: { serviceCode: 'AmazonMSK', key: 'Serverless Per-GB data egressed' },
      usageBased: true,
      usageKeys: ['monthlyDataOutGB'],
    });
  },
});

/** MSK resources that configure a cluster and have no charge of their own. */
export const mskFree = definePricer({
  types: ['AWS::MSK::Configuration', 'AWS::MSK::BatchScramSecret', 'AWS::MSK::ClusterPolicy'],
  service: 'MSK',
  serviceCodes: [],
  usageKeys: [],
  price(ctx) {
    ctx.free('cluster configuration has no charge; brokers and storage are priced on the cluster');
  },
});
