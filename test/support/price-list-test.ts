/**
 * The setup every test file against the loopback Price List server shares: fake AWS credentials in the
 * environment (the SDK signs its requests to the server), fast SDK retries (test/support/fast-sdk-retries.ts),
 * at most one server per test and temporary directories, all closed and removed after each test.
 * Call it once at the top of a file; it changes the process (OWN_PROCESS in test/test-groups.ts).
 */
import { rmSync } from 'node:fs';
import { afterEach, beforeAll } from 'vitest';
import { useFastSdkRetries } from './fast-sdk-retries.js';
import { makeScratchDir } from './scratch-dir.js';
import { startPriceListServer, useFakeAwsCredentials, type PriceListServer, type PriceListServerOptions } from './price-list-server.js';

export interface PriceListTest {
  /** Starts this test's server, closing the one before it. */
  serve(options: PriceListServerOptions): Promise<PriceListServer>;
  /** This test's server (started by serve). */
  readonly server: PriceListServer;
  /** Closes this test's server now (the next serve starts a fresh one). */
  closeServer(): Promise<void>;
  /** A new temporary directory (test/support/scratch-dir.ts), removed after the test. */
  tempDir(prefix: string): string;
}

export function usePriceListTest(): PriceListTest {
  let server: PriceListServer | undefined;
  const dirs: string[] = [];
  const closeServer = async () => {
    await server?.close();
    server = undefined;
  };
  beforeAll(() => {
    useFakeAwsCredentials();
    useFastSdkRetries();
  });
  afterEach(async () => {
    await closeServer();
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return {
    async serve(options) {
      await closeServer();
      server = await startPriceListServer(options);
      return server;
    },
    get server() {
      if (!server) throw new Error('no Price List server in this test: call serve() first');
      return server;
    },
    closeServer,
    tempDir(prefix) {
      const dir = makeScratchDir(prefix);
      dirs.push(dir);
      return dir;
    },
  };
}
