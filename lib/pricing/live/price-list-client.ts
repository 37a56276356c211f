/**
 * The Price List Query API through the AWS SDK (`@aws-sdk/client-pricing`): `GetProducts` with
 * filters, every page (`NextToken`, 100 products a page), the SDK's own retry with backoff on
 * throttling. A middleware counts attempts and throttles, so refresh can say what it cost.
 */
import { PricingClient, paginateGetProducts, type Filter, type PricingClientConfig } from '@aws-sdk/client-pricing';
import { parsePriceListItem, type Product } from './price-list-item.js';
import { DEFAULT_MAX_ATTEMPTS, type PriceListEndpoint } from './price-list-endpoint.js';
import { quietSdkNotices } from '../../aws/sdk-notices.js';
import { sdkRetryConfig } from '../../aws/sdk-retry.js';
import { priceListError } from './price-list-errors.js';

export type { Filter } from '@aws-sdk/client-pricing';

/** Where products come from: the SDK client in real use and in tests (pointed at a loopback endpoint). */
export interface PriceListSource {
  readonly label: string;
  readonly stats: PriceListStats;
  /** Every product of the service that matches all filters, all pages. */
  products(serviceCode: string, filters: Filter[]): Promise<Product[]>;
}

export interface PriceListStats {
  /** HTTP attempts, retries included. */
  attempts: number;
  /** Attempts answered with a throttling error (then retried by the SDK). */
  throttled: number;
  pages: number;
  products: number;
}

export interface SdkSourceOptions {
  /** Attempts per request, first included (the SDK's standard retry mode backs off between them). */
  maxAttempts?: number;
  /** Explicit credentials (tests); otherwise the SDK's default provider chain. */
  credentials?: PricingClientConfig['credentials'];
}

/** A page holds at most 100 products (the API's limit). */
const PAGE_SIZE = 100;
export { DEFAULT_MAX_ATTEMPTS };

export class SdkPriceListSource implements PriceListSource {
  readonly stats: PriceListStats = { attempts: 0, throttled: 0, pages: 0, products: 0 };
  readonly label: string;
  private readonly client: PricingClient;

  constructor(
    readonly endpoint: PriceListEndpoint,
    options: SdkSourceOptions = {},
  ) {
    this.label = endpoint.label;
    quietSdkNotices();
    this.client = new PricingClient({
      region: endpoint.region,
      ...(endpoint.url ? { endpoint: endpoint.url } : {}),
      ...sdkRetryConfig({ maxAttempts: options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS }),
      ...(options.credentials ? { credentials: options.credentials } : {}),
    });
    this.client.middlewareStack.add(
      (next) => async (args) => {
        this.stats.attempts++;
        try {
          return await next(args);
        } catch (error) {
          if ((error as { name?: string }).name === 'ThrottlingException') this.stats.throttled++;
          throw error;
        }
      },
      // The deserialize step runs inside the retry loop (once per attempt); high priority wraps the
      // deserializer, so the parsed error (ThrottlingException, …) passes through here.
      { step: 'deserialize', name: 'cdkCostAttemptCounter', priority: 'high' },
    );
  }

  async products(serviceCode: string, filters: Filter[]): Promise<Product[]> {
    const products: Product[] = [];
    const pages = paginateGetProducts(
      { client: this.client, pageSize: PAGE_SIZE },
      { ServiceCode: serviceCode, Filters: filters, FormatVersion: 'aws_v1', MaxResults: PAGE_SIZE },
    );
    try {
      for await (const page of pages) {
        this.stats.pages++;
        for (const item of (page.PriceList ?? []) as unknown[]) products.push(parsePriceListItem(itemText(item)));
      }
    } catch (error) {
      throw priceListError(error, { label: this.label, serviceCode, filters, page: this.stats.pages + 1 });
    }
    this.stats.products += products.length;
    return products;
  }

  destroy(): void {
    this.client.destroy();
  }
}

/** The SDK hands each item over as a JSON string (possibly a String object); tolerate an object. */
function itemText(item: unknown): string {
  if (typeof item === 'string') return item;
  if (item instanceof String) return item.toString();
  return JSON.stringify(item);
}
