/**
 * The cover page uses the standard PDF fonts (no font files to ship), which can only show
 * WinAnsi (Windows-1252) characters. Names and messages come from people and contacts and
 * may hold anything, so text is brought into that set first: accents are dropped where a
 * plain letter exists (ő → o), invisible characters go, and whatever has no stand-in (emoji,
 * CJK) becomes "?" — one per character as a person sees it — instead of stopping the fax.
 */

/** Unicode code points in Windows-1252's 0x80–0x9F row. */
const WINDOWS_1252_EXTRAS = new Set([
  0x20ac, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x017d, 0x2018,
  0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x017e, 0x0178,
]);

/** Characters with no decomposition that still have an obvious plain stand-in. */
const STAND_INS: Record<string, string> = {
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ħ: 'h',
  Ħ: 'H',
  ı: 'i',
  ŧ: 't',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\u2032': "'",
  '\u2033': '"',
  '\u2044': '/',
  '\u2190': '<-',
  '\u2192': '->',
  '\u2264': '<=',
  '\u2265': '>=',
  '\u2260': '!=',
  '\u2248': '~',
  '\u2713': 'v',
  '\u2714': 'v',
};

/** Zero-width and formatting characters that have no look of their own (and the soft hyphen). */
const INVISIBLE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x00ad, 0x00ad],
  [0x034f, 0x034f],
  [0x061c, 0x061c],
  [0x115f, 0x1160],
  [0x17b4, 0x17b5],
  [0x180b, 0x180f],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x206f],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
  [0xe0000, 0xe0fff],
];

const isInvisible = (char: string) => {
  const cp = char.codePointAt(0) ?? 0;
  return INVISIBLE_RANGES.some(([from, to]) => cp >= from && cp <= to);
};

export function isWinAnsi(codePoint: number): boolean {
  return (
    (codePoint >= 0x20 && codePoint <= 0x7e) ||
    (codePoint >= 0xa0 && codePoint <= 0xff) ||
    WINDOWS_1252_EXTRAS.has(codePoint)
  );
}

const allWinAnsi = (text: string) => [...text].every((c) => isWinAnsi(c.codePointAt(0) ?? 0));

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** Text the standard fonts can draw. Line breaks are kept (as \n) only when asked for. */
export function toWinAnsi(text: string, options: { keepLineBreaks?: boolean } = {}): string {
  const normalised = text
    .normalize('NFC')
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(/\t/g, '    ');
  let out = '';
  for (const { segment } of graphemes.segment(normalised)) {
    if (segment === '\n') {
      out += options.keepLineBreaks ? '\n' : ' ';
      continue;
    }
    const visible = [...segment].filter((char) => !isInvisible(char)).join('');
    if (visible === '' || /^\p{Cc}+$/u.test(visible)) continue;
    out += standIn(visible);
  }
  return out;
}

function standIn(grapheme: string): string {
  if (allWinAnsi(grapheme)) return grapheme;
  const known = STAND_INS[grapheme];
  if (known !== undefined) return known;
  if (/^\p{Zs}$/u.test(grapheme)) return ' ';
  // ő → o, ﬁ → fi, full-width Ａ → A: the compatibility decomposition without its accents.
  const plain = grapheme.normalize('NFKD').replace(/\p{M}/gu, '');
  if (plain !== '' && allWinAnsi(plain)) return plain;
  return '?';
}
