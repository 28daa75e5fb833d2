import type { TokenKind } from '../../model/layers.js';
import { TERMINAL_ABBREVIATIONS, TITLE_ABBREVIATIONS } from './abbreviations.js';

/** A raw token before sentences are known. */
export interface RawToken {
  start: number;
  end: number;
  kind: TokenKind;
}

// One alternation, tried left to right at each position. Order matters:
// URLs before words, numbers before words, dotted abbreviations (U.S., a.m.) before words.
const TOKEN_RE = new RegExp(
  [
    String.raw`(?<url>https?:\/\/[^\s<>"“”]*[^\s<>"“”.,;:!?)\]'’])`,
    // 1,400 / 3.5 / 400-500 / 10:30 / 1990s / 30-day / 5th
    String.raw`(?<num>\d+(?:[.,]\d+|:\d\d)*(?:[–-]\d+(?:[.,]\d+)*)?(?:\p{L}+)?(?:-\p{L}[\p{L}\p{N}]*)*%?)`,
    // U.S. / U.K. / a.m. / e.g.
    String.raw`(?<abbr>(?:\p{L}\.){2,})`,
    // words with inner hyphens, ampersands and name apostrophes (O’Brien), but not clitics (Ukraine’s)
    String.raw`(?<word>[\p{L}\p{M}\p{N}]+(?:(?:[-&]|['’](?!(?:s|S|t|d|ll|re|ve|m)(?![\p{L}\p{N}])))[\p{L}\p{M}\p{N}]+)*)`,
    String.raw`(?<clitic>['’](?:s|S|t|d|ll|re|ve|m)(?![\p{L}\p{N}]))`,
    String.raw`(?<quote>["“”„«»‘’'‹›])`,
    String.raw`(?<punct>\.{3}|…|—|–|-{1,2}|[.,;:!?()\[\]{}\/])`,
    String.raw`(?<sym>\S)`,
  ].join('|'),
  'gu',
);

/**
 * Splits text into tokens with offsets. Abbreviations keep their period ("Gen.", "U.S.", "Jan."),
 * single capital initials too ("J."); possessive clitics are tokens of their own ("Ukraine" "’s").
 *
 * @example
 * tokenize('Gen. Smith’s 1,400 troops.').map((t) => t.kind) // word word word number word punct
 */
export function tokenize(text: string): RawToken[] {
  const out: RawToken[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    const g = m.groups ?? {};
    const start = m.index;
    let end = start + m[0].length;
    let kind: TokenKind;
    if (g.url !== undefined) kind = 'symbol';
    else if (g.num !== undefined) kind = 'number';
    else if (g.abbr !== undefined) kind = 'word';
    else if (g.word !== undefined || g.clitic !== undefined) {
      kind = 'word';
      if (g.word !== undefined && text.charCodeAt(end) === 46 /* . */ && takesPeriod(m[0], text, end)) {
        end += 1;
        // a compound rank is one title: "Lt.-Gen.", "Maj.-Gen." (Canadian and British style)
        const rank = TITLE_ABBREVIATIONS.has(m[0].toLowerCase()) ? /^-(\p{Lu}\p{Ll}+)\./u.exec(text.slice(end, end + 12)) : null;
        if (rank && TITLE_ABBREVIATIONS.has(rank[1]!.toLowerCase())) end += rank[0].length;
        TOKEN_RE.lastIndex = end;
      }
    } else if (g.quote !== undefined) kind = 'quote';
    else if (g.punct !== undefined) kind = 'punct';
    else kind = 'symbol';
    out.push({ start, end, kind });
  }
  return out;
}

const NUMBER_ONLY = new Set(['no', 'nos', 'art', 'vol', 'fig', 'op', 'pt']);
const MONTHS = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
const LOWERCASE = new Set(['al', 'cf', 'est', 'v', 'vs', 'approx', 'etc']);

/** Whether a word followed by "." keeps the period as part of an abbreviation. */
function takesPeriod(word: string, text: string, periodAt: number): boolean {
  // "..." is an ellipsis, not an abbreviation's period
  if (text.charCodeAt(periodAt + 1) === 46) return false;
  const lower = word.toLowerCase();
  const capital = /^\p{Lu}/u.test(word);
  const after = text.slice(periodAt + 1, periodAt + 4);
  if (/^\p{Lu}$/u.test(word)) return true; // initials: "J. R. R."
  // "No. 10", "Art. 5", but "He said no."
  if (NUMBER_ONLY.has(lower)) return capital && /^\s*\d/.test(after);
  // "Jan. 6" and "Mar. 3", but "a third of the Mar." is not a thing news writes
  if (MONTHS.has(lower)) return capital && /^\s*\d/.test(after);
  if (LOWERCASE.has(lower)) return true;
  // ("told the FT. The army …": a title's letters all in capitals are an acronym, unless the title is written so in
  // capitalised text, "MR. SMITH", "ST. PETERSBURG")
  if (TITLE_ABBREVIATIONS.has(lower)) return capital && !(/^\p{Lu}{2,}$/u.test(word) && !/^(?:MR|MRS|MS|DR|ST|GEN|SEN|REP|GOV|LT|COL|SGT|CAPT|PROF|REV|MT)$/.test(word));
  return TERMINAL_ABBREVIATIONS.has(lower) && capital;
}

/** True for an abbreviation token that may end a sentence ("U.S.", "Inc.", "a.m."). */
export function isTerminalAbbreviation(token: string): boolean {
  if (/^(?:\p{L}\.){2,}$/u.test(token)) return true;
  const bare = token.replace(/\.$/, '').toLowerCase();
  return TERMINAL_ABBREVIATIONS.has(bare);
}
