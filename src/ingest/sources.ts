import { readdir, readFile, stat } from 'node:fs/promises';
import type { AnalyzeInput } from '../analyze.js';
import { join, relative, sep } from 'node:path';
import { DEFAULT_MAX_BYTES, decodeBytes } from './decode.js';
import { InputError } from './errors.js';
import { FULL_CONTENT_CHARS, htmlFragmentToText, looksLikeFeed, parseFeedItems, type FeedItem } from './feed.js';
import { extractHtml, looksLikeHtml } from './html.js';
import { readJsonlArticles, type SourceItem } from './jsonl.js';
import { readInput } from './read-input.js';
import { fetchUrl, type FetchedPage } from './url.js';

export type { SourceItem } from './jsonl.js';

/** Fetches a URL (injectable so that tests and servers can supply their own). */
export type Fetcher = (url: string) => Promise<FetchedPage>;

export interface SourceOptions {
  maxBytes?: number;
  allowPrivate?: boolean;
  timeoutMs?: number;
  /** Defaults to the guarded fetchUrl of src/ingest/url.ts. */
  fetch?: Fetcher;
}

/** File extensions a directory walk picks up. */
const ARTICLE_EXT = /\.(txt|text|md|html?|xhtml|jsonl|ndjson|xml|rss|atom)$/i;
const JSONL_EXT = /\.(jsonl|ndjson)$/i;
const FEED_EXT = /\.(rss|atom)$/i;
const GLOB_CHARS = /[*?[]/;

/**
 * Expands ingest arguments — files, directories, glob patterns, http(s) URLs of pages or feeds,
 * RSS/Atom feed files, JSONL files — into articles ready for analysis, in order. A source that cannot
 * be read becomes one failed item; the others go on.
 *
 * @example
 * for await (const item of expandSources(['corpus/*.jsonl', 'https://example.org/feed.xml'])) …
 */
export async function* expandSources(args: readonly string[], opts: SourceOptions = {}): AsyncGenerator<SourceItem> {
  for (const arg of args) {
    try {
      if (/^https?:\/\//i.test(arg)) {
        yield* fromUrl(arg, opts);
        continue;
      }
      const files = GLOB_CHARS.test(arg) && !(await exists(arg)) ? await expandGlob(arg) : [arg];
      if (!files.length) throw new InputError('not-found', `${arg}: no file matches`);
      for (const f of files) {
        const info = await stat(f).catch(() => null);
        if (!info) throw new InputError('not-found', `${f}: no such file`);
        if (info.isDirectory()) {
          for (const g of await walk(f)) yield* fromFile(g, opts);
        } else yield* fromFile(f, opts);
      }
    } catch (err) {
      yield { ok: false, label: arg, error: err as Error };
    }
  }
}

async function exists(p: string): Promise<boolean> {
  return (await stat(p).catch(() => null)) !== null;
}

async function* fromFile(file: string, opts: SourceOptions): AsyncGenerator<SourceItem> {
  if (JSONL_EXT.test(file)) {
    yield* readJsonlArticles(file);
    return;
  }
  try {
    if (FEED_EXT.test(file) || /\.xml$/i.test(file)) {
      const { text } = decodeBytes(await readFile(file), file, opts.maxBytes ?? DEFAULT_MAX_BYTES);
      if (looksLikeFeed(text)) {
        yield* fromFeed(text, file, opts);
        return;
      }
    }
    const loaded = await readInput(file, { maxBytes: opts.maxBytes ?? DEFAULT_MAX_BYTES });
    yield { ok: true, label: file, input: { id: file, text: loaded.text, publishedAt: loaded.publishedAt, source: loaded.source, ...(loaded.htmlMap ? { htmlMap: loaded.htmlMap } : {}) } };
  } catch (err) {
    yield { ok: false, label: file, error: err as Error };
  }
}

function fetcher(opts: SourceOptions): Fetcher {
  return opts.fetch ?? ((url) => fetchUrl(url, {
    maxBytes: opts.maxBytes ?? DEFAULT_MAX_BYTES, allowPrivate: opts.allowPrivate ?? false, timeoutMs: opts.timeoutMs ?? 15000, maxRedirects: 5,
  }));
}

/** A URL is fetched once: a feed expands into its items, anything else is one article. */
async function* fromUrl(url: string, opts: SourceOptions): AsyncGenerator<SourceItem> {
  const page = await fetcher(opts)(url);
  const { text, encoding } = decodeBytes(page.body, url, opts.maxBytes ?? DEFAULT_MAX_BYTES);
  if (looksLikeFeed(text, page.contentType)) {
    yield* fromFeed(text, page.finalUrl, opts);
    return;
  }
  yield { ok: true, label: url, input: pageInput(text, page, encoding) };
}

function pageInput(text: string, page: FetchedPage, encoding: string): AnalyzeInput & { id: string } {
  const isHtml = /html/i.test(page.contentType ?? '') || looksLikeHtml(text);
  if (!isHtml) return { id: page.finalUrl, text, publishedAt: null, source: { kind: 'url', url: page.finalUrl, encoding } };
  const x = extractHtml(text, { url: page.finalUrl, label: page.finalUrl });
  return {
    id: x.canonicalUrl ?? page.finalUrl, text: x.text, publishedAt: x.publishedAt, htmlMap: x.map,
    source: { kind: 'url', url: page.finalUrl, encoding, title: x.title, byline: x.byline, siteName: x.siteName, canonicalUrl: x.canonicalUrl, dateSource: x.publishedAt ? x.dateSource : null },
  };
}

/**
 * Feed items become articles: the item's own content when it holds the article (≥ FULL_CONTENT_CHARS
 * of text), else the linked page, fetched. The item's date is the publication date unless the page states one.
 */
async function* fromFeed(xml: string, where: string, opts: SourceOptions): AsyncGenerator<SourceItem> {
  const feed = parseFeedItems(xml, where);
  for (const [i, item] of feed.items.entries()) {
    const label = `${where} item ${i + 1}${item.title ? ` (${item.title})` : ''}`;
    try {
      yield { ok: true, label, input: await feedItemInput(item, feed.title, where, i, opts) };
    } catch (err) {
      yield { ok: false, label, error: err as Error };
    }
  }
}

async function feedItemInput(item: FeedItem, feedTitle: string | null, where: string, index: number, opts: SourceOptions): Promise<AnalyzeInput & { id: string }> {
  const content = item.html ? htmlFragmentToText(item.html) : '';
  const id = item.link ?? `${where}#${index + 1}`;
  const base = { kind: 'feed', ...(/^https?:/i.test(where) ? { url: item.link ?? where } : { path: where, ...(item.link ? { url: item.link } : {}) }), title: item.title, siteName: feedTitle };
  if (content.length >= FULL_CONTENT_CHARS || !item.link) {
    if (!content.trim()) throw new InputError('empty', `${where} item ${index + 1}: no content and no link`);
    return { id, text: content, publishedAt: item.publishedAt, source: { ...base, dateSource: item.publishedAt ? 'feed' : null } };
  }
  const page = await fetcher(opts)(item.link);
  const { text, encoding } = decodeBytes(page.body, item.link, opts.maxBytes ?? DEFAULT_MAX_BYTES);
  const input = pageInput(text, page, encoding);
  const publishedAt = input.publishedAt ?? item.publishedAt;
  return {
    ...input, id: item.link, publishedAt,
    source: { ...input.source, kind: 'feed', title: input.source?.title ?? item.title, siteName: input.source?.siteName ?? feedTitle, dateSource: input.publishedAt ? input.source?.dateSource ?? null : item.publishedAt ? 'feed' : null },
  };
}

/** Files under a directory that look like articles, JSONL or feeds, sorted. Hidden entries are skipped. */
async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(p)));
    else if (e.isFile() && ARTICLE_EXT.test(e.name)) out.push(p);
  }
  return out;
}

