/**
 * FSx is priced from the live Price List only: AWS's public FSx data (metered-unit map) has its rates
 * under opaque ids, so the bundled snapshot has no FSx prices and the file system says why. With
 * `--prices live` (loopback Price List endpoint, real SDK client) FSx products in AWS's aws_v1 format
 * are mapped by their attributes (productFamily, fileSystemType, deploymentOption, storageType,
 * throughputCapacity, usagetype …BackupUsage) onto the pricer's keys, and the lines are priced.
 *
 * The served prices are rates taken from ../shared/aws-pricing/metered-unit-maps/fsx.json (so no price
 * is typed here); which FSx product each of them really is cannot be known from that file, so the test
 * checks the mapping and arithmetic (expected = quantity × the price served for that product), not
 * AWS's price for a given storage type.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Decimal } from '../../lib/money.js';
import type { PriceListItemJson } from '../../lib/pricing/live/price-list-item.js';
import { cli } from '../support/cli.js';
import { usePriceListTest } from '../support/price-list-test.js';
import { AWS_PRICING_DIR, requireShared } from '../support/paths.js';

const ON_DEMAND = 'JRTCKXETXF';
const LOCATION = 'US East (N. Virginia)';
const priceList = usePriceListTest();

/** Prices from AWS's FSx data for us-east-1, in file order (distinct values, so a wrong mapping shows). */
function fsxRates(): string[] {
  const data = JSON.parse(readFileSync(join(AWS_PRICING_DIR, 'metered-unit-maps', 'fsx.json'), 'utf8'));
  const rates = Object.values(data.regions[LOCATION] as Record<string, { price: string }>).map((r) => new Decimal(r.price).toFixed());
  return [...new Set(rates)];
}

interface Spec {
  family: 'Storage' | 'Provisioned Throughput';
  unit: string;
  attributes: Record<string, string>;
}

/** A GetProducts item as AWS sends it (format of price-list-api/get-products/). */
function item(sku: string, spec: Spec, usd: string): PriceListItemJson {
  const rateCode = `${sku}.${ON_DEMAND}.6YS6EN2CT7`;
  return {
    product: {
      sku,
      productFamily: spec.family,
      attributes: {
        servicecode: 'AmazonFSx',
        servicename: 'Amazon FSx',
        location: LOCATION,
        locationType: 'AWS Region',
        regionCode: 'us-east-1',
        ...spec.attributes,
      },
    },
    serviceCode: 'AmazonFSx',
    terms: {
      OnDemand: {
        [`${sku}.${ON_DEMAND}`]: {
          sku,
          offerTermCode: ON_DEMAND,
          effectiveDate: '2025-05-01T00:00:00Z',
          priceDimensions: {
            [rateCode]: {
              rateCode,
              unit: spec.unit,
              beginRange: '0',
              endRange: 'Inf',
              description: `USD ${usd} per ${spec.unit}`,
              pricePerUnit: { USD: usd },
              appliesTo: [],
            },
          },
          termAttributes: {},
        },
      },
    },
    version: '20250529201121',
    publicationDate: '2025-05-29T20:11:21Z',
  };
}

const storage = (a: Record<string, string>): Spec => ({ family: 'Storage', unit: 'GB-Mo', attributes: a });
const throughput = (a: Record<string, string>): Spec => ({ family: 'Provisioned Throughput', unit: 'MBps-Mo', attributes: a });

