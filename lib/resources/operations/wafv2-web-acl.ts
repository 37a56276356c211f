/**
 * AWS::WAFv2::WebACL — per web ACL per month, per rule per month (a rule that references a rule
 * group or a managed rule group counts as one rule), per request inspected; the Bot Control and
 * account takeover prevention managed rule groups add a monthly subscription each.
 * AWS::WAFv2::RuleGroup — no charge of its own: it is billed as rules of the web ACLs using it.
 */
import { Decimal } from '../../money.js';
import { definePricer, type PricerContext } from '../pricer.js';
import { list, str } from '../../model/properties.js';
import type { PriceKeyOf } from '../../pricing/price-keys.js';

/** Managed rule groups with a subscription fee of their own (rate names in awswaf). */
const SUBSCRIPTIONS: Record<string, { name: string; key: PriceKeyOf<'awswaf'> }> = {
  AWSManagedRulesBotControlRuleSet: { name: 'Bot Control', key: 'AMR Bot Control Activated per Month' },
  AWSManagedRulesATPRuleSet: { name: 'Account takeover prevention', key: 'AMR ATP Activated per Month from 0 to Inf' },
};

export const wafv2WebAcl = definePricer({
  types: ['AWS::WAFv2::WebACL'],
  service: 'WAF',
  serviceCodes: ['awswaf'],
  usageKeys: [{ name: 'monthlyRequests', unit: 'requests/month', description: 'Web requests inspected by the web ACL' }],
  price(ctx) {
    const rules = list(ctx.resource, 'Rules') ?? [];
    ctx.add({
      name: 'Web ACL',
      unit: 'web ACL-months',
      quantity: new Decimal(1),
      price: { serviceCode: 'awswaf', key: 'WebACL per month' },
      usageBased: false,
    });
    if (rules.length > 0) {
      ctx.add({
        name: `Rules (${rules.length})`,
        unit: 'rule-months',
        quantity: new Decimal(rules.length),
        price: { serviceCode: 'awswaf', key: 'Rules added per WebACL per month' },
        usageBased: false,
      });
    }
    addSubscriptions(ctx, rules);
    ctx.add({
      name: 'Requests inspected',
      unit: 'requests',
      quantity: ctx.usage.number('monthlyRequests'),
      price: { serviceCode: 'awswaf', key: 'Request Processed Tier1 per Request' },
      usageBased: true,
      usageKeys: ['monthlyRequests'],
    });
  },
});

function addSubscriptions(ctx: PricerContext, rules: unknown[]): void {
  for (const rule of rules) {
    const group = str(rule as Record<string, unknown>, 'Statement.ManagedRuleGroupStatement.Name');
    const subscription = group ? SUBSCRIPTIONS[group] : undefined;
    if (!subscription) continue;
    ctx.add({
      name: `${subscription.name} managed rule group subscription`,
      unit: 'months',
      quantity: new Decimal(1),
      price: { serviceCode: 'awswaf', key: subscription.key },
      usageBased: false,
    });
    ctx.note(`${subscription.name} also bills the requests it inspects beyond its included allowance: not included`);
  }
}

export const wafv2RuleGroup = definePricer({
  types: ['AWS::WAFv2::RuleGroup'],
  service: 'WAF',
  serviceCodes: [],
  usageKeys: [],
  price(ctx) {
    ctx.free('a rule group is billed as a rule of each web ACL that uses it');
  },
});
