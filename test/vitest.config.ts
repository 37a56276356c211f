import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    root: new URL('..', import.meta.url).pathname,
    // End-to-end tests spawn the CLI and synthesize CDK apps: give them room on a 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: 'forks',
    // Installs the pinned moto server (AWS emulator for the scan tests) into .venv once per run.
    globalSetup: ['test/support/moto-global-setup.ts'],
  },
});
