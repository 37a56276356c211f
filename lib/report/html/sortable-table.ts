/**
 * A table whose column headers are buttons that sort it (the client script does the sorting;
 * aria-sort says the current order). Rows are drawn here, so the table reads and prints without
 * the script. Number cells carry their exact value in data-v, so sorting never parses "$1,234.56".
 */
import { esc } from './escape.js';

export interface Column<T> {
  label: string;
  /** Number columns are right-aligned and sorted by data-v. */
  numeric?: boolean;
  /** Cell class (e.g. "path" lets long construct paths wrap). */
  className?: string;
  cell: (row: T) => { text: string; value?: string };
}

export interface TableOptions<T> {
  id: string;
  caption: string;
  columns: Column<T>[];
  rows: T[];
  /** The column the rows arrive sorted by, and its direction. */
  sortedBy?: { column: number; direction: 'ascending' | 'descending' };
  /** Wrap in a scrolling box on screen (print shows every row). */
  scroll?: boolean;
  /** Column widths (e.g. "34%"): a fixed layout, so a long construct path wraps instead of pushing the cost columns out of view. */
  widths?: string[];
}

export function sortableTable<T>(options: TableOptions<T>): string {
  const head = options.columns
    .map((c, i) => {
      const sort = options.sortedBy?.column === i ? ` aria-sort="${options.sortedBy.direction}"` : '';
      return (
        `<th scope="col"${c.numeric ? ' class="num" data-type="number"' : ''}${sort}><button ` +
        `type="button">${esc(c.label)}</button></th>`
      );
    })
    .join('');
  const body = options.rows
    .map((row) => {
      const cells = options.columns.map((c) => {
        const { text, value } = c.cell(row);
        const cls = [c.numeric ? 'num' : '', c.className ?? ''].filter(Boolean).join(' ');
        // Paths may break after a slash (<wbr>), not mid-word; sorting reads textContent, which <wbr> leaves alone.
        const html = c.className === 'path' ? esc(text).replace(/\//g, '/<wbr>') : esc(text);
        return `<td${cls ? ` class="${cls}"` : ''}${value !== undefined ? ` data-v="${esc(value)}"` : ''}>${html}</td>`;
      });
      return `<tr>${cells.join('')}</tr>`;
    })
    .join('\n');
  const cols = options.widths ? `<colgroup>${options.widths.map((w) => `<col style="width:${esc(w)}">`).join('')}</colgroup>` : '';
  const fixed = options.widths ? ' style="table-layout:fixed"' : '';
  const table =
    `<table class="sortable" ` +
    `id="${esc(options.id)}"${fixed}><caption>${esc(options.caption)}</caption>${cols}\n` +
    `<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody></table>`;
  return options.scroll ? `<div class="scroll">${table}</div>` : table;
}

/** A plain table (no sorting): header labels, then rows of cells; `numeric[i]` right-aligns column i. */
export function plainTable(caption: string, header: string[], rows: string[][], numeric: boolean[] = []): string {
  const th = header.map((h, i) => `<th scope="col"${numeric[i] ? ' class="num"' : ''}>${esc(h)}</th>`).join('');
  const body = rows
    .map(
      (r) =>
        `<tr>${r
          .map((c, i) => (i === 0 ? `<th scope="row">${esc(c)}</th>` : `<td${numeric[i] ? ' class="num"' : ''}>${esc(c)}</td>`))
          .join('')}</tr>`,
    )
    .join('\n');
  return `<table><caption>${esc(caption)}</caption>\n<thead><tr>${th}</tr></thead>\n<tbody>\n${body}\n</tbody></table>`;
}
