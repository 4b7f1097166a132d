/**
 * What the full-text index holds for a job, and how a person's query becomes an FTS5 match.
 * Numbers are indexed in the forms people type (+12025550100, 2025550100, 5550100, 0100)
 * so "555 0100" or "202-555" find them.
 */
export const searchText = {
  number(e164: string): string {
    const digits = e164.replace(/\D/g, '');
    const forms = new Set([e164, digits]);
    for (let cut = 1; cut < digits.length - 3; cut++) forms.add(digits.slice(cut));
    return [...forms].join(' ');
  },
};

/** The words of a person's query, as the index takes them apart. */
export function searchWords(input: string): string[] {
  return input
    .normalize('NFKC')
    .split(/[^\p{L}\p{N}+]+/u)
    .map((w) => w.replace(/^\++/, ''))
    .filter(Boolean);
}

/** One word as a prefix term, with FTS syntax in it neutralised. */
export function prefixTerm(word: string): string {
  return `"${word.replaceAll('"', '""')}"*`;
}

/** Each word becomes a prefix term, all required; FTS syntax in the input is neutralised. */
export function searchQuery(input: string): string | null {
  const words = searchWords(input);
  if (words.length === 0) return null;
  // Digits typed with separators ("202-555-0100") search as one run of digits.
  const joined = /^[\d\s().+-]+$/.test(input.trim()) ? [input.replace(/\D/g, '')] : words;
  return joined.map(prefixTerm).join(' AND ');
}
