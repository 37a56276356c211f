/**
 * How `cdk-cost estimate` and a CostGuard in the app it synthesizes talk: the context key that puts
 * the guard in report-only mode (an app over budget still synthesizes, so it can be estimated), and
 * the construct metadata in which the guard says it would have failed `cdk synth`. Constants only:
 * lib/cdk/cost-guard.ts imports them into every CDK app that uses the guard.
 */
export const GUARD_REPORT_ONLY_CONTEXT = 'cdk-cost:guard-report-only';
export const GUARD_FAILURE_METADATA = 'cdk-cost:guard-failure';
