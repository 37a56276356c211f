/**
 * AWS::Lambda::Function ephemeral storage: the first 512 MB are included; above that, each
 * invocation pays the extra GB for its duration (GB-seconds, "Lambda Storage-Duration", Arm its own
 * key). Expected costs are the snapshot's unit price × the quantity worked out here.
 */
import { describe, expect, it } from 'vitest';
import { component, d, expectLine, priceInline, resource, unit } from '../price-inline.js';

const fn = (properties: string) => `
Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties: { Runtime: nodejs20.x, Handler: index.handler, Role: arn:r, Code: { ZipFile: x }, MemorySize: 1024${properties} }
`;
const usage = { Fn: { monthlyRequests: 3_000_000, avgDurationMs: 2_000 } };
const ephemeralLines = (r: { components: { name: string }[] }) => r.components.filter((c) => c.name.startsWith('Ephemeral storage'));

describe('AWS::Lambda::Function ephemeral storage', () => {
  it('10,240 MB: the 9,728 MB above the included 512 MB for every invocation-second', async () => {
    const r = resource(await priceInline(fn(', EphemeralStorage: { Size: 10240 }'), { usage }), 'Fn');
    // 3,000,000 invocations × 2 s × (10,240 − 512) MB ÷ 1,024 = 3,000,000 × 2 × 9.5 GB = 57,000,000 GB-s.
    const gbSeconds = d(3_000_000)
      .times(2)
      .times(d(10240 - 512).div(1024));
    expect(gbSeconds.toFixed()).toBe('57000000');
    const line = component(r, 'Ephemeral storage (10240 MB, 512 MB included)');
    expectLine(line, gbSeconds, unit('AWSLambda', 'Lambda Storage-Duration'));
    expect(line.unit).toBe('GB-seconds');
    // The function's total is its requests, duration and storage lines, each from the snapshot.
    const requests = d(3_000_000).times(unit('AWSLambda', 'Lambda Requests'));
    const duration = d(3_000_000).times(2).times(1).times(unit('AWSLambda', 'Lambda Duration'));
    expect(r.monthly).toBe(
      requests
        .plus(duration)
        .plus(gbSeconds.times(unit('AWSLambda', 'Lambda Storage-Duration')))
        .toFixed(),
    );
  });

  it('Arm functions use the Arm storage price', async () => {
    const r = resource(await priceInline(fn(', Architectures: [arm64], EphemeralStorage: { Size: 1024 }'), { usage }), 'Fn');
    // 3,000,000 × 2 s × 512 MB ÷ 1,024 = 3,000,000 GB-s.
    expectLine(component(r, 'Ephemeral storage (1024 MB'), d(3_000_000), unit('AWSLambda', 'Lambda Storage-Duration-ARM'));
  });

  it('512 MB (the default, and the included amount) has no storage line; 513 MB bills the one extra MB', async () => {
    expect(ephemeralLines(resource(await priceInline(fn(''), { usage }), 'Fn'))).toEqual([]);
    expect(ephemeralLines(resource(await priceInline(fn(', EphemeralStorage: { Size: 512 }'), { usage }), 'Fn'))).toEqual([]);
    const r = resource(await priceInline(fn(', EphemeralStorage: { Size: 513 }'), { usage }), 'Fn');
    expectLine(component(r, 'Ephemeral storage (513 MB'), d(3_000_000).times(2).div(1024), unit('AWSLambda', 'Lambda Storage-Duration'));
  });

  it('without usage the storage line waits for the same keys as duration', async () => {
    const r = resource(await priceInline(fn(', EphemeralStorage: { Size: 2048 }')), 'Fn');
    const line = component(r, 'Ephemeral storage (2048 MB');
    expect(line.status).toBe('usage-missing');
    expect(r.missingUsage).toEqual(expect.arrayContaining(['monthlyRequests', 'avgDurationMs']));
  });
});
