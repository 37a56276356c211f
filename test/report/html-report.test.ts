/**
 * The HTML report without a browser: every string from the estimate is escaped, the treemap's
 * areas add up to the total, the page loads nothing from anywhere, colours keep their contrast, a
 * 2,000-resource report stays under 2 MB, and the CLI writes html for estimate and diff (and says
 * clearly when --out points into a missing directory). Expected values come from the JSON.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Decimal, formatUsd } from '../../lib/money.js';
import type { Estimate } from '../../lib/estimate/estimate-types.js';
import type { CostDiff } from '../../lib/diff/diff-types.js';
import { runEstimate } from '../../lib/estimate/run-estimate.js';
import { renderDiffHtml, renderEstimateHtml } from '../../lib/report/html/render-html.js';
import { layoutTreemap, treemapSvg, TREEMAP_HEIGHT, TREEMAP_WIDTH } from '../../lib/report/html/treemap.js';
import { esc, jsonForScript } from '../../lib/report/html/escape.js';
import { CSP } from '../../lib/report/html/page.js';
import { contrastRatio, DECREASE, INCREASE, INK, MUTED, PALETTE } from '../../lib/report/html/palette.js';
import { generateAssembly } from '../bench/generate-assembly.js';
import { cli } from '../support/cli.js';
import { FIXTURES_DIR } from '../support/paths.js';
import { PricerRegistry } from '../../lib/resources/registry.js';

const EVIL = '<script>alert("x")</script>';
let dir: string;
/** A Cloud Assembly: a plain template's paths are logical ids, an assembly's come from aws:cdk:path. */
let evilAssembly: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cdk-cost-html-'));
  // A Cloud Assembly whose construct paths carry markup: a NAT gateway (priced without usage) and a queue.
  evilAssembly = join(dir, 'evil-assembly');
  mkdirSync(evilAssembly);
  writeFileSync(
    join(evilAssembly, 'Evil.template.json'),
    JSON.stringify({
      Resources: {
        Gateway: {
          Type: 'AWS::EC2::NatGateway',
          Properties: { SubnetId: 'subnet-1' },
          Metadata: { 'aws:cdk:path': `Evil/${EVIL}/Gateway/Resource` },
        },
        Queue: { Type: 'AWS::SQS::Queue', Properties: {}, Metadata: { 'aws:cdk:path': `Evil/a&b "quoted" 'single'/Queue/Resource` } },
      },
    }),
  );
  writeFileSync(
    join(evilAssembly, 'manifest.json'),
    JSON.stringify({
      version: '55.0.0',
      artifacts: {
        Evil: {
          type: 'aws:cloudformation:stack',
          environment: 'aws://unknown-account/us-east-1',
          properties: { templateFile: 'Evil.template.json' },
          displayName: 'Evil',
        },
      },
    }),
  );
  return () => rmSync(dir, { recursive: true, force: true });
});

