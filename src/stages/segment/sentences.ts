import type { Paragraph, Sentence } from '../../model/layers.js';
import type { Span } from '../../model/span.js';
import { SENTENCE_STARTERS } from './abbreviations.js';
import { isTerminalAbbreviation, type RawToken } from './tokenize.js';

/**
 * Paragraphs: blank lines separate paragraphs when the text has any (hard-wrapped text keeps its
 * single newlines inside paragraphs); otherwise every non-empty line is a paragraph.
 */
export function splitParagraphs(text: string): Paragraph[] {
  const hasBlankLines = /\n[ \t\r\f\v\u00a0]*\n/.test(text);
  const sep = hasBlankLines ? /\n[ \t\r\f\v\u00a0]*\n\s*/g : /\n\s*/g;
  const out: Paragraph[] = [];
  let from = 0;
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) out.push({ start, end, index: out.length });
  };
  for (const m of text.matchAll(sep)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return out;
}

const CLOSERS = new Set(['”', '’', '"', "'", '»', '›', ')', ']', '}']);
const OPENERS = new Set(['“', '‘', '"', "'", '«', '‹', '(', '[', '„']);

/**
 * Sentence boundaries inside each paragraph, from the tokens. A sentence ends at ". ! ? …" (with the
 * closing quotes and brackets that follow) when the next token starts a sentence: a capital, a digit or
 * an opening quote. "attack!" he said does not end; "U.S." ends only before a typical sentence starter.
 */
export function splitSentences(text: string, paragraphs: readonly Paragraph[], tokens: readonly RawToken[]): Sentence[] {
  const out: Sentence[] = [];
  let ti = 0;
  for (const para of paragraphs) {
    while (ti < tokens.length && tokens[ti]!.end <= para.start) ti++;
    const first = ti;
    while (ti < tokens.length && tokens[ti]!.start < para.end) ti++;
    const toks = tokens.slice(first, ti);
    let sentStart = para.start;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!;
      const s = text.slice(t.start, t.end);
      const terminal = t.kind === 'punct' && /^(?:[.!?]|\.\.\.|…)$/.test(s);
      const abbr = !terminal && t.kind === 'word' && s.endsWith('.') && isTerminalAbbreviation(s);
      if (!terminal && !abbr) continue;
      // absorb further terminal marks ("?!") and closing quotes or brackets glued to the mark
      let j = i + 1;
      while (j < toks.length && toks[j]!.start === toks[j - 1]!.end) {
        const n = text.slice(toks[j]!.start, toks[j]!.end);
        if (CLOSERS.has(n) || /^[.!?]$/.test(n)) j++;
        else break;
      }
      const last = toks[j - 1]!;
      const next = toks[j];
      if (!next) break; // the paragraph end closes the sentence
      if (next.start === last.end) continue; // "3.5", "end.The" — no space, no boundary
      const n = text.slice(next.start, next.end);
      let boundary: boolean;
      if (abbr) boundary = SENTENCE_STARTERS.has(n.toLowerCase()) && /^\p{Lu}/u.test(n);
      else if (s === '...' || s === '…') boundary = /^\p{Lu}/u.test(n) && SENTENCE_STARTERS.has(n.toLowerCase());
      else boundary = /^[\p{Lu}\p{N}]/u.test(n) || OPENERS.has(n) || /^[—–-]$/.test(n) === false && /^\p{Lo}/u.test(n);
      if (!boundary) continue;
      out.push({ start: sentStart, end: last.end, index: out.length, paragraph: para.index });
      sentStart = next.start;
      i = j - 1;
    }
    if (para.end > sentStart) out.push({ start: sentStart, end: para.end, index: out.length, paragraph: para.index });
  }
  return out;
}

/**
 * A dateline at the start of the text: "LONDON —", "KYIV, Ukraine (AP) —", "WASHINGTON, March 3 (Reuters) -".
 * Returns the whole dateline and the place as written.
 */
export function findDateline(text: string): { span: Span; place: Span } | null {
  // the article's first line, or the first line after a headline or two (pages and feeds put the title first)
  let from = 0;
  for (let line = 0; line < 3 && from < 600; line++) {
    const found = datelineAt(text, from);
    if (found) return found;
    const nl = text.indexOf('\n', from);
    if (nl < 0) break;
    // a headline is one short line without a sentence inside it
    const headline = text.slice(from, nl).trim();
    if (headline.length > 200 || /[.!?]["”’]?\s+\p{Lu}/u.test(headline)) break;
    from = nl + 1;
    while (from < text.length && /\s/.test(text[from]!)) from++;
  }
  return null;
}

const DATELINE = /^((?:\p{Lu}[\p{Lu}.'’-]*)(?:[ -]\p{Lu}[\p{Lu}.'’-]*)*)((?:,\s*[\p{L}][\p{L}.]*(?:\s[\p{L}][\p{L}.]*)*)*)(?:,?\s*\d{1,2}\s\w+|,?\s*\w+\.?\s\d{1,2})?(?:\s*\([^)\n]{1,40}\))?\s*(?:—|―|–|--|-|:)\s*/u;

function datelineAt(text: string, from: number): { span: Span; place: Span } | null {
  let at = from;
  while (at < text.length && /\s/.test(text[at]!)) at++;
  const m = DATELINE.exec(text.slice(at, at + 200));
  if (!m || !m[1] || m[1].length < 3) return null;
  return { span: { start: at, end: at + m[0].length }, place: { start: at, end: at + m[1].length } };
}
