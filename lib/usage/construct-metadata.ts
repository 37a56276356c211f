/**
 * Usage and load written by the CDK app itself (lib/cdk: Usage.of, Load.entry, Load.ratio) as
 * construct metadata in the Cloud Assembly — or as `cdk-cost:usage` in a template resource's
 * Metadata. Usage applies to every resource under the construct, most specific construct first; it
 * ranks below the usage file and above derived load.
 */
import { UserError, closest } from '../errors.js';
import { Decimal } from '../money.js';
import type { Architecture, ResourceModel } from '../model/architecture.js';
import { LOAD_METADATA, RATIO_METADATA, USAGE_METADATA, type LoadMetadata, type RatioMetadata } from '../model/metadata-types.js';
import type { Flow, LoadSpec } from './propagation/load-spec.js';
import { SelectorIndex } from './propagation/selector-index.js';
import { matchSpecificity, type PricerLookup, type UsageLayer } from './resolve-usage.js';
import type { UsageScalar, UsageValue } from './usage-value.js';

interface MetadataEntry {
  path: string;
  type: string;
  data: unknown;
}

function entries(architecture: Architecture): MetadataEntry[] {
  const out = [...(architecture.constructMetadata ?? [])];
  for (const stack of architecture.stacks) {
    for (const r of stack.resources) {
      const usage = r.metadata[USAGE_METADATA];
      if (usage !== undefined) out.push({ path: r.path, type: USAGE_METADATA, data: usage });
    }
  }
  return out;
}

/** Usage.of(construct).set({...}) values, as a usage layer. Unknown keys are errors naming the construct. */
export function metadataUsageLayer(architecture: Architecture, pricers: PricerLookup): UsageLayer | undefined {
  const usage = entries(architecture).filter((e) => e.type === USAGE_METADATA);
  if (usage.length === 0) return undefined;
  const selectors = new SelectorIndex(architecture);
  const byResource = new Map<ResourceModel, Array<{ specificity: number; values: Map<string, UsageValue> }>>();
  const problems: string[] = [];
  for (const entry of usage) {
    const values = entry.data && typeof entry.data === 'object' ? (entry.data as Record<string, unknown>) : {};
    const matched = selectors.match(entry.path);
    const keys = new Set(matched.flatMap((r) => (pricers.pricerFor(r.type)?.usageKeys ?? []).map((k) => k.name)));
    const layerValues = new Map<string, UsageValue>();
    for (const [key, value] of Object.entries(values)) {
      if (!keys.has(key)) {
        const guess = closest(key, keys);
        problems.push(
          `construct metadata of ${entry.path} (Usage.of): unknown key "${key}".${guess ? ` Did you mean "${guess}"?` : ''} Resources ` +
            `under it read: ${[...keys].join(', ') || '(no usage keys)'}.`,
        );
        continue;
      }
      if (typeof value !== 'number' && typeof value !== 'string' && typeof value !== 'boolean') continue;
      layerValues.set(key, { value: value as UsageScalar, origin: { kind: 'metadata', constructPath: entry.path } });
    }
    for (const r of matched) {
      const list = byResource.get(r) ?? [];
      list.push({ specificity: matchSpecificity(entry.path, r) ?? 0, values: layerValues });
      byResource.set(r, list);
    }
  }
  if (problems.length)
    throw new UserError(
      `Usage in construct metadata:\n${problems.map((p) => `  ${p}`).join('\n')}`,
      'Keys per resource type: `cdk-cost usage keys`.',
    );
  for (const list of byResource.values()) list.sort((a, b) => b.specificity - a.specificity);
  return {
    valuesFor(resource) {
      const list = byResource.get(resource);
      if (!list) return undefined;
      const out = new Map<string, UsageValue>();
      for (const { values } of list) for (const [k, v] of values) if (!out.has(k)) out.set(k, v);
      return out;
    },
  };
}

/** Load.entry and Load.ratio metadata, as a load spec (the usage file's load section is merged over it). */
export function metadataLoad(architecture: Architecture): LoadSpec {
  const spec: LoadSpec = { flows: [], ratios: [] };
  const flows = new Map<string, Flow>();
  for (const entry of entries(architecture)) {
    const origin = `construct metadata of ${entry.path}`;
    if (entry.type === LOAD_METADATA) {
      const data = entry.data as LoadMetadata;
      const perMonth = new Decimal(data.perMonth);
      let flow = flows.get(data.flow);
      if (!flow) {
        flows.set(data.flow, (flow = { name: data.flow, perMonth, unit: data.unit ?? data.flow, entries: [], origin, line: 0 }));
        spec.flows.push(flow);
      } else if (!flow.perMonth.eq(perMonth)) {
        throw new UserError(
          `Flow "${data.flow}" enters at ${flow.origin.replace('construct metadata of ', '')} with perMonth ${flow.perMonth} and at ` +
            `${entry.path} with ${perMonth}.`,
          'One flow has one monthly volume: give the same perMonth, or name the flows differently.',
        );
      }
      const perUnit = data.perUnit === undefined ? 1 : data.perUnit;
      flow.entries.push({
        selector: entry.path,
        perUnit:
          typeof perUnit === 'number'
            ? [{ name: '', value: new Decimal(perUnit), line: 0 }]
            : Object.entries(perUnit).map(([name, value]) => ({ name, value: new Decimal(value), line: 0 })),
        line: 0,
      });
    } else if (entry.type === RATIO_METADATA) {
      const data = entry.data as RatioMetadata;
      spec.ratios.push({
        from: entry.path,
        ...(data.to ? { to: data.to } : {}),
        values: Object.entries(data.ratios).map(([name, value]) => ({ name, value: new Decimal(value), line: 0 })),
        origin,
        fromFile: false,
        line: 0,
      });
    }
  }
  return spec;
}
