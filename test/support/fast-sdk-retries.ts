/**
 * Fast SDK retries for tests that run commands in-process against loopback fakes: every AWS SDK client
 * cdk-cost creates afterwards retries with the SDK's own strategy (standard, or adaptive where the
 * client asks for it), the same attempts and the same decisions on what to retry — only 1 ms between
 * attempts instead of the SDK's exponential back-off (a second and more per throttled attempt).
 * Process-wide (lib/aws/sdk-retry.ts): a file that calls it runs in its own process (OWN_PROCESS).
 */
import { AdaptiveRetryStrategy, StandardRetryStrategy } from '@smithy/core/retry';
import { setSdkRetryStrategy } from '../../lib/aws/sdk-retry.js';

/** Milliseconds before retry attempt n (2, 3, …). */
export const FAST_RETRY_DELAY_MS = 1;

const backoff = { computeNextBackoffDelay: () => FAST_RETRY_DELAY_MS, setDelayBase: () => {} };

export function useFastSdkRetries(): void {
  setSdkRetryStrategy(({ maxAttempts, retryMode }) =>
    retryMode === 'adaptive' ? new AdaptiveRetryStrategy(maxAttempts, { backoff }) : new StandardRetryStrategy({ maxAttempts, backoff }),
  );
}
