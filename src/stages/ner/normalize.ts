/**
 * Token normalisation and word shapes. CoNLL-2003 text uses straight quotes and ASCII hyphens; real news
 * uses curly quotes, em dashes and "Ukraine’s": both must look the same to the tagger.
 */

const FOLD: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'", '`': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u00ab': '"', '\u00bb': '"', '\u2039': '"', '\u203a': '"',
  '\u2014': '-', '\u2013': '-', '\u2012': '-', '\u2212': '-', '\u2010': '-', '\u2011': '-',
  '\u2026': '...', '\u00a0': ' ',
};
const FOLD_RE = /[\u2018\u2019\u201a\u201b\u2032`\u201c\u201d\u201e\u00ab\u00bb\u2039\u203a\u2014\u2013\u2012\u2212\u2010\u2011\u2026\u00a0]/g;

/**
 * Folds typographic punctuation to ASCII (curly quotes, dashes, ellipsis); letters are kept as written.
 *
 * @example
 * foldPunctuation('Ukraine’s “talks” — now') // `Ukraine's "talks" - now`
 */
export function foldPunctuation(s: string): string {
  return s.replace(FOLD_RE, (c) => FOLD[c] ?? c);
}

/**
 * The lowercased, punctuation-folded form with digits mapped to 0, so "1996" and "2025" share a feature.
 *
 * @example
 * wordKey('Ukraine’s') // "ukraine's"
 * wordKey('1996-08-22') // "0000-00-00"
 */
export function wordKey(s: string): string {
  return foldPunctuation(s).toLowerCase().replace(/\d/g, '0');
}

/**
 * Word shape: upper X, lower x, digit d, other characters kept; runs longer than `maxRun` are cut.
 * `maxRun` 1 gives the short shape used for context words.
 *
 * @example
 * wordShape('McDonald', 4) // "XxXxxxx"
 * wordShape('U.S.', 4) // "X.X."
 * wordShape('1996', 1) // "d"
 */
export function wordShape(s: string, maxRun: number): string {
  let out = '';
  let last = '';
  let run = 0;
  for (const ch of foldPunctuation(s)) {
    let c: string;
    if (ch >= '0' && ch <= '9') c = 'd';
    else if (ch !== ch.toLowerCase()) c = 'X';
    else if (ch !== ch.toUpperCase()) c = 'x';
    else c = ch;
    if (c === last) {
      if (++run > maxRun) continue;
    } else {
      last = c;
      run = 1;
    }
    out += c;
  }
  return out;
}

/** True when the token starts with an upper-case letter. */
export function isCapitalised(s: string): boolean {
  const c = s.charAt(0);
  return c !== c.toLowerCase();
}

/** True when the token has letters and none of them is lower case ("NATO", "U.S."). */
export function isAllCaps(s: string): boolean {
  return s !== s.toLowerCase() && s === s.toUpperCase();
}
