/**
 * --explain PATH: every usage number of the resources under a construct, where it came from — given
 * (file and line, or construct metadata), a type default, or derived, with the derivation chain
 * back to the entry loads.
 */
import type { ExplainedResource } from '../usage/explained-resource.js';
import { describeOrigin } from '../usage/usage-value.js';
import { formatQuantity, Decimal } from '../money.js';

export type { ExplainedResource } from '../usage/explained-resource.js';

export function renderExplain(path: string, explained: ExplainedResource[], format: 'table' | 'json' | 'markdown'): string {
  if (format === 'json') {
    return (
      JSON.stringify(
        {
          path,
          resources: explained.map((e) => ({
            path: e.resource.path,
            type: e.resource.type,
            usage: Object.fromEntries(
              e.keys.map((k) => [
                k.key,
                k.value
                  ? {
                      value: k.value.value,
                      unit: k.unit,
                      origin: describeOrigin(k.value.origin),
                      derived: k.value.origin.kind === 'derived',
                    }
                  : null,
              ]),
            ),
            steps: e.steps,
          })),
        },
        null,
        2,
      ) + '\n'
    );
  }
  const out: string[] = [];
  for (const e of explained) {
    out.push(`${e.resource.path} (${e.resource.type})`);
    for (const k of e.keys) {
      if (!k.value) {
        out.push(`  ${k.key}: not given (${k.unit})`);
        continue;
      }
      const v = typeof k.value.value === 'number' ? formatQuantity(new Decimal(k.value.value)) : String(k.value.value);
      const origin = k.value.origin;
      if (origin.kind === 'derived') out.push(`  ${k.key} = ${v} ${k.unit}  [derived]`, `    ${origin.explanation}`);
      else
        out.push(`  ${k.key} = ${v} ${k.unit}  [${origin.kind === 'type-default' ? 'type default' : 'given'}: ${describeOrigin(origin)}]`);
    }
    if (e.steps.length) out.push('  How the load arrives:', ...e.steps.map((s) => `    ${s}`));
    out.push('');
  }
  const text = out.join('\n');
  return format === 'markdown' ? '```\n' + text + '```\n' : text;
}
