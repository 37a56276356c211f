/**
 * Maps Price List products onto the snapshot's keys for one service in one region.
 *
 * 1. By rate code, where the current snapshot knows the price: a key whose tiers carry rate codes
 *    `<SKU>.<term>.<rate>` takes the product with that SKU. A tiered key (or a flat key of a
 *    one-dimension product) takes all the product's on-demand dimensions as tiers, bounds from
 *    `beginRange`/`endRange`; a flat key naming one dimension of a tiered product (e.g. a tier's
 *    own rate name) takes that dimension as a flat price, as the builder stored it.
 * 2. By attributes (product-keys.ts) for products no key knows by SKU.
 * 3. Prices the API cannot have (supplementary ones) are carried over unchanged.
 * Everything else that was there and is no longer is reported as removed.
 */
import type { PriceRecord, TierTuple } from '../snapshot/format.js';
import { Decimal } from '../../money.js';
import { UserError } from '../../errors.js';
import type { OnDemandDimension, Product } from './price-list-item.js';
import type { KeyContext, ProductKeyer } from './product-keys.js';

export interface MappingInput {
  /** The prices as they are now (empty for a region refreshed the first time). */
  current: ReadonlyMap<string, PriceRecord>;
  products: readonly Product[];
  keyer?: ProductKeyer;
  context: KeyContext;
  /** Source id for refreshed prices. */
  sourceId: string;
  /** Source ids whose prices the API cannot answer for (kept as they are). */
  carriedSources: ReadonlySet<string>;
}

export interface MappingResult {
  records: Map<string, PriceRecord>;
  bySku: number;
  byAttributes: number;
  carried: number;
  /** Products no key took (other product families, other operating systems, …). */
  unmappedProducts: number;
  /** Keys two products claimed by attributes: the first (by SKU order) was kept. */
  conflicts: string[];
}

export function mapProducts(input: MappingInput): MappingResult {
  const bySku = new Map<string, Product>();
  for (const product of input.products) if (product.onDemand.length) bySku.set(product.sku, product);
  const records = new Map<string, PriceRecord>();
  const usedSkus = new Set<string>();
  const result: MappingResult = { records, bySku: 0, byAttributes: 0, carried: 0, unmappedProducts: 0, conflicts: [] };

  for (const [key, record] of [...input.current].sort(([a], [b]) => a.localeCompare(b))) {
    const rateCodes = record.t.map((t) => t[3]);
    if (!rateCodes.length || rateCodes.some((r) => !r)) continue;
    const sku = rateCodes[0]!.split('.')[0]!;
    const product = bySku.get(sku);
    if (!product) continue;
    const tiers = tiersFor(record, product);
    if (!tiers) continue;
    usedSkus.add(sku);
    records.set(key, { s: input.sourceId, ...unitOf(product, record), t: tiers });
    result.bySku++;
  }

  if (input.keyer) {
    for (const product of [...bySku.values()].sort((a, b) => a.sku.localeCompare(b.sku))) {
      if (usedSkus.has(product.sku)) continue;
      const key = input.keyer(product, input.context);
      if (!key) {
        result.unmappedProducts++;
        continue;
      }
      // One price of all the product's dimensions (tiers), or one flat price per dimension.
      const entries: Array<[string, TierTuple[]]> =
        typeof key === 'string'
          ? [[key, product.onDemand.map((d) => tuple(d, false))]]
          : product.onDemand.map((d) => [key(d), [['0', null, decimalText(d.usd, d.rateCode), d.rateCode]]]);
      for (const [k, tiers] of entries) {
        if (records.has(k)) {
          result.conflicts.push(`${k}: product ${product.sku} also matches; kept the price already mapped`);
          continue;
        }
        records.set(k, { s: input.sourceId, ...unitOf(product, input.current.get(k)), t: tiers });
        result.byAttributes++;
      }
    }
  } else {
    result.unmappedProducts = [...bySku.keys()].filter((sku) => !usedSkus.has(sku)).length;
  }

  for (const [key, record] of input.current) {
    if (!records.has(key) && input.carriedSources.has(record.s)) {
      records.set(key, record);
      result.carried++;
    }
  }
  return result;
}

function tiersFor(record: PriceRecord, product: Product): TierTuple[] | undefined {
  const freeRates = new Set(record.t.filter((t) => t[4] === 1).map((t) => t[3]));
  if (record.t.length > 1 || product.onDemand.length === 1) return product.onDemand.map((d) => tuple(d, freeRates.has(d.rateCode)));
  const rate = record.t[0]![3];
  const dimension = product.onDemand.find((d) => d.rateCode === rate);
  return dimension ? [['0', null, decimalText(dimension.usd, dimension.rateCode), dimension.rateCode]] : undefined;
}

function tuple(d: OnDemandDimension, freeTier: boolean): TierTuple {
  const t: TierTuple = [
    decimalText(d.begin, d.rateCode),
    d.end === null ? null : decimalText(d.end, d.rateCode),
    decimalText(d.usd, d.rateCode),
    d.rateCode,
  ];
  return freeTier ? [t[0], t[1], t[2], t[3], 1] : t;
}

/** "0.0960000000" → "0.096", as the builder stores numbers (equal prices compare equal as text). */
function decimalText(value: string, rateCode: string): string {
  let d: Decimal;
  try {
    d = new Decimal(value.trim());
  } catch {
    throw new UserError(
      `The Price List API sent "${value}" as a number for rate code ${rateCode}.`,
      'Check --endpoint: it must be an AWS Price List Query API endpoint.',
    );
  }
  if (!d.isFinite() || d.isNegative())
    throw new UserError(`The Price List API sent "${value}" as a price or bound for rate code ${rateCode}.`);
  return d.toFixed();
}

function unitOf(product: Product, previous: PriceRecord | undefined): { u?: string } {
  const unit = product.onDemand[0]?.unit || previous?.u;
  return unit ? { u: unit } : {};
}
