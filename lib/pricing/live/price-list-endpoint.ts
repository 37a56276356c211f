/**
 * Where the Price List Query API is reached. AWS serves it from three regions only (us-east-1,
 * eu-central-1, ap-south-1) and they all answer for every region's prices, so the choice never
 * follows the stack's region: us-east-1 unless the user picks another of the three. The endpoint
 * URL can be overridden (tests, proxies, VPC endpoints) by --endpoint, AWS_ENDPOINT_URL_PRICING or
 * AWS_ENDPOINT_URL — the SDK's own configuration names.
 */
import { UserError } from '../../errors.js';

export const PRICE_LIST_REGIONS = ['us-east-1', 'eu-central-1', 'ap-south-1'] as const;
export const DEFAULT_PRICE_LIST_REGION = 'us-east-1';
/** Attempts per Price List request, first included; the SDK backs off between them. */
export const DEFAULT_MAX_ATTEMPTS = 8;

export interface PriceListEndpoint {
  /** The Price List region the client signs for. */
  region: string;
  /** An explicit endpoint URL, when overridden; otherwise the SDK's endpoint for `region`. */
  url?: string;
  /** For messages and provenance: the URL actually used. */
  label: string;
}

export interface EndpointChoice {
  pricingRegion?: string;
  endpoint?: string;
  env?: NodeJS.ProcessEnv;
}

export function choosePriceListEndpoint(choice: EndpointChoice = {}): PriceListEndpoint {
  const env = choice.env ?? process.env;
  const region = choice.pricingRegion ?? DEFAULT_PRICE_LIST_REGION;
  if (!(PRICE_LIST_REGIONS as readonly string[]).includes(region)) {
    throw new UserError(
      `--pricing-region ${region}: the AWS Price List API is not served from ${region}.`,
      `Use one of ${PRICE_LIST_REGIONS.join(', ')} (any of them answers for every region's prices).`,
    );
  }
  const override = choice.endpoint ?? env.AWS_ENDPOINT_URL_PRICING ?? env.AWS_ENDPOINT_URL;
  if (override !== undefined && override !== '') {
    const from = choice.endpoint ? '--endpoint' : env.AWS_ENDPOINT_URL_PRICING ? 'AWS_ENDPOINT_URL_PRICING' : 'AWS_ENDPOINT_URL';
    let url: URL;
    try {
      url = new URL(override);
    } catch {
      throw new UserError(`${from} ${override}: not a URL.`, 'Give the endpoint as http(s)://host[:port][/path].');
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      throw new UserError(`${from} ${override}: only http and https endpoints are supported.`);
    return { region, url: override, label: override };
  }
  return { region, label: `https://api.pricing.${region}.amazonaws.com` };
}
