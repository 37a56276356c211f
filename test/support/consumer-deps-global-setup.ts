/**
 * vitest globalSetup of the full suite: caches once what the packed-install test installs offline
 * (test/support/consumer-app.ts). Setup may download dependencies; tests may not reach the internet.
 */
import { warmConsumerCache } from './consumer-app.js';

export default function setup(): void {
  warmConsumerCache((line) => console.log(`[consumer] ${line}`));
}
