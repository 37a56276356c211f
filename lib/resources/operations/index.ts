/**
 * Pricers for operations and security: keys, secrets, alarms, dashboards, web application firewall.
 * (Log groups are in core/.)
 */
import type { Pricer } from '../pricer.js';
import { cloudWatchAlarm, cloudWatchCompositeAlarm } from './cloudwatch-alarm.js';
import { cloudWatchDashboard } from './cloudwatch-dashboard.js';
import { kmsKey } from './kms-key.js';
import { secretsManagerSecret } from './secretsmanager-secret.js';
import { wafv2RuleGroup, wafv2WebAcl } from './wafv2-web-acl.js';

export const OPERATIONS_PRICERS: Pricer[] = [
  cloudWatchAlarm,
  cloudWatchCompositeAlarm,
  cloudWatchDashboard,
  kmsKey,
  secretsManagerSecret,
  wafv2RuleGroup,
  wafv2WebAcl,
];
