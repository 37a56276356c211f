/**
 * A middleware for the scanner's SDK clients (added through the scan's own `access.middleware`
 * hook, i.e. the SDK middleware stack) that records every command; the test then proves the scan
 * read-only: every command is a Describe*, List*, Get* or BatchGet*.
 */
import type { MiddlewareHost } from '../../lib/scan/aws/command-log.js';

export const READ_ONLY = /^(Describe|List|Get|BatchGet)[A-Z]/;

export class CommandRecorder {
  readonly commands: Array<{ client: string; command: string; region: string }> = [];

  readonly middleware = (client: MiddlewareHost, region: string): void => {
    client.middlewareStack.add(
      (next: (args: unknown) => Promise<unknown>, context: { clientName?: string; commandName?: string }) => async (args: unknown) => {
        this.commands.push({ client: String(context.clientName), command: String(context.commandName).replace(/Command$/, ''), region });
        return next(args);
      },
      { step: 'initialize', name: 'testReadOnlyRecorder' },
    );
  };

  writes(): string[] {
    return this.commands.filter((c) => !READ_ONLY.test(c.command)).map((c) => `${c.client}.${c.command}`);
  }
}
