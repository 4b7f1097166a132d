import { describe, expect, it } from 'vitest';
import { fitLine, fitText, wrapText } from '../../../main/engine/documents/text-layout';

// Every character is 0.5 units wide at size 1, like a monospaced font.
const measure = (text: string) => [...text].length * 0.5;

describe('wrapText()', () => {
  it('wraps at spaces and keeps paragraphs', () => {
    expect(wrapText('aaaa bbbb cccc\n\ndd', measure, 4)).toEqual(['aaaa', 'bbbb', 'cccc', '', 'dd']);
  });

  it('breaks a word longer than the line where it reaches the edge', () => {
    expect(wrapText('https://example.com/x', measure, 5)).toEqual(['https://ex', 'ample.com/', 'x']);
  });

  it('never makes a line wider than the box', () => {
    const text = 'lorem ipsum dolor sit amet '.repeat(40) + 'x'.repeat(300);
    for (const line of wrapText(text, measure, 17)) expect(measure(line)).toBeLessThanOrEqual(17);
  });
});

describe('fitText()', () => {
  const rules = { maxSize: 12, minSize: 7, lineHeight: 1.25 };

  it('keeps the largest size when the text fits', () => {
    expect(fitText('short note', measure, { width: 200, height: 100 }, rules)).toEqual({
      size: 12,
      lines: ['short note'],
      truncated: false,
    });
  });

  it('shrinks the type before cutting anything', () => {
    const fitted = fitText('word '.repeat(60).trim(), measure, { width: 200, height: 60 }, rules);
    expect(fitted.size).toBeLessThan(12);
    expect(fitted.truncated).toBe(false);
    expect(fitted.lines.join(' ')).toBe('word '.repeat(60).trim());
  });

  it('cuts off with "…" at the smallest size, within the box', () => {
    const fitted = fitText('word '.repeat(5000), measure, { width: 200, height: 60 }, rules);
    expect(fitted).toMatchObject({ size: 7, truncated: true });
    expect(fitted.lines.length * 7 * 1.25).toBeLessThanOrEqual(60);
    expect(fitted.lines.at(-1)?.endsWith('…')).toBe(true);
    for (const line of fitted.lines) expect(measure(line) * 7).toBeLessThanOrEqual(200);
  });
});

describe('fitLine()', () => {
  it('ends a line that is too wide with "…"', () => {
    expect(fitLine('Dr. Bartholomew Featherstonehaugh', measure, 60, 10)).toBe('Dr. Barthol…');
    expect(fitLine('Ann', measure, 60, 10)).toBe('Ann');
  });
});
