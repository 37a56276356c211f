/**
 * cdk-cost installed the way users install it: the project is packed (`npm pack`), and the tarball
 * is installed with `npm install --offline` into a fresh CDK app that depends on another aws-cdk-lib
 * 2.x minor version than this project's devDependency (test/support/consumer-app.ts). There
 * `npx cdk-cost estimate` prices the app, and the app's CostGuard fails and passes `cdk synth` as
 * its budget says — with the app's aws-cdk-lib, no second copy nested inside cdk-cost.
 * One pack and one install serve every case: the install is the slow part.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Estimate } from '../../lib/estimate/estimate-types.js';
import { Decimal, formatUsd } from '../../lib/money.js';
import { SnapshotPriceBook } from '../../lib/pricing/snapshot/snapshot-price-book.js';
import { runProcess, succeeded, type ProcessResult } from '../support/child-process.js';
import { consumerDependencies, NPM_QUIET, OTHER_CDK_LIB, warmNodeModules } from '../support/consumer-app.js';
import { BUNDLED_SNAPSHOT, REPO_ROOT } from '../support/paths.js';

const book = new SnapshotPriceBook(BUNDLED_SNAPSHOT);
const unit = (service: string, key: string) => book.lookup(service, 'us-east-1', key)!.tiers[0]!.unitPrice;
// The app's one NAT gateway and its Elastic IP, a month of hours; the data it processes is usage not given.
const expectedTotal = new Decimal(730)
  .times(unit('AmazonEC2', 'Hourly charge for NAT Gateways'))
  .plus(new Decimal(730).times(unit('AmazonVPC', 'Hourly charge for In use Public IPv4 Addresses per Hrs')));

const APP = `import { App, Aspects, Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { CostGuard } from 'cdk-cost/cdk';

const app = new App();
const stack = new Stack(app, 'Shop', { env: { region: 'us-east-1' } });
new ec2.Vpc(stack, 'Vpc', { maxAzs: 1, natGateways: 1 });
Aspects.of(app).add(new CostGuard({ maxMonthlyUsd: Number(app.node.getContext('maxMonthlyUsd')) }));
app.synth();
`;

/** A stack with the organization scanner, as the README shows it (the peer aws-cdk-lib is the app's older one). */
const SCANNER_APP = `import { App, Stack } from 'aws-cdk-lib';
import { WasteScanner } from 'cdk-cost/cdk';

const app = new App();
new WasteScanner(new Stack(app, 'Scanner', { env: { region: 'us-east-1' } }), 'Scanner', { regions: ['us-east-1'], budget: 100 });
app.synth();
`;

/** No credentials, no AWS profile, and a proxy that refuses at once: nothing here may leave the host. */
const env: NodeJS.ProcessEnv = {
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  ...(process.env.TMPDIR ? { TMPDIR: process.env.TMPDIR } : {}),
  HTTPS_PROXY: 'http://127.0.0.1:9',
  HTTP_PROXY: 'http://127.0.0.1:9',
  CI: 'true',
};

let work = '';
let app = '';
const inApp = (file: string, args: string[], extraEnv: NodeJS.ProcessEnv = {}): Promise<ProcessResult> =>
  runProcess(file, args, { cwd: app, env: { ...env, ...extraEnv }, timeoutMs: 240_000 });

beforeAll(async () => {
  expect(existsSync(join(REPO_ROOT, 'dist', 'lib', 'cdk', 'index.js')), 'dist/ is built by `npm ci` / `npm run build`').toBe(true);
  work = mkdtempSync(join(tmpdir(), 'cdk-cost-install-'));
  // --ignore-scripts: `prepare` would rebuild dist/ under other work in this checkout; npm ci built it.
  succeeded(
    await runProcess('npm', ['pack', '--ignore-scripts', '--loglevel=error', '--pack-destination', work], {
      cwd: REPO_ROOT,
      env: process.env,
      timeoutMs: 240_000,
    }),
  );
  const tarball = join(work, readdirSync(work).find((f) => f.endsWith('.tgz'))!);
  app = join(work, 'app');
  const dependencies = { ...consumerDependencies(), 'cdk-cost': `file:${tarball}` };
  const files: Record<string, string> = {
    'package.json': JSON.stringify({ name: 'shop-infra', private: true, type: 'module', dependencies }, null, 2),
    'cdk.json': JSON.stringify({ app: 'node app.mjs', context: { maxMonthlyUsd: 1000 } }),
    'app.mjs': APP,
    'scanner.mjs': SCANNER_APP,
  };
  mkdirSync(app);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(app, name), text);
  // The consumer's dependencies as a fresh install left them (hard links: fast, and the copy is the app's own).
  succeeded(await runProcess('cp', ['-al', warmNodeModules(), join(app, 'node_modules')], { cwd: work, env, timeoutMs: 120_000 }));
  const install = await inApp('npm', ['install', '--offline', ...NPM_QUIET]);
  succeeded(
    install,
    /ENOTCACHED/.test(install.stderr)
      ? "npm's cache lacks what the offline install needs: delete ~/.cache/cdk-cost-tests/consumer-deps-* and run `npm test` again."
      : '',
  );
}, 600_000);

