/**
 * Numbers as reporters write them: digits ("1,200", "2.5 million"), words ("two", "forty-seven", "a dozen"),
 * vague plurals ("dozens of", "hundreds of") and qualifiers ("more than 100", "at least 12").
 */

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, m: 1e6, bn: 1e9 };
/** Vague plurals: a conventional lower reading, flagged by the qualifier. */
const VAGUE: Record<string, number> = { dozens: 24, scores: 40, hundreds: 200, thousands: 2000, millions: 2e6 };
const QUALIFIERS = ['more than', 'less than', 'fewer than', 'at least', 'at most', 'up to', 'nearly', 'almost', 'about', 'around',
  'roughly', 'some', 'over', 'under', 'approximately', 'an estimated', 'as many as', 'more', 'at'];

/** A number read from a run of words. `next` is the index of the first word after it. */
export interface ParsedNumber {
  value: number;
  /** Index of the first word of the number (qualifier included) and the first word after it. */
  first: number;
  next: number;
  qualifier?: string;
}

function wordValue(w: string): number | null {
  if (w in UNITS) return UNITS[w]!;
  if (w in TENS) return TENS[w]!;
  const m = /^([a-z]+)-([a-z]+)$/.exec(w);
  if (m && m[1]! in TENS && m[2]! in UNITS) return TENS[m[1]!]! + UNITS[m[2]!]!;
  return null;
}

/**
 * Reads a number starting at `words[i]` (lower-case words), or null.
 *
 * @example
 * parseNumber(['more', 'than', '100', 'people'], 0) // { value: 100, first: 0, next: 3, qualifier: 'more than' }
 * parseNumber(['a', 'dozen', 'drones'], 0)          // { value: 12, first: 0, next: 2 }
 */
const QUALIFIER_PARTS = QUALIFIERS.map((q) => ({ q, parts: q.split(' ') }));
const FIRST_WORDS = new Set([...QUALIFIER_PARTS.map((x) => x.parts[0]!), 'a', 'dozen', ...Object.keys(VAGUE), ...Object.keys(UNITS), ...Object.keys(TENS)]);

export function parseNumber(words: readonly string[], i: number): ParsedNumber | null {
  const w0 = words[i];
  if (w0 === undefined || !(/^\d/.test(w0) || FIRST_WORDS.has(w0) || /^[a-z]+-[a-z]+$/.test(w0))) return null; // most words: not a number
  let qualifier: string | undefined;
  let j = i;
  for (const { q, parts } of QUALIFIER_PARTS) {
    if (parts.every((p, k) => words[i + k] === p)) {
      const after = parseBare(words, i + parts.length);
      if (after) { qualifier = q; j = i + parts.length; break; }
    }
  }
  const bare = parseBare(words, j);
  if (!bare) return null;
  return { value: bare.value, first: i, next: bare.next, ...(qualifier || bare.qualifier ? { qualifier: qualifier ?? bare.qualifier } : {}) };
}

function parseBare(words: readonly string[], i: number): { value: number; next: number; qualifier?: string } | null {
  const w = words[i];
  if (w === undefined) return null;
  if ((w === 'a' || w === 'one') && words[i + 1] === 'dozen') return { value: 12, next: i + 2 };
  if (w === 'dozen') return { value: 12, next: i + 1 };
  if (w in VAGUE && words[i + 1] === 'of') return { value: VAGUE[w]!, next: i + 2, qualifier: w };
  let value: number | null = null;
  let k = i;
  if (/^\d[\d,]*(?:\.\d+)?$/.test(w)) { value = Number(w.replace(/,/g, '')); k = i + 1; }
  else {
    const wv = wordValue(w);
    if (wv === null) return null;
    value = wv; k = i + 1;
    if (wv >= 20 && wv % 10 === 0 && words[k] !== undefined && UNITS[words[k]!] !== undefined && UNITS[words[k]!]! < 10) { value += UNITS[words[k]!]!; k++; }
  }
  while (words[k] !== undefined && words[k]! in SCALES) { value *= SCALES[words[k]!]!; k++; }
  if (!Number.isFinite(value)) return null;
  return { value: Math.round(value * 1000) / 1000, next: k };
}
