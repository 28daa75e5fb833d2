import { parseFeed } from 'feedsmith';
import { parseHTML } from 'linkedom';
import { InputError } from './errors.js';

/** One item of an RSS, Atom, RDF or JSON feed, reduced to what ingest needs. */
export interface FeedItem {
  title: string | null;
  link: string | null;
  /** Publication date as YYYY-MM-DD (the date as written in the feed, not shifted to UTC), or null. */
  publishedAt: string | null;
  /** Full content (HTML) when the feed carries it, else the summary. */
  html: string | null;
}

export interface ParsedFeed {
  title: string | null;
  format: string;
  items: FeedItem[];
}

/** True when a text looks like an RSS/Atom/RDF feed rather than a web page. */
export function looksLikeFeed(text: string, contentType?: string | null): boolean {
  if (contentType && /(rss|atom|rdf)\+xml|feed\+json/i.test(contentType)) return true;
  const head = text.slice(0, 2000).replace(/^\uFEFF/, '');
  return /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*|<\?xml-stylesheet[^>]*>\s*)*<(?:rss|feed|rdf:RDF)[\s>]/i.test(head);
}

const MONTHS: Record<string, string> = { jan: '01', feb: '02', mar: '03', apr: '04', may: '05', jun: '06', jul: '07', aug: '08', sep: '09', oct: '10', nov: '11', dec: '12' };

/**
 * A feed date (RFC 822 in RSS, ISO 8601 in Atom) as the YYYY-MM-DD it states.
 *
 * @example
 * feedDate('Sun, 16 Mar 2025 23:30:00 -0500') // '2025-03-16'
 * feedDate('2025-03-16T10:00:00Z') // '2025-03-16'
 */
export function feedDate(value: unknown): string | null {
  if (typeof value !== 'string' || !value.trim()) return null;
  const v = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(v);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const rfc = /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})/.exec(v);
  if (rfc && MONTHS[rfc[2]!.toLowerCase()]) return `${rfc[3]}-${MONTHS[rfc[2]!.toLowerCase()]}-${rfc[1]!.padStart(2, '0')}`;
  const t = Date.parse(v);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}

type Loose = Record<string, unknown> | undefined;
const asText = (v: unknown): string | null => {
  if (typeof v === 'string') return v.trim() || null;
  if (v && typeof v === 'object' && typeof (v as { value?: unknown }).value === 'string') return ((v as { value: string }).value).trim() || null;
  return null;
};

/**
 * Parses a feed with feedsmith and returns its items in feed order.
 *
 * @example
 * parseFeedItems('<rss version="2.0"><channel><title>T</title><item><title>A</title><link>https://x/a</link></item></channel></rss>', 'f.xml').items[0].link // 'https://x/a'
 */
export function parseFeedItems(xml: string, label: string): ParsedFeed {
  let parsed: { format: string; feed: Record<string, unknown> };
  try {
    parsed = parseFeed(xml) as unknown as { format: string; feed: Record<string, unknown> };
  } catch (err) {
    throw new InputError('unsupported-type', `${label}: not a feed this reader understands (${(err as Error).message})`);
  }
  const feed = parsed.feed;
  const raw = ((feed.items ?? feed.entries ?? []) as Loose[]).filter(Boolean);
  const items = raw.map((it): FeedItem => {
    const i = it as Record<string, unknown>;
    const links = Array.isArray(i.links) ? (i.links as Array<{ href?: string; rel?: string }>) : [];
    const link = asText(i.link) ?? asText(i.url) ?? links.find((l) => !l.rel || l.rel === 'alternate')?.href ?? null;
    const content = i.content as Loose;
    const html = asText(content?.encoded) ?? asText(content) ?? asText(i.content_html) ?? asText(i.content_text)
      ?? asText(i.description) ?? asText(i.summary) ?? asText((i.dc as Loose)?.description) ?? null;
    const date = i.pubDate ?? i.published ?? i.date_published ?? (i.dc as Loose)?.date ?? i.updated ?? i.date_modified;
    return { title: asText(i.title), link, publishedAt: feedDate(date), html };
  });
  return { title: asText(feed.title), format: parsed.format, items };
}

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, dd, dt, figcaption, td';

/**
 * Text of an HTML fragment (a feed item's content): one paragraph per block element, scripts dropped.
 *
 * @example
 * htmlFragmentToText('<p>One &amp; two.</p><p>Three.</p>') // 'One & two.\n\nThree.'
 */
export function htmlFragmentToText(html: string): string {
  if (!/[<&]/.test(html)) return html.trim();
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  for (const el of document.querySelectorAll('script, style, noscript, iframe, figure img')) el.remove();
  const blocks = [...document.querySelectorAll(BLOCKS)].filter((el) => !el.querySelector(BLOCKS));
  const parts = (blocks.length ? blocks : [document.body]).map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim()).filter(Boolean);
  return parts.join('\n\n');
}

/** Below this many characters a feed item's content is a teaser, and the linked page is fetched instead. */
export const FULL_CONTENT_CHARS = 600;
