import type { Paragraph, Sentence, Token } from '../../model/layers.js';
import type { Span } from '../../model/span.js';
import type { Stage } from '../../pipeline/stage.js';
import { findDateline, splitParagraphs, splitSentences } from './sentences.js';
import { tokenize } from './tokenize.js';

/** The dateline that opens an article ("KYIV, Ukraine (AP) —") and the place it names. */
export interface Dateline extends Span {
  place: Span & { text: string };
}

declare module '../../model/layers.js' {
  interface LayerMap {
    tokens: Token[];
    dateline: Dateline | null;
  }
}

/**
 * Segments a text into paragraphs, sentences and tokens, and finds its dateline.
 *
 * @example
 * segment('LONDON — Gen. Smith spoke. He left.').sentences.length // 2
 */
export function segment(text: string): { paragraphs: Paragraph[]; sentences: Sentence[]; tokens: Token[]; dateline: Dateline | null } {
  const raw = tokenize(text);
  const paragraphs = splitParagraphs(text);
  const sentences = splitSentences(text, paragraphs, raw);
  const tokens: Token[] = new Array(raw.length);
  let si = 0;
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i]!;
    while (si < sentences.length - 1 && r.start >= sentences[si]!.end) si++;
    const next = text.charCodeAt(r.end);
    tokens[i] = {
      start: r.start, end: r.end, text: text.slice(r.start, r.end), index: i, kind: r.kind, sentence: si,
      spaceAfter: next === 32 || next === 10 || next === 9 || next === 13 || next === 0xa0,
    };
  }
  const d = findDateline(text);
  const dateline = d ? { ...d.span, place: { ...d.place, text: text.slice(d.place.start, d.place.end) } } : null;
  return { paragraphs, sentences, tokens, dateline };
}

/** Pipeline stage: paragraphs, sentences, tokens and dateline. */
export const segmentStage: Stage<never, 'paragraphs' | 'sentences' | 'tokens' | 'dateline'> = {
  name: 'segment',
  requires: [],
  produces: ['paragraphs', 'sentences', 'tokens', 'dateline'],
  run: (doc) => segment(doc.text),
};
