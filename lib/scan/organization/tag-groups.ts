/**
 * --group-by-tag team: the findings' waste summed per value of one tag on their resources, so a
 * platform team sees which team's leftovers cost what. Resources without the tag form one group
 * (value null), shown last: untagged waste is itself a finding for whoever owns tagging.
 */
import { Decimal, ZERO } from '../../money.js';
import type { Finding } from '../types.js';
import type { TagGroup, TagGroups } from './org-types.js';

export function groupByTag(findings: Finding[], tag: string): TagGroups {
  const groups = new Map<string | null, { waste: Decimal; findings: number; notPriced: number; accounts: Set<string> }>();
  for (const f of findings) {
    const value = f.resource.tags[tag] ?? null;
    const g = groups.get(value) ?? { waste: ZERO, findings: 0, notPriced: 0, accounts: new Set<string>() };
    if (f.cost.monthly !== null) g.waste = g.waste.plus(f.cost.monthly);
    g.findings++;
    if (f.cost.status === 'not-priced') g.notPriced++;
    if (f.account) g.accounts.add(f.account);
    groups.set(value, g);
  }
  const out: TagGroup[] = [...groups].map(([value, g]) => ({
    value,
    monthlyWaste: g.waste.toFixed(),
    findings: g.findings,
    notPriced: g.notPriced,
    accounts: [...g.accounts].sort(),
  }));
  out.sort((a, b) => {
    if ((a.value === null) !== (b.value === null)) return a.value === null ? 1 : -1;
    return new Decimal(b.monthlyWaste).comparedTo(a.monthlyWaste) || ((a.value ?? '') < (b.value ?? '') ? -1 : 1);
  });
  return { tag, groups: out };
}
