/**
 * How cdk-cost's AWS SDK clients retry: each client asks for its attempts (and the scan for the
 * adaptive mode), and the SDK backs off between them — exponential with jitter, a second and more
 * for throttling. Nothing in cdk-cost changes that back-off. A process can put another retry strategy
 * in its place for every client created afterwards: tests that run commands in-process against
 * loopback fakes do (test/support/fast-sdk-retries.ts) — the SDK's own strategy with the same attempts
 * and the same decisions on what to retry, only with millisecond delays.
 */

export interface RetrySettings {
  /** Attempts per request, the first included. */
  maxAttempts: number;
  /** Only when the client chooses one; otherwise the SDK's (AWS_RETRY_MODE, the profile, "standard"). */
  retryMode?: 'standard' | 'adaptive';
}

/** Makes an SDK retry strategy (RetryStrategyV2) for a client's settings. */
export type RetryStrategyFactory = (settings: RetrySettings) => object;

let strategyFor: RetryStrategyFactory | undefined;

/** Clients created from now on retry with the strategy `factory` makes; undefined returns them to the SDK's. */
export function setSdkRetryStrategy(factory: RetryStrategyFactory | undefined): void {
  strategyFor = factory;
}

/** The retry part of a client's configuration. */
export function sdkRetryConfig(settings: RetrySettings): Record<string, unknown> {
  if (!strategyFor) return { ...settings };
  return { maxAttempts: settings.maxAttempts, retryStrategy: strategyFor(settings) };
}
