/**
 * `cdk-cost pricing refresh [--service X…] [--region R…]`: fetch prices from the AWS Price List
 * API into a snapshot (the bundled one by default), atomically, and report what changed.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { UserError } from '../errors.js';
import { bundledSnapshotDir } from '../package-root.js';
import { SnapshotPriceBook } from '../pricing/snapshot/snapshot-price-book.js';
import { writeSnapshotAtomically } from '../pricing/snapshot/write-snapshot.js';
import { refreshPrices, type RefreshResult } from '../pricing/live/refresh.js';
import { applyRefresh, loadContent } from '../pricing/live/snapshot-content.js';
import type { PriceListStats } from '../pricing/live/price-list-client.js';
import type { CliIo } from './run.js';
import { addPriceListOptions, collectList, priceListSource, snapshotDirOf, type PriceListFlags } from './price-options.js';

interface RefreshFlags extends PriceListFlags {
  service: string[];
  region: string[];
  snapshot?: string;
  allChanges?: boolean;
}

/** Changes listed per service/region unless --all-changes. */
const CHANGES_SHOWN = 10;

export function registerPricingRefresh(pricing: Command, io: CliIo): void {
  const refresh = pricing
    .command('refresh')
    .description('Fetch prices from the AWS Price List API into the snapshot (atomically) and report what changed.')
    .option('-s, --service <code>', 'Price List service code to refresh (repeatable; default: every service)', collectList, [])
    .option('-r, --region <region>', 'region to refresh (repeatable; default: every region of each service)', collectList, [])
    .option('--snapshot <dir>', 'snapshot directory to refresh (default: the bundled one; created from it if missing)')
    .option('--all-changes', `list every changed price (default: the first ${CHANGES_SHOWN} per service and region)`);
  addPriceListOptions(refresh).action(async (flags: RefreshFlags) => {
    const target = snapshotDirOf(flags);
    const base = new SnapshotPriceBook(existsSync(join(target, 'index.json')) ? target : bundledSnapshotDir());
    const source = await priceListSource(flags);
    let result: RefreshResult;
    try {
      result = await refreshPrices({
        base,
        source,
        ...(flags.service.length ? { services: flags.service } : {}),
        ...(flags.region.length ? { regions: flags.region } : {}),
        log: (line) => io.stderr(`  ${line}\n`),
      });
    } catch (error) {
      if (error instanceof UserError) throw new UserError(`${error.message} Nothing was written: ${target} is unchanged.`, error.hint);
      throw error;
    } finally {
      source.destroy();
    }
    const content = loadContent(base);
    applyRefresh(content, result, 'cdk-cost pricing refresh');
    const written = writeSnapshotAtomically(target, content);
    io.stdout(renderReport(result, source.label, source.stats, target, written.prices, flags.allChanges === true));
    for (const warning of result.warnings) io.stderr(`warning: ${warning}\n`);
  });
}

function renderReport(result: RefreshResult, endpoint: string, stats: PriceListStats, target: string, total: number, all: boolean): string {
  const lines: string[] = [];
  const refreshed = result.regions.filter((r) => !r.kept);
  lines.push(
    `Refreshed ${refreshed.length} of ${result.regions.length} service/region pairs from ${endpoint}: ` +
      `${stats.products} products in ${stats.pages} pages (${stats.attempts} requests, ${stats.throttled} throttled and retried).`,
  );
  let added = 0;
  let removed = 0;
  let changed = 0;
  for (const r of result.regions) {
    const c = r.changes;
    added += c.added.length;
    removed += c.removed.length;
    changed += c.changed.length;
    const m = r.mapping;
    const how = m ? `${m.bySku} by SKU, ${m.byAttributes} by attributes${m.carried ? `, ${m.carried} carried over` : ''}` : '';
    lines.push(
      `${r.serviceCode} ${r.region}: ${r.kept ? 'kept (see warning)' : `${r.after.size} prices (${how})`}; ` +
        `${c.added.length} added, ${c.removed.length} removed, ${c.changed.length} changed, ${c.unchanged} unchanged`,
    );
    const details = [
      ...c.changed.map((x) => `  ~ ${x.key}: ${x.description}`),
      ...c.added.map((k) => `  + ${k}: ${tiersOf(r.after.get(k)!.t)}`),
      ...c.removed.map((k) => `  - ${k} (was ${tiersOf(r.before.get(k)!.t)})`),
    ];
    lines.push(...(all ? details : details.slice(0, CHANGES_SHOWN)));
    if (!all && details.length > CHANGES_SHOWN) lines.push(`  … ${details.length - CHANGES_SHOWN} more (--all-changes lists them)`);
  }
  lines.push(`Total: ${added} added, ${removed} removed, ${changed} changed. Wrote ${total} prices to ${target} (atomically).`);
  return lines.join('\n') + '\n';
}

function tiersOf(tiers: Array<[string, string | null, string, ...unknown[]]>): string {
  return tiers.length === 1 ? `${tiers[0]![2]} USD` : tiers.map((t) => `[${t[0]}, ${t[1] ?? '∞'}) ${t[2]}`).join(', ');
}
