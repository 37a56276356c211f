/**
 * The pulled values as a usage file: written afresh, or merged into the existing file with yaml's
 * Document API (as `usage init` edits its own file, lib/load/init/merge-usage-file.ts) so the
 * user's entries, order and comments stay. A key the user set by hand is kept, not overwritten (the
 * result lists it with the measured value); a key an earlier pull wrote (its comment starts with
 * "pulled:") is refreshed. `--overwrite` writes the file afresh instead.
 */
import { isMap, isScalar, Pair, parseDocument, Scalar, YAMLMap } from 'yaml';
import type { PullResult } from './pull-usage.js';

export interface KeptValue {
  selector: string;
  key: string;
  kept: unknown;
  measured: number;
}

export interface WrittenUsage {
  text: string;
  /** Keys the existing file set by hand: kept as they were. */
  kept: KeptValue[];
}

const PULLED = 'pulled:';

export function freshPulledFile(result: PullResult, sourceLabel: string): string {
  const out = [
    `# cdk-cost usage file for ${sourceLabel}, written by \`cdk-cost usage pull\` from CloudWatch metrics`,
    `# (${result.window.label}; sums scaled to a 730-hour month by 730 / window hours). Each value says its source.`,
    'version: 1',
    '',
    'resources:',
  ];
  for (const r of result.resources) {
    if (r.values.length === 0) continue;
    out.push(`  ${yamlKey(r.selector)}:`);
    for (const v of r.values) out.push(`    ${v.key}: ${v.value} # ${PULLED} ${v.source}`);
  }
  return out.join('\n') + '\n';
}

export function mergePulled(existingText: string, result: PullResult, sourceLabel: string): WrittenUsage {
  const doc = parseDocument(existingText);
  if (doc.errors.length || !isMap(doc.contents)) return { text: freshPulledFile(result, sourceLabel), kept: [] };
  let resources = doc.get('resources', true);
  if (!isMap(resources)) {
    resources = new YAMLMap();
    doc.set('resources', resources);
  }
  const map = resources as YAMLMap;
  const kept: KeptValue[] = [];
  for (const r of result.resources) {
    if (r.values.length === 0) continue;
    const existing: unknown = map.get(r.selector, true);
    let entry: YAMLMap;
    if (isMap(existing)) entry = existing;
    else {
      const fresh = new YAMLMap();
      // `usage init` writes an empty entry with its keys commented: the comment stays with the entry.
      if (isScalar(existing) && existing.comment) fresh.commentBefore = existing.comment;
      map.set(new Scalar(r.selector), fresh);
      entry = fresh;
    }
    const values = entry;
    values.flow = false; // a `{ key: value }` entry becomes a block, so each value can carry its comment
    for (const v of r.values) {
      const current = values.get(v.key, true);
      if (current !== undefined && !(isScalar(current) && current.comment?.trim().startsWith(PULLED))) {
        kept.push({ selector: r.selector, key: v.key, kept: isScalar(current) ? current.value : current, measured: v.value });
        continue;
      }
      const scalar = new Scalar(v.value);
      scalar.comment = ` ${PULLED} ${v.source}`;
      if (current !== undefined) values.set(v.key, scalar);
      else values.items.push(new Pair(new Scalar(v.key), scalar));
    }
  }
  return { text: doc.toString({ lineWidth: 0, nullStr: '' }), kept };
}

function yamlKey(selector: string): string {
  return /^[A-Za-z0-9_./:-]+$/.test(selector) ? selector : JSON.stringify(selector);
}
