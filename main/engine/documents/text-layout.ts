/**
 * Fitting text into a box on the cover page: word-wrapping, shrinking the type down to a
 * floor, and finally cutting off with "…" — so whatever a person types, it stays on the box.
 */

/** The width of `text` at a type size of 1 (widths scale linearly with size; no kerning, as drawn). */
export type MeasureText = (text: string) => number;

export interface FittedText {
  size: number;
  lines: string[];
  /** Some of the text did not fit and ends in "…". */
  truncated: boolean;
}

export interface FitRules {
  maxSize: number;
  minSize: number;
  /** Baseline-to-baseline distance as a multiple of the size. */
  lineHeight: number;
}

const ELLIPSIS = '…';
const SIZE_STEP = 0.5;

/**
 * The largest size (down to minSize, in half points) at which the wrapped text fits in
 * width × height; at minSize, as many lines as fit, the last ending in "…".
 */
export function fitText(
  text: string,
  measure: MeasureText,
  box: { width: number; height: number },
  rules: FitRules,
): FittedText {
  for (let size = rules.maxSize; size >= rules.minSize; size -= SIZE_STEP) {
    const lines = wrapText(text, measure, box.width / size);
    if (lines.length * size * rules.lineHeight <= box.height + 1e-9) return { size, lines, truncated: false };
  }
  const size = rules.minSize;
  const room = Math.max(1, Math.floor(box.height / (size * rules.lineHeight) + 1e-9));
  const lines = wrapText(text, measure, box.width / size).slice(0, room);
  const last = lines.length - 1;
  lines[last] = withEllipsis(lines[last] ?? '', measure, box.width / size);
  return { size, lines, truncated: true };
}

/** One line, cut with "…" if it is wider than `width` at `size`. */
export function fitLine(text: string, measure: MeasureText, width: number, size: number): string {
  const unitWidth = width / size;
  return measure(text) <= unitWidth ? text : withEllipsis(text, measure, unitWidth);
}

/**
 * Greedy word wrap at unit size; paragraphs (\n) are kept, and a word longer than the line
 * (a URL, a run of characters without spaces) is broken where it reaches the edge.
 */
export function wrapText(text: string, measure: MeasureText, unitWidth: number): string[] {
  const lines: string[] = [];
  const space = measure(' ');
  for (const paragraph of text.split('\n')) {
    let line = '';
    let lineWidth = 0;
    for (const word of paragraph.split(' ')) {
      const wordWidth = measure(word);
      if (line !== '' && lineWidth + space + wordWidth <= unitWidth) {
        line += ` ${word}`;
        lineWidth += space + wordWidth;
        continue;
      }
      if (line !== '') lines.push(line);
      if (wordWidth <= unitWidth) {
        line = word;
        lineWidth = wordWidth;
        continue;
      }
      const pieces = breakWord(word, measure, unitWidth);
      lines.push(...pieces.slice(0, -1));
      line = pieces[pieces.length - 1] ?? '';
      lineWidth = measure(line);
    }
    lines.push(line);
  }
  return lines;
}

function breakWord(word: string, measure: MeasureText, unitWidth: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  let pieceWidth = 0;
  for (const char of word) {
    const charWidth = measure(char);
    if (piece !== '' && pieceWidth + charWidth > unitWidth) {
      pieces.push(piece);
      piece = '';
      pieceWidth = 0;
    }
    piece += char;
    pieceWidth += charWidth;
  }
  pieces.push(piece);
  return pieces;
}

function withEllipsis(line: string, measure: MeasureText, unitWidth: number): string {
  let kept = line.trimEnd();
  while (kept !== '' && measure(kept + ELLIPSIS) > unitWidth) kept = [...kept].slice(0, -1).join('').trimEnd();
  return kept + ELLIPSIS;
}
