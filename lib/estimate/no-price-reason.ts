/**
 * Why a cost component has no price, said in terms of AWS's price list and the user's template —
 * never of cdk-cost's files. A price AWS lists in other regions is missing only here (name a few of
 * those regions); one it lists in no region is not in the data at all; a key built from a value the
 * template leaves unknown ("<unknown>", by the pricers' convention) has no price to look for.
 */
import { absentPriceData } from '../pricing/absent-price-data.js';
import type { PriceBook } from '../pricing/price-book.js';
import type { ComponentCost } from './estimate-types.js';

/** The part pricers put in a price key in place of a value the template does not decide (e.g. an instance type). */
export const UNKNOWN_KEY_PART = '<unknown>';

// Regions that list a price, per price book and price: found once, however many resources lack it.
const listedIn = new WeakMap<PriceBook, Map<string, string[]>>();

export function noPriceProblem(priceBook: PriceBook, serviceCode: string, region: string, key: string): string {
  if (key.includes(UNKNOWN_KEY_PART)) return 'its price depends on a value the template leaves unknown before deployment (see the notes)';
  const price = `no price for "${key}" (${serviceCode})`;
  const info = priceBook.info();
  // The live Price List was asked for this region only: nothing can be said of the others.
  if (info.kind !== 'snapshot') return `${price} in ${region} in the AWS Price List`;
  const data = `the AWS price data (Price List snapshot as of ${info.pricesAsOf})`;
  const serviceRegions = priceBook.regions(serviceCode);
  if (serviceRegions.length === 0) return absentPriceData(serviceCode) ?? `${price} in any region: ${data} has no ${serviceCode} prices`;
  const regions = regionsListing(priceBook, serviceCode, key, serviceRegions);
  if (regions.length === 0) return `${price} in any region of ${data}`;
  const shown = regions.slice(0, 3).join(', ');
  const more = regions.length > 3 ? ` and ${regions.length - 3} more` : '';
  return `${price} in ${region}; ${data} has one in ${shown}${more}`;
}

function regionsListing(priceBook: PriceBook, serviceCode: string, key: string, serviceRegions: string[]): string[] {
  let byPrice = listedIn.get(priceBook);
  if (!byPrice) listedIn.set(priceBook, (byPrice = new Map()));
  const id = `${serviceCode}\u0000${key}`;
  let regions = byPrice.get(id);
  if (!regions) byPrice.set(id, (regions = serviceRegions.filter((r) => priceBook.lookup(serviceCode, r, key) !== undefined).sort()));
  return regions;
}

/**
 * A resource's reason when some of its lines have no price: each distinct problem once, after the
 * lines it concerns ("Instance hours (m3.xlarge, …), Instance hours (2 × m3.xlarge, …): no price
 * for …"); undefined when every line has a price.
 */
export function noPriceReason(components: ComponentCost[]): string | undefined {
  const byProblem = new Map<string, string[]>();
  for (const c of components) {
    if (c.status !== 'no-price') continue;
    const names = byProblem.get(c.problem!) ?? [];
    if (!names.includes(c.name)) names.push(c.name);
    byProblem.set(c.problem!, names);
  }
  if (byProblem.size === 0) return undefined;
  return [...byProblem].map(([problem, names]) => `${names.join(', ')}: ${problem}`).join('; ');
}