describe('escaping', () => {
  it('escapes text and attribute characters, and keeps JSON from closing its script element', () => {
    expect(esc(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    const json = jsonForScript({ p: '</script><script>alert(1)</script>\u2028' });
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual({ p: '</script><script>alert(1)</script>\u2028' });
  });

  it('a resource path containing <script> never reaches the page as markup', async () => {
    const result = await cli('estimate', evilAssembly, '--format', 'html');
    expect(result.code).toBe(0);
    const html = result.stdout;
    const json = await cli('estimate', evilAssembly, '--format', 'json');
    const estimate = JSON.parse(json.stdout) as Estimate;
    expect(estimate.resources.some((r) => r.path.includes(EVIL))).toBe(true);
    // Exactly the report's own two script elements: the data block and the client script.
    expect(html.match(/<script/g)).toHaveLength(2);
    expect(html).not.toContain(EVIL);
    expect(html).toContain(esc(EVIL));
    expect(html).toContain(esc(`a&b "quoted" 'single'`));
    // The data block parses back to the original path.
    const data = JSON.parse(html.match(/<script type="application\/json" id="cost-data">(.*?)<\/script>/s)![1]!) as {
      cells: Array<{ p: string }>;
    };
    expect(data.cells.map((c) => c.p)).toContain(estimate.resources.find((r) => r.path.includes(EVIL))!.path);
  });
});

describe('a self-contained page', () => {
  let html: string;
  let estimate: Estimate;
  beforeAll(async () => {
    estimate = JSON.parse((await cli('estimate', evilAssembly, '--format', 'json')).stdout) as Estimate;
    html = renderEstimateHtml(estimate);
  });

  it('forbids every fetch with a Content-Security-Policy and links nothing external', () => {
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${CSP}">`);
    expect(CSP).toContain("default-src 'none'");
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).not.toMatch(/<(link|img|iframe|object|embed)\b/i);
    expect(html).not.toMatch(/<script[^>]*\bsrc=/i);
    expect(html).not.toMatch(/url\(/i);
  });

  it('renders the same page from the Estimate read back from its JSON file', () => {
    const file = join(dir, 'estimate.json');
    writeFileSync(file, JSON.stringify(estimate));
    expect(renderEstimateHtml(JSON.parse(readFileSync(file, 'utf8')) as Estimate)).toBe(html);
  });

  it('text and fills keep a contrast of at least 4.5:1', () => {
    for (const colour of [...PALETTE, INCREASE, DECREASE]) expect(contrastRatio(colour, '#ffffff'), colour).toBeGreaterThanOrEqual(4.5);
    for (const colour of [INK, MUTED]) expect(contrastRatio(colour, '#ffffff'), colour).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(MUTED, '#f3f3f3')).toBeGreaterThanOrEqual(4.5); // table headers
  });
});

describe('treemap layout', () => {
  let estimate: Estimate;
  beforeAll(async () => {
    const { usageFile } = generateAssembly(join(dir, 'assembly-300'), 300);
    ({ estimate } = await runEstimate({ pricers: new PricerRegistry(), source: join(dir, 'assembly-300'), usageFile }));
  });

  it('has one cell per resource that costs money, and the cells add up to the total', () => {
    const cells = layoutTreemap(estimate);
    const costing = estimate.resources.filter((r) => new Decimal(r.monthly).gt(0));
    expect(cells.map((c) => c.resource.path).sort()).toEqual(costing.map((r) => r.path).sort());
    const sum = cells.reduce((s, c) => s.plus(c.resource.monthly), new Decimal(0));
    // To 20 decimals: the total is summed per stack first, so the 34th significant digit may round differently.
    expect(sum.toDecimalPlaces(20).toFixed()).toBe(new Decimal(estimate.totals.monthly).toDecimalPlaces(20).toFixed());
  });

  it('with several stacks, names each stack once, on its largest cell that has room; with one, none', () => {
    expect(new Set(estimate.resources.map((r) => r.stack)).size).toBe(1);
    expect(treemapSvg(estimate, layoutTreemap(estimate))).not.toContain('stack-name');
    // The same resources split over two stacks (the renderer reads only the JSON).
    const [first] = estimate.stacks;
    const moved = (r: Estimate['resources'][number], i: number) =>
      i % 2 ? { ...r, stack: 'Other', path: r.path.replace(`${first!.name}/`, 'Other/') } : r;
    const two: Estimate = { ...estimate, resources: estimate.resources.map(moved) };
    const cells = layoutTreemap(two);
    const svg = treemapSvg(two, cells);
    const named = [
      ...svg.matchAll(/<g class="cell"[^>]*data-i="(\d+)"[^>]*>(?:(?!<\/g>).)*?<text class="stack-name"[^>]*>([^<]*)<\/text>/g),
    ].map((m) => ({ cell: cells[Number(m[1])]!, name: m[2]! }));
    expect(named.map((n) => n.name).sort()).toEqual([first!.name, 'Other'].sort());
    // Each on its stack's largest cell: no cell of that stack comes before it.
    for (const { cell, name } of named) {
      expect(cell.resource.stack).toBe(name);
      expect(cells.find((c) => c.resource.stack === name)).toBe(cell);
    }
  });

  it('gives each cell an area proportional to its cost, filling the chart', () => {
    const cells = layoutTreemap(estimate);
    const total = Number(estimate.totals.monthly);
    const area = TREEMAP_WIDTH * TREEMAP_HEIGHT;
    const covered = cells.reduce((s, c) => s + c.width * c.height, 0);
    expect(covered / area).toBeCloseTo(1, 6);
    for (const c of cells) expect((c.width * c.height) / area).toBeCloseTo(Number(c.resource.monthly) / total, 6);
    for (const c of cells) {
      expect(c.x).toBeGreaterThanOrEqual(-1e-9);
      expect(c.y).toBeGreaterThanOrEqual(-1e-9);
      expect(c.x + c.width).toBeLessThanOrEqual(TREEMAP_WIDTH + 1e-9);
      expect(c.y + c.height).toBeLessThanOrEqual(TREEMAP_HEIGHT + 1e-9);
    }
  });
});

describe('large input', () => {
  it('the report of a 2,000-resource estimate stays under 2 MB', async () => {
    const { usageFile } = generateAssembly(join(dir, 'assembly-2000'), 2000);
    const { estimate } = await runEstimate({ pricers: new PricerRegistry(), source: join(dir, 'assembly-2000'), usageFile });
    expect(estimate.resources).toHaveLength(2000);
    const html = renderEstimateHtml(estimate);
    expect(Buffer.byteLength(html)).toBeLessThan(2 * 1024 * 1024);
    expect(html.match(/<tr>/g)!.length).toBeGreaterThanOrEqual(2000);
  });
});

describe('the CLI', () => {
  it('estimate --format html --out writes the page and says where', async () => {
    const out = join(dir, 'report.html');
    const result = await cli('estimate', evilAssembly, '--format', 'html', '--out', out);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`Wrote html estimate to ${out}`);
    const estimate = JSON.parse((await cli('estimate', evilAssembly, '--format', 'json')).stdout) as Estimate;
    expect(readFileSync(out, 'utf8')).toContain(`<p class="total" id="total">${formatUsd(new Decimal(estimate.totals.monthly))}`);
  });

  it('a saved estimate renders again in any format, exactly as when it was made; repricing options are errors', async () => {
    const saved = join(dir, 'saved-estimate.json');
    expect((await cli('estimate', evilAssembly, '--format', 'json', '--out', saved)).code).toBe(0);
    for (const format of ['html', 'table', 'markdown']) {
      const direct = await cli('estimate', evilAssembly, '--format', format);
      const again = await cli('estimate', saved, '--format', format);
      expect(again.code, format).toBe(0);
      expect(again.stdout, format).toBe(direct.stdout);
    }
    const over = await cli('estimate', saved, '--fail-if-total-over', '0');
    expect(over.code).toBe(2);
    const repriced = await cli('estimate', saved, '--usage', join(dir, 'x.yml'), '--scale', '1,10');
    expect(repriced.code).toBe(1);
    expect(repriced.stderr).toContain(`error: ${saved} is a saved estimate, priced already: --usage, --scale cannot change it.`);
  });

  it('--out into a missing directory is a clear error', async () => {
    const out = join(dir, 'missing', 'report.html');
    const result = await cli('estimate', evilAssembly, '--format', 'html', '--out', out);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`error: --out ${out}: the directory ${join(dir, 'missing')} does not exist.`);
    expect(result.stderr).toContain('hint: Create it first');
    // Checked before any work: with a source that does not exist either, the --out error comes first.
    for (const command of [
      ['estimate', join(dir, 'no-such-app')],
      ['scan', join(dir, 'no-such-app')],
      ['diff', join(dir, 'a.json'), join(dir, 'b.json')],
    ]) {
      const early = await cli(...command, '--out', out);
      expect(early.code, command[0]).toBe(1);
      expect(early.stderr, command[0]).toContain(`error: --out ${out}: the directory`);
    }
  });

  it('--explain has no html view', async () => {
    const result = await cli('estimate', evilAssembly, '--format', 'html', '--explain', 'Evil');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('--explain has no HTML view.');
  });

  it('diff BASE HEAD --format html shows the change between two saved estimates', async () => {
    const templates = join(FIXTURES_DIR, 'templates', 'queue-and-table.json');
    const base = join(dir, 'base.json');
    const head = join(dir, 'head.json');
    expect((await cli('estimate', templates, '--parameter', 'Stage=dev', '--format', 'json', '--out', base)).code).toBe(0);
    expect((await cli('estimate', templates, '--parameter', 'Stage=prod', '--format', 'json', '--out', head)).code).toBe(0);
    const json = JSON.parse((await cli('diff', base, head, '--format', 'json')).stdout) as CostDiff;
    const result = await cli('diff', base, head, '--format', 'html');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(renderDiffHtml(json));
    expect(result.stdout).toContain(`${formatUsd(new Decimal(json.totals.before))} → ${formatUsd(new Decimal(json.totals.after))}`);
    for (const r of json.resources.filter((x) => !new Decimal(x.delta).isZero())) expect(result.stdout).toContain(esc(r.path));
  });
});
