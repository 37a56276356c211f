/**
 * What the diff renderers show, derived once from the Diff: changes grouped under the construct the
 * user wrote, and the phrases that say what happened ("2 NAT gateways added in Network/Vpc",
 * "Data nodes: r6g.large.search → r6g.xlarge.search").
 */
import { Decimal, formatQuantity } from '../../money.js';
import type { ComponentChange, CostDiff, ResourceChange } from '../../diff/diff-types.js';
import { delta } from '../../diff/delta.js';
import { formatPercent, formatSignedUsd } from './format-delta.js';

export interface OwnerChange {
  owner: string;
  before: string;
  after: string;
  delta: string;
  percent: string | null;
  resources: ResourceChange[];
}

/** Resource changes grouped by owning construct, largest |delta| first. */
export function changesByOwner(diff: CostDiff): OwnerChange[] {
  const groups = new Map<string, ResourceChange[]>();
  for (const r of diff.resources) {
    if (isCostFree(r)) continue;
    const list = groups.get(r.owner);
    if (list) list.push(r);
    else groups.set(r.owner, [r]);
  }
  return [...groups.entries()]
    .map(([owner, resources]) => {
      const before = resources.reduce((s, r) => s.plus(r.before), new Decimal(0));
      const after = resources.reduce((s, r) => s.plus(r.after), new Decimal(0));
      return { owner, ...delta(before, after), resources };
    })
    .sort((a, b) => new Decimal(b.delta).abs().comparedTo(new Decimal(a.delta).abs()) || (a.owner < b.owner ? -1 : 1));
}

/** "+$412.30/month (+18%): 2 NAT gateways added in Network/Vpc; 1 DynamoDB table removed in Data/Archive". */
export function headline(diff: CostDiff): string {
  const t = diff.totals;
  const amount = new Decimal(t.delta).isZero()
    ? 'No change in monthly cost'
    : `${formatSignedUsd(t.delta)}/month (${formatPercent(t.percent)})`;
  const phrases = changePhrases(diff);
  if (phrases.length === 0)
    return diff.resources.length ? `${amount}: no resource changes that cost money` : `${amount}: no resource changes`;
  const shown = phrases.slice(0, 2);
  const rest = phrases.length - shown.length;
  return `${amount}: ${shown.join('; ')}${rest > 0 ? `; ${rest} more change${rest === 1 ? '' : 's'}` : ''}`;
}

