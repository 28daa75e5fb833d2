import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tokenize } from '../../segment/tokenize.js';
import { readConll } from '../conll.js';
import { wordKey } from '../normalize.js';

/**
 * The unlabeled news text the word clusters are built from, read from ../shared at training time (never copied
 * into the repository): the real-article corpus (BBC 2004–05, Ukraine 2014), PolNeAR's training articles (each
 * article once, though several annotators share it) and the words of CoNLL eng.train. Never eng.testa or
 * eng.testb, never PolNeAR dev or test: clusters built on the text being measured would leak into the figures.
 *
 * @example
 * unlabeledSources('../shared').map((s) => s.name) // ['corpus/real/bbc-2004-2005.jsonl', …, 'conll2003/eng.train']
 */
export function unlabeledSources(shared: string): Array<{ name: string; texts: string[] }> {
  const out: Array<{ name: string; texts: string[] }> = [];
  const jsonl = (rel: string, dedupeBy?: string) => {
    const file = join(shared, rel);
    if (!existsSync(file)) return;
    const seen = new Set<string>();
    const texts: string[] = [];
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const rec = JSON.parse(line) as Record<string, unknown>;
      const key = dedupeBy ? String(rec[dedupeBy]) : '';
      if (dedupeBy && seen.has(key)) continue;
      seen.add(key);
      const title = typeof rec.title === 'string' ? `${rec.title}\n\n` : '';
      if (typeof rec.text === 'string') texts.push(title + rec.text);
    }
    out.push({ name: rel, texts });
  };
  const realDir = join(shared, 'corpus/real');
  if (existsSync(realDir)) for (const f of readdirSync(realDir).filter((f) => f.endsWith('.jsonl')).sort()) jsonl(`corpus/real/${f}`);
  jsonl('bench/polnear/train.jsonl', 'article');
  const train = join(shared, 'bench/conll2003/eng.train');
  if (existsSync(train)) out.push({ name: 'bench/conll2003/eng.train', texts: readConll(readFileSync(train, 'utf8')).map((d) => d.text) });
  return out;
}

/**
 * A text as the word keys the tagger uses (lowercased, punctuation folded, digits as 0).
 *
 * @example
 * textKeys('Kyiv’s 2 drones.') // ["kyiv", "'s", "0", "drones", "."]
 */
export function textKeys(text: string): string[] {
  return tokenize(text).map((t) => wordKey(text.slice(t.start, t.end)));
}
