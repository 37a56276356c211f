/**
 * `cdk-cost usage init`: a commented usage file listing every usage-bearing resource with its keys
 * (units in comments), the entry points where load can enter, and the edges that carry load only
 * with a ratio. Aware of the edges: a key that load already derives says so, with the number it
 * gets now. Values already in an existing file are kept (live lines); everything else is commented,
 * so the file is valid as written. Run again on its own file, init edits it instead (merge-usage-file.ts).
 */
import { stringify } from 'yaml';
import { Decimal, formatQuantity } from '../../money.js';
import { edgeName, nodeName } from '../../graph/flow-graph.js';
import type { ResourceModel } from '../../model/architecture.js';
import type { LoadContext } from '../../usage/load-context.js';
import { hasNodeKind, nodeKindOf } from '../../usage/propagation/node-kinds/index.js';
import type { PricerLookup } from '../../usage/resolve-usage.js';
import type { UsageFile, UsageSetting } from '../../usage/usage-file.js';

const FRONT_DOORS = new Set([
  'AWS::ApiGateway::RestApi',
  'AWS::ApiGatewayV2::Api',
  'AWS::CloudFront::Distribution',
  'AWS::ElasticLoadBalancingV2::LoadBalancer',
  'AWS::Events::EventBus',
]);

export function writeUsageFile(context: LoadContext, pricers: PricerLookup, existing: UsageFile | undefined, sourceLabel: string): string {
  const { architecture, graph } = context;
  const derived = context.derivedAt(1);
  const out: string[] = [
    `# cdk-cost usage file for ${sourceLabel}, written by \`cdk-cost usage init\`.`,
    '# Values set here are kept when you run `cdk-cost usage init` again; commented keys are not set.',
    '# Keys left unset are derived from the entry loads along the edges where load reaches them',
    '# (`cdk-cost estimate --explain PATH` shows how); a value set here always wins.',
    'version: 1',
    '',
  ];

  const resources = architecture.stacks.flatMap((s) => s.resources);
  const entryPoints = resources.filter(
    (r) => hasNodeKind(r.type) && !graph.incoming.has(r) && (graph.outgoing.has(r) || FRONT_DOORS.has(r.type)),
  );
  const blocked = graph.edges.filter((e) => derived.result.nodes.get(e.from)?.blocked.some((b) => b.edge === e));

  if (existing?.sections.load) {
    out.push(indentYaml({ load: existing.sections.load.value }), '');
  } else {
    out.push(
      '# Load: state it once where it enters; cdk-cost derives the rest.',
      '# load:',
      '#   flows:',
      '#     requests:                 # a name for one unit of load',
      '#       perMonth: 0             # units entering per month',
      "#       entries:                # where a unit enters, and how much of that resource's load it is",
    );
    for (const r of entryPoints)
      out.push(`#         ${nodeName(r)}: 1    # ${r.type}: ${nodeKindOf(r.type).channels[nodeKindOf(r.type).primary]} per unit`);
    if (blocked.length) {
      out.push('#   ratios:                     # edges that carry load only with a ratio');
      for (const e of blocked) {
        const names = graph.kinds.get(e.kind)!.ratios.map((d) => d.name);
        out.push(`#     ${edgeName(e)}: { ${names[0]}: 1 }    # ${e.label}; ratios: ${names.join(', ')}`);
      }
    }
    out.push('');
  }
  if (existing?.defaults.length) {
    out.push('defaults:');
    for (const entry of existing.defaults) out.push(`  ${key(entry.selector)}:`, ...settingLines(entry.settings));
    out.push('');
  }
  for (const [name, section] of Object.entries(existing?.sections ?? {}))
    if (name !== 'load') out.push(indentYaml({ [name]: section.value }), '');

  out.push('resources:');
  const kept = new Map<string, UsageSetting[]>();
  for (const entry of existing?.resources ?? []) kept.set(entry.selector, entry.settings);
  const written = new Set<string>();
  for (const stack of architecture.stacks) {
    for (const r of stack.resources) {
      const keys = (pricers.pricerFor(r.type)?.usageKeys ?? []).filter((k) => k.appliesTo?.(r) ?? true);
      if (keys.length === 0) continue;
      const selector = nodeName(r);
      if (written.has(selector)) continue;
      written.add(selector);
      const settings = kept.get(selector) ?? [];
      kept.delete(selector);
      out.push(`  ${key(selector)}:${' '.repeat(Math.max(1, 40 - selector.length))}# ${r.type}${describeLoad(r, context)}`);
      const values = derived.valuesFor(r);
      for (const k of keys) {
        const given = settings.find((s) => s.key === k.name);
        if (given) {
          out.push(`    ${k.name}: ${JSON.stringify(given.value)}${pad(k.name, String(given.value))}# ${k.unit}`);
          continue;
        }
        const d = values?.get(k.name);
        const now = d && typeof d.value === 'number' ? ` — derived now: ${formatQuantity(new Decimal(d.value))}` : '';
        const empty = k.kind === 'string' ? '""' : k.kind === 'boolean' ? 'false' : k.kind === 'mix' ? '{}' : '0';
        out.push(`    # ${k.name}: ${empty}${pad(k.name, '0')}# ${k.unit} — ${k.description}${now}`);
      }
      for (const s of settings.filter((s) => !keys.some((k) => k.name === s.key)))
        out.push(`    ${s.key}: ${JSON.stringify(s.value)}    # kept from the existing file (not a key of ${r.type})`);
    }
  }
  for (const [selector, settings] of kept) {
    out.push(`  ${key(selector)}:    # kept from the existing file`, ...settingLines(settings));
  }
  return out.join('\n') + '\n';
}

function describeLoad(r: ResourceModel, context: LoadContext): string {
  const incoming = context.graph.incoming.get(r) ?? [];
  if (incoming.length)
    return ` · load from ${[...new Set(incoming.map((e) => `${nodeName(e.from)} (${e.label})`))].slice(0, 3).join(', ')}`;
  if (hasNodeKind(r.type) && (context.graph.outgoing.has(r) || FRONT_DOORS.has(r.type))) return ' · entry point';
  return '';
}

function settingLines(settings: UsageSetting[]): string[] {
  return settings.map((s) => `    ${s.key}: ${JSON.stringify(s.value)}`);
}

function key(selector: string): string {
  return /^[A-Za-z0-9_./:-]+$/.test(selector) && !selector.includes(': ') ? selector : JSON.stringify(selector);
}

function pad(name: string, value: string): string {
  return ' '.repeat(Math.max(1, 34 - name.length - value.length));
}

function indentYaml(value: Record<string, unknown>): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}
