/**
 * `usage init` run again on an existing file: the user's file is edited, not rewritten. It is parsed
 * with yaml's Document API so its comments, ordering and values stay as they are; only resources the
 * file lacks are added (with their keys commented, as a fresh init writes them), and keys a listed
 * resource lacks are added as comments under it. A file yaml cannot parse is not touched here
 * (undefined: the caller writes the file afresh).
 */
import { isMap, isScalar, parseDocument, Pair, Scalar, YAMLMap } from 'yaml';

interface FreshEntry {
  /** The comment after the selector: type and where its load comes from. */
  header: string;
  /** Each key as a fresh init writes it, commented: `name: 0    # unit — description`. */
  keys: { name: string; line: string }[];
}

export function mergeUsageFile(existingText: string, freshText: string): string | undefined {
  const doc = parseDocument(existingText);
  if (doc.errors.length || !isMap(doc.contents)) return undefined; // broken or empty: written afresh
  let resources = doc.get('resources', true);
  if (resources === undefined || resources === null || (isScalar(resources) && resources.value === null)) {
    resources = new YAMLMap();
    doc.set('resources', resources);
  }
  if (!isMap(resources)) return undefined;

  // Each entry's stretch of the existing text (key to next key): a key commented there is already listed.
  const stretch = new Map<string, string>();
  resources.items.forEach((pair, i) => {
    const from = (pair.key as Scalar | undefined)?.range?.[0];
    const to = (resources.items[i + 1]?.key as Scalar | undefined)?.range?.[0] ?? existingText.length;
    if (isScalar(pair.key) && from !== undefined) stretch.set(String(pair.key.value), existingText.slice(from, to));
  });
  for (const [selector, entry] of freshEntries(freshText)) {
    const value = resources.get(selector, true);
    if (value === undefined && !resources.has(selector)) {
      const empty = new Scalar(null);
      empty.comment = [` ${entry.header}`, ...entry.keys.map((k) => ` ${k.line}`)].join('\n');
      resources.items.push(new Pair(new Scalar(selector), empty));
    } else if (isMap(value)) {
      const listed = (k: { name: string }) => value.has(k.name) || new RegExp(`#\\s*${k.name}:`).test(stretch.get(selector) ?? '');
      const missing = entry.keys.filter((k) => !listed(k));
      if (missing.length) value.comment = [value.comment, ...missing.map((k) => ` ${k.line}`)].filter(Boolean).join('\n');
    }
  }
  return doc.toString({ lineWidth: 0, nullStr: '' });
}

/** The resources section of a fresh init (written without an existing file), entry by entry. */
function freshEntries(text: string): Map<string, FreshEntry> {
  const entries = new Map<string, FreshEntry>();
  const lines = text.split('\n');
  let current: FreshEntry | undefined;
  for (const line of lines.slice(lines.indexOf('resources:') + 1)) {
    const head = /^ {2}(\S.*?):\s+#\s?(.*)$/.exec(line) ?? /^ {2}(\S.*?):\s*$/.exec(line);
    if (head) {
      const selector = head[1]!.startsWith('"') ? (JSON.parse(head[1]!) as string) : head[1]!;
      current = { header: head[2] ?? '', keys: [] };
      entries.set(selector, current);
      continue;
    }
    const key = /^ {4}# ([A-Za-z0-9_]+): (.*)$/.exec(line);
    if (key && current) current.keys.push({ name: key[1]!, line: `${key[1]}: ${key[2]}` });
  }
  return entries;
}
