/**
 * Coverage of an estimate, derived from its resources alone: per CloudFormation type, how many
 * resources ended priced, free, usage-missing or unsupported, and why the free and unsupported
 * ones did. "Classified" counts every resource whose status is a stated fact — only an unsupported
 * resource for which cdk-cost has no pricer and no specific reason ("no pricer yet") is not.
 */
import { NO_PRICER_YET } from '../resources/unsupported-types.js';
import type { Coverage, ResourceCost, TypeCoverage } from './estimate-types.js';

export function coverageOf(resources: ResourceCost[]): Coverage {
  const byType = new Map<string, TypeCoverage>();
  let classified = 0;
  let costBearing = 0;
  let costBearingPriced = 0;
  const costBearingStatuses = { priced: 0, usageMissing: 0, unsupported: 0, partlyPriced: 0 };
  for (const r of resources) {
    let entry = byType.get(r.type);
    if (!entry) {
      byType.set(
        r.type,
        (entry = {
          type: r.type,
          count: 0,
          status: r.status,
          statuses: { priced: 0, free: 0, usageMissing: 0, unsupported: 0 },
          reasons: [],
        }),
      );
    }
    entry.count++;
    entry.statuses[r.status === 'usage-missing' ? 'usageMissing' : r.status]++;
    if (entry.status !== r.status) entry.status = 'mixed';
    if (r.status === 'free' || r.status === 'unsupported') {
      const reason = r.reason ?? (r.status === 'free' ? 'free' : NO_PRICER_YET);
      const known = entry.reasons.find((x) => x.status === r.status && x.reason === reason);
      if (known) known.count++;
      else entry.reasons.push({ status: r.status, reason, count: 1 });
    }
    if (!(r.status === 'unsupported' && (r.reason ?? NO_PRICER_YET) === NO_PRICER_YET)) classified++;
    if (r.status !== 'free') {
      costBearing++;
      if (r.status === 'priced' || r.status === 'usage-missing') costBearingPriced++;
      costBearingStatuses[r.status === 'usage-missing' ? 'usageMissing' : r.status]++;
      if (r.status === 'unsupported' && r.components.some((c) => c.status === 'priced')) costBearingStatuses.partlyPriced++;
    }
  }
  const types = [...byType.values()].sort((a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
  for (const t of types) t.reasons.sort((a, b) => b.count - a.count || (a.reason < b.reason ? -1 : 1));
  return { classified, costBearing, costBearingPriced, costBearingStatuses, types };
}
