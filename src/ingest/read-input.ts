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
    return fromText(text, { kind: 'url', url: res.finalUrl, encoding }, isHtml);
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
  return fromText(text, arg === '-' ? { kind: 'stdin', encoding } : { kind: 'text', path: arg, encoding }, isHtml, label);
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
