/** Which test files run where: shared by the full suite (vitest.config.ts) and the unit loop (vitest.unit.config.ts). */
/**
 * `npm run test:unit`: the inner loop — every test that starts no emulator (moto), no browser, no CDK
 * CLI and no tool run of the built package. Those are named by convention and run only in the full
 * `npm test`: `*emulator*.test.ts` (moto, the CDK CLI deploying into it), `*.browser.test.ts`
 * (Chromium), `*.integration.test.ts` (child processes on the built package: npm pack and install,
 * tsc on a consumer, apps importing dist/ as `cdk synth` runs them, the README's command over every
 * example; and whole-data runs: test/pricing/snapshot-build.integration.test.ts rebuilds the bundled
 * snapshot from ../shared/aws-pricing byte for byte, test/pricing/price-list-refresh.integration.test.ts
 * refreshes every bundled price through a loopback Price List API). The rule: a test whose essence is
 * a tool run, a browser, an emulator or the whole price data is not a unit test; a smaller test of the
 * same code stays in the loop beside it. CDK apps synthesized in-process, and the small fixture apps whose assemblies are cached
 * (test/support/example-assembly.ts), stay in the loop. Without the slow files no test needs moto or
 * the offline-install cache, so the globalSetup (installing them) does not run either.
 */
export const SLOW_TESTS = ['test/**/*emulator*.test.ts', 'test/**/*.browser.test.ts', 'test/**/*.integration.test.ts'];

/**
 * Files that change what the process holds — environment variables, the working directory, a faked
 * clock, AWS credentials for a loopback server, the SDK retry strategy — each get a fresh process, as
 * in the full suite. Every other unit file shares its worker's modules with the files before it
 * (`isolate: false`): the library, aws-cdk-lib and the AWS SDK clients a test uses load once per worker,
 * not once per file. Such a file only reads; a new file that sets any of the above belongs in this list
 * (test/unit-isolation.test.ts fails until it is).
 */
export const OWN_PROCESS = [
  'test/aws/sdk-retry.test.ts',
  'test/ci/github-comment.test.ts',
  'test/ci/gitlab-comment.test.ts',
  'test/examples/examples.test.ts',
  'test/limits/limits-refresh.test.ts',
  'test/pricing/fsx-live.test.ts',
  'test/pricing/live-prices.test.ts',
  'test/pricing/price-list-refresh.test.ts',
  'test/report/totals-invariant.test.ts',
  'test/resources/compute/eks-efs-cloud9-lambda.test.ts',
  'test/resources/data/rds-extended-support.test.ts',
  'test/scan/aws-situations.test.ts',
  'test/source/synth-lifecycle.test.ts',
];
