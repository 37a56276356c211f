/**
 * `cdk-cost estimate --coverage`: what cdk-cost made of each resource type of the app — how many
 * resources, their status (priced, free, usage missing, unsupported, or a mix), and why the free
 * and unsupported ones are what they are. Reads only the Estimate (its `coverage`, derived from
 * `resources` for estimates saved before that field existed).
 */
import { table, getBorderCharacters } from 'table';
import { coverageOf } from '../estimate/coverage.js';
import type { Coverage, Estimate, TypeCoverage } from '../estimate/estimate-types.js';

export function coverage(estimate: Estimate): Coverage {
  // Saved before `coverage` (or its status split) existed: derived again from the resources.
  return estimate.coverage?.costBearingStatuses ? estimate.coverage : coverageOf(estimate.resources);
}

const STATUS_LABEL = { priced: 'priced', free: 'free', usageMissing: 'usage missing', unsupported: 'unsupported' } as const;

export function statusText(t: TypeCoverage): string {
  if (t.status !== 'mixed') return t.status === 'usage-missing' ? 'usage missing' : t.status;
  return (Object.keys(STATUS_LABEL) as Array<keyof typeof STATUS_LABEL>)
    .filter((k) => t.statuses[k] > 0)
    .map((k) => `${STATUS_LABEL[k]} ${t.statuses[k]}`)
    .join(', ');
}

function reasonText(t: TypeCoverage): string {
  const many = t.reasons.length > 1;
  return t.reasons.map((r) => `${many || t.status === 'mixed' ? `${r.status} ×${r.count}: ` : ''}${r.reason}`).join('\n');
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '100%' : `${((part / whole) * 100).toFixed(1).replace(/\.0$/, '')}%`;
}

/**
 * "Classified: 8 of 8 resources (100%) · cost-bearing: 3 — 1 priced (33.3%), 1 usage missing
 * (33.3%), 1 unsupported (33.3%)": priced, priced at $0 for want of usage, and not (fully) priced
 * are different facts, so each is counted on its own.
 */
export function coverageHeadline(c: Coverage, resources: number): string {
  const s = c.costBearingStatuses;
  const share = (n: number) => `${n} (${percent(n, c.costBearing)})`;
  const costBearing = s
    ? `cost-bearing: ${c.costBearing} — priced ${share(s.priced)}, usage missing ${share(s.usageMissing)}, ` +
      `unsupported ${share(s.unsupported)}${s.partlyPriced ? `, of which ${s.partlyPriced} partly priced` : ''}`
    : // An estimate saved before the split existed: only the older, combined count is known.
      `cost-bearing resources priced or usage missing: ${c.costBearingPriced} of ${c.costBearing} ` +
      `(${percent(c.costBearingPriced, c.costBearing)})`;
  return `Classified: ${c.classified} of ${resources} resources (${percent(c.classified, resources)}) · ${costBearing}`;
}

export function renderCoverageTable(estimate: Estimate): string {
  const c = coverage(estimate);
  const rows = [
    ['Resource type', 'Count', 'Status', 'Why (free / unsupported)'],
    ...c.types.map((t) => [t.type, String(t.count), statusText(t), reasonText(t)]),
  ];
  const typeWidth = Math.min(56, Math.max(13, ...c.types.map((t) => t.type.length)));
  return (
    [
      'Coverage by resource type:',
      table(rows, {
        border: getBorderCharacters('norc'),
        columns: {
          0: { width: typeWidth, wrapWord: true },
          1: { alignment: 'right' },
          2: { width: 24, wrapWord: true },
          3: { width: 60, wrapWord: true },
        },
        drawHorizontalLine: (index, size) => index === 0 || index === 1 || index === size,
      }).trimEnd(),
      coverageHeadline(c, estimate.resources.length),
    ].join('\n') + '\n'
  );
}

export function renderCoverageMarkdown(estimate: Estimate): string {
  const c = coverage(estimate);
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, '<br>');
  return (
    [
      '### Coverage by resource type',
      '',
      '| Resource type | Count | Status | Why (free / unsupported) |',
      '|---|---:|---|---|',
      ...c.types.map((t) => `| ${t.type} | ${t.count} | ${cell(statusText(t))} | ${cell(reasonText(t))} |`),
      '',
      coverageHeadline(c, estimate.resources.length),
    ].join('\n') + '\n'
  );
}

/**
 * The coverage section appended to an estimate's output by --coverage. JSON carries the same data
 * in its `coverage` field whether or not the flag is given, and the HTML report always has its
 * coverage section, so nothing is appended to either.
 */
export function coverageSection(estimate: Estimate, format: string): string {
  if (format === 'json' || format === 'html') return '';
  return '\n' + (format === 'markdown' ? renderCoverageMarkdown(estimate) : renderCoverageTable(estimate));
}
