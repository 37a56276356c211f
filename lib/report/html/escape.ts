/**
 * Escaping for the HTML report. Every string that comes from an estimate (construct paths, notes,
 * usage file names, reasons) passes through one of these before it reaches the page: a construct id
 * is whatever the app's author typed, and the report is opened by other people.
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text content and attribute values (quotes escaped too, so one function serves both). */
export function esc(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/**
 * JSON inside `<script type="application/json">`: `<` is written as \u003c so no string can close the
 * script element (`</script>`) or open a comment; U+2028/2029 likewise, for older parsers.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
