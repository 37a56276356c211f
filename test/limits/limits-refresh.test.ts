/**
 * `limits refresh`: Service Quotas values into the catalogue, against a loopback fake speaking the
 * Service Quotas JSON protocol for Lambda (paged, an applied value, no other service), and without
 * credentials (a clear error, nothing written). The same against moto's vpc quotas is an emulator
 * test: limits-refresh.emulator.test.ts (the unit loop starts no moto).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { loadCatalogue, type LimitsCatalogue } from '../../lib/limits/catalogue.js';
import { refreshLimits } from '../../lib/limits/refresh/refresh-limits.js';
import { SdkQuotaSource } from '../../lib/limits/refresh/sdk-quota-source.js';
import { cli } from '../support/cli.js';

const CREDENTIALS = { accessKeyId: 'testing', secretAccessKey: 'testing' };
const REGION = 'us-east-1';

let fake: Server;
let fakeUrl = '';
let dir = '';
const requests: Array<{ target: string; body: Record<string, unknown> }> = [];

/** Lambda quotas as Service Quotas would answer, over two pages. */
const APPLIED = 3000;
const DEFAULT = 1500;
function answer(target: string, body: Record<string, unknown>): [number, unknown] {
  const quota = (code: string, name: string, value: number) => ({
    ...{ ServiceCode: 'lambda', QuotaCode: code, QuotaName: name, Value: value, Unit: 'None', Adjustable: true },
  });
  if (target.endsWith('.ListAWSDefaultServiceQuotas')) {
    if (body['ServiceCode'] !== 'lambda') return [400, { __type: 'NoSuchResourceException', message: 'no such service' }];
    if (!body['NextToken']) return [200, { Quotas: [quota('L-STORAGE', 'Function and layer storage', 75)], NextToken: 'page-2' }];
    return [200, { Quotas: [quota('L-CONC', 'Concurrent executions', DEFAULT)] }];
  }
  if (target.endsWith('.GetServiceQuota')) return [200, { Quota: quota('L-CONC', 'Concurrent executions', APPLIED) }];
  return [400, { __type: 'UnknownOperationException', message: target }];
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cdk-cost-limits-refresh-'));
  fake = createServer((req, res) => {
    let text = '';
    req.on('data', (c) => (text += c));
    req.on('end', () => {
      const target = String(req.headers['x-amz-target'] ?? '');
      const body = JSON.parse(text || '{}') as Record<string, unknown>;
      requests.push({ target, body });
      const [status, json] = answer(target, body);
      res.writeHead(status, { 'content-type': 'application/x-amz-json-1.1' }).end(JSON.stringify(json));
    });
  });
  await new Promise<void>((done) => fake.listen(0, '127.0.0.1', done));
  fakeUrl = `http://127.0.0.1:${(fake.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((done) => fake?.close(done));
  rmSync(dir, { recursive: true, force: true });
});

/** An entry of a service the fake lists nothing for (it answers NoSuchResourceException). */
const VPC_ENTRY = {
  ...{ id: 'vpc.peering', service: 'VPC', name: 'Peering connections per VPC', value: 1, unit: 'connections' },
  ...{ adjustable: false, scope: 'vpc', url: 'https://docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html' },
  serviceQuota: { serviceCode: 'vpc', quotaName: 'Active VPC peering connections per VPC' },
};
const lambdaEntry = (quotaName: string) => {
  const entry = structuredClone(loadCatalogue().limits.find((l) => l.id === 'lambda.concurrent-executions')!);
  return { ...entry, serviceQuota: { serviceCode: 'lambda', quotaName } };
};

describe('refreshLimits through the SDK (loopback Service Quotas)', () => {
  it("writes the Region's default value and the quota code it found; a service that lists nothing keeps its entry", async () => {
    const source = new SdkQuotaSource({ region: REGION, endpoint: fakeUrl, credentials: CREDENTIALS });
    const listed = await source.listDefaults('lambda');
    expect(listed.map((q) => q.quotaName)).toEqual(['Function and layer storage', 'Concurrent executions']);
    const catalogue: LimitsCatalogue = { asOf: 'test', limits: [lambdaEntry('Concurrent executions'), VPC_ENTRY] };
    const result = await refreshLimits({ catalogue, sources: new Map([[REGION, source]]), today: '2026-12-02' });
    source.destroy();
    const lambda = result.catalogue.limits.find((l) => l.id === 'lambda.concurrent-executions')!;
    expect(lambda.byRegion![REGION]).toBe(DEFAULT);
    expect(lambda.serviceQuota!.quotaCode).toBe('L-CONC');
    expect(lambda.adjustable).toBe(true);
    expect(lambda.value).toBe(lambdaEntry('x').value); // the default outside refreshed Regions is kept
    const kept = result.lines.find((l) => l.id === VPC_ENTRY.id)!;
    expect(kept.kept).toContain('Service Quotas lists no defaults for vpc (NoSuchResourceException');
    expect(result.catalogue.limits.find((l) => l.id === VPC_ENTRY.id)).toEqual(VPC_ENTRY);
    expect(result.catalogue.serviceQuotasRefresh).toEqual({ at: '2026-12-02', kind: 'AWS defaults', regions: [REGION] });
  });

  it('reports a quota name the service does not have, and keeps the entry', async () => {
    const source = new SdkQuotaSource({ region: REGION, endpoint: fakeUrl, credentials: CREDENTIALS });
    const catalogue: LimitsCatalogue = { asOf: 'test', limits: [lambdaEntry('No such quota')] };
    const result = await refreshLimits({ catalogue, sources: new Map([[REGION, source]]), today: '2026-12-02' });
    source.destroy();
    expect(result.lines[0]!.kept).toContain('no quota named "No such quota"');
    expect(result.catalogue.limits[0]!.byRegion).toBeUndefined();
  });
});

describe('cdk-cost limits refresh (loopback Service Quotas)', () => {
  const env = (vars: Record<string, string | undefined>) => {
    const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
    for (const [k, v] of Object.entries(vars))
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    return () => {
      for (const [k, v] of Object.entries(saved))
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
    };
  };

  it("follows the pages to Lambda's concurrency quota and writes the refreshed catalogue", async () => {
    const out = join(dir, 'refreshed.json');
    requests.length = 0;
    const restore = env({ AWS_ACCESS_KEY_ID: 'testing', AWS_SECRET_ACCESS_KEY: 'testing', AWS_PROFILE: undefined });
    const result = await cli('limits', 'refresh', '--region', 'eu-west-1', '--endpoint', fakeUrl, '--out', out).finally(restore);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const written = JSON.parse(readFileSync(out, 'utf8')) as LimitsCatalogue;
    const entry = written.limits.find((l) => l.id === 'lambda.concurrent-executions')!;
    expect(entry.byRegion!['eu-west-1']).toBe(DEFAULT);
    expect(entry.serviceQuota!.quotaCode).toBe('L-CONC');
    expect(result.stdout).toContain(`changed lambda.concurrent-executions in eu-west-1: ${loadCatalogue().limits[0]!.value} → ${DEFAULT}`);
    expect(requests.filter((r) => r.target.endsWith('.ListAWSDefaultServiceQuotas')).map((r) => r.body['NextToken'] ?? null)).toEqual([
      null,
      'page-2',
    ]);
    // Entries without a Service Quotas quota are written unchanged.
    const s3 = loadCatalogue().limits.find((l) => l.id === 's3.prefix-writes');
    expect(written.limits.find((l) => l.id === 's3.prefix-writes')).toEqual(s3);
  });

  it('--applied writes the value applied to this account (GetServiceQuota)', async () => {
    const out = join(dir, 'applied.json');
    const restore = env({ AWS_ACCESS_KEY_ID: 'testing', AWS_SECRET_ACCESS_KEY: 'testing', AWS_PROFILE: undefined });
    const result = await cli('limits', 'refresh', '--endpoint', fakeUrl, '--out', out, '--applied', '-r', REGION).finally(restore);
    expect(result.code).toBe(0);
    const written = JSON.parse(readFileSync(out, 'utf8')) as LimitsCatalogue;
    expect(written.limits.find((l) => l.id === 'lambda.concurrent-executions')!.byRegion![REGION]).toBe(APPLIED);
    expect(written.serviceQuotasRefresh!.kind).toBe('applied to this account');
  });

  it('without credentials: a clear error naming what to do, no stack trace, nothing written', async () => {
    const out = join(dir, 'untouched.json');
    writeFileSync(out, 'before\n');
    const restore = env({
      ...{ AWS_ACCESS_KEY_ID: undefined, AWS_SECRET_ACCESS_KEY: undefined, AWS_SESSION_TOKEN: undefined, AWS_PROFILE: undefined },
      ...{ AWS_CONFIG_FILE: join(dir, 'none'), AWS_SHARED_CREDENTIALS_FILE: join(dir, 'none'), AWS_EC2_METADATA_DISABLED: 'true' },
      ...{
        AWS_CONTAINER_CREDENTIALS_RELATIVE_URI: undefined,
        AWS_CONTAINER_CREDENTIALS_FULL_URI: undefined,
        AWS_WEB_IDENTITY_TOKEN_FILE: undefined,
      },
    });
    const result = await cli(
      'limits',
      'refresh',
      '--endpoint',
      fakeUrl,
      '--catalogue',
      join(process.cwd(), 'limits', 'catalogue.json'),
      '--out',
      out,
    ).finally(restore);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/no AWS credentials/);
    expect(result.stderr).toMatch(/AWS_PROFILE|AWS_ACCESS_KEY_ID/);
    expect(result.stderr).toContain('unchanged');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(out, 'utf8')).toBe('before\n');
  }, 30_000);
});