/** The products the template below needs, plus near misses the keyer must not confuse with them. */
const SPECS: Record<string, Spec> = {
  winStorage: storage({ fileSystemType: 'Windows', deploymentOption: 'Multi-AZ', storageType: 'SSD', usagetype: 'MultiAZ-Storage' }),
  winStorageSingle: storage({ fileSystemType: 'Windows', deploymentOption: 'Single-AZ', storageType: 'SSD', usagetype: 'Storage' }),
  winHdd: storage({ fileSystemType: 'Windows', deploymentOption: 'Multi-AZ', storageType: 'HDD', usagetype: 'MultiAZ-HDD-Storage' }),
  winThroughput: throughput({ fileSystemType: 'Windows', deploymentOption: 'Multi-AZ', usagetype: 'MultiAZ-ThroughputCapacity' }),
  winBackup: storage({ fileSystemType: 'Windows', deploymentOption: 'Multi-AZ', usagetype: 'MultiAZ-BackupUsage' }),
  lustre250: storage({ fileSystemType: 'Lustre', storageType: 'SSD', throughputCapacity: '250', usagetype: 'Storage.SSD.250' }),
  lustre125: storage({ fileSystemType: 'Lustre', storageType: 'SSD', throughputCapacity: '125', usagetype: 'Storage.SSD.125' }),
  lustreScratch: storage({ fileSystemType: 'Lustre', storageType: 'SSD', throughputCapacity: 'N/A', usagetype: 'Storage.SSD' }),
  lustreBackup: storage({ fileSystemType: 'Lustre', usagetype: 'BackupUsage' }),
  ontapStorage: storage({ fileSystemType: 'ONTAP', deploymentOption: 'Single-AZ', storageType: 'SSD', usagetype: 'ONTAP-Storage' }),
  ontapThroughput: throughput({ fileSystemType: 'ONTAP', deploymentOption: 'Single-AZ', usagetype: 'ONTAP-ThroughputCapacity' }),
  zfsStorage: storage({ fileSystemType: 'OpenZFS', deploymentOption: 'Single-AZ', storageType: 'SSD', usagetype: 'ZFS-Storage' }),
  zfsThroughput: throughput({ fileSystemType: 'OpenZFS', deploymentOption: 'Single-AZ', usagetype: 'ZFS-ThroughputCapacity' }),
};

const TEMPLATE = `
Resources:
  Windows:
    Type: AWS::FSx::FileSystem
    Properties:
      FileSystemType: WINDOWS
      StorageCapacity: 2048
      SubnetIds: [subnet-a, subnet-b]
      WindowsConfiguration: { DeploymentType: MULTI_AZ_1, ThroughputCapacity: 64, PreferredSubnetId: subnet-a }
  Lustre:
    Type: AWS::FSx::FileSystem
    Properties:
      FileSystemType: LUSTRE
      StorageCapacity: 1200
      SubnetIds: [subnet-a]
      LustreConfiguration: { DeploymentType: PERSISTENT_2, PerUnitStorageThroughput: 250 }
  Scratch:
    Type: AWS::FSx::FileSystem
    Properties: { FileSystemType: LUSTRE, StorageCapacity: 2400, SubnetIds: [subnet-a] }
  Ontap:
    Type: AWS::FSx::FileSystem
    Properties:
      FileSystemType: ONTAP
      StorageCapacity: 1024
      SubnetIds: [subnet-a]
      OntapConfiguration: { DeploymentType: SINGLE_AZ_1, ThroughputCapacity: 128 }
  Zfs:
    Type: AWS::FSx::FileSystem
    Properties:
      FileSystemType: OPENZFS
      StorageCapacity: 64
      SubnetIds: [subnet-a]
      OpenZFSConfiguration: { DeploymentType: SINGLE_AZ_1, ThroughputCapacity: 64 }
`;

interface Line {
  name: string;
  quantity: string;
  unitPrice: string | null;
  monthly: string;
  price?: { origin?: string };
}
interface Res {
  logicalId: string;
  status: string;
  reason?: string;
  components: Line[];
}

