/**
 * AWS::CloudWatch::InsightRule — a Contributor Insights rule is billed per rule-month (the
 * foundation's free list called it free: it is not). The charge per million log events the rule
 * matches is not in the AWS price data shipped with cdk-cost; the note says so.
 */
import { Decimal } from '../../money.js';
import { definePricer } from '../pricer.js';
import { str } from '../../model/properties.js';

export const cloudWatchInsightRule = definePricer({
  types: ['AWS::CloudWatch::InsightRule'],
  service: 'CloudWatch',
  serviceCodes: ['AmazonCloudWatch'],
  usageKeys: [],
  price(ctx) {
    if (str(ctx.resource, 'RuleState') === 'DISABLED') {
      ctx.free('a disabled Contributor Insights rule is not billed');
      return;
    }
    ctx.add({
      name: 'Contributor Insights rule',
      unit: 'rule-months',
      quantity: new Decimal(1),
      price: { serviceCode: 'AmazonCloudWatch', key: 'Contributor Insights CloudWatchLogs' },
      usageBased: false,
    });
    ctx.note('the charge per million log events the rule matches is not in the price data shipped with cdk-cost (not priced)');
  },
});
