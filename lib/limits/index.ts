export { checkLimits, firstBreak, type LimitsReport, type LimitsOptions } from './check-limits.js';
export { loadCatalogue, limitIn, type LimitsCatalogue, type CatalogueLimit } from './catalogue.js';
export type { LimitFinding, LimitRule } from './limit-types.js';
export { LIMIT_RULES } from './rules/index.js';
export { DEFAULT_PEAK_FACTOR } from './load-math.js';