describe('FSx prices come from the live Price List', () => {
  requireShared();
  it('the bundled snapshot says which AWS data is missing; --prices live maps FSx products by their attributes', async () => {
    const work = priceList.tempDir('cdk-cost-fsx-');
    const rates = fsxRates();
    const names = Object.keys(SPECS);
    expect(rates.length).toBeGreaterThanOrEqual(names.length);
    const priceOf = new Map(names.map((n, i) => [n, rates[i]!]));
    const items = names.map((n, i) => item(`FSXTESTSKU${String(i).padStart(6, '0')}`, SPECS[n]!, priceOf.get(n)!));
    const server = await priceList.serve({ items });
    const template = join(work, 'fsx.yaml');
    writeFileSync(template, TEMPLATE);
    const usage = join(work, 'fsx.usage.yml');
    writeFileSync(usage, 'resources:\n  Windows: { backupStorageGB: 500 }\n  Lustre: { backupStorageGB: 100 }\n');

    // Bundled snapshot: no FSx prices, and the reason names what AWS's data lacks.
    const bundled = JSON.parse((await cli('estimate', template, '--usage', usage, '--format', 'json')).stdout);
    for (const r of bundled.resources as Res[]) {
      expect(r.status, r.logicalId).toBe('unsupported');
      expect(r.reason, r.logicalId).toMatch(/AWS's public price data for FSx .* names every rate only by an opaque id/);
      expect(r.reason, r.logicalId).toMatch(/--prices live/);
    }

    const live = await cli(
      'estimate',
      template,
      '--usage',
      usage,
      '--format',
      'json',
      '--prices',
      'live',
      '--endpoint',
      server.endpoint,
      '--price-cache',
      join(work, 'cache'),
    );
    expect(live.code, live.stderr).toBe(0);
    expect(live.stderr).toMatch(/AmazonFSx us-east-1: 13 products/);
    const estimate = JSON.parse(live.stdout) as { resources: Res[]; totals: { monthly: string } };
    const byId = (id: string) => estimate.resources.find((r) => r.logicalId === id)!;
    const check = (id: string, prefix: string, quantity: number, spec: string) => {
      const line = byId(id).components.find((c) => c.name.startsWith(prefix));
      expect(line, `${id} ${prefix}`).toBeDefined();
      expect(line!.quantity).toBe(String(quantity));
      expect(line!.unitPrice, `${id} ${prefix}`).toBe(priceOf.get(spec));
      expect(line!.monthly).toBe(new Decimal(quantity).times(priceOf.get(spec)!).toFixed());
      expect(line!.price?.origin).toBe('price-list-api/AmazonFSx');
      return new Decimal(line!.monthly);
    };
    let total = new Decimal(0);
    total = total.plus(check('Windows', 'Storage (Windows, MULTI_AZ_1, SSD)', 2048, 'winStorage'));
    total = total.plus(check('Windows', 'Throughput capacity (Multi-AZ)', 64, 'winThroughput'));
    total = total.plus(check('Windows', 'Backup storage', 500, 'winBackup'));
    total = total.plus(check('Lustre', 'Storage (Lustre, PERSISTENT_2, SSD, 250 MB/s/TiB)', 1200, 'lustre250'));
    total = total.plus(check('Lustre', 'Backup storage', 100, 'lustreBackup'));
    total = total.plus(check('Scratch', 'Storage (Lustre, SCRATCH_1, SSD)', 2400, 'lustreScratch'));
    total = total.plus(check('Ontap', 'Storage (ONTAP, SINGLE_AZ_1, SSD)', 1024, 'ontapStorage'));
    total = total.plus(check('Ontap', 'Throughput capacity (Single-AZ)', 128, 'ontapThroughput'));
    total = total.plus(check('Zfs', 'Storage (OpenZFS, SINGLE_AZ_1, SSD)', 64, 'zfsStorage'));
    total = total.plus(check('Zfs', 'Throughput capacity (Single-AZ)', 64, 'zfsThroughput'));
    for (const id of ['Windows', 'Lustre']) expect(byId(id).status, id).toBe('priced');
    expect(new Decimal(estimate.totals.monthly).eq(total)).toBe(true);
  });
});
