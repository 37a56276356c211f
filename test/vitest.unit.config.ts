import { configDefaults, defineConfig } from 'vitest/config';
import full from './vitest.config.js';

import { OWN_PROCESS, SLOW_TESTS } from './test-groups.js';

const exclude = [...configDefaults.exclude, ...SLOW_TESTS];
// Each project restates the full suite's settings rather than `extends: true`, which would append
// OWN_PROCESS to the inherited `include` (every file) instead of replacing it.
const { globalSetup: _all, maxWorkers, projects: _projects, ...perFile } = full.test ?? {};

export default defineConfig({
  test: {
    maxWorkers,
    projects: [
      { test: { ...perFile, name: 'unit', exclude: [...exclude, ...OWN_PROCESS], isolate: false } },
      { test: { ...perFile, name: 'unit-own-process', include: OWN_PROCESS, exclude } },
    ],
  },
});