// The install is some 200 MB.
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('cdk-cost packed and installed into a CDK app on another aws-cdk-lib', () => {
  it(`uses the app's aws-cdk-lib ${OTHER_CDK_LIB}: no second copy inside cdk-cost, and only what the package ships`, () => {
    const version = (dir: string) => (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
    expect(version(join(app, 'node_modules', 'aws-cdk-lib'))).toBe(OTHER_CDK_LIB);
    expect(version(join(REPO_ROOT, 'node_modules', 'aws-cdk-lib'))).not.toBe(OTHER_CDK_LIB);
    const installed = join(app, 'node_modules', 'cdk-cost');
    expect(existsSync(join(installed, 'node_modules', 'aws-cdk-lib'))).toBe(false);
    expect(existsSync(join(installed, 'node_modules', 'constructs'))).toBe(false);
    expect(readdirSync(installed).sort()).toEqual(['LICENSE', 'README.md', 'dist', 'package.json', 'pricing']);
  });

  it('`npx cdk-cost estimate` synthesizes and prices the app', async () => {
    const result = succeeded(await inApp('npx', ['--offline', 'cdk-cost', 'estimate', '.', '--format', 'json']));
    const estimate = JSON.parse(result.stdout) as Estimate;
    expect(estimate.source.kind).toBe('app');
    expect(estimate.stacks.map((s) => s.name)).toEqual(['Shop']);
    expect(formatUsd(new Decimal(estimate.totals.monthly))).toBe(formatUsd(expectedTotal));
    // The guard ran report-only inside the estimate's synthesis, within its budget: nothing to say.
    expect(result.stderr).not.toMatch(/error|over the budget/i);
  });

  it("the app's CostGuard fails synthesis over budget and passes under it, as `cdk synth` runs the app", async () => {
    const synth = (budget: number) => {
      const out = mkdtempSync(join(work, 'cdk.out-'));
      return inApp(process.execPath, ['app.mjs'], { CDK_OUTDIR: out, CDK_CONTEXT_JSON: JSON.stringify({ maxMonthlyUsd: budget }) }).then(
        (result) => ({ ...result, out }),
      );
    };
    const [over, under] = await Promise.all([synth(10), synth(1000)]);
    expect(over.code).not.toBe(0);
    expect(over.stderr).toContain(`the estimated monthly cost of the app, ${formatUsd(expectedTotal)}, is over the budget of $10.00`);
    expect(under.stderr).toBe('');
    expect(under.code).toBe(0);
    // aws-cdk-lib keeps a stack's metadata in manifest.json, newer versions in a file of its own.
    type Metadata = Record<string, Array<{ type: string; data: unknown }>>;
    const own = join(under.out, 'Shop.metadata.json');
    const manifest = JSON.parse(readFileSync(join(under.out, 'manifest.json'), 'utf8')) as {
      artifacts: Record<string, { metadata?: Metadata }>;
    };
    const metadata = existsSync(own) ? (JSON.parse(readFileSync(own, 'utf8')) as Metadata) : manifest.artifacts.Shop!.metadata!;
    const warning = metadata['/Shop']!.find((m) => m.type === 'aws:cdk:warning' && String(m.data).startsWith('cdk-cost:'));
    expect(String(warning?.data)).toContain(`the app ≈ ${formatUsd(expectedTotal)}/month`);
  });
  it('synthesizes a WasteScanner whose function code runs on its own: the handler imports resolve inside the zip', async () => {
    const out = mkdtempSync(join(work, 'scanner.out-'));
    // TMPDIR inside the work directory: the staged asset (hard links and a zip, kept in the temp directory for
    // later synths) goes when the test's install does.
    const synth = await inApp(process.execPath, ['scanner.mjs'], { CDK_OUTDIR: out, CDK_CONTEXT_JSON: '{}', TMPDIR: work });
    expect(synth.stderr).toBe('');
    expect(synth.code).toBe(0);
    const zip = readdirSync(out).find((f) => f.startsWith('asset.') && f.endsWith('.zip'));
    expect(zip, 'the function code is one zip asset in cdk.out').toBeDefined();
    // Unpacked where no node_modules lies above it, as Lambda's /var/task: every import must come from the zip.
    const task = mkdtempSync(join(tmpdir(), 'cdk-cost-task-'));
    try {
      succeeded(await runProcess('python3', ['-m', 'zipfile', '-e', join(out, zip!), task], { cwd: work, env, timeoutMs: 120_000 }));
      // The handler, and every SDK client the scan loads lazily (`await import('@aws-sdk/…')` inside its loaders).
      const handler = pathToFileURL(join(task, 'dist', 'lib', 'scan', 'organization', 'lambda-handler.js')).href;
      const load = [
        "import { readdirSync, readFileSync } from 'node:fs';",
        `const m = await import(${JSON.stringify(handler)});`,
        "const lazy = new Set(readdirSync('dist/lib', { recursive: true }).filter((f) => f.endsWith('.js'))",
        "  .flatMap((f) => [...readFileSync('dist/lib/' + f, 'utf8').matchAll(/import\\('(@aws-sdk\\/[^']+)'\\)/g)].map((x) => x[1])));",
        'for (const spec of lazy) await import(spec);',
        'console.log(typeof m.handler, lazy.size);',
      ].join('\n');
      const run = succeeded(await runProcess(process.execPath, ['--input-type=module', '-e', load], { cwd: task, env, timeoutMs: 60_000 }));
      const [type, clients] = run.stdout.trim().split(' ');
      expect(type).toBe('function');
      expect(Number(clients)).toBeGreaterThanOrEqual(15);
    } finally {
      rmSync(task, { recursive: true, force: true });
    }
  });
});
