/**
 * Lays out one page from the top down, the way a word processor would: lines at a given size
 * and face, columns at fixed stops, paragraphs wrapped to the text width by the font's real
 * advance widths, rules and gaps. It records what it draws (PageDrawing) and tells a caller
 * when the page is full, so body text can run on to the next page.
 */
import type { FaceName } from './font-files';
import { loadFace } from './font-files';
import type { DrawItem, PageDrawing, TextRun } from './page-drawing';
import { PAGE_HEIGHT_PT, PAGE_WIDTH_PT } from './page-drawing';

export const BODY_SIZE = 11;
export const MARGIN_PT = 72;
const BOTTOM_LIMIT_PT = PAGE_HEIGHT_PT - 60;
const LEADING = 1.32;

export interface LineStyle {
  size?: number;
  face?: FaceName;
  /** Points from the left margin. */
  indent?: number;
}

/** One cell of a row: text at a stop, points from the left margin, aligned left or right. */
export interface Cell {
  text: string;
  at: number;
  align?: 'left' | 'right';
}

/** The width of `text` in points, from the face's advance widths. */
export function textWidth(text: string, size: number, face: FaceName = 'regular'): number {
  const font = loadFace(face);
  let units = 0;
  for (const char of text) units += font.glyphFor(char.codePointAt(0) ?? 0x3f).advanceWidth;
  return (units * size) / font.unitsPerEm;
}

export class PageComposer {
  readonly textWidth = PAGE_WIDTH_PT - 2 * MARGIN_PT;
  private readonly items: DrawItem[] = [];
  private readonly lines: string[] = [];
  private y: number;

  constructor(top = 64) {
    this.y = top;
  }

  /** Whether `lineCount` more body lines still fit above the bottom margin. */
  fits(lineCount = 1, size = BODY_SIZE): boolean {
    return this.y + lineCount * size * LEADING <= BOTTOM_LIMIT_PT;
  }

  gap(points: number): this {
    this.y += points;
    return this;
  }

  line(text: string, style: LineStyle = {}): this {
    return this.row([{ text, at: style.indent ?? 0 }], style);
  }

  /** Several cells on one baseline; the recorded line joins them with spaces. */
  row(cells: readonly Cell[], style: LineStyle = {}): this {
    const size = style.size ?? BODY_SIZE;
    const face = style.face ?? 'regular';
    this.y += size * LEADING;
    const drawn = cells.filter((cell) => cell.text.trim() !== '');
    for (const cell of drawn) {
      const left = cell.align === 'right' ? cell.at - textWidth(cell.text, size, face) : cell.at;
      const run: TextRun = { kind: 'text', x: MARGIN_PT + left, y: this.y, size, face, text: cell.text };
      this.items.push(run);
    }
    if (drawn.length > 0) this.lines.push(drawn.map((cell) => cell.text).join(' '));
    return this;
  }

  /**
   * Wraps `text` to the text width and draws as many lines as fit; returns the words that did
   * not fit (empty when all did), so the caller can carry them to the next page.
   */
  paragraph(text: string, style: LineStyle = {}): string {
    const size = style.size ?? BODY_SIZE;
    const face = style.face ?? 'regular';
    const width = this.textWidth - (style.indent ?? 0);
    const words = text.split(/\s+/).filter(Boolean);
    let line = '';
    for (let i = 0; i < words.length; i++) {
      const word = words[i] ?? '';
      const candidate = line ? `${line} ${word}` : word;
      if (line && textWidth(candidate, size, face) > width) {
        if (!this.fits(1, size)) return words.slice(i - line.split(' ').length).join(' ');
        this.line(line, style);
        line = word;
      } else {
        line = candidate;
      }
    }
    if (line) {
      if (!this.fits(1, size)) return line;
      this.line(line, style);
    }
    return '';
  }

  /** A horizontal rule across the text width (or `width` points), `thickness` points thick. */
  rule(thickness = 0.8, width = this.textWidth, indent = 0): this {
    this.y += 4;
    this.items.push({ kind: 'rule', x: MARGIN_PT + indent, y: this.y, width, height: thickness });
    this.y += thickness;
    return this;
  }

  /** A freehand signature above a line, `width` points wide, shaped by `wobble` (0..1 values). */
  signature(wobble: readonly number[], indent = 0, width = 160): this {
    const base = this.y + 30;
    const left = MARGIN_PT + indent;
    const points: { x: number; y: number }[] = [];
    const steps = 60;
    for (let i = 0; i <= steps; i++) {
      const t = i / steps;
      const w = wobble[i % wobble.length] ?? 0.5;
      points.push({
        x: left + 8 + t * (width - 16) + Math.sin(t * 19) * 6,
        y: base - 10 - Math.sin(t * 9 + w) * 9 * (0.6 + w) - Math.cos(t * 23) * 4,
      });
    }
    this.items.push({ kind: 'stroke', points, width: 1.3 });
    this.y = base + 2;
    this.items.push({ kind: 'rule', x: left, y: this.y, width, height: 0.7 });
    this.y += 0.7;
    return this;
  }

  /** Fills the rest of the page with paragraphs from `next`, the last one cut off where the page ends. */
  fillWithParagraphs(next: () => string): this {
    while (this.fits(2)) {
      if (this.paragraph(next())) break;
      this.gap(5);
    }
    return this;
  }

  finish(): PageDrawing {
    return { items: [...this.items], lines: [...this.lines] };
  }
}
