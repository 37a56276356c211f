/**
 * `--free-tier`, the same on every command that prices (estimate, diff, compare): what it subtracts
 * and why it is off by default. The allowances themselves are data: `cdk-cost pricing show free-tier`.
 */
export const FREE_TIER_OPTION: [string, string] = [
  '--free-tier',
  "subtract AWS's always-free allowances (1M Lambda requests, 25 GB of DynamoDB storage, …: `cdk-cost pricing show free-tier`), " +
    'each once, shared by all resources in construct path order; off by default: they are account-wide',
];
