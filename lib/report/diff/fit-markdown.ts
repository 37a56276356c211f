/**
 * Keeping a markdown comment under a size limit (GitHub: 65,536 characters per comment) without
 * ever failing: the document is a list of blocks; required blocks always stay, the others are
 * shortened row by row (with a "… N more" row) or left out, and a note says what was cut.
 *
 * Lengths are JavaScript string lengths (UTF-16 code units): never fewer than the characters
 * GitHub counts, so a body that fits here fits there.
 */

export interface Block {
  head: string[];
  rows: string[];
  tail: string[];
  /** Always kept (rows may still be shortened). */
  required?: boolean;
  /** The row that stands for `n` rows left out, e.g. a table row "| … 12 more resources | |". */
  more?: (n: number) => string;
}

export interface Fitted {
  text: string;
  /** Rows and blocks left out; 0 when everything fit. */
  omittedRows: number;
  omittedBlocks: number;
}

const joinedLength = (lines: string[]) => lines.reduce((n, l) => n + l.length + 1, 0);

/** `note(omittedRows, omittedBlocks)` is appended when something was cut. */
export function fitBlocks(blocks: Block[], limit: number, note: (rows: number, blocks: number) => string): Fitted {
  const full = render(blocks.map((b) => [...b.head, ...b.rows, ...b.tail]));
  if (full.length <= limit) return { text: full, omittedRows: 0, omittedBlocks: 0 };

  // The note comes off the top; each block placed costs its blank separator line too.
  let budget = limit - (note(999_999, 999).length + 2);
  let omittedRows = 0;
  let omittedBlocks = 0;
  const kept: string[][] = blocks.map(() => []);
  const place = (b: Block, index: number) => {
    const frame = joinedLength([...b.head, ...b.tail]) + 2;
    const moreLength = (b.more?.(999_999).length ?? 0) + 1;
    if (!b.required && budget < frame + moreLength + 1) {
      omittedBlocks++;
      omittedRows += b.rows.length;
      return;
    }
    budget -= frame;
    const rows: string[] = [];
    for (let i = 0; i < b.rows.length; i++) {
      const row = b.rows[i]!;
      const last = i === b.rows.length - 1;
      // Keep room for the "… N more" row unless this is the last row.
      if (budget - (row.length + 1) - (last ? 0 : moreLength) < 0) {
        const left = b.rows.length - i;
        omittedRows += left;
        if (b.more) {
          rows.push(b.more(left));
          budget -= moreLength;
        }
        break;
      }
      rows.push(row);
      budget -= row.length + 1;
    }
    kept[index] = [...b.head, ...rows, ...b.tail];
  };
  // Required blocks first, wherever they stand; the others share what is left, in document order.
  blocks.forEach((b, i) => b.required && place(b, i));
  blocks.forEach((b, i) => !b.required && place(b, i));
  let text = render(kept);
  if (omittedRows || omittedBlocks) text = `${text}\n\n${note(omittedRows, omittedBlocks)}`;
  // Required blocks larger than the limit on their own: a hard cut, never a failure.
  return {
    text: text.length <= limit ? text : truncateMarkdown(text, limit, note(omittedRows, omittedBlocks)),
    omittedRows,
    omittedBlocks,
  };
}

/**
 * Any markdown cut to `limit` at a line boundary, open <details> closed, `note` appended.
 * Used for bodies cdk-cost did not render itself (`comment github --body-file`).
 */
export function truncateMarkdown(text: string, limit: number, note: string): string {
  if (text.length <= limit) return text;
  const closing = '\n</details>';
  const lines = text.split('\n');
  const kept: string[] = [];
  let length = 0;
  let openDetails = 0;
  let inFence = false;
  const reserve = () => note.length + 8 + openDetails * closing.length + (inFence ? 4 : 0);
  for (const line of lines) {
    if (length + line.length + 1 + reserve() + 64 > limit) {
      // One huge line (over half the limit): keep what fits of it, cut inside, not the note alone.
      const room = limit - length - reserve() - 64 - 2;
      if (line.length > limit / 2 && room > 0 && !inFence) kept.push(`${line.slice(0, room)}…`);
      break;
    }
    kept.push(line);
    length += line.length + 1;
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (!inFence) openDetails += (line.match(/<details[\s>]/gi)?.length ?? 0) - (line.match(/<\/details>/gi)?.length ?? 0);
  }
  let out = kept.join('\n');
  if (inFence) out += '\n```';
  for (let i = 0; i < Math.max(0, openDetails); i++) out += closing;
  out += `\n\n${note}`;
  // A single line longer than the limit: cut inside it.
  return out.length <= limit ? out : `${out.slice(0, Math.max(0, limit - note.length - 2))}\n\n${note}`.slice(0, limit);
}

function render(blocks: string[][]): string {
  return blocks
    .filter((b) => b.length)
    .map((b) => b.join('\n'))
    .join('\n\n');
}
