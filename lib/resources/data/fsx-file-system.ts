/**
 * AWS::FSx::FileSystem — FSx bills storage by type and deployment, throughput capacity, SSD IOPS and
 * backups. AWS's public price data for FSx (the metered-unit map behind its pricing pages) lists every
 * rate only under an opaque id, with no storage type, deployment type, file-system type or unit: no
 * rate in it can be matched to this file system's storage or throughput without guessing from the
 * numbers, so the file system is listed as unsupported with that reason. Volumes and storage virtual
 * machines (ONTAP, OpenZFS) have no charge of their own: storage and throughput are billed on the
 * file system.
 */
import type { Pricer } from '../pricer.js';

export const FSX_NO_DATA =
  "AWS's public price data for FSx names its rates only by opaque ids, with no storage type, " +
  "deployment type or unit, so no rate in it can be matched to this file system's storage, throughput or backups";

export const fsxFileSystem: Pricer = {
  types: ['AWS::FSx::FileSystem'],
  service: 'FSx',
  serviceCodes: [],
  usageKeys: [],
  price(ctx) {
    ctx.unsupported(FSX_NO_DATA);
  },
};

export const fsxParts: Pricer = {
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
};
