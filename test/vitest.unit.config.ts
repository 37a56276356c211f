import { configDefaults, defineConfig } from 'vitest/config';
import full from './vitest.config.js';

/**
 * `npm run test:unit`: the inner loop — every test that starts no emulator (moto), no browser and no
 * packed install. Those are named by convention and run only in the full `npm test`:
 * `*emulator*.test.ts`, `*.browser.test.ts`, `*.integration.test.ts`. Without them no test needs moto,
 * so its globalSetup (installing it into .venv) does not run either.
 */
export const SLOW_TESTS = ['test/**/*emulator*.test.ts', 'test/**/*.browser.test.ts', 'test/**/*.integration.test.ts'];

export default defineConfig({
  test: { ...full.test, globalSetup: [], exclude: [...configDefaults.exclude, ...SLOW_TESTS] },
});
