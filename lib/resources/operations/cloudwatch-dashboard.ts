/**
 * AWS::CloudWatch::Dashboard — one monthly rate per dashboard (a few dashboards are free per
 * account; free tiers are off by default). The price data lists this rate under the location
 * "Any" (it is global); the snapshot builder writes it into every Region (read-global-rates.ts).
 */
import { Decimal } from '../../money.js';
import { CLOUDWATCH_DASHBOARD } from '../../pricing/global-price-keys.js';
import { definePricer } from '../pricer.js';

export const cloudWatchDashboard = definePricer({
  types: ['AWS::CloudWatch::Dashboard'],
  service: 'CloudWatch',
  serviceCodes: ['AmazonCloudWatch'],
  usageKeys: [],
  price(ctx) {
    ctx.add({
      name: 'Dashboard',
      unit: 'dashboard-months',
      quantity: new Decimal(1),
      price: { serviceCode: 'AmazonCloudWatch', key: CLOUDWATCH_DASHBOARD },
      usageBased: false,
    });
  },
});
