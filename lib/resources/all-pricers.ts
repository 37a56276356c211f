/**
 * Every pricer, once, by family. To price a new CloudFormation type, add its file to a family
 * folder and list it in that family's index.ts.
 */
import type { Pricer } from './pricer.js';
import { CORE_PRICERS } from './core/index.js';
import { COMPUTE_PRICERS } from './compute/index.js';
import { NETWORK_PRICERS } from './network/index.js';
import { DATA_PRICERS } from './data/index.js';
import { INTEGRATION_PRICERS } from './integration/index.js';
import { OPERATIONS_PRICERS } from './operations/index.js';
import { OTHER_PRICERS } from './other/index.js';

export const ALL_PRICERS: Pricer[] = [
  ...CORE_PRICERS,
  ...COMPUTE_PRICERS,
  ...NETWORK_PRICERS,
  ...DATA_PRICERS,
  ...INTEGRATION_PRICERS,
  ...OPERATIONS_PRICERS,
  ...OTHER_PRICERS,
];
