import { readFile, stat } from 'node:fs/promises';
import type { OffsetMapEntry, SourceInfo } from '../model/doc.js';
import { DEFAULT_MAX_BYTES, declaredCharset, decodeBytes } from './decode.js';
import { InputError } from './errors.js';
import { extractHtml, looksLikeHtml } from './html.js';
import { fetchUrl } from './url.js';

/** A text ready for analysis, with what its container said about it. */
export interface LoadedInput {
  text: string;
  publishedAt: string | null;
  source: SourceInfo;
  htmlMap?: OffsetMapEntry[];
}

export interface ReadOptions {
  maxBytes?: number;
  /** Allow URLs that resolve to loopback or private addresses (off by default). */
  allowPrivate?: boolean;
  timeoutMs?: number;
  maxRedirects?: number;
}

/**
 * Reads a file path, "-" (stdin) or an http(s) URL; HTML is reduced to its main article text.
 *
 * @example
 * const input = await readInput('examples/seed-ukraine-ceasefire-2025-03-16.txt');
 */
export async function readInput(arg: string, opts: ReadOptions = {}): Promise<LoadedInput> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (/^https?:\/\//i.test(arg)) {
    const res = await fetchUrl(arg, { maxBytes, allowPrivate: opts.allowPrivate ?? false, timeoutMs: opts.timeoutMs ?? 15000, maxRedirects: opts.maxRedirects ?? 5 });
    const { text, encoding } = decodeBytes(res.body, arg, maxBytes, declaredCharset(res.contentType, res.body));
    const isHtml = /html|xml/i.test(res.contentType ?? '') || looksLikeHtml(text);
    return withNamedDate(fromText(text, { kind: 'url', url: res.finalUrl, encoding }, isHtml), dateInUrl(res.finalUrl), 'url');
  }
  let bytes: Uint8Array;
  let label = arg;
  if (arg === '-') {
    label = 'stdin';
    bytes = await readStdin(maxBytes);
  } else {
    const info = await stat(arg).catch(() => null);
    if (!info) throw new InputError('not-found', `${arg}: no such file`);
    if (info.isDirectory()) throw new InputError('unsupported-type', `${arg}: is a directory (use \`dossier ingest\` for many files)`);
    if (info.size > maxBytes) throw new InputError('too-large', `${arg}: ${(info.size / 1048576).toFixed(1)} MB is larger than the ${(maxBytes / 1048576).toFixed(1)} MB limit (raise it with --max-bytes)`);
    bytes = await readFile(arg);
  }
  // An HTML file may declare its charset in a meta tag; plain text must be UTF-8 (or carry a BOM).
  const { text, encoding } = decodeBytes(bytes, label, maxBytes, declaredCharset(null, bytes));
  const isHtml = /\.x?html?$/i.test(arg) || looksLikeHtml(text);
  const loaded = fromText(text, arg === '-' ? { kind: 'stdin', encoding } : { kind: 'text', path: arg, encoding }, isHtml, label);
  return arg === '-' ? loaded : withNamedDate(loaded, dateInFileName(arg), 'file name');
}

/** A real calendar day as YYYY-MM-DD, or null. */
function isoDay(y: string, m: string, d: string): string | null {
  const iso = `${y}-${m}-${d}`;
  const t = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === iso && +y >= 1900 && +y <= 2100 ? iso : null;
}

/**
 * The date an archive wrote into a file's name ("seed-ukraine-ceasefire-2025-03-16.txt", "2014_03_06_kiev.html"), or null.
 *
 * @example
 * dateInFileName('corpus/talks-2025-03-16.txt') // '2025-03-16'
 */
export function dateInFileName(path: string): string | null {
  const name = path.split(/[\\/]/).pop() ?? '';
  const all = [...name.matchAll(/(?<!\d)((?:19|20)\d\d)[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?!\d)/g)];
  // (one date only: two in a name leave it unclear which is the publication's)
  return all.length === 1 ? isoDay(all[0]![1]!, all[0]![2]!, all[0]![3]!) : null;
}

/**
 * The date in a news site's article path ("/2025/03/16/world/…", "/2025-03-16/…"), or null.
 *
 * @example
 * dateInUrl('https://example.org/world/2025/03/16/talks-stall') // '2025-03-16'
 */
export function dateInUrl(url: string): string | null {
  let path: string;
  try { path = new URL(url).pathname; } catch { return null; }
  const m = /\/((?:19|20)\d\d)[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?=\/|[-_]|$)/.exec(path);
  return m ? isoDay(m[1]!, m[2]!, m[3]!) : null;
}

/** A date named by the container's path is the publication date when the content itself gave none. */
function withNamedDate(loaded: LoadedInput, date: string | null, how: string): LoadedInput {
  if (loaded.publishedAt || !date) return loaded;
  return { ...loaded, publishedAt: date, source: { ...loaded.source, dateSource: how } };
}

function fromText(text: string, source: SourceInfo, isHtml: boolean, label = source.url ?? source.path ?? 'input'): LoadedInput {
  if (!isHtml) return { text, publishedAt: null, source };
  const page = extractHtml(text, { url: source.url ?? null, label });
  return {
    text: page.text,
    publishedAt: page.publishedAt,
    htmlMap: page.map,
    source: { ...source, kind: source.kind === 'text' ? 'html' : source.kind, title: page.title, byline: page.byline, siteName: page.siteName, canonicalUrl: page.canonicalUrl, dateSource: page.publishedAt ? page.dateSource : null },
  };
}

async function readStdin(maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let n = 0;
  for await (const chunk of process.stdin) {
    const b = chunk as Buffer;
    n += b.length;
    if (n > maxBytes) throw new InputError('too-large', `stdin: more than the ${(maxBytes / 1048576).toFixed(1)} MB limit (raise it with --max-bytes)`);
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}
