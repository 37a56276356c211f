/**
 * Two single-stack sources are two versions of one stack, whatever they are called: a template's
 * stack is named after its file (`base.json` → "base", `head.json` → "head"), so without this every
 * resource would read as removed and added again. The base side's stack is renamed to the head's —
 * its resources' stack, and the construct paths under it — before resources are paired.
 */
import type { Estimate } from '../estimate/estimate-types.js';

export interface Alignment {
  base: Estimate;
  /** What was paired, for the diff's warnings; undefined when nothing was renamed. */
  note?: string;
}

export function alignSingleStacks(base: Estimate, head: Estimate): Alignment {
  if (base.stacks.length !== 1 || head.stacks.length !== 1) return { base };
  const from = base.stacks[0]!.name;
  const to = head.stacks[0]!.name;
  if (from === to) return { base };
  const rename = (path: string) => (path === from ? to : path.startsWith(`${from}/`) ? `${to}${path.slice(from.length)}` : path);
  return {
    base: {
      ...base,
      stacks: [{ ...base.stacks[0]!, name: to }],
      constructs: base.constructs.map((c) => ({ ...c, path: rename(c.path) })),
      resources: base.resources.map((r) => ({
        ...r,
        stack: r.stack === from ? to : r.stack,
        path: rename(r.path),
        owner: rename(r.owner),
      })),
    },
    note: `Each side has one stack: the base stack "${from}" is compared with the head stack "${to}" (shown under "${to}").`,
  };
}
