/**
 * A middleware that records every command a client sends (service, operation, region), added to
 * each SDK client's middleware stack — the SDK's own extension point, so nothing wraps `send`.
 * The scan counts its API calls with it, and the tests prove the scan read-only with it.
 */

import { AsyncLocalStorage } from 'node:async_hooks';

export interface CommandRecord {
  service: string;
  command: string;
  region: string;
  /** What the scan was doing when it sent the command (the dataset being loaded), if it said. */
  activity?: string;
}

/** Names the scan's current activity for the commands sent inside `run` (concurrent loads stay apart). */
export const scanActivity = new AsyncLocalStorage<string>();

/** The part of an SDK v3 client this module needs: its middleware stack. */
export interface MiddlewareHost {
  middlewareStack: { add(middleware: unknown, options: Record<string, unknown>): void };
}

type Handler = (args: unknown) => Promise<unknown>;

export class CommandLog {
  readonly records: CommandRecord[] = [];

  /** Attach to a client's middleware stack. Runs once per command (retries are not new commands). */
  attach(client: MiddlewareHost, region: string): void {
    client.middlewareStack.add(
      (next: Handler, context: { clientName?: string; commandName?: string }) => async (args: unknown) => {
        const activity = scanActivity.getStore();
        this.records.push({
          service: String(context.clientName ?? 'unknown').replace(/Client$/, ''),
          command: String(context.commandName ?? 'unknown').replace(/Command$/, ''),
          region,
          ...(activity ? { activity } : {}),
        });
        return next(args);
      },
      { step: 'initialize', name: 'cdkCostCommandLog', priority: 'high' },
    );
  }

  count(filter: (r: CommandRecord) => boolean = () => true): number {
    return this.records.filter(filter).length;
  }

  byService(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const r of this.records) out[r.service] = (out[r.service] ?? 0) + 1;
    return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
  }
}
