/**
 * The price-source options shared by `estimate`, `pricing show` and `pricing refresh`:
 * bundled/other snapshot, or live from the Price List API (endpoint, cache, TTL).
 */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { UserError } from '../errors.js';
import { bundledSnapshotDir } from '../package-root.js';
import type { PriceBook } from '../pricing/price-book.js';
import { SnapshotPriceBook } from '../pricing/snapshot/snapshot-price-book.js';
import { choosePriceListEndpoint, DEFAULT_MAX_ATTEMPTS, PRICE_LIST_REGIONS } from '../pricing/live/price-list-endpoint.js';
import type { SdkPriceListSource } from '../pricing/live/price-list-client.js';

export interface PriceListFlags {
  pricingRegion?: string;
  endpoint?: string;
  maxAttempts?: string;
}

export interface PriceSourceFlags extends PriceListFlags {
  prices?: string;
  snapshot?: string;
  priceCache?: string;
  priceCacheTtl?: string;
}

/** --pricing-region, --endpoint, --max-attempts: how the Price List API is reached. */
export function addPriceListOptions(command: Command): Command {
  return command
    .option(
      '--pricing-region <region>',
      `Price List API region: ${PRICE_LIST_REGIONS.join(', ')} (default us-east-1; any answers for every region)`,
    )
    .option('--endpoint <url>', 'Price List API endpoint URL (default: AWS_ENDPOINT_URL_PRICING, AWS_ENDPOINT_URL, or the AWS endpoint)')
    .option('--max-attempts <n>', `attempts per Price List request, with the SDK's backoff between them (default ${DEFAULT_MAX_ATTEMPTS})`);
}

/** --prices snapshot|live and the live cache options (the caller already has --snapshot). */
export function addPriceSourceOptions(command: Command): Command {
  return addPriceListOptions(
    command
      .option('--prices <source>', 'where prices come from: snapshot (offline, default) or live (AWS Price List API, cached)', 'snapshot')
      .option('--price-cache <dir>', 'live price cache directory (default: $CDK_COST_PRICE_CACHE or ~/.cache/cdk-cost/prices)')
      .option('--price-cache-ttl <duration>', 'reuse cached live prices younger than this, e.g. 30m, 12h, 7d, 0 (default 24h)'),
  );
}

/** The SDK client is loaded only when prices are fetched: estimating from the snapshot never pays for it. */
export async function priceListSource(flags: PriceListFlags): Promise<SdkPriceListSource> {
  const endpoint = choosePriceListEndpoint({
    ...(flags.pricingRegion ? { pricingRegion: flags.pricingRegion } : {}),
    ...(flags.endpoint ? { endpoint: flags.endpoint } : {}),
  });
  const { SdkPriceListSource } = await import('../pricing/live/price-list-client.js');
  return new SdkPriceListSource(endpoint, { maxAttempts: parseAttempts(flags.maxAttempts) });
}

export function snapshotDirOf(flags: { snapshot?: string }): string {
  return flags.snapshot ? resolve(flags.snapshot) : bundledSnapshotDir();
}

/** The PriceBook the flags ask for; live progress lines go to `log`. */
export async function openPriceBook(flags: PriceSourceFlags, log: (line: string) => void): Promise<PriceBook> {
  const prices = flags.prices ?? 'snapshot';
  const base = new SnapshotPriceBook(snapshotDirOf(flags));
  if (prices === 'snapshot') {
    if (flags.priceCache || flags.priceCacheTtl || flags.endpoint || flags.pricingRegion) {
      throw new UserError(
        '--price-cache, --price-cache-ttl, --endpoint and --pricing-region apply to live prices only.',
        'Add --prices live, or drop them.',
      );
    }
    return base;
  }
  if (prices !== 'live')
    throw new UserError(
      `--prices ${prices}: unknown price source.`,
      'Use --prices snapshot (offline, the default) or --prices live (AWS Price List API).',
    );
  const { LivePriceBook, defaultPriceCacheDir } = await import('../pricing/live/live-price-book.js');
  return new LivePriceBook({
    source: await priceListSource(flags),
    base,
    cacheDir: resolve(flags.priceCache ?? defaultPriceCacheDir()),
    ttlMs: parseDuration(flags.priceCacheTtl ?? '24h', '--price-cache-ttl'),
    log,
  });
}

const UNIT_MS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

export function parseDuration(text: string, flag: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([smhd]?)$/.exec(text.trim());
  if (!m || (m[2] === '' && Number(m[1]) !== 0))
    throw new UserError(`${flag} ${text}: not a duration.`, 'Write a number with a unit: 90s, 30m, 12h, 7d (or 0 to always fetch).');
  return Number(m[1]) * (UNIT_MS[m[2] || 's'] ?? 1000);
}

function parseAttempts(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MAX_ATTEMPTS;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 20) throw new UserError(`--max-attempts ${value}: expected a whole number from 1 to 20.`);
  return n;
}

/** Repeatable option collecting values; "a,b" counts as two. */
export function collectList(value: string, previous: string[]): string[] {
  return [
    ...previous,
    ...value
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean),
  ];
}
