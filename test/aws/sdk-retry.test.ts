/**
 * The SDK retry seam (lib/aws/sdk-retry.ts): users' clients get cdk-cost's attempts and mode and the
 * SDK's own back-off; a test process can swap in a strategy, and the fast one tests use keeps the
 * attempts and the decisions on what to retry.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { sdkRetryConfig, setSdkRetryStrategy } from '../../lib/aws/sdk-retry.js';
import { scanMaxAttempts } from '../../lib/scan/aws/clients.js';
import { FAST_RETRY_DELAY_MS, useFastSdkRetries } from '../support/fast-sdk-retries.js';

afterEach(() => setSdkRetryStrategy(undefined));

describe('sdkRetryConfig', () => {
  it("is the client's own settings when nothing was set: no retry strategy, the SDK backs off", () => {
    expect(sdkRetryConfig({ maxAttempts: 8, retryMode: 'adaptive' })).toEqual({ maxAttempts: 8, retryMode: 'adaptive' });
    expect(sdkRetryConfig({ maxAttempts: 3 })).toEqual({ maxAttempts: 3 });
  });

  it('hands the settings to the strategy a test set, which keeps attempts, mode and what is retried', async () => {
    useFastSdkRetries();
    const adaptive = sdkRetryConfig({ maxAttempts: 8, retryMode: 'adaptive' });
    const standard = sdkRetryConfig({ maxAttempts: 2 });
    type Strategy = {
      mode: string;
      maxAttempts?: () => Promise<number>;
      maxAttemptsProvider: () => Promise<number>;
      acquireInitialRetryToken(scope: string): Promise<unknown>;
      refreshRetryTokenForRetry(token: unknown, error: { errorType: string }): Promise<unknown>;
    };
    const a = adaptive['retryStrategy'] as Strategy;
    const s = standard['retryStrategy'] as Strategy;
    expect([adaptive['maxAttempts'], a.mode, await a.maxAttemptsProvider()]).toEqual([8, 'adaptive', 8]);
    expect([standard['maxAttempts'], s.mode, await s.maxAttempts!()]).toEqual([2, 'standard', 2]);
    // A throttled attempt is retried after FAST_RETRY_DELAY_MS; a client error is not retried; nor is a third attempt of two.
    const token = await s.acquireInitialRetryToken('test');
    const started = performance.now();
    const retried = await s.refreshRetryTokenForRetry(token, { errorType: 'THROTTLING' });
    expect(performance.now() - started).toBeLessThan(500);
    expect((retried as { $retryLog?: { acquisitionDelay: number } }).$retryLog?.acquisitionDelay).toBe(FAST_RETRY_DELAY_MS);
    await expect(s.refreshRetryTokenForRetry(token, { errorType: 'CLIENT_ERROR' })).rejects.toThrow();
    await expect(s.refreshRetryTokenForRetry(retried, { errorType: 'THROTTLING' })).rejects.toThrow();
  });
});

describe('scan attempts', () => {
  it("are 8 by default and the user's AWS_MAX_ATTEMPTS when set (a bad value keeps the default)", () => {
    expect(scanMaxAttempts({})).toBe(8);
    expect(scanMaxAttempts({ AWS_MAX_ATTEMPTS: '2' })).toBe(2);
    expect(scanMaxAttempts({ AWS_MAX_ATTEMPTS: '0' })).toBe(8);
    expect(scanMaxAttempts({ AWS_MAX_ATTEMPTS: 'many' })).toBe(8);
  });
});