/** One phrase per kind of change (added NAT gateways, a changed domain, …), largest first. */
export function changePhrases(diff: CostDiff): string[] {
  const groups = new Map<string, { change: ResourceChange['change']; type: string; items: ResourceChange[]; delta: Decimal }>();
  for (const r of diff.resources) {
    const key = `${r.change}\u0000${r.type}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { change: r.change, type: r.type, items: [], delta: new Decimal(0) }));
    g.items.push(r);
    g.delta = g.delta.plus(r.delta);
  }
  return [...groups.values()]
    .filter((g) => !g.delta.isZero())
    .sort((a, b) => b.delta.abs().comparedTo(a.delta.abs()) || (a.type < b.type ? -1 : 1))
    .map((g) => {
      const count = g.items.length;
      const place = commonPath(g.items.map((r) => r.owner));
      if (g.change === 'changed' && count === 1) {
        const r = g.items[0]!;
        const detail = resourceDetail(r);
        return `${typeNoun(r.type, 1)} ${r.owner} changed${detail ? ` (${detail})` : ''}`;
      }
      return `${count} ${typeNoun(g.type, count)} ${g.change} in ${place}`;
    });
}

/** "added: NAT gateway" / "changed: Data nodes r6g.large.search → r6g.xlarge.search" / "removed: DynamoDB table". */
export function describeResource(r: ResourceChange): string {
  if (r.change !== 'changed') return `${r.change}: ${typeNoun(r.type, 1)}`;
  const detail = resourceDetail(r);
  return `changed: ${typeNoun(r.type, 1)}${detail ? ` — ${detail}` : ''}`;
}

/** The main thing that changed inside a resource, in a few words. */
export function resourceDetail(r: ResourceChange): string {
  const top = r.components[0];
  const extra = r.components.length > 1 ? ` (+${r.components.length - 1} more)` : '';
  if (top) return componentDetail(top, r) + extra;
  const usage = r.usageChanges[0];
  if (usage) return `usage ${usage.key} ${usageValue(usage.before)} → ${usageValue(usage.after)}`;
  if (r.status.before !== r.status.after) return `status ${r.status.before} → ${r.status.after}`;
  return '';
}

export function componentDetail(c: ComponentChange, r?: ResourceChange): string {
  if (c.change === 'added') return `+ ${c.name}${c.quantity.after !== null ? ` (${quantity(c.quantity.after)} ${c.unit})` : ''}`;
  if (c.change === 'removed') return `− ${c.name}${c.quantity.before !== null ? ` (${quantity(c.quantity.before)} ${c.unit})` : ''}`;
  const name = stemName(c.nameBefore ?? c.name);
  if (c.priceKey.before !== c.priceKey.after && c.priceKey.before && c.priceKey.after) {
    const [from, to] = shortKeys(c.priceKey.before, c.priceKey.after);
    return `${name}: ${from} → ${to}`;
  }
  // The keys this component reads, not the resource's first changed key (Storage is not priced by reads).
  // A diff saved before components listed their usage: the resource's one changed key, if only one changed.
  const legacy = r?.usageChanges.length === 1 ? r.usageChanges[0] : undefined;
  const usage = !c.causes.includes('usage') ? undefined : c.usage ? c.usage[0] : legacy;
  if (usage) return `${name}: usage ${usage.key} ${usageValue(usage.before)} → ${usageValue(usage.after)}`;
  if (c.quantity.before !== c.quantity.after) return `${name}: ${quantity(c.quantity.before)} → ${quantity(c.quantity.after)} ${c.unit}`;
  if (c.unitPrice.before !== c.unitPrice.after) return `${name}: unit price $${c.unitPrice.before ?? '?'} → $${c.unitPrice.after ?? '?'}`;
  return name;
}

/** "AWS::EC2::NatGateway" → "NAT gateway(s)"; "AWS::DynamoDB::Table" → "DynamoDB table(s)". */
export function typeNoun(type: string, count: number): string {
  const [, service = '', resource = type] = type.split('::');
  const words = splitWords(resource);
  if (count !== 1 && words.length) words[words.length - 1] = plural(words[words.length - 1]!);
  // EC2 names read on their own ("NAT gateway", "EIP"); elsewhere the service says what it is.
  const prefix = service === 'EC2' && resource !== 'Instance' ? '' : `${service} `;
  return `${prefix}${words.join(' ')}`.trim();
}

const ACRONYMS: Record<string, string> = {
  Nat: 'NAT',
  Api: 'API',
  Db: 'DB',
  Vpc: 'VPC',
  Ip: 'IP',
  Http: 'HTTP',
  Dns: 'DNS',
  Acl: 'ACL',
  Sql: 'SQL',
  Rest: 'REST',
  Ebs: 'EBS',
};

function splitWords(name: string): string[] {
  const parts = name.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z0-9]+/g) ?? [name];
  return parts.map((p) => ACRONYMS[p] ?? (/^[A-Z0-9]+$/.test(p) ? p : p.toLowerCase()));
}

function plural(word: string): string {
  if (/^[A-Z0-9]+$/.test(word)) return `${word}s`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(s|x|sh|ch)$/.test(word)) return `${word}es`;
  return `${word}s`;
}

/** Longest common construct path: ["Network/Vpc/PublicSubnet1", "Network/Vpc/PublicSubnet2"] → "Network/Vpc". */
export function commonPath(paths: string[]): string {
  if (paths.length === 0) return '';
  if (paths.length === 1) return paths[0]!;
  const split = paths.map((p) => p.split('/'));
  const out: string[] = [];
  for (let i = 0; ; i++) {
    const part = split[0]![i];
    if (part === undefined || split.some((s) => s[i] !== part)) break;
    out.push(part);
  }
  return out.length ? out.join('/') : 'several stacks';
}

/** "ESInstance:r6g.large.search", "ESInstance:r6g.xlarge.search" → the parts after the shared "ESInstance:". */
function shortKeys(a: string, b: string): [string, string] {
  const colonA = a.indexOf(':');
  if (colonA > 0 && b.startsWith(a.slice(0, colonA + 1))) return [a.slice(colonA + 1), b.slice(colonA + 1)];
  return [a, b];
}

function stemName(name: string): string {
  return name.replace(/\s*\([^)]*\)\s*$/, '').trim() || name;
}

function quantity(q: string | null): string {
  return q === null ? 'usage missing' : formatQuantity(new Decimal(q));
}

function usageValue(v: number | string | boolean | null): string {
  if (v === null) return 'not given';
  return typeof v === 'number' ? formatQuantity(new Decimal(v)) : String(v);
}

/**
 * " · partly priced" for a resource whose head side has priced lines and lines without a price: its
 * amount is what is priced (and in the totals); "Not priced in head" says what is missing.
 */
export function partlyPricedNote(r: ResourceChange): string {
  return r.status.after === 'unsupported' && !new Decimal(r.after).isZero() ? ' · partly priced' : '';
}

/** Resources that cost nothing on either side (routes, roles, …): counted, not listed, in the views. */
export function isCostFree(r: ResourceChange): boolean {
  const free = (status: ResourceChange['status']['before']) => status === null || status === 'free';
  return (
    new Decimal(r.before).isZero() &&
    new Decimal(r.after).isZero() &&
    free(r.status.before) &&
    free(r.status.after) &&
    r.usageChanges.length === 0
  );
}

/** "2 AWS::EC2::Route added, 1 AWS::IAM::Role removed" for the cost-free changes. */
export function costFreeSummary(resources: ResourceChange[]): string {
  const counts = new Map<string, number>();
  for (const r of resources) counts.set(`${r.type} ${r.change}`, (counts.get(`${r.type} ${r.change}`) ?? 0) + 1);
  return [...counts.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([k, n]) => `${n} ${k}`)
    .join(', ');
}
