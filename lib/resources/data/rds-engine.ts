/**
 * RDS engines as the price data names them. CloudFormation's Engine values ("mysql", "postgres",
 * "aurora-postgresql", …) map to the Price List's databaseEngine ("MySQL", "PostgreSQL",
 * "Aurora PostgreSQL"). The bundled data has instance-hours for MySQL, PostgreSQL, MariaDB and the
 * two Aurora engines; other engines get a line that says their price is missing.
 */
import {
  AURORA_ENGINES,
  RDS_ENGINES,
  auroraInstanceKey,
  rdsInstanceKey,
  type AuroraEngine,
  type RdsDeployment,
  type RdsEngine as CatalogEngine,
} from '../../pricing/catalog-keys.js';

export type { RdsDeployment };

export interface RdsEngine {
  /** Price List name: "MySQL", "Aurora PostgreSQL", "Oracle", … */
  name: string;
  aurora: boolean;
}

export function rdsEngine(engine: string | undefined): RdsEngine | undefined {
  if (!engine) return undefined;
  const e = engine.toLowerCase();
  if (e === 'mysql') return { name: 'MySQL', aurora: false };
  if (e === 'postgres' || e === 'postgresql') return { name: 'PostgreSQL', aurora: false };
  if (e === 'mariadb') return { name: 'MariaDB', aurora: false };
  if (e === 'aurora' || e === 'aurora-mysql') return { name: 'Aurora MySQL', aurora: true };
  if (e === 'aurora-postgresql') return { name: 'Aurora PostgreSQL', aurora: true };
  if (e.startsWith('oracle')) return { name: 'Oracle', aurora: false };
  if (e.startsWith('sqlserver')) return { name: 'SQL Server', aurora: false };
  if (e.startsWith('db2')) return { name: 'Db2', aurora: false };
  return { name: engine, aurora: false };
}

function catalogEngine(engine: RdsEngine): CatalogEngine | undefined {
  return (RDS_ENGINES as readonly string[]).includes(engine.name) ? (engine.name as CatalogEngine) : undefined;
}

export function auroraEngine(engine: RdsEngine): AuroraEngine | undefined {
  return (AURORA_ENGINES as readonly string[]).includes(engine.name) ? (engine.name as AuroraEngine) : undefined;
}

/** AmazonRDS key of an Aurora instance class's hourly price (I/O-Optimized clusters bill higher instance rates). */
export function auroraKey(engine: AuroraEngine, ioOptimized: boolean, dbClass: string) {
  return auroraInstanceKey(engine, ioOptimized, dbClass);
}

/**
 * AmazonRDS key of one instance class's hourly price. Engines outside the catalog (Aurora, Oracle,
 * SQL Server) get a key of the same shape that no data has, so their line says "no price".
 */
export function instanceKey(engine: RdsEngine, deployment: RdsDeployment, dbClass: string) {
  const known = catalogEngine(engine);
  return known ? rdsInstanceKey(known, deployment, dbClass) : (`RDSInstance:${engine.name}:${deployment}:${dbClass}` as const);
}

/** A note for engines the bundled data has no instance-hours for, so the "no price" line has its why. */
export function missingEngineNote(engine: RdsEngine): string | undefined {
  if (catalogEngine(engine) || auroraEngine(engine)) return undefined;
  return (
    `${engine.name} instance-hours are not in the bundled price data` +
    ' (it has MySQL, PostgreSQL, MariaDB and Aurora instance prices only)'
  );
}