/**
 * A glob as a regular expression over '/'-separated paths: `**` any depth, `*` and `?` within a
 * segment, `[...]` a character class.
 *
 * @example
 * globToRegExp('corpus/**\/*.jsonl').test('corpus/a/b.jsonl') // true
 */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const slash = glob[i + 2] === '/';
        re += slash ? '(?:.*/)?' : '.*';
        i += slash ? 2 : 1;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const end = glob.indexOf(']', i + 1);
      if (end < 0) re += '\\[';
      else {
        re += `[${glob.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else re += c.replace(/[.+^${}()|\\/]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** Files matching a glob pattern, sorted; the walk starts at the longest directory prefix without wildcards. */
export async function expandGlob(pattern: string): Promise<string[]> {
  const norm = pattern.split(sep).join('/');
  const parts = norm.split('/');
  const fixed: string[] = [];
  for (const p of parts) {
    if (GLOB_CHARS.test(p)) break;
    fixed.push(p);
  }
  const root = fixed.length ? fixed.join('/') || '/' : '.';
  const re = globToRegExp(norm);
  const deep = norm.includes('**') || parts.length - fixed.length > 1;
  const out: string[] = [];
  const visit = async (dir: string, depth: number): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const e of entries) {
      const p = dir === '.' && !fixed.length ? e.name : join(dir, e.name);
      const rel = (fixed.length ? p : relative('.', p)).split(sep).join('/');
      if (e.isDirectory()) {
        if (re.test(rel)) out.push(p);
        else if (deep && !e.name.startsWith('.') && depth < 32) await visit(p, depth + 1);
      } else if (re.test(rel)) out.push(p);
    }
  };
  await visit(root, 0);
  return out.sort();
}

/**
 * How many articles the arguments hold, as far as can be told without reading them: JSONL lines are
 * counted, other files count one, URLs and feeds count nothing (unknown). For progress bars.
 */
export async function estimateItems(args: readonly string[]): Promise<number> {
  let n = 0;
  for (const arg of args) {
    if (/^https?:\/\//i.test(arg)) continue;
    const files = GLOB_CHARS.test(arg) && !(await exists(arg)) ? await expandGlob(arg) : [arg];
    for (const f of files) {
      const info = await stat(f).catch(() => null);
      if (!info) continue;
      for (const g of info.isDirectory() ? await walk(f) : [f]) {
        if (JSONL_EXT.test(g)) n += await countLines(g);
        else if (!FEED_EXT.test(g)) n += 1;
      }
    }
  }
  return n;
}

async function countLines(file: string): Promise<number> {
  const { createReadStream } = await import('node:fs');
  let n = 0;
  let last = 10;
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) n++;
    if (chunk.length) last = chunk[chunk.length - 1]!;
  }
  return last === 10 ? n : n + 1;
}
