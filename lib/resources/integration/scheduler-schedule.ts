/**
 * AWS::Scheduler::Schedule — invocations per month (tiered: a monthly free allowance, then a rate
 * per invocation). The count follows from the expression: rate() divides the month, cron() is
 * counted over a representative period and scaled to 730 h (model/cron-fires.ts), a one-time at()
 * is 1 invocation. monthlyInvocations, when given, wins.
 */
import { Decimal, HOURS_PER_MONTH } from '../../money.js';
import { cronFiresPerMonth } from '../../model/cron-fires.js';
import { definePricer } from '../pricer.js';
import { str } from '../../model/properties.js';
import { fmt } from '../../quantities.js';

const MINUTES_PER_MONTH = HOURS_PER_MONTH.times(60);
const MINUTES: Record<string, number> = { minute: 1, minutes: 1, hour: 60, hours: 60, day: 1440, days: 1440 };

/** Invocations a month of a rate(), cron() or at() expression; undefined for anything else (or a cron() AWS would reject). */
export function invocationsPerMonth(expression: string): { count: Decimal; formula: string; note?: string } | undefined {
  if (/^\s*cron\(/.test(expression)) {
    const fires = cronFiresPerMonth(expression);
    if ('problem' in fires) return undefined;
    return { count: fires.count, formula: fires.formula, ...(fires.yearsNote ? { note: fires.yearsNote } : {}) };
  }
  const rate = /^rate\(\s*(\d+)\s+(minutes?|hours?|days?)\s*\)$/.exec(expression.trim());
  if (rate) {
    const every = new Decimal(rate[1]!).times(MINUTES[rate[2]!]!);
    return {
      count: MINUTES_PER_MONTH.div(every).floor(),
      formula: `${fmt(MINUTES_PER_MONTH)} minutes a month ÷ every ${fmt(every)} minutes`,
    };
  }
  if (/^at\(/.test(expression.trim())) return { count: new Decimal(1), formula: 'one-time schedule' };
  return undefined;
}

export const schedulerSchedule = definePricer({
  types: ['AWS::Scheduler::Schedule'],
  service: 'EventBridge Scheduler',
  serviceCodes: ['AWSEvents'],
  usageKeys: [
    {
      name: 'monthlyInvocations',
      unit: 'invocations/month',
      description: 'Invocations per month (derived from a rate() or cron() expression when not given)',
    },
  ],
  price(ctx) {
    const r = ctx.resource;
    if (str(r, 'State') === 'DISABLED') {
      ctx.free('a disabled schedule invokes nothing');
      return;
    }
    const expression = str(r, 'ScheduleExpression');
    const derived = ctx.usage.has('monthlyInvocations') || !expression ? undefined : invocationsPerMonth(expression);
    if (!derived && !ctx.usage.has('monthlyInvocations') && expression) {
      const problem = /^\s*cron\(/.test(expression) ? cronFiresPerMonth(expression) : undefined;
      const why =
        problem && 'problem' in problem
          ? `not a valid EventBridge cron expression (${problem.problem})`
          : 'invocations a month not derived from this expression';
      ctx.note(`${expression}: ${why}; give monthlyInvocations`);
    }
    if (derived?.note) ctx.note(derived.note);
    ctx.add({
      name: 'Scheduled invocations',
      unit: 'invocations',
      quantity: derived?.count ?? ctx.usage.number('monthlyInvocations'),
      price: { serviceCode: 'AWSEvents', key: 'Scheduled Invocation' },
      usageBased: !derived,
      usageKeys: derived ? [] : ['monthlyInvocations'],
      ...(derived ? { formula: derived.formula } : {}),
    });
  },
});
