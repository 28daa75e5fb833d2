import type { Paragraph } from '../../model/layers.js';

/** A stretch of text between quotation marks, within one paragraph. */
export interface QuotedSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or the paragraph end when the paragraph leaves the quote open. */
  close: number;
  /** Content without the marks, trimmed of spaces. */
  start: number;
  end: number;
  /** The paragraph ends inside the quote (a multi-paragraph quote continues in the next paragraph). */
  unclosed: boolean;
  /** This piece reopens a quote that the previous paragraph left open. */
  continued: boolean;
  /** The quote used single marks (‘…’). */
  single: boolean;
}

const isSpace = (c: string | undefined) => c === undefined || /\s/u.test(c);
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
/** Characters after which a straight or single mark opens rather than closes. */
const isOpenContext = (c: string | undefined) => c === undefined || /[\s([{\u2014\u2013/:-]/u.test(c);

/** Offset `i` starts its paragraph or a line, past invisible format characters (a stray U+202A before a mark). */
function atLineStart(text: string, i: number, paragraphStart: number): boolean {
  let k = i - 1;
  while (k >= paragraphStart && /\p{Cf}/u.test(text[k]!)) k--;
  return k < paragraphStart || text[k] === '\n';
}

/** Closing marks allowed for each opening mark. */
const CLOSERS: Record<string, string> = { '“': '”"', '„': '“”"', '«': '»', '"': '"”', '‹': '›', '‚': '‘’' };

/**
 * Finds quoted stretches in every paragraph: “ ” " " ‘ ’ « » „ “ and doubled apostrophes ('' … '').
 * Single-mark quotes count only at the top level and only when their closer is found in the same
 * paragraph (apostrophes are far commoner than single quotes). A paragraph that opens a double
 * quote without closing it yields a piece that runs to the paragraph end, marked `unclosed`.
 *
 * @example
 * findQuotedSpans('He said “no.”', [{ start: 0, end: 13, index: 0 }])[0] // { start: 9, end: 12, … }
 */
export function findQuotedSpans(text: string, paragraphs: readonly Paragraph[]): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  let carried = false;
  for (const p of paragraphs) {
    let i = p.start;
    const reopened = carried;
    carried = false;
    let firstInParagraph = true;
    // the previous piece of this paragraph was left open by a quote that reopens right after it
    let reopensHere = false;
    while (i < p.end) {
      const c = text[i]!;
      const prev = i > p.start ? text[i - 1] : undefined;
      let opener: string | null = null;
      let markLen = 1;
      if ((c === "'" && text[i + 1] === "'") || (c === '‘' && text[i + 1] === '‘') || (c === '`' && text[i + 1] === '`')) {
        if (isOpenContext(prev) && !isSpace(text[i + 2])) { opener = "''"; markLen = 2; }
      } else if (c === '“' || c === '„' || c === '«' || c === '‹') opener = c;
      // a right mark typed where a left one belongs: ”Mr. Trump … at a paragraph or line start (also before an
      // ellipsis that marks words left out: ” … he delivered …”)
      else if (c === '”' && atLineStart(text, i, p.start) && /^ ?(?:…|\.\.\.)? ?[\p{L}\p{N}]/u.test(text.slice(i + 1, i + 7))) opener = '“';
      else if (c === '"' && isOpenContext(prev) && !isSpace(text[i + 1])) opener = '"';
      else if ((c === '‘' || c === '‚' || c === "'") && isOpenContext(prev) && isWordChar(text[i + 1])) opener = c === "'" ? "'" : '‘';
      if (!opener) { i++; continue; }
      const single = opener === '‘' || opener === "'";
      const close = findCloser(text, i + markLen, p.end, opener);
      const continued = reopened && firstInParagraph || reopensHere;
      reopensHere = false;
      if (close === null || close.reopens) {
        if (single) { i++; continue; }
        // open to the end of the paragraph (a multi-paragraph quote, when the next paragraph reopens it),
        // or up to a mark that reopens it in the same paragraph: “A. “B.” where a source lost the paragraph
        // break between the two, a convention of multi-paragraph quotes
        const stop = close ? close.at : p.end;
        const [s, e] = trim(text, i + markLen, stop);
        if (e > s) out.push({ open: i, close: stop, start: s, end: e, unclosed: true, continued, single });
        if (!close) { carried = true; break; }
        firstInParagraph = false;
        reopensHere = true;
        i = close.at;
        continue;
      }
      const [s, e] = trim(text, i + markLen, close.at);
      if (e > s) out.push({ open: i, close: close.at, start: s, end: e, unclosed: false, continued: continued && (i - p.start < 2 || !firstInParagraph), single });
      firstInParagraph = false;
      i = close.at + close.len;
    }
  }
  return out;
}

/**
 * Where the quote opened at `from` closes: the closing mark's offset and length; `reopens` when a new opening
 * mark comes first (the quote was left open there); null when the paragraph ends first.
 */
function findCloser(text: string, from: number, limit: number, opener: string): { at: number; len: number; reopens?: boolean } | null {
  for (let j = from; j < limit; j++) {
    const c = text[j]!;
    const next = text[j + 1];
    if (opener === "''") {
      if ((c === "'" && next === "'") || (c === '’' && next === '’')) return { at: j, len: 2 };
      if (c === '”' || c === '"') return { at: j, len: 1 };
      continue;
    }
    if (opener === '‘' || opener === "'") {
      // a closing single mark is followed by a non-letter; "s’ " could be a plural possessive, so it
      // closes only when punctuation precedes it or no later candidate exists
      const closes = opener === "'" ? c === "'" : c === '’' || c === "'";
      if (closes && !isWordChar(next) && !isSpace(text[j - 1])) {
        if (/[sS]/.test(text[j - 1] ?? '') && isSpace(next)) {
          const later = findCloser(text, j + 1, limit, opener);
          if (later) return later;
        }
        return { at: j, len: 1 };
      }
      if (c === '“' || c === '"' || c === '”') return null; // a double mark inside: not a single-quoted stretch
      continue;
    }
    if (CLOSERS[opener]?.includes(c)) {
      // a straight mark after a space opens a new quote: this one was never closed
      if (c === '"' && isSpace(text[j - 1]) && !isSpace(next)) return { at: j, len: 0, reopens: true };
      return { at: j, len: 1 };
    }
    if ((opener === '“' || opener === '"') && c === '“' && isSpace(text[j - 1]) && j > from + 1) {
      // “I’d rather live in what he calls “hell” than …”: a quote inside the quote, typed with the same marks, when
      // two closing marks follow before any other opening one; else the quote was left open here
      const inner = nestedClose(text, j + 1, limit);
      if (inner < 0) return { at: j, len: 0, reopens: true };
      j = inner;
    }
  }
  return null;
}

/**
 * For a curly opening mark inside an open quote, the offset of the closing mark of that inner quote when a second
 * closing mark (the outer quote's) follows it before any other opening mark and the paragraph end; else -1.
 */
function nestedClose(text: string, from: number, limit: number): number {
  let first = -1;
  for (let k = from; k < limit; k++) {
    const c = text[k]!;
    if (c === '“' || c === '"') return -1;
    if (c !== '”') continue;
    if (first >= 0) return first;
    first = k;
  }
  return -1;
}

function trim(text: string, s: number, e: number): [number, number] {
  while (s < e && /\s/u.test(text[s]!)) s++;
  while (e > s && /\s/u.test(text[e - 1]!)) e--;
  return [s, e];
}
