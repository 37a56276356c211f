/**
 * The read-only IAM policy `usage pull` needs: exactly the actions it calls (the emulator test
 * checks the recorded commands against it). `actual` adds Cost Explorer's one read action.
 */
export const PULL_IAM_ACTIONS = [
  'cloudformation:DescribeStacks',
  'cloudformation:ListStackResources',
  'cloudwatch:GetMetricData',
  'dynamodb:DescribeTable',
] as const;

export const ACTUAL_IAM_ACTIONS = [...PULL_IAM_ACTIONS, 'ce:GetCostAndUsage'] as const;

export function readOnlyPolicy(sid: string, actions: readonly string[]) {
  return { Version: '2012-10-17', Statement: [{ Sid: sid, Effect: 'Allow' as const, Action: [...actions].sort(), Resource: '*' }] };
}
