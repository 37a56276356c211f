/**
 * vitest globalSetup: install the pinned moto server into .venv once per test run, before any test
 * file starts one (test files run in parallel; installing from each would race).
 */
import { ensureMotoInstalled } from './moto-server.js';

export default function setup(): void {
  ensureMotoInstalled((line) => console.log(`[moto] ${line}`));
}
