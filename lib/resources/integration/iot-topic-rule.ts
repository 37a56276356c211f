/**
 * AWS::IoT::TopicRule — AWS IoT Core's rules engine bills each rule triggered and each action
 * executed. Rules triggered are a usage key; actions executed follow from the rule's actions (each
 * triggered rule runs every action in TopicRulePayload.Actions; the ErrorAction runs only on failure)
 * unless `actionsPerTrigger` says otherwise. Messaging and connectivity are billed per device and
 * message, which no CloudFormation resource declares: Things, policies and certificates stay free.
 */
import { definePricer } from '../pricer.js';
import { bool, list } from '../../model/properties.js';
import { fmt, times } from '../../quantities.js';

const SERVICE = 'AWSIoT';

export const iotTopicRule = definePricer({
  types: ['AWS::IoT::TopicRule'],
  service: 'IoT Core',
  serviceCodes: [SERVICE],
  usageKeys: [
    { name: 'monthlyRulesTriggered', unit: 'triggers/month', description: "Messages matching the rule's SQL statement (rules triggered)" },
    { name: 'actionsPerTrigger', unit: 'actions', description: 'Actions run per trigger (default: the number of actions the rule lists)' },
  ],
  price(ctx) {
    if (bool(ctx.resource, 'TopicRulePayload.RuleDisabled') === true) {
      ctx.free('the rule is disabled (RuleDisabled: true): it is never triggered');
      return;
    }
    const triggered = ctx.usage.number('monthlyRulesTriggered');
    const listed = list(ctx.resource, 'TopicRulePayload.Actions')?.length ?? 1;
    const perTrigger = ctx.usage.numberOr('actionsPerTrigger', listed);
    ctx.add({
      name: 'Rules triggered',
      unit: 'triggers',
      quantity: triggered,
      price: { serviceCode: SERVICE, key: 'RulesTriggered' },
      usageBased: true,
      usageKeys: ['monthlyRulesTriggered'],
    });
    const actions = times(triggered, perTrigger);
    ctx.add({
      name: `Actions executed (${fmt(perTrigger)} per trigger)`,
      unit: 'actions',
      quantity: actions,
      price: { serviceCode: SERVICE, key: 'ActionsExecuted' },
      usageBased: true,
      usageKeys: ['monthlyRulesTriggered', 'actionsPerTrigger'],
      ...(triggered ? { formula: `${fmt(triggered)} triggers × ${fmt(perTrigger)} action${perTrigger.eq(1) ? '' : 's'}` } : {}),
    });
  },
});
