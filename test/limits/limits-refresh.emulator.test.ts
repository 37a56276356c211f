/**
 * `limits refresh` against moto, which implements ListAWSDefaultServiceQuotas / GetServiceQuota for
 * the vpc service: the SDK's real requests and moto's real answers. An emulator test (full suite
 * only); the unit loop checks the same code against a loopback fake in limits-refresh.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue, type LimitsCatalogue } from '../../lib/limits/catalogue.js';
import { refreshLimits } from '../../lib/limits/refresh/refresh-limits.js';
import { SdkQuotaSource } from '../../lib/limits/refresh/sdk-quota-source.js';
import { startMoto, type MotoServer } from '../support/moto-server.js';

const CREDENTIALS = { accessKeyId: 'testing', secretAccessKey: 'testing' };
const REGION = 'us-east-1';

let moto: MotoServer;

beforeAll(async () => {
  moto = await startMoto();
}, 120_000);
afterAll(async () => {
  await moto?.stop();
});

const vpcEntry = (quotaName: string) => ({
  ...{ id: 'vpc.peering', service: 'VPC', name: 'Peering connections per VPC', value: 1, unit: 'connections' },
  ...{ adjustable: false, scope: 'vpc', url: 'https://docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html' },
  serviceQuota: { serviceCode: 'vpc', quotaName },
});

describe('against moto (vpc defaults)', () => {
  it("writes the Region's default value and the quota code it found; a service moto lists nothing for keeps its entry", async () => {
    const source = new SdkQuotaSource({ region: REGION, endpoint: moto.endpoint, credentials: CREDENTIALS });
    const listed = await source.listDefaults('vpc');
    const peering = listed.find((q) => q.quotaName === 'Active VPC peering connections per VPC')!;
    expect(peering.value).not.toBe(1);
    const lambda = loadCatalogue().limits.find((l) => l.id === 'lambda.concurrent-executions')!;
    const catalogue: LimitsCatalogue = { asOf: 'test', limits: [vpcEntry(peering.quotaName), lambda] };
    const result = await refreshLimits({ catalogue, sources: new Map([[REGION, source]]), today: '2026-12-02' });
    source.destroy();
    const vpc = result.catalogue.limits.find((l) => l.id === 'vpc.peering')!;
    expect(vpc.byRegion![REGION]).toBe(peering.value);
    expect(vpc.serviceQuota!.quotaCode).toBe(peering.quotaCode);
    expect(vpc.adjustable).toBe(peering.adjustable);
    expect(vpc.value).toBe(1); // the default outside refreshed Regions is kept
    const kept = result.lines.find((l) => l.id === 'lambda.concurrent-executions')!;
    expect(kept.kept).toMatch(/lambda/);
    expect(result.catalogue.limits.find((l) => l.id === lambda.id)).toEqual(lambda);
    expect(result.catalogue.serviceQuotasRefresh).toEqual({ at: '2026-12-02', kind: 'AWS defaults', regions: [REGION] });
  });

  it('reports a quota name the service does not have, and keeps the entry', async () => {
    const source = new SdkQuotaSource({ region: REGION, endpoint: moto.endpoint, credentials: CREDENTIALS });
    const catalogue: LimitsCatalogue = { asOf: 'test', limits: [vpcEntry('No such quota')] };
    const result = await refreshLimits({ catalogue, sources: new Map([[REGION, source]]), today: '2026-12-02' });
    source.destroy();
    expect(result.lines[0]!.kept).toContain('no quota named "No such quota"');
    expect(result.catalogue.limits[0]!.byRegion).toBeUndefined();
  });
});
