/**
 * What `usage pull` tells the user: which stacks it found, the values it wrote, the resources and
 * keys without data (listed, never filled in), the keys it kept from the file, and the AWS requests.
 */
import type { PullRun } from './run-pull.js';

export function pullSummary(run: PullRun, target: string): string {
  const { result } = run;
  const lines: string[] = [];
  const deployed = result.stacks.filter((s) => s.deployed);
  lines.push(`Usage pulled from CloudWatch, ${result.window.label} (× 730/${24 * result.window.days} h to a month):`);
  const missing = result.stacks.filter((s) => !s.deployed);
  lines.push(`  stacks: ${deployed.map((s) => `${s.name} (${s.region})`).join(', ')}`);
  if (missing.length) lines.push(`  not deployed: ${missing.map((s) => `${s.name} (${s.region})`).join(', ')}`);
  const width = Math.max(0, ...result.resources.flatMap((r) => r.values.map((v) => `${r.selector} ${v.key}`.length)));
  for (const r of result.resources) for (const v of r.values) lines.push(`  ${`${r.selector} ${v.key}`.padEnd(width)}  ${v.value}`);
  const empty = result.resources.filter((r) => r.withoutData.length);
  if (empty.length) {
    lines.push('Without data (not written; the estimate keeps its other sources for them):');
    for (const r of empty) lines.push(`  ${r.selector}: ${r.withoutData.join(', ')}`);
  }
  if (run.kept.length) {
    lines.push(`Kept your values (remove them from ${target} to use the measured ones):`);
    for (const k of run.kept) lines.push(`  ${k.selector} ${k.key}: ${JSON.stringify(k.kept)} (measured ${k.measured})`);
  }
  if (result.notMeasured.length) {
    lines.push(
      `Not measured by usage pull (${result.notMeasured.length}): ${[...new Set(result.notMeasured.map((r) => r.type))].join(', ')}`,
    );
  }
  const byService = Object.entries(run.log.byService())
    .map(([s, n]) => `${s} ${n}`)
    .join(', ');
  lines.push(`${run.merged ? 'Merged into' : 'Wrote'} ${target}. AWS requests: ${run.log.count()} (${byService}).`);
  return lines.join('\n') + '\n';
}
