/**
 * Per-file keyers for metered-unit maps whose instance-type rates sit under opaque keys with the
 * type as an attribute (see MeteredKeyer). Files not listed here keep their readable rate names.
 * The key families are documented in pricing/README.md and built by lib/pricing/catalog-keys.ts.
 */
import type { MeteredKeyer } from './read-metered.js';
import { daxKeyer } from './keyers/dax.js';
import { elastiCacheKeyer } from './keyers/elasticache.js';
import { memoryDbKeyer } from './keyers/memorydb.js';
import { neptuneKeyer } from './keyers/neptune.js';
import { redshiftKeyer } from './keyers/redshift.js';
import { timestreamKeyer } from './keyers/timestream.js';

export const METERED_KEYERS: Record<string, MeteredKeyer> = {
  'dax.json': daxKeyer,
  'elasticache.json': elastiCacheKeyer,
  'memorydb.json': memoryDbKeyer,
  'neptune.json': neptuneKeyer,
  'redshift.json': redshiftKeyer,
  'timestream.json': timestreamKeyer,
};
