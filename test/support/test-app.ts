/**
 * A CDK App for tests that synthesize in-process to test cdk-cost (a guard, a pricer, the coverage
 * of resource types), not the templates: without aws-cdk-lib's built-in CloudFormation validation,
 * a WASM cfn-lint that takes seconds to start in each process and adds nothing these tests read.
 * Apps synthesized as `cdk synth` runs them (test/fixtures/apps, the example app) keep the CDK's defaults:
 * the guard in such a synthesis is test/cdk/cost-guard-built.integration.test.ts (full suite).
 */
import { App, type AppProps } from 'aws-cdk-lib';

export function testApp(props: AppProps = {}): App {
  return new App({ builtinCloudFormationValidation: false, ...props });
}
