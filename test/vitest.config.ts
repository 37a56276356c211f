import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    root: new URL('..', import.meta.url).pathname,
    // End-to-end tests spawn the CLI and synthesize CDK apps: give them room on a 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: 'forks',
    // One test file per core. vitest's default in a run is cores − 1, a single worker on a 2-core CI
    // machine, which leaves a core idle while a file waits on synthesis, tsc or moto.
    maxWorkers: Math.max(2, availableParallelism()),
    // Installs the pinned moto server (AWS emulator for the scan tests) into .venv once per run, and
    // caches what the packed-install test (test/package/install.integration.test.ts) installs offline.
    globalSetup: ['test/support/moto-global-setup.ts', 'test/support/consumer-deps-global-setup.ts'],
  },
});
