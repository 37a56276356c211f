/**
 * Which Price List endpoint is used: one of the three regions that serve the API, never the
 * stack's region; an explicit URL from --endpoint, AWS_ENDPOINT_URL_PRICING or AWS_ENDPOINT_URL.
 */
import { describe, expect, it } from 'vitest';
import { UserError } from '../../lib/errors.js';
import { choosePriceListEndpoint } from '../../lib/pricing/live/price-list-endpoint.js';
import { usageTypeWithoutRegion } from '../../lib/pricing/live/product-keys.js';

describe('Price List endpoint', () => {
  it('defaults to us-east-1 whatever the environment region', () => {
    expect(choosePriceListEndpoint({ env: { AWS_REGION: 'eu-west-1' } })).toEqual({
      region: 'us-east-1',
      label: 'https://api.pricing.us-east-1.amazonaws.com',
    });
  });

  it('takes eu-central-1 or ap-south-1 when asked, and refuses other regions', () => {
    expect(choosePriceListEndpoint({ pricingRegion: 'ap-south-1', env: {} }).label).toBe('https://api.pricing.ap-south-1.amazonaws.com');
    expect(() => choosePriceListEndpoint({ pricingRegion: 'eu-west-1', env: {} })).toThrow(UserError);
  });

  it('an explicit URL: --endpoint over AWS_ENDPOINT_URL_PRICING over AWS_ENDPOINT_URL', () => {
    const env = { AWS_ENDPOINT_URL_PRICING: 'http://127.0.0.1:1', AWS_ENDPOINT_URL: 'http://127.0.0.1:2' };
    expect(choosePriceListEndpoint({ endpoint: 'http://127.0.0.1:3', env }).url).toBe('http://127.0.0.1:3');
    expect(choosePriceListEndpoint({ env }).url).toBe('http://127.0.0.1:1');
    expect(choosePriceListEndpoint({ env: { AWS_ENDPOINT_URL: 'http://127.0.0.1:2' } }).url).toBe('http://127.0.0.1:2');
    expect(() => choosePriceListEndpoint({ endpoint: 'not a url', env: {} })).toThrow(/--endpoint not a url: not a URL/);
    expect(() => choosePriceListEndpoint({ endpoint: 'ftp://example.com', env: {} })).toThrow(/only http and https/);
  });

  it('usage types lose their region prefix, as snapshot keys have none', () => {
    expect(usageTypeWithoutRegion('BoxUsage:m5.large')).toBe('BoxUsage:m5.large');
    expect(usageTypeWithoutRegion('USE2-BoxUsage:m5.large')).toBe('BoxUsage:m5.large');
    expect(usageTypeWithoutRegion('EU-BoxUsage:t3.micro')).toBe('BoxUsage:t3.micro');
    expect(usageTypeWithoutRegion('APS3-Node:ra3.xlplus')).toBe('Node:ra3.xlplus');
  });
});
