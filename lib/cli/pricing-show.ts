/**
 * `cdk-cost pricing show SERVICE [--region R] [--filter k=v …]`: what the PriceBook knows about a
 * service in a region — every price with its tiers, rate codes and source — for users checking a
 * figure and for pricer authors looking for a key.
 */
import type { Command } from 'commander';
import { UserError, closest } from '../errors.js';
import type { Price } from '../pricing/price.js';
import { parsePriceFilters } from '../pricing/price-filter.js';
import type { CliIo } from './run.js';
import { collectKeyValue } from './options.js';
import { addPriceSourceOptions, openPriceBook, type PriceSourceFlags } from './price-options.js';
import { FREE_TIER_TOPIC, allowanceJson, allowancesOf, renderAllowances } from './pricing-show-free-tier.js';

interface ShowFlags extends PriceSourceFlags {
  region?: string;
  filter: Record<string, string>;
  format: string;
}

const DEFAULT_REGION = 'us-east-1';

export function registerPricingShow(pricing: Command, io: CliIo): void {
  const show = pricing
    .command('show')
    .description('List the prices the PriceBook has for a service in a region (keys, tiers, rate codes, sources).')
    .argument('<service>', `Price List service code, e.g. AWSLambda, AmazonEC2; or ${FREE_TIER_TOPIC} (what --free-tier subtracts)`)
    .option('-r, --region <region>', `region code (default ${DEFAULT_REGION})`)
    .option(
      '--filter <field=value>',
      'only prices whose key, unit, sku, rateCode, source or quality contains value (* matches anything; repeatable)',
      collectKeyValue('--filter'),
      {},
    )
    .option('-f, --format <format>', 'table or json', 'table')
    .option('--snapshot <dir>', 'price snapshot directory (default: the bundled one)');
  addPriceSourceOptions(show).action(async (service: string, flags: ShowFlags) => {
    if (flags.format !== 'table' && flags.format !== 'json')
      throw new UserError(`--format ${flags.format}: unknown format.`, 'Use table or json.');
    const filters = parsePriceFilters(flags.filter);
    const book = await openPriceBook(flags, (line) => io.stderr(`${line}\n`));
    if (service === FREE_TIER_TOPIC) {
      io.stdout(renderAllowances(book, flags.format));
      return;
    }
    const services = book.services();
    if (!services.includes(service)) {
      const guess = closest(service, services);
      throw new UserError(
        `${service}: the PriceBook has no such service.`,
        `${guess ? `Did you mean ${guess}? ` : ''}Services: ${services.join(', ')}.`,
      );
    }
    const region = flags.region ?? DEFAULT_REGION;
    await book.prepare([{ serviceCode: service, region }]);
    const prices = book
      .keys(service, region)
      .map((key) => book.lookup(service, region, key)!)
      .filter((price) => filters.every((f) => f.test(price)));
    const info = book.info();
    if (flags.format === 'json') {
      const freeTier = allowancesOf(book, service).map(allowanceJson);
      const about = { kind: info.kind, location: info.location, pricesAsOf: info.pricesAsOf };
      const items = prices.map(toJson);
      const json = { service, region, prices: about, count: prices.length, items, ...(freeTier.length ? { freeTier } : {}) };
      io.stdout(JSON.stringify(json, null, 2) + '\n');
      return;
    }
    const filtered = filters.length ? ` matching ${filters.map((f) => `${f.field}=${f.value}`).join(', ')}` : '';
    io.stdout(
      `${service} in ${region}: ${prices.length} price${prices.length === 1 ? '' : 's'}${filtered} (${info.kind} ${info.location}, ` +
        `prices as of ${info.pricesAsOf || 'unknown'})\n`,
    );
    for (const price of prices) io.stdout(renderPrice(price));
    if (!filters.length) io.stdout(renderAllowances(book, 'table', service));
    if (!prices.length && filters.length)
      io.stderr(`note: nothing matched; ${book.keys(service, region).length} prices without the filter.\n`);
  });
}

function renderPrice(price: Price): string {
  const unit = price.unit ? ` per ${price.unit}` : '';
  const source = `${price.provenance.origin} (${price.provenance.quality}, ${price.provenance.publicationDate || 'no date'})`;
  if (price.tiers.length === 1) {
    const t = price.tiers[0]!;
    return `\n${price.key}\n  ${t.unitPrice.toFixed()} USD${unit}   ${t.rateCode ?? 'no rate code'}   ${source}\n`;
  }
  const lines = price.tiers.map(
    (t) =>
      `  [${t.from.toFixed()}, ${t.to?.toFixed() ?? '∞'})  ${t.unitPrice.toFixed()} USD${unit}${t.freeTier ? ' (free tier)' : ''}   ` +
      `${t.rateCode ?? 'no rate code'}`,
  );
  return `\n${price.key}   ${source}\n${lines.join('\n')}\n`;
}

function toJson(price: Price) {
  return {
    key: price.key,
    ...(price.unit ? { unit: price.unit } : {}),
    tiers: price.tiers.map((t) => ({
      from: t.from.toFixed(),
      to: t.to?.toFixed() ?? null,
      usd: t.unitPrice.toFixed(),
      ...(t.rateCode ? { rateCode: t.rateCode } : {}),
      ...(t.freeTier ? { freeTier: true } : {}),
    })),
    provenance: price.provenance,
  };
}
