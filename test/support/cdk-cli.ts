/**
 * The real AWS CDK CLI (the `aws-cdk` devDependency) as a child process, pointed at the AWS emulator
 * and kept off the internet:
 * - every AWS call goes to moto through AWS_ENDPOINT_URL (the SDK's standard endpoint override),
 *   with test credentials and a fixed account and region;
 * - no notices (--no-notices), no CLI telemetry (CDK_DISABLE_CLI_TELEMETRY), no version check
 *   (CDK_DISABLE_VERSION_CHECK);
 * - a private HOME, so nothing from ~/.aws (profiles, credentials) or ~/.cdk (account cache,
 *   telemetry id) leaks in or out, and an environment built from scratch (no AWS_PROFILE, no
 *   AWS_ENDPOINT_URL_<SERVICE> from the caller);
 * - and, should anything still try the internet, an HTTP(S) proxy that refuses at once
 *   (127.0.0.1 port 9) with NO_PROXY for the emulator: the call fails instead of leaving the host.
 *
 * One moto workaround lives here: the CLI passes CloudFormation the template's S3 URL as the SDK
 * builds it from the S3 endpoint, http://127.0.0.1:PORT/bucket/key. moto 5.2.5 reads a TemplateURL
 * as path-style only when the host is "localhost" or an s3*.amazonaws.com name; for any other host
 * it takes the first label of the host name ("127") as the bucket and fails with "The specified
 * bucket does not exist". The CLI's AWS_ENDPOINT_URL_S3_FOR_CLOUDFORMATION (the endpoint used for
 * that URL only) is set to the same server as http://localhost:PORT. moto then reads the template
 * from its own S3; it never fetches the URL.
 */
import { join } from 'node:path';
import { runProcess, succeeded, type ProcessResult } from './child-process.js';
import { REPO_ROOT } from './paths.js';

export const EMULATOR_ACCOUNT = '123456789012';
export const EMULATOR_REGION = 'us-east-1';
const CDK_BIN = join(REPO_ROOT, 'node_modules', 'aws-cdk', 'bin', 'cdk');

export interface CdkCliTarget {
  /** moto's endpoint, http://127.0.0.1:PORT. */
  endpoint: string;
  port: number;
  /** A private, empty HOME for the CLI. */
  home: string;
}

export function cdkCliEnv(target: CdkCliTarget): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    ...(process.env.TMPDIR ? { TMPDIR: process.env.TMPDIR } : {}),
    HOME: target.home,
    AWS_ENDPOINT_URL: target.endpoint,
    AWS_ENDPOINT_URL_S3_FOR_CLOUDFORMATION: `http://localhost:${target.port}`,
    AWS_ACCESS_KEY_ID: 'testing',
    AWS_SECRET_ACCESS_KEY: 'testing',
    AWS_REGION: EMULATOR_REGION,
    CDK_DEFAULT_ACCOUNT: EMULATOR_ACCOUNT,
    CDK_DEFAULT_REGION: EMULATOR_REGION,
    CDK_DISABLE_CLI_TELEMETRY: 'true',
    CDK_DISABLE_VERSION_CHECK: '1',
    HTTPS_PROXY: 'http://127.0.0.1:9',
    HTTP_PROXY: 'http://127.0.0.1:9',
    NO_PROXY: '127.0.0.1,localhost',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  };
}

/** Runs `cdk ARGS --no-notices`; throws with the CLI's output (and `context`) unless it succeeds in time. */
export async function cdk(
  args: string[],
  options: { target: CdkCliTarget; cwd: string; timeoutMs: number; context?: () => string },
): Promise<ProcessResult> {
  const result = await runProcess(process.execPath, [CDK_BIN, ...args, '--no-notices'], {
    cwd: options.cwd,
    env: cdkCliEnv(options.target),
    timeoutMs: options.timeoutMs,
  });
  return succeeded(result, result.code === 0 ? '' : options.context?.());
}
