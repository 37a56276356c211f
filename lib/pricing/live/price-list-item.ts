/**
 * One `PriceList` item of the Price List Query API (`GetProducts`, FormatVersion aws_v1), as AWS
 * sends it: a JSON string per product with the product's attributes and its terms. Only the
 * on-demand terms matter here; their price dimensions become tiers (`beginRange`/`endRange`).
 * Format sample: ../shared/aws-pricing/price-list-api/get-products/.
 */
import { UserError } from '../../errors.js';

export interface PriceDimensionJson {
  rateCode: string;
  unit?: string;
  beginRange?: string;
  endRange?: string;
  description?: string;
  pricePerUnit?: Record<string, string>;
  appliesTo?: string[];
}

export interface TermJson {
  sku?: string;
  offerTermCode?: string;
  effectiveDate?: string;
  priceDimensions?: Record<string, PriceDimensionJson>;
  termAttributes?: Record<string, string>;
}

export interface PriceListItemJson {
  product: { sku: string; productFamily?: string; attributes?: Record<string, string> };
  serviceCode?: string;
  terms?: { OnDemand?: Record<string, TermJson>; Reserved?: Record<string, TermJson> };
  version?: string;
  publicationDate?: string;
}

/** An on-demand price dimension, ready to become a tier. */
export interface OnDemandDimension {
  rateCode: string;
  unit: string;
  /** Inclusive lower bound, decimal string. */
  begin: string;
  /** Exclusive upper bound, decimal string, or null for "Inf". */
  end: string | null;
  usd: string;
  description: string;
}

export interface Product {
  sku: string;
  serviceCode: string;
  productFamily: string;
  attributes: Record<string, string>;
  /** Sorted by lower bound. */
  onDemand: OnDemandDimension[];
  publicationDate: string;
}

export function parsePriceListItem(text: string): Product {
  let item: PriceListItemJson;
  try {
    item = JSON.parse(text) as PriceListItemJson;
  } catch (error) {
    throw new UserError(
      `The Price List API sent a PriceList item that is not JSON: ${(error as Error).message}`,
      'Check --endpoint: it must be an AWS Price List Query API endpoint.',
    );
  }
  if (!item?.product?.sku)
    throw new UserError(
      'The Price List API sent a PriceList item without product.sku.',
      'Check --endpoint: it must be an AWS Price List Query API endpoint.',
    );
  const onDemand: OnDemandDimension[] = [];
  for (const term of Object.values(item.terms?.OnDemand ?? {})) {
    for (const dimension of Object.values(term.priceDimensions ?? {})) {
      const usd = dimension.pricePerUnit?.USD;
      if (usd === undefined || !dimension.rateCode) continue;
      const end = dimension.endRange ?? 'Inf';
      onDemand.push({
        rateCode: dimension.rateCode,
        unit: dimension.unit ?? '',
        begin: dimension.beginRange ?? '0',
        end: end === 'Inf' ? null : end,
        usd,
        description: dimension.description ?? '',
      });
    }
  }
  onDemand.sort((a, b) => Number(a.begin) - Number(b.begin) || a.rateCode.localeCompare(b.rateCode));
  return {
    sku: item.product.sku,
    serviceCode: item.serviceCode ?? item.product.attributes?.servicecode ?? '',
    productFamily: item.product.productFamily ?? '',
    attributes: item.product.attributes ?? {},
    onDemand,
    publicationDate: item.publicationDate ?? '',
  };
}
