/**
 * The least-privilege, read-only IAM policy the scan needs: exactly the actions its datasets and
 * metric fetch call, nothing that writes. README "Scan" shows it (`cdk-cost scan --print-iam-policy`
 * prints it), and the emulator test runs the scan as a user holding only this policy. Built from the
 * actions each dataset declares (datasets/*.ts `iamActions`), so adding a dataset adds its actions.
 */
import { DATASETS } from './datasets/index.js';
import { REGIONS_IAM_ACTIONS } from './engine/regions.js';
import { METRICS_IAM_ACTIONS } from './metrics/fetch-metrics.js';

/** Every action, sorted: what each dataset declares it calls, plus the region listing and the metric fetch. */
export const SCAN_IAM_ACTIONS: readonly string[] = [
  ...new Set([...Object.values(DATASETS).flatMap((d) => d.iamActions), ...REGIONS_IAM_ACTIONS, ...METRICS_IAM_ACTIONS]),
].sort();

export function scanIamPolicy(): {
  Version: string;
  Statement: Array<{ Sid: string; Effect: 'Allow'; Action: string[]; Resource: string }>;
} {
  return {
    Version: '2012-10-17',
    Statement: [{ Sid: 'CdkCostScanReadOnly', Effect: 'Allow', Action: [...SCAN_IAM_ACTIONS], Resource: '*' }],
  };
}
