/**
 * AWS::FSx::FileSystem — FSx bills storage by file system type, deployment and storage type, provisioned
 * throughput capacity (Windows, ONTAP, OpenZFS; Lustre's throughput is in its storage price, by the
 * per-unit throughput tier), and backups. The keys name the Price List attributes of FSx products
 * (catalog-keys.ts): AWS's public price data lists FSx rates only under opaque ids, so with the bundled
 * snapshot the lines have no price and say why (absent-price-data.ts); `--prices live` prices them.
 * Volumes and storage virtual machines (ONTAP, OpenZFS) have no charge of their own: storage and
 * throughput are billed on the file system.
 */
import { Decimal } from '../../money.js';
import { fsxBackupKey, fsxStorageKey, fsxThroughputKey } from '../../pricing/catalog-keys.js';
import { definePricer, type PricerContext } from '../pricer.js';
import { num, str } from '../../model/properties.js';
import { whyUnknown } from './read-class.js';

const FSX = 'AmazonFSx';

/** CloudFormation's FileSystemType → the Price List's fileSystemType, and where its settings live. */
const TYPES: Record<string, { name: string; config: string }> = {
  WINDOWS: { name: 'Windows', config: 'WindowsConfiguration' },
  LUSTRE: { name: 'Lustre', config: 'LustreConfiguration' },
  ONTAP: { name: 'ONTAP', config: 'OntapConfiguration' },
  OPENZFS: { name: 'OpenZFS', config: 'OpenZFSConfiguration' },
};

/** The deployment types' defaults, as CloudFormation documents them. */
const DEFAULT_DEPLOYMENT: Record<string, string> = {
  WINDOWS: 'SINGLE_AZ_1',
  LUSTRE: 'SCRATCH_1',
  ONTAP: 'MULTI_AZ_1',
  OPENZFS: 'SINGLE_AZ_1',
};

export const fsxFileSystem = definePricer({
  types: ['AWS::FSx::FileSystem'],
  service: 'FSx',
  serviceCodes: [FSX],
  usageKeys: [{ name: 'backupStorageGB', unit: 'GB', description: 'Backup storage kept for the file system (automatic and user backups)' }],
  price(ctx) {
    const fsType = (str(ctx.resource, 'FileSystemType') ?? '').toUpperCase();
    const type = TYPES[fsType];
    if (!type) {
      ctx.unsupported(`FileSystemType ${whyUnknownType(ctx)}: it decides which FSx prices apply (WINDOWS, LUSTRE, ONTAP or OPENZFS)`);
      return;
    }
    const deploymentType = (str(ctx.resource, `${type.config}.DeploymentType`) ?? DEFAULT_DEPLOYMENT[fsType]!).toUpperCase();
    // The Price List's deploymentOption: "Multi-AZ" for MULTI_AZ_*, "Single-AZ" for the others (Lustre has none).
    const deployment = fsType === 'LUSTRE' ? 'N/A' : deploymentType.startsWith('MULTI_AZ') ? 'Multi-AZ' : 'Single-AZ';
    const storageType = (str(ctx.resource, 'StorageType') ?? 'SSD').toUpperCase();
    storage(ctx, fsType, type.name, deploymentType, deployment, storageType);
    if (fsType !== 'LUSTRE') throughput(ctx, type, deployment);
    ctx.add({
      name: 'Backup storage',
      unit: 'GB-months',
      quantity: ctx.usage.number('backupStorageGB'),
      price: { serviceCode: FSX, key: fsxBackupKey(type.name, deployment) },
      usageBased: true,
      usageKeys: ['backupStorageGB'],
    });
    if (fsType === 'ONTAP' || fsType === 'OPENZFS' || (fsType === 'WINDOWS' && storageType === 'SSD')) {
      ctx.note('SSD IOPS provisioned beyond the ones included with the storage (3 per GB) are billed per IOPS-month: not priced');
    }
    if (fsType === 'ONTAP') ctx.note('capacity pool storage and its requests are billed by use: not priced');
  },
});

function whyUnknownType(ctx: PricerContext): string {
  const value = str(ctx.resource, 'FileSystemType');
  return value ? `is ${value}` : whyUnknown(ctx, 'FileSystemType').replace(/^FileSystemType /, '');
}

function storage(ctx: PricerContext, fsType: string, name: string, deploymentType: string, deployment: string, storageType: string): void {
  const capacity = num(ctx.resource, 'StorageCapacity');
  let tier = deployment;
  if (fsType === 'LUSTRE') {
    // Persistent file systems are priced by their throughput tier (MB/s per TiB); scratch ones have none.
    const perUnit = num(ctx.resource, 'LustreConfiguration.PerUnitStorageThroughput');
    if (deploymentType.startsWith('PERSISTENT') && perUnit === undefined) {
      const why = whyUnknown(ctx, 'LustreConfiguration.PerUnitStorageThroughput');
      ctx.note(`Storage not priced: ${why} (persistent Lustre storage is priced by it)`);
      return;
    }
    tier = deploymentType.startsWith('PERSISTENT') ? String(perUnit) : 'N/A';
    if (storageType === 'HDD' && str(ctx.resource, 'LustreConfiguration.DriveCacheType') === 'READ') {
      ctx.note('the SSD read cache of an HDD Lustre file system is billed per GB of cache: not priced');
    }
  }
  if (capacity === undefined) {
    ctx.note(`Storage not priced: ${whyUnknown(ctx, 'StorageCapacity')}`);
    return;
  }
  ctx.add({
    name: `Storage (${name}, ${deploymentType}, ${storageType}${fsType === 'LUSTRE' && tier !== 'N/A' ? `, ${tier} MB/s/TiB` : ''})`,
    unit: 'GB-months',
    quantity: new Decimal(capacity),
    price: { serviceCode: FSX, key: fsxStorageKey(name, tier, storageType) },
    usageBased: false,
    formula: `StorageCapacity ${capacity} GiB`,
  });
}

function throughput(ctx: PricerContext, type: { name: string; config: string }, deployment: string): void {
  const c = type.config;
  // ONTAP second-generation file systems give it per HA pair.
  const perPair = num(ctx.resource, `${c}.ThroughputCapacityPerHAPair`);
  const pairs = num(ctx.resource, `${c}.HAPairs`) ?? 1;
  const mbps = num(ctx.resource, `${c}.ThroughputCapacity`) ?? (perPair === undefined ? undefined : perPair * pairs);
  if (mbps === undefined) {
    ctx.note(`Throughput capacity not priced: ${whyUnknown(ctx, `${c}.ThroughputCapacity`)}`);
    return;
  }
  ctx.add({
    name: `Throughput capacity (${deployment})`,
    unit: 'MBps-months',
    quantity: new Decimal(mbps),
    price: { serviceCode: FSX, key: fsxThroughputKey(type.name, deployment) },
    usageBased: false,
  });
}

export const fsxParts = definePricer({
  types: [
    'AWS::FSx::Volume',
    'AWS::FSx::StorageVirtualMachine',
    'AWS::FSx::Snapshot',
    'AWS::FSx::DataRepositoryAssociation',
    'AWS::FSx::S3AccessPointAttachment',
  ],
  service: 'FSx',
  serviceCodes: [],
  usageKeys: [],
  price(ctx) {
    ctx.free('no charge of its own: storage, throughput and backups are billed on the file system');
  },
});
