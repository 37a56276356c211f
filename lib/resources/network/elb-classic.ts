/**
 * AWS::ElasticLoadBalancing::LoadBalancer — a Classic Load Balancer: hours and data processed.
 */
import { definePricer } from '../pricer.js';
import { monthlyHours } from '../../quantities.js';
import { DATA_TRANSFER_OUT_KEY, DATA_TRANSFER_SERVICE_CODE, addDataTransferOut } from './data-transfer-out.js';

export const elbClassic = definePricer({
  types: ['AWS::ElasticLoadBalancing::LoadBalancer'],
  service: 'Elastic Load Balancing',
  serviceCodes: ['AWSELB', DATA_TRANSFER_SERVICE_CODE],
  usageKeys: [{ name: 'monthlyProcessedGB', unit: 'GB/month', description: 'Data processed by the load balancer' }, DATA_TRANSFER_OUT_KEY],
  price(ctx) {
    ctx.add({
      name: 'Classic load balancer hours',
      unit: 'hours',
      quantity: monthlyHours(),
      price: { serviceCode: 'AWSELB', key: 'Classic Load Balancer Hours' },
      usageBased: false,
    });
    ctx.add({
      name: 'Data processed',
      unit: 'GB',
      quantity: ctx.usage.number('monthlyProcessedGB'),
      price: { serviceCode: 'AWSELB', key: 'Classic Load Balancer Data' },
      usageBased: true,
      usageKeys: ['monthlyProcessedGB'],
    });
    addDataTransferOut(ctx);
  },
});
