/**
 * `--free-tier` in a full estimate: after every resource is priced (gross) and put in the estimate's
 * order, each allowance is allocated (allocate.ts) and every draw becomes a line of its own right
 * after the line it discounts — "Free tier: Lambda requests (1,000,000 requests always free per month,
 * shared: 400,000 requests of it used here)" with a negative quantity and cost — so each resource's
 * total stays the sum of its shown lines, and every roll-up the sum of those.
 */
import { Decimal, ZERO, formatQuantity } from '../../money.js';
import type { AllowanceUse, ComponentCost } from '../estimate-types.js';
import type { PricedResource } from '../price-resource.js';
import { allocate, type Allocation } from './allocate.js';

/** Adds the free-tier lines to `ordered` (in place) and returns what each allowance took off. */
export function applyFreeTierLines(ordered: PricedResource[]): AllowanceUse[] {
  const allocations = allocate(ordered);
  const byResource = new Map<number, Allocation[]>();
  for (const a of allocations) byResource.set(a.resource, [...(byResource.get(a.resource) ?? []), a]);
  for (const [index, list] of byResource) addLines(ordered[index]!, list);
  return summarize(ordered, allocations);
}

function addLines(priced: PricedResource, list: Allocation[]): void {
  const cost = priced.cost;
  const after = new Map<number, ComponentCost[]>();
  let fixed = ZERO;
  let usageBased = ZERO;
  for (const a of list) {
    const line = lineOf(a, cost.components[a.draw.component!]!);
    after.set(a.draw.component!, [...(after.get(a.draw.component!) ?? []), line]);
    if (a.draw.usageBased) usageBased = usageBased.plus(a.credit);
    else fixed = fixed.plus(a.credit);
  }
  cost.components = cost.components.flatMap((c, i) => [c, ...(after.get(i) ?? [])]);
  priced.fixed = priced.fixed.minus(fixed);
  priced.usageBased = priced.usageBased.minus(usageBased);
  priced.monthly = priced.fixed.plus(priced.usageBased);
  cost.fixed = priced.fixed.toFixed();
  cost.usageBased = priced.usageBased.toFixed();
  cost.monthly = priced.monthly.toFixed();
}

function lineOf(a: Allocation, discounted: ComponentCost): ComponentCost {
  const q = (v: Decimal) => formatQuantity(v);
  const awsUnit = a.allowance.unit.replace(/\s*\(.*\)$/, '');
  const inPriceUnit = a.allowance.quantity.eq(a.allowance.amount) ? '' : ` = ${q(a.allowance.quantity)} ${discounted.unit}`;
  const kind = a.allowance.id.startsWith('data:') ? 'free a month in the price data' : 'always free a month';
  const allowanceText = `${q(new Decimal(a.allowance.amount))} ${awsUnit}${inPriceUnit} ${kind}`;
  const line: ComponentCost = {
    name: `Free tier: ${a.allowance.name} (${allowanceText}, shared: ${q(a.take)} of it used here)`,
    unit: discounted.unit,
    quantity: a.take.negated().toFixed(),
    unitPrice: a.uses.length === 1 ? a.uses[0]!.unitPrice.toFixed() : null,
    monthly: a.credit.negated().toFixed(),
    usageBased: discounted.usageBased,
    status: 'priced',
    formula: formulaOf(a),
    price: discounted.price,
    allowance: a.allowance.id,
  };
  if (a.uses.length > 1) {
    line.tiers = a.uses.map((u) => ({
      from: u.from.toFixed(),
      to: u.to?.toFixed() ?? null,
      quantity: u.quantity.negated().toFixed(),
      unitPrice: u.unitPrice.toFixed(),
      monthly: u.cost.negated().toFixed(),
      ...(u.rateCode ? { rateCode: u.rateCode } : {}),
    }));
  }
  return line;
}

function formulaOf(a: Allocation): string {
  const before = `${a.usedBefore.isZero() ? 'none' : formatQuantity(a.usedBefore)} used by resources before this one`;
  const statement = a.allowance.statement ? `: ${a.allowance.statement}` : '';
  const where = a.allowance.url ? `${a.allowance.url}${statement}` : (a.allowance.statement ?? a.allowance.from);
  return `the first ${formatQuantity(a.take)} of ${formatQuantity(a.draw.quantity)} at the price's first tier(s); ${before} (${where})`;
}

function summarize(ordered: PricedResource[], allocations: Allocation[]): AllowanceUse[] {
  const uses = new Map<string, { use: AllowanceUse; used: Decimal; monthly: Decimal }>();
  for (const a of allocations) {
    let entry = uses.get(a.allowance.id);
    if (!entry) {
      const al = a.allowance;
      const use: AllowanceUse = {
        id: al.id,
        name: al.name,
        serviceCode: al.service,
        amount: al.amount,
        amountUnit: al.unit,
        quantity: al.quantity.toFixed(),
        used: '0',
        unit: ordered[a.resource]!.cost.components.find((c) => c.allowance === al.id)?.unit ?? al.priceUnit,
        monthly: '0',
        resources: [],
        url: al.url,
        ...(al.statement ? { statement: al.statement } : {}),
        from: al.from,
      };
      uses.set(al.id, (entry = { use, used: ZERO, monthly: ZERO }));
    }
    entry.used = entry.used.plus(a.take);
    entry.monthly = entry.monthly.minus(a.credit);
    const path = ordered[a.resource]!.cost.path;
    if (!entry.use.resources.includes(path)) entry.use.resources.push(path);
  }
  return [...uses.values()]
    .map(({ use, used, monthly }) => ({ ...use, used: used.toFixed(), monthly: monthly.toFixed() }))
    .sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}
