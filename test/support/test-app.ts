/**
 * A CDK App for tests that synthesize in-process to test cdk-cost (a guard, a pricer, the coverage
 * of resource types), not the templates: without aws-cdk-lib's built-in CloudFormation validation,
 * a WASM cfn-lint that takes seconds to start in each process and adds nothing these tests read.
 * A test of how cdk-cost works alongside that validation uses `new App()` with the CDK's defaults.
 */
import { App, type AppProps } from 'aws-cdk-lib';

export function testApp(props: AppProps = {}): App {
  return new App({ builtinCloudFormationValidation: false, ...props });
}
