/**
 * RDS Extended Support: vCPU-hours (from the snapshot's instance-vcpus.json) × the snapshot's
 * per-vCPU-hour rate of the band in force on the estimate's date (years 1–2 or 3, from the dates
 * data file), per ACU-hour on Serverless v2; nothing for a current version; a note without EngineVersion.
 * The date is fixed with fake timers (Date only) so each band can be reached.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { component, d, expectLine, priceInline, resource, unit } from '../price-inline.js';
import { extendedSupportPhase, majorVersion } from '../../../lib/resources/data/rds-extended-support.js';
import { vcpusOf } from '../../../lib/resources/data/instance-vcpus.js';

const RDS = 'AmazonRDS';
const VCPUS: Record<string, number> = JSON.parse(
  readFileSync(new URL('../../../pricing/snapshot/instance-vcpus.json', import.meta.url), 'utf8'),
).vcpus;

function on(day: string): void {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(`${day}T12:00:00Z`));
}
afterEach(() => {
  vi.useRealTimers();
});

const mysql = (version: string, extra = '') => `
Resources:
  Db:
    Type: AWS::RDS::DBInstance
    Properties: { Engine: mysql, EngineVersion: "${version}", DBInstanceClass: db.r6g.large, AllocatedStorage: 20${extra} }
`;

describe('RDS Extended Support', () => {
  it('bills an RDS for MySQL 5.7 instance its vCPUs × 730 h at the year-3 rate after 2026-03-01', async () => {
    on('2026-12-02');
    const db = resource(await priceInline(mysql('5.7.44')), 'Db');
    const vcpus = VCPUS['r6g.large']!;
    const line = component(db, 'Extended Support (MySQL 5.7');
    expectLine(line, vcpus * 730, unit(RDS, 'MySQL Year 3 5 7'));
    expect(line.monthly).toBe(d(vcpus).times(730).times(unit(RDS, 'MySQL Year 3 5 7')).toFixed());
    expect(db.notes.join(' ')).toContain('year 3 rate as of 2026-12-02');
  });

  it('bills the years 1–2 rate before year 3, and the Multi-AZ standby too', async () => {
    on('2025-06-01');
    const db = resource(await priceInline(mysql('5.7.44', ', MultiAZ: true')), 'Db');
    expectLine(component(db, 'Extended Support (MySQL 5.7'), 2 * VCPUS['r6g.large']! * 730, unit(RDS, 'MySQL Year 1 Year 2 5 7'));
  });

  it('bills an Aurora MySQL 2 cluster instance per vCPU, the version taken from its cluster', async () => {
    on('2025-06-01');
    const estimate = await priceInline(`
Resources:
  Cluster:
    Type: AWS::RDS::DBCluster
    Properties: { Engine: aurora-mysql, EngineVersion: 5.7.mysql_aurora.2.11.2 }
  Writer:
    Type: AWS::RDS::DBInstance
    Properties: { Engine: aurora-mysql, DBInstanceClass: db.r6g.xlarge, DBClusterIdentifier: { Ref: Cluster } }
`);
    const writer = resource(estimate, 'Writer');
    const vcpus = VCPUS['r6g.xlarge']!;
    expectLine(component(writer, 'Extended Support (Aurora MySQL 5.7'), vcpus * 730, unit(RDS, 'Aurora MySQL Year 1 Year 2 5 7'));
  });

  it('bills Aurora Serverless v2 per ACU-hour at the engine-"Any" rate of its version', async () => {
    on('2026-12-02');
    const estimate = await priceInline(`
Resources:
  Cluster:
    Type: AWS::RDS::DBCluster
    Properties: { Engine: aurora-postgresql, EngineVersion: "13.12", ServerlessV2ScalingConfiguration: { MinCapacity: 2, MaxCapacity: 8 } }
  Reader:
    Type: AWS::RDS::DBInstance
    Properties: { Engine: aurora-postgresql, DBInstanceClass: db.serverless, DBClusterIdentifier: { Ref: Cluster } }
`);
    const reader = resource(estimate, 'Reader');
    expectLine(component(reader, 'Extended Support (Aurora PostgreSQL 13'), 2 * 730, unit(RDS, 'Any Year 1 Year 2 13'));
  });

  it('matches a published figure: db.m5.large (2 vCPUs) on MySQL 5.7 in year 3 adds $292/month (us-east-1)', async () => {
    // No AWS worked example was found; cloudburn.io/blog/amazon-rds-pricing (2026-03-17) states this figure.
    on('2026-12-02');
    const db = resource(await priceInline(mysql('5.7.44').replace('db.r6g.large', 'db.m5.large')), 'Db');
    expect(d(component(db, 'Extended Support (MySQL 5.7').monthly).toFixed(2)).toBe('292.00');
  });

  it('bills a Multi-AZ DB cluster for its writer and both readable standbys (3 × vCPUs)', async () => {
    // AWS (UserGuide/extended-support-charges.html): "RDS Extended Support charges apply to standby
    // instances in Multi-AZ deployments"; a Multi-AZ DB cluster is a writer and two readable standbys.
    on('2025-06-01');
    const cluster = resource(
      await priceInline(`
Resources:
  Cluster:
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: postgres
      EngineVersion: "12.22"
      DBClusterInstanceClass: db.m6gd.large
      AllocatedStorage: 100
      StorageType: io1
      Iops: 1000
`),
      'Cluster',
    );
    const line = component(cluster, 'Extended Support (PostgreSQL 12');
    expectLine(line, 3 * VCPUS['m6gd.large']! * 730, unit(RDS, 'PostgreSQL Year 1 Year 2 12'));
    expect(line.formula).toContain('× 3 (writer + readable standbys)');
  });

  it('adds nothing for a version in standard support', async () => {
    on('2026-12-02');
    const db = resource(await priceInline(mysql('8.4.3')), 'Db');
    expect(db.components.some((c) => c.name.startsWith('Extended Support'))).toBe(false);
    expect(db.notes.join(' ')).not.toContain('Extended Support');
  });

  it('says without EngineVersion that AWS creates the current version (no charge)', async () => {
    const db = resource(
      await priceInline(`
Resources:
  Db:
    Type: AWS::RDS::DBInstance
    Properties: { Engine: postgres, DBInstanceClass: db.r6g.large, AllocatedStorage: 20 }
`),
      'Db',
    );
    expect(db.components.some((c) => c.name.startsWith('Extended Support'))).toBe(false);
    expect(db.notes.join(' ')).toContain('EngineVersion not set');
  });

  it('reads major versions and the phase of a day', () => {
    expect(majorVersion({ name: 'MySQL', aurora: false }, '8.0.35')).toBe('8.0');
    expect(majorVersion({ name: 'Aurora MySQL', aurora: true }, '5.7.mysql_aurora.2.11.2')).toBe('5.7');
    expect(majorVersion({ name: 'PostgreSQL', aurora: false }, '11.22-rds.20240418')).toBe('11');
    expect(majorVersion({ name: 'PostgreSQL', aurora: false }, '9.6.24')).toBe('9.6');
    expect(extendedSupportPhase('PostgreSQL', '12', new Date('2025-02-28T00:00:00Z')).kind).toBe('standard');
    const billed = extendedSupportPhase('PostgreSQL', '12', new Date('2025-03-01T00:00:00Z'));
    expect(billed).toMatchObject({ kind: 'billed', band: 'Year 1 Year 2' });
    expect(extendedSupportPhase('PostgreSQL', '11', new Date('2024-03-15T00:00:00Z')).kind).toBe('not-billed');
    expect(extendedSupportPhase('MySQL', '5.7', new Date('2027-03-01T00:00:00Z')).kind).toBe('not-billed');
  });

  it('takes vCPUs from the EC2 data, the size rule only as a noted fallback', () => {
    expect(vcpusOf('db.r6g.large')).toEqual({ vcpus: VCPUS['r6g.large'] });
    const fallback = vcpusOf('db.x2g.large');
    expect(fallback?.vcpus).toBe(2);
    expect(fallback?.note).toContain('from its size');
  });
});
