/**
 * `pricing show --filter k=v`: which prices of a service/region to list. Fields are what a price
 * carries: its key, unit, rate code / SKU, source and quality. Matching is case-insensitive and a
 * value matches anywhere in the field; `*` in it matches any run of characters.
 */
import { UserError } from '../errors.js';
import type { Price } from './price.js';

export const FILTER_FIELDS = ['key', 'unit', 'sku', 'rateCode', 'source', 'quality'] as const;
export type FilterField = (typeof FILTER_FIELDS)[number];

export interface PriceFilter {
  field: FilterField;
  value: string;
  test(price: Price): boolean;
}

export function parsePriceFilters(filters: Record<string, string>): PriceFilter[] {
  return Object.entries(filters).map(([rawField, value]) => {
    const field = FILTER_FIELDS.find((f) => f.toLowerCase() === rawField.toLowerCase());
    if (!field)
      throw new UserError(
        `--filter ${rawField}=${value}: unknown field "${rawField}".`,
        `Filter on one of: ${FILTER_FIELDS.join(', ')} (e.g. --filter key=BoxUsage:m5).`,
      );
    const matches = matcher(value);
    return { field, value, test: (price: Price) => valuesOf(price, field).some(matches) };
  });
}

function valuesOf(price: Price, field: FilterField): string[] {
  switch (field) {
    case 'key':
      return [price.key];
    case 'unit':
      return [price.unit ?? ''];
    case 'sku':
      return price.tiers.map((t) => t.rateCode?.split('.')[0] ?? '');
    case 'rateCode':
      return price.tiers.map((t) => t.rateCode ?? '');
    case 'source':
      return [price.provenance.origin];
    case 'quality':
      return [price.provenance.quality];
  }
}

function matcher(value: string): (text: string) => boolean {
  const needle = value.toLowerCase();
  if (!needle.includes('*')) return (text) => text.toLowerCase().includes(needle);
  const pattern = new RegExp(
    needle
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*'),
  );
  return (text) => pattern.test(text.toLowerCase());
}
