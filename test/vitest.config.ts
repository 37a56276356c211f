import { availableParallelism } from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';
import { OWN_PROCESS, SLOW_TESTS } from './test-groups.js';

/** Settings every file runs with, in both projects below (and in the unit loop's). */
const perFile = {
  root: new URL('..', import.meta.url).pathname,
  // End-to-end tests spawn the CLI and synthesize CDK apps: give them room on a 2-core machine.
  testTimeout: 120_000,
  hookTimeout: 180_000,
  pool: 'forks' as const,
};

export default defineConfig({
  test: {
    ...perFile,
    include: ['test/**/*.test.ts'],
    // One test file per core and one more. vitest's default in a run is cores − 1, a single worker on
    // a 2-core CI machine; the slow files mostly wait (on moto, a child synthesis, npm, tsc), so a third
    // worker fills the time they leave a core idle (measured: the full run on 2 cores, 2 vs 3 workers).
    maxWorkers: availableParallelism() + 1,
    // Installs the pinned moto server (AWS emulator for the scan tests) into .venv once per run, and
    // caches what the packed-install test (test/package/install.integration.test.ts) installs offline.
    globalSetup: ['test/support/moto-global-setup.ts', 'test/support/consumer-deps-global-setup.ts'],
    // Files that only read share their worker's loaded modules (the library, aws-cdk-lib and the AWS SDK
    // clients load once per worker instead of once per file); files that change process state, and the slow
    // files (emulator, browser, tool runs), each get a fresh process. test/test-groups.ts says which.
    projects: [
      {
        test: {
          ...perFile,
          name: 'shared',
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...SLOW_TESTS, ...OWN_PROCESS],
          isolate: false,
        },
      },
      { test: { ...perFile, name: 'own-process', include: [...OWN_PROCESS, ...SLOW_TESTS] } },
    ],
  },
});
