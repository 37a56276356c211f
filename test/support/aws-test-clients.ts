/**
 * SDK clients the tests use to set up the emulator (these may write; only the scanner's own clients
 * are held to read-only).
 */
import { NodeHttpHandler } from '@smithy/node-http-handler';

export interface Endpoint {
  endpoint: string;
  region?: string;
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

export const TEST_CREDENTIALS = { accessKeyId: 'testing', secretAccessKey: 'testing' };

export function clientConfig(e: Endpoint): Record<string, unknown> {
  return { region: e.region ?? 'us-east-1', endpoint: e.endpoint, credentials: e.credentials ?? TEST_CREDENTIALS, forcePathStyle: true };
}

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

/** One client per class, for setup code: `make(EC2Client).send(…)`. */
export function setupClients(e: Endpoint) {
  const cache = new Map<unknown, unknown>();
  return <C>(Client: new (config: Record<string, unknown>) => C): C => {
    let c = cache.get(Client) as C | undefined;
    // One attempt: a setup call that fails must fail loudly, not be retried into a different error.
    // HTTP/1.1 for every client (moto speaks no HTTP/2; the Kinesis client would default to it).
    if (!c) cache.set(Client, (c = new Client({ ...clientConfig(e), maxAttempts: 1, requestHandler: new NodeHttpHandler() })));
    return c;
  };
}
