/**
 * Every pricer, once, by family. To price a new CloudFormation type, add its file to a family
 * folder and list it in that family's index.ts.
 */
import type { Pricer } from './pricer.js';
import { CORE_PRICERS } from './core/index.js';

export const ALL_PRICERS: Pricer[] = [...CORE_PRICERS];
