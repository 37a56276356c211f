/**
 * `SOURCE#STACK[,STACK]`: price only some stacks of an app (and their nested stacks). The usage
 * file and the load are still read against the whole app, so one usage file can describe several
 * stacks (the sync and async upload pipelines) and be used for each of them alone.
 */
import { UserError } from '../errors.js';
import type { Architecture } from '../model/architecture.js';

export function selectStacks(architecture: Architecture, names: ReadonlySet<string>): Architecture {
  const keep = (name: string) => names.has(name) || [...names].some((n) => name.startsWith(`${n}/`));
  return { ...architecture, stacks: architecture.stacks.filter((s) => keep(s.name)) };
}

/** The named stacks, each checked to exist: a typo is an error listing the app's stacks. */
export function checkStacks(architecture: Architecture, names: ReadonlySet<string>, label: string): ReadonlySet<string> {
  for (const name of names) {
    if (!architecture.stacks.some((s) => s.name === name)) {
      if (architecture.source.kind === 'template') {
        // A template has one stack, named after its file: say so rather than "the app has no stack".
        const stack = architecture.stacks[0]?.name ?? '';
        throw new UserError(
          `${label}: ${architecture.source.path} is a template; its one stack is called "${stack}" (after the file name), not "${name}".`,
          `Drop "#${name}" (a template is one stack), or write ${label.slice(0, label.lastIndexOf('#') + 1)}${stack}.`,
        );
      }
      throw new UserError(
        `${label}: the app has no stack "${name}".`,
        `Stacks: ${architecture.stacks
          .filter((s) => !s.parent)
          .map((s) => s.name)
          .join(', ')}.`,
      );
    }
  }
  return names;
}
