/**
 * Loads the CostGuard's pricing engine when it is first needed. An aspect's check runs inside
 * `app.synth()`, which cannot await, so the engine (an ES module) is loaded with require(esm) —
 * synchronous, and built into Node ≥ 20.19 — unless it was imported already (which registers it).
 * Apps that only use Usage.of / Load.entry never pay for it.
 */
import { createRequire } from 'node:module';
import type { GuardEngine } from './guard-engine.js';

let engine: GuardEngine | undefined;

export function registerGuardEngine(loaded: GuardEngine): void {
  engine = loaded;
}

export function loadGuardEngine(): GuardEngine {
  if (engine) return engine;
  const require = createRequire(import.meta.url);
  try {
    engine = (require('./guard-engine.js') as typeof import('./guard-engine.js')).guardEngine;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_REQUIRE_ESM') {
      throw new Error(
        `cdk-cost CostGuard needs Node.js 20.19 or later (it loads its pricing engine with require(esm)); this is ${process.version}.`,
      );
    }
    throw error;
  }
  return engine;
}
