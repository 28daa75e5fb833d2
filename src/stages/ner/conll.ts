import type { Span } from '../../model/span.js';
import { NER_TYPES, type NerType, type TokenChunk } from './tags.js';

/** A CoNLL-2003 document as the scorer builds it: tokens joined by spaces, sentences by newlines. */
export interface ConllDoc {
  text: string;
  /** Gold names as character spans. */
  names: Array<Span & { type: NerType }>;
}

/**
 * Reads a CoNLL-2003 file (token POS chunk tag; IOB1 or IOB2 tags; -DOCSTART- between documents) into
 * documents whose text is built exactly as the scorer (../shared/eval/score.mjs) builds it.
 *
 * @example
 * readConll('-DOCSTART- -X- O O\n\nPeter NNP I-NP I-PER\nBlackburn NNP I-NP I-PER\n')[0]
 * // { text: 'Peter Blackburn\n', names: [{ start: 0, end: 15, type: 'PER' }] }
 */
export function readConll(content: string): ConllDoc[] {
  const docs: ConllDoc[] = [];
  type RawDoc = { sents: Array<Array<{ tok: string; tag: string }>> };
  let cur: RawDoc | null = null;
  const raw: RawDoc[] = [];
  let sent: Array<{ tok: string; tag: string }> = [];
  const flush = () => {
    if (sent.length && cur) cur.sents.push(sent);
    sent = [];
  };
  for (const line of content.split('\n')) {
    if (line.startsWith('-DOCSTART-')) {
      flush();
      cur = { sents: [] };
      raw.push(cur);
      continue;
    }
    if (!line.trim()) {
      flush();
      continue;
    }
    if (!cur) raw.push((cur = { sents: [] }));
    const parts = line.trim().split(/\s+/);
    sent.push({ tok: parts[0]!, tag: parts[parts.length - 1]! });
  }
  flush();
  for (const d of raw) {
    if (!d.sents.length) continue;
    let text = '';
    const names: ConllDoc['names'] = [];
    for (const s of d.sents) {
      let open: (Span & { type: NerType }) | null = null;
      for (const t of s) {
        if (text && !text.endsWith('\n')) text += ' ';
        const start = text.length;
        text += t.tok;
        if (t.tag === 'O') {
          open = null;
          continue;
        }
        const [b, type] = t.tag.split('-') as [string, NerType];
        if (!NER_TYPES.includes(type)) throw new Error(`unknown CoNLL type ${t.tag}`);
        if (b === 'B' || !open || open.type !== type) {
          open = { start, end: text.length, type };
          names.push(open);
        } else open.end = text.length;
      }
      text += '\n';
    }
    docs.push({ text, names });
  }
  return docs;
}

/**
 * Maps character spans onto token chunks; a span that does not start and end on token edges is dropped
 * (and counted), which tells how well a tokenizer fits the gold.
 */
export function toTokenChunks(names: ConllDoc['names'], tokens: ReadonlyArray<Span>): { chunks: TokenChunk[]; dropped: number } {
  const startAt = new Map<number, number>();
  const endAt = new Map<number, number>();
  tokens.forEach((t, i) => {
    startAt.set(t.start, i);
    endAt.set(t.end, i + 1);
  });
  const chunks: TokenChunk[] = [];
  let dropped = 0;
  for (const n of names) {
    const s = startAt.get(n.start);
    const e = endAt.get(n.end);
    if (s === undefined || e === undefined || e <= s) dropped++;
    else chunks.push({ start: s, end: e, type: NER_TYPES.indexOf(n.type) });
  }
  return { chunks, dropped };
}
