import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { AnalyzeInput } from '../analyze.js';
import { normalizePublishedAt } from '../analyze.js';
import { normalizeNewlines } from './decode.js';
import { InputError } from './errors.js';

/** One unit of work for ingest: an article ready for analysis, or the reason it could not be read. */
export type SourceItem =
  | { ok: true; label: string; input: AnalyzeInput & { id: string } }
  | { ok: false; label: string; error: Error };

/**
 * Parses one JSONL article line: `{id, title, text, date, source, url}` (`publishedAt` is accepted for
 * `date`; a line without text but with `sentences` joins them). Throws InputError on a bad line.
 *
 * @example
 * parseArticleLine('{"id":"a","text":"Hello.","date":"2025-03-16"}', 'f.jsonl', 1).input.publishedAt // '2025-03-16'
 */
export function parseArticleLine(line: string, file: string, lineNo: number): { label: string; input: AnalyzeInput & { id: string } } {
  let obj: unknown;
  try {
    obj = JSON.parse(line);
  } catch {
    throw new InputError('bad-json', `${file}:${lineNo}: not valid JSON`);
  }
  if (!obj || typeof obj !== 'object' || Array.isArray(obj)) throw new InputError('bad-json', `${file}:${lineNo}: expected an object {id, title, text, date, source, url}`);
  const o = obj as Record<string, unknown>;
  const id = o.id == null || o.id === '' ? `${file}:${lineNo}` : String(o.id);
  const label = `${file}:${lineNo} (${id})`;
  let text = o.text;
  if ((typeof text !== 'string' || !text.trim()) && Array.isArray(o.sentences)) text = joinSentences(o.sentences.filter((s): s is string => typeof s === 'string'));
  if (typeof text !== 'string') throw new InputError('bad-json', `${label}: "text" must be a string`);
  if (!text.trim()) throw new InputError('empty', `${label}: the text is empty`);
  const rawDate = o.date ?? o.publishedAt ?? o.published_at ?? null;
  let publishedAt: string | null = null;
  if (typeof rawDate === 'string' && rawDate.trim()) {
    const d = rawDate.trim();
    publishedAt = normalizePublishedAt(/^\d{4}-\d{2}-\d{2}/.test(d) ? d.slice(0, 10) : d);
  }
  const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);
  const url = str(o.url);
  return {
    label,
    input: {
      id,
      text: normalizeNewlines(text),
      publishedAt,
      source: {
        kind: 'jsonl', path: file, title: str(o.title), siteName: str(o.source),
        ...(url ? { url } : {}), dateSource: publishedAt ? 'input' : null,
      },
    },
  };
}

/**
 * Sentences of a line without text, joined into one text: with a space, so that a quote running over several sentences
 * stays one quote, but with a paragraph break after a line that ends without a stop — a headline ("Russia claims
 * thousands fleeing Ukraine"), which would otherwise run into the first sentence of the body as one sentence.
 *
 * @example
 * joinSentences(['Talks resume', 'The talks resumed.', 'Both sides came.']) // 'Talks resume\n\nThe talks resumed. Both sides came.'
 */
export function joinSentences(sentences: readonly string[]): string {
  let out = '';
  for (const raw of sentences) {
    const s = raw.trim();
    if (!s) continue;
    if (out) out += /[.!?…:;]["'”’)\]]*$/u.test(out) ? ' ' : '\n\n';
    out += s;
  }
  return out;
}

/**
 * Streams the articles of a JSONL file, one a line; a bad line becomes a failed item and the file goes on.
 *
 * @example
 * for await (const item of readJsonlArticles('corpus.jsonl')) if (item.ok) console.log(item.input.id);
 */
export async function* readJsonlArticles(file: string): AsyncGenerator<SourceItem> {
  const rl = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let lineNo = 0;
  for await (const line of rl) {
    lineNo++;
    if (!line.trim()) continue;
    try {
      yield { ok: true, ...parseArticleLine(line, file, lineNo) };
    } catch (err) {
      yield { ok: false, label: `${file}:${lineNo}`, error: err as Error };
    }
  }
}
