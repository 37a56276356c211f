/**
 * Issue 18 figures: an emulated organization of 20 accounts × 3 regions × 50 resources (25
 * unattached gp3 volumes and 25 idle SQS queues per account and region, tagged with one of four
 * teams), scanned with --concurrency 1, 8 and 32: wall time, API calls per account (the scan's
 * command-log middleware), and the peak calls per second any one account × region × service saw
 * (a middleware timestamping each command per client; each client serves one account and region).
 * Run: npx tsc -p tsconfig.json && node dist/test/bench/org-scan-bench.js
 */
import type { MiddlewareHost } from '../../lib/scan/aws/command-log.js';
import { CommandLog } from '../../lib/scan/aws/command-log.js';
import { runOrgScan } from '../../lib/scan/organization/run-org-scan.js';
import { scanPricers } from '../../lib/scan/pricers/scan-pricers.js';
import { clientConfig } from '../support/aws-test-clients.js';
import { startMoto } from '../support/moto-server.js';
import { buildOrg, type Planted } from '../support/org-world.js';

const ACCOUNTS = 20;
const REGIONS = ['us-east-1', 'eu-west-1', 'ap-southeast-2'];
const TEAMS = ['payments', 'search', 'data', 'web'];
const DAY = 86_400_000;

async function main(): Promise<void> {
  const moto = await startMoto();
  try {
    const started = performance.now();
    const specs = Array.from({ length: ACCOUNTS }, (_, a) => ({
      name: `member-${a}`,
      resources: REGIONS.flatMap((region) =>
        Array.from({ length: 50 }, (_, i): Planted => ({ kind: i % 2 ? 'queue' : 'volume', region, team: TEAMS[(a + i) % 4]!, size: 10 })),
      ),
    }));
    const world = await buildOrg(moto.endpoint, specs);
    console.log(`setup: ${ACCOUNTS} accounts × ${REGIONS.length} regions × 50 resources in ${sec(started)}`);
    const clock = () => new Date(Date.now() + 40 * DAY);
    for (const concurrency of [1, 8, 32]) {
      const perClient = new Map<unknown, { key: string; times: number[] }>();
      const stamp = (client: MiddlewareHost, region: string) => {
        client.middlewareStack.add(
          (next: (a: unknown) => Promise<unknown>, ctx: { clientName?: string }) => async (args: unknown) => {
            const entry = perClient.get(client) ?? { key: `${ctx.clientName} ${region}`, times: [] };
            entry.times.push(performance.now());
            perClient.set(client, entry);
            return next(args);
          },
          { step: 'initialize', name: 'benchStamp' },
        );
      };
      const logs = new Map<string, CommandLog>();
      const orgLog = new CommandLog();
      const t0 = performance.now();
      const report = await runOrgScan({
        pricers: scanPricers(),
        accounts: { ids: Object.values(world.accounts) },
        roleName: 'CdkCostScanRole',
        regions: REGIONS,
        access: { clientConfig: clientConfig({ endpoint: moto.endpoint }), middleware: [stamp] },
        concurrency,
        groupByTag: 'team',
        now: clock,
        log: orgLog,
        onAccountCommands: (account, log) => logs.set(account, log),
      });
      const wall = sec(t0);
      const calls = [...logs.values()].map((l) => l.records.length);
      const byService = new Map<string, number>();
      for (const l of logs.values()) for (const [s, n] of Object.entries(l.byService())) byService.set(s, (byService.get(s) ?? 0) + n);
      let peak = { key: '', rate: 0 };
      for (const { key, times } of perClient.values()) {
        times.sort((a, b) => a - b);
        for (let i = 0, j = 0; j < times.length; j++) {
          while (times[j]! - times[i]! > 1000) i++;
          if (j - i + 1 > peak.rate) peak = { key, rate: j - i + 1 };
        }
      }
      console.log(
        `concurrency ${concurrency}: ${wall}; ${report.totals.findings} findings, ` +
          `$${Number(report.totals.monthlyWaste).toFixed(2)}/month; ` +
          `gaps ${report.gaps.length}; API calls ${report.apiCalls.total} (scanning account: ${orgLog.records.length}); ` +
          `per account min ${Math.min(...calls)} max ${Math.max(...calls)}; peak ${peak.rate} calls/s on one client (${peak.key})`,
      );
      if (concurrency === 1) {
        const per = ACCOUNTS;
        console.log(`  per account by service: ${[...byService].map(([s, n]) => `${s} ${n / per}`).join(', ')}`);
        console.log(`  teams: ${report.groups!.groups.map((g) => `${g.value} $${Number(g.monthlyWaste).toFixed(2)}`).join(', ')}`);
      }
    }
  } finally {
    await moto.stop();
  }
}

function sec(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}

await main();
