/**
 * SDK v3 clients for the scan, one per service and region, created on first use. Every client gets
 * the same configuration: the standard credential chain (or --profile), AWS_ENDPOINT_URL honoured by
 * the SDK itself, adaptive retry for throttling, and the command-log middleware.
 */
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { sdkRetryConfig } from '../../aws/sdk-retry.js';
import { quietSdkNotices } from '../../aws/sdk-notices.js';
import type { CommandLog, MiddlewareHost } from './command-log.js';

export interface AwsAccess {
  /** Shared-config profile (--profile); otherwise the standard credential chain. */
  profile?: string;
  /** Extra client configuration (endpoint, credentials): for tests and library callers. */
  clientConfig?: Record<string, unknown>;
  /** Extra middleware for every client, added after the command log (tests inject faults with it). */
  middleware?: Array<(client: MiddlewareHost, region: string) => void>;
}

type ClientClass<C> = new (config: Record<string, unknown>) => C;

/**
 * Throttling is retried by the SDK's adaptive mode (client-side rate limiting plus backoff). A scan makes
 * thousands of calls in bursts, so it asks for more attempts than the SDK's 3 — unless the user set
 * AWS_MAX_ATTEMPTS, the SDK's own setting, which a configuration value would otherwise override.
 */
const SCAN_MAX_ATTEMPTS = 8;

export function scanMaxAttempts(env: NodeJS.ProcessEnv = process.env): number {
  const fromEnv = Number(env.AWS_MAX_ATTEMPTS);
  return Number.isInteger(fromEnv) && fromEnv >= 1 ? fromEnv : SCAN_MAX_ATTEMPTS;
}

export class ClientFactory {
  private readonly clients = new Map<string, unknown>();

  constructor(
    private readonly access: AwsAccess,
    readonly log: CommandLog,
  ) {
    quietSdkNotices();
  }

  get<C extends MiddlewareHost>(Client: ClientClass<C>, region: string): C {
    const key = `${Client.name}\u0000${region}`;
    let client = this.clients.get(key) as C | undefined;
    if (!client) {
      client = new Client({
        region,
        ...sdkRetryConfig({ retryMode: 'adaptive', maxAttempts: scanMaxAttempts() }),
        ...(this.access.profile ? { profile: this.access.profile } : {}),
        // The Kinesis client defaults to HTTP/2 (for SubscribeToShard, which the scan never calls);
        // HTTP/1.1 works with every endpoint, including emulators behind AWS_ENDPOINT_URL.
        ...(Client.name === 'KinesisClient' ? { requestHandler: new NodeHttpHandler() } : {}),
        ...(this.access.clientConfig ?? {}),
      });
      this.log.attach(client, region);
      for (const add of this.access.middleware ?? []) add(client, region);
      this.clients.set(key, client);
    }
    return client;
  }

  destroy(): void {
    for (const client of this.clients.values()) (client as { destroy?: () => void }).destroy?.();
    this.clients.clear();
  }
}
