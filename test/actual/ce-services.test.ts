import { describe, expect, it } from 'vitest';
import { billLineOf, CE_SERVICES } from '../../lib/actual/ce-services.js';
import { PricerRegistry } from '../../lib/resources/registry.js';

describe('Cost Explorer services → the estimate services', () => {
  it('every service a pricer names is billed under exactly one Cost Explorer service', () => {
    const pricers = new PricerRegistry();
    const services = new Set(pricers.pricedTypes().map((t) => pricers.pricerFor(t)!.service));
    const unmapped = [...services].filter((s) => billLineOf(s) === undefined);
    expect(unmapped).toEqual([]);
    const all = Object.values(CE_SERVICES).flat();
    expect(all.length).toBe(new Set(all).size);
  });

  it('maps the bill lines that hold several estimate services', () => {
    expect(billLineOf('CloudWatch Logs')).toBe('AmazonCloudWatch');
    expect(billLineOf('CloudWatch')).toBe('AmazonCloudWatch');
    expect(billLineOf('EC2 NAT Gateway')).toBe('EC2 - Other');
    expect(billLineOf('EventBridge')).toBe('CloudWatch Events');
    expect(billLineOf('Lambda')).toBe('AWS Lambda');
  });
});
