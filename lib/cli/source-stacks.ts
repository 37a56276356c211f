/**
 * `SOURCE#STACK[,STACK]`, as `estimate` and `compare` accept it: a source and, optionally, the stacks
 * of it to price. A path that exists as written (one with a "#" in its name) is a source as a whole.
 */
import { existsSync } from 'node:fs';
import { UserError } from '../errors.js';

export interface SourceStacks {
  /** How the user wrote it, for messages and labels. */
  label: string;
  source: string;
  stacks?: Set<string>;
}

/** "app#Stack1,Stack2" → source and stacks; "app" → the whole source. */
export function parseSourceStacks(text: string): SourceStacks {
  const hash = text.lastIndexOf('#');
  if (hash < 0 || existsSync(text)) return { label: text, source: text };
  const stacks = text
    .slice(hash + 1)
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (stacks.length === 0) throw new UserError(`${text}: no stack after "#".`, 'Write SOURCE#STACK, e.g. .#UploadPipeline.');
  return { label: text, source: text.slice(0, hash) || '.', stacks: new Set(stacks) };
}
