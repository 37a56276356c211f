/**
 * Colours of the report. Fills carry white text, so each is dark enough for a WCAG AA contrast of
 * at least 4.5:1 against white (test/report/html-escape-layout.test.ts checks it); series are also
 * told apart by pattern or label, never by colour alone.
 */

export const PALETTE = [
  '#1d4e89',
  '#8a3b12',
  '#2d6a2e',
  '#7b2d7b',
  '#9b1c31',
  '#0f5c5c',
  '#5c4b00',
  '#4a4a8a',
  '#6b4226',
  '#3d5a80',
] as const;

/** Text and lines. */
export const INK = '#1a1a1a';
export const MUTED = '#4d4d4d';
export const INCREASE = '#9b1c31';
export const DECREASE = '#2d6a2e';

export function colourAt(index: number): string {
  return PALETTE[index % PALETTE.length]!;
}

/** WCAG 2 contrast ratio of two "#rrggbb" colours. */
export function contrastRatio(a: string, b: string): number {
  const [la, lb] = [luminance(a), luminance(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}
