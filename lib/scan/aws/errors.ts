/**
 * What an AWS error means for the scan: a permission we lack (a coverage gap, the scan goes on),
 * a region that is not enabled for the account (skipped with a note), or anything else. The
 * classifier itself is the shared one of the AWS edge (lib/aws/sdk-errors.ts).
 */
export { errorInfo, isAccessDenied, isRegionDisabled, type AwsErrorInfo } from '../../aws/sdk-errors.js';
