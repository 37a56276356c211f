import { configDefaults, defineConfig } from 'vitest/config';
import full from './vitest.config.js';

/**
 * `npm run test:unit`: the inner loop — every test that starts no emulator (moto), no browser, no CDK
 * CLI and no tool run of the built package. Those are named by convention and run only in the full
 * `npm test`: `*emulator*.test.ts` (moto, the CDK CLI deploying into it), `*.browser.test.ts`
 * (Chromium), `*.integration.test.ts` (child processes on the built package: npm pack and install,
 * tsc on a consumer, apps importing dist/ as `cdk synth` runs them, the README's command over every
 * example). CDK apps synthesized in-process, and the small fixture apps whose assemblies are cached
 * (test/support/example-assembly.ts), stay in the loop. Without the slow files no test needs moto or
 * the offline-install cache, so the globalSetup (installing them) does not run either.
 */
export const SLOW_TESTS = ['test/**/*emulator*.test.ts', 'test/**/*.browser.test.ts', 'test/**/*.integration.test.ts'];

export default defineConfig({
  test: { ...full.test, globalSetup: [], exclude: [...configDefaults.exclude, ...SLOW_TESTS] },
});
