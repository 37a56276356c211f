/**
 * Roll-ups of priced resources: per stack, per construct (every ancestor of a resource's construct
 * path, so `UploadPipeline/Uploads` sums its Resource and its Policy), per service.
 */
import { type Decimal, ZERO } from '../money.js';
import type { Architecture } from '../model/architecture.js';
import type { ConstructCost, CostSplit, ServiceCost, StackCost } from './estimate-types.js';
import type { PricedResource } from './price-resource.js';

class Accumulator {
  monthly = ZERO;
  fixed = ZERO;
  usageBased = ZERO;
  resources = 0;

  merge(other: Accumulator): void {
    this.resources += other.resources;
    if (other.monthly.isZero()) return;
    this.monthly = this.monthly.plus(other.monthly);
    this.fixed = this.fixed.plus(other.fixed);
    this.usageBased = this.usageBased.plus(other.usageBased);
  }

  add(r: PricedResource): void {
    this.resources++;
    // Most resources of a big app cost nothing (IAM, networking plumbing): skip the decimal work.
    if (r.monthly.isZero()) return;
    this.monthly = this.monthly.plus(r.monthly);
    this.fixed = this.fixed.plus(r.fixed);
    this.usageBased = this.usageBased.plus(r.usageBased);
  }

  split(): CostSplit {
    return { monthly: this.monthly.toFixed(), fixed: this.fixed.toFixed(), usageBased: this.usageBased.toFixed() };
  }
}

export function rollUp(
  architecture: Architecture,
  priced: PricedResource[],
): {
  totals: CostSplit & { monthlyDecimal: Decimal };
  stacks: StackCost[];
  constructs: ConstructCost[];
  services: ServiceCost[];
} {
  const total = new Accumulator();
  const byStack = new Map<string, Accumulator>();
  const byConstruct = new Map<string, Accumulator>();
  const byService = new Map<string, Accumulator>();
  const get = (map: Map<string, Accumulator>, key: string) => {
    let acc = map.get(key);
    if (!acc) map.set(key, (acc = new Accumulator()));
    return acc;
  };
  // Constructs bottom-up: each resource into its enclosing construct, then each construct into its
  // parent, deepest first — one sum per construct rather than one per resource and ancestor.
  const byDepth: Array<Set<string>> = [];
  for (const r of priced) {
    total.add(r);
    get(byStack, r.cost.stack).add(r);
    if (r.cost.service && r.cost.status !== 'free') get(byService, r.cost.service).add(r);
    const slash = r.cost.path.lastIndexOf('/');
    if (slash <= 0) continue;
    const parent = r.cost.path.slice(0, slash);
    get(byConstruct, parent).add(r);
    (byDepth[depthOf(parent)] ??= new Set()).add(parent);
  }
  for (let depth = byDepth.length - 1; depth > 1; depth--) {
    for (const path of byDepth[depth] ?? []) {
      const parent = path.slice(0, path.lastIndexOf('/'));
      get(byConstruct, parent).merge(byConstruct.get(path)!);
      (byDepth[depth - 1] ??= new Set()).add(parent);
    }
  }
  const stacks = architecture.stacks.map((s) => ({
    name: s.name,
    region: s.region,
    regionSource: s.regionSource,
    ...(byStack.get(s.name)?.split() ?? zeroSplit()),
    resources: byStack.get(s.name)?.resources ?? 0,
  }));
  const constructs = [...byConstruct.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([path, acc]) => {
      const fqn = architecture.tree.get(path)?.fqn;
      return { path, ...(fqn ? { fqn } : {}), ...acc.split(), resources: acc.resources };
    });
  const services = [...byService.entries()]
    .sort(([a, x], [b, y]) => y.monthly.comparedTo(x.monthly) || (a < b ? -1 : 1))
    .map(([service, acc]) => ({ service, ...acc.split() }));
  return { totals: { ...total.split(), monthlyDecimal: total.monthly }, stacks, constructs, services };
}

/** Number of segments of a construct path: "A" → 1, "A/B" → 2. */
function depthOf(path: string): number {
  let depth = 1;
  for (let i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) depth++;
  return depth;
}

function zeroSplit(): CostSplit {
  return { monthly: '0', fixed: '0', usageBased: '0' };
}
