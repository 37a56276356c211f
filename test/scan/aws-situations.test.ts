/**
 * The user's AWS situation is never a stack trace: no credentials, an unknown profile, an endpoint
 * that does not answer — for scan, pricing refresh and --prices live alike (one classifier of SDK
 * errors in the AWS edge). And a scan whose every call was denied does not pass for a clean account.
 * No emulator: the credential chain reads an empty HOME, and denials are injected as middleware.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { classifySdkError } from '../../lib/aws/sdk-errors.js';
import type { MiddlewareHost } from '../../lib/scan/aws/command-log.js';
import { runScan } from '../../lib/scan/engine/run-scan.js';
import { renderScan } from '../../lib/scan/report/render-scan.js';
import { cli } from '../support/cli.js';
import { useFastSdkRetries } from '../support/fast-sdk-retries.js';
import { FIXTURES_DIR } from '../support/paths.js';
import { scanPricers } from '../../lib/scan/pricers/scan-pricers.js';

const AWS_VARS = Object.keys(process.env).filter((k) => k.startsWith('AWS_') && k !== 'AWS_CA_BUNDLE');
const saved = { ...process.env };

beforeEach(() => {
  const home = mkdtempSync(join(tmpdir(), 'cdk-cost-home-'));
  for (const k of AWS_VARS) delete process.env[k];
  process.env.HOME = home;
  process.env.AWS_CONFIG_FILE = join(home, 'config');
  process.env.AWS_SHARED_CREDENTIALS_FILE = join(home, 'credentials');
  // No instance-metadata lookups from the credential chain: it would wait on a link-local address.
  process.env.AWS_EC2_METADATA_DISABLED = 'true';
  delete process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED;
});
afterEach(() => {
  process.env = { ...saved };
});

// The scan retries a refused connection as the SDK does (8 attempts, adaptive); here 1 ms apart.
beforeAll(() => useFastSdkRetries());

const noTrace = (stderr: string) => expect(stderr).not.toMatch(/internal error|\n\s+at /);

describe('AWS situations are clear errors (exit 1), never a stack trace', () => {
  it('scan without credentials names the credential chain', async () => {
    const r = await cli('scan', '--region', 'us-east-1');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: scan: no AWS credentials could be loaded from the default credential chain/);
    noTrace(r.stderr);
  });

  it('scan --profile nosuchprofile names the profile and the files looked in', async () => {
    writeFileSync(process.env.AWS_CONFIG_FILE!, '[profile real]\nregion = us-east-1\n');
    const r = await cli('scan', '--region', 'us-east-1', '--profile', 'nosuchprofile');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`the AWS profile "nosuchprofile" (--profile) is not in ${process.env.AWS_CONFIG_FILE}`);
    noTrace(r.stderr);
  });

  it('scan against an unreachable endpoint names the endpoint', async () => {
    Object.assign(process.env, {
      AWS_ACCESS_KEY_ID: 'x',
      AWS_SECRET_ACCESS_KEY: 'y',
      AWS_ENDPOINT_URL: 'http://127.0.0.1:9',
    });
    const r = await cli('scan', '--region', 'us-east-1');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: scan: could not reach the endpoint http:\/\/127\.0\.0\.1:9 \(.*ECONNREFUSED/);
    noTrace(r.stderr);
  });

  it('pricing refresh and --prices live say the same, and the SDK prints no Node version notice', async () => {
    const snapshot = join(mkdtempSync(join(tmpdir(), 'cdk-cost-snap-')), 'snap');
    const refresh = await cli('pricing', 'refresh', '-s', 'AWSLambda', '-r', 'us-east-1', '--snapshot', snapshot, '--max-attempts', '1');
    expect(refresh.code).toBe(1);
    expect(refresh.stderr).toMatch(/no AWS credentials could be loaded from the default credential chain/);
    const template = join(FIXTURES_DIR, 'templates', 'queue-and-table.json');
    const cache = mkdtempSync(join(tmpdir(), 'cdk-cost-cache-'));
    Object.assign(process.env, { AWS_ACCESS_KEY_ID: 'x', AWS_SECRET_ACCESS_KEY: 'y' });
    const live = await cli(
      'estimate',
      template,
      '--prices',
      'live',
      '--price-cache',
      cache,
      '--endpoint',
      'http://127.0.0.1:9',
      '--max-attempts',
      '1',
    );
    expect(live.code).toBe(1);
    expect(live.stderr).toMatch(/could not reach the endpoint http:\/\/127\.0\.0\.1:9/);
    for (const r of [refresh, live]) noTrace(r.stderr);
    expect(process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED).toBe('true');
  });

  it('the classifier tells stopping errors from ones a command works around', () => {
    const named = (name: string, extra: object = {}) => Object.assign(new Error('m'), { name, ...extra });
    expect(classifySdkError(named('CredentialsProviderError', { tryNextLink: false }))).toBe('credentials');
    expect(classifySdkError(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' }))).toBe('endpoint');
    expect(classifySdkError(named('AccessDeniedException', { $metadata: { httpStatusCode: 400 } }))).toBe('denied');
    expect(classifySdkError(named('Forbidden', { $metadata: { httpStatusCode: 403 } }))).toBe('denied');
    expect(classifySdkError(named('OptInRequired'))).toBe('region-disabled');
    expect(classifySdkError(named('ThrottlingException'))).toBe('throttled');
    expect(classifySdkError(named('ExpiredToken'))).toBe('rejected');
    expect(classifySdkError(new TypeError('x is undefined'))).toBe('other');
  });
});

describe('a scan that saw nothing has not shown there is no waste', () => {
  /** Every command answers AccessDenied before it is sent. */
  const denyAll = (client: MiddlewareHost) =>
    client.middlewareStack.add(
      () => async () => {
        throw Object.assign(new Error('User is not authorized'), {
          name: 'AccessDenied',
          $metadata: { httpStatusCode: 403 },
          $fault: 'client',
        });
      },
      { step: 'initialize', name: 'denyAll', priority: 'low' },
    );
  const access = {
    clientConfig: { region: 'us-east-1', credentials: { accessKeyId: 'x', secretAccessKey: 'y' }, endpoint: 'http://127.0.0.1:9' },
    middleware: [denyAll],
  };

  it('says so first in the report', async () => {
    const report = await runScan({ pricers: scanPricers(), regions: ['us-east-1'], access });
    expect(report.findings).toEqual([]);
    expect(report.coverage.notRun.length).toBe(report.coverage.rules);
    const text = renderScan(report, 'table');
    expect(text.split('\n')[0]).toMatch(/^Incomplete scan: none of the \d+ rules could run/);
    expect(text).toContain('No idle or orphaned resources found by the rules that ran.');
    expect(text).not.toContain('No idle or orphaned resources found.\n');
    expect(renderScan(report, 'markdown')).toMatch(/> \*\*Incomplete scan/);
  });

  it('fails --fail-if-waste-over (exit 1) instead of passing with $0', async () => {
    Object.assign(process.env, {
      AWS_ACCESS_KEY_ID: 'x',
      AWS_SECRET_ACCESS_KEY: 'y',
      AWS_ENDPOINT_URL: 'http://127.0.0.1:9',
      AWS_REGION: 'us-east-1',
    });
    // The CLI has no middleware flag: deny through the SDK's own path, an endpoint that answers 403 to everything.
    const { createServer } = await import('node:http');
    const server = createServer((_req, res) => {
      res.writeHead(403, { 'content-type': 'text/xml' });
      res.end('<ErrorResponse><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>denied</Message></Error></ErrorResponse>');
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    process.env.AWS_ENDPOINT_URL = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    try {
      const gated = await cli('scan', '--region', 'us-east-1', '--fail-if-waste-over', '100');
      expect(gated.stdout.split('\n')[0]).toMatch(/^Incomplete scan/);
      expect(gated.stderr).toMatch(/--fail-if-waste-over cannot pass an incomplete scan/);
      expect(gated.code).toBe(1);
      const plain = await cli('scan', '--region', 'us-east-1');
      expect(plain.code).toBe(0);
      expect(plain.stderr).toMatch(/^warning: Incomplete scan/m);
    } finally {
      server.close();
    }
  });
});
