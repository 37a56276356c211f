/**
 * What a CDK app imports from cdk-cost (`import { Usage, Load } from 'cdk-cost/cdk'`): light, with
 * no dependency on the estimator — only on `constructs`.
 */
export { Usage } from './usage.js';
export { Load } from './load.js';
// CostGuard loads its pricing engine on first use only, so importing it here keeps this entry light.
export { CostGuard, type CostGuardProps } from './cost-guard.js';
export type { InlineUsage } from './guard-usage.js';
export {
  USAGE_METADATA,
  LOAD_METADATA,
  RATIO_METADATA,
  type EntryLoad,
  type RatioMetadata,
  type UsageValues,
} from '../model/metadata-types.js';
// WasteScanner loads aws-cdk-lib (the app's copy) only when constructed.
export {
  WasteScanner,
  DEFAULT_SCANNER_ROLE,
  DEFAULT_SCANNER_SCHEDULE,
  WASTE_METRIC_NAMESPACE,
  type WasteScannerProps,
} from './waste-scanner/waste-scanner.js';
