/**
 * What a news page says about itself: title, byline, site, publication date and canonical URL, read from
 * JSON-LD (schema.org NewsArticle and kin, also inside @graph arrays) and from meta/link/time tags
 * (Open Graph, article:*, itemprop, Dublin Core, Parse.ly, Sailthru …). JSON-LD wins over meta tags,
 * meta tags over <time> elements, because publishers fill them in that order of care.
 */

import type { DomDocument } from './dom.js';

/** Metadata found in a page; every field null when the page does not say. */
export interface PageMeta {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  canonicalUrl: string | null;
  /** YYYY-MM-DD, the calendar date as the page writes it (not shifted to UTC). */
  publishedAt: string | null;
  /** "json-ld" | "meta" | "time" */
  dateSource: string | null;
}

/** schema.org types whose datePublished is the article's. */
const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReviewNewsArticle|LiveBlogPosting|BlogPosting|Report|WebPage|ScholarlyArticle|SocialMediaPosting)$/;

/** Meta tag names/properties that carry a publication date, most specific first. */
const DATE_META = [
  'article:published_time', 'og:article:published_time', 'og:published_time', 'datepublished', 'article.published',
  'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.date', 'dc.date.created',
  'dcterms.created', 'publishdate', 'publish-date', 'published-date', 'pubdate', 'date', 'cxenseparse:recs:publishtime',
  'article:published', 'og:pubdate', 'originalpublicationdate',
];

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/**
 * Reads page metadata from a parsed document (call before anything mutates it).
 *
 * @example
 * const { document } = parseHTML('<html><head><meta property="article:published_time" content="2025-03-16T09:00:00+02:00"></head></html>');
 * readPageMeta(document, null).publishedAt // '2025-03-16'
 */
export function readPageMeta(document: DomDocument, baseUrl: string | null): PageMeta {
  const meta = metaIndex(document);
  const ld = jsonLdArticles(document);
  const pick = (...vals: (string | null | undefined)[]) => vals.map(clean).find((v): v is string => !!v) ?? null;

  let publishedAt: string | null = null;
  let dateSource: string | null = null;
  for (const a of ld) {
    const d = parseDateValue(str(a.datePublished));
    if (d) { publishedAt = d; dateSource = 'json-ld'; break; }
  }
  if (!publishedAt) {
    for (const name of DATE_META) {
      const d = parseDateValue(meta.get(name) ?? null);
      if (d) { publishedAt = d; dateSource = 'meta'; break; }
    }
  }
  if (!publishedAt) {
    // dateCreated is when the CMS record was made (often a draft, or UTC of another day): a last resort.
    for (const a of ld) {
      const d = parseDateValue(str(a.dateCreated));
      if (d) { publishedAt = d; dateSource = 'json-ld'; break; }
    }
  }
  if (!publishedAt) {
    const parsely = meta.get('parsely-page');
    if (parsely) {
      try {
        const d = parseDateValue(str((JSON.parse(parsely) as Record<string, unknown>).pub_date));
        if (d) { publishedAt = d; dateSource = 'meta'; }
      } catch { /* not JSON: ignore */ }
    }
  }
  if (!publishedAt) {
    const times = [...document.querySelectorAll('time[datetime]')];
    const best = times.find((t) => t.hasAttribute('pubdate') || /publish|posted|date/i.test(`${t.getAttribute('itemprop') ?? ''} ${t.className ?? ''}`)) ?? times[0];
    const d = parseDateValue(best?.getAttribute('datetime') ?? null);
    if (d) { publishedAt = d; dateSource = 'time'; }
  }

  const main = ld[0];
  const canonical = document.querySelector('link[rel~="canonical"]')?.getAttribute('href');
  const ldUrl = main ? str(main.url) ?? idOf(main.mainEntityOfPage) : null;
  return {
    title: pick(main ? str(main.headline) ?? str(main.name) : null, meta.get('og:title'), meta.get('twitter:title')),
    byline: pick(main ? names(main.author) : null, meta.get('author'), nonUrl(meta.get('article:author')), meta.get('parsely-author'), meta.get('sailthru.author'), meta.get('dc.creator')),
    siteName: pick(meta.get('og:site_name'), main ? names(main.publisher) : null, meta.get('application-name')),
    canonicalUrl: absolute(pick(canonical, meta.get('og:url'), ldUrl), baseUrl),
    publishedAt,
    dateSource,
  };
}

/**
 * A date as a page writes it → YYYY-MM-DD, or null. Accepts ISO 8601 (the date part as written),
 * 2025/03/16, 20250316, "16 March 2025", "March 16, 2025" and RFC 822 ("Sun, 16 Mar 2025 10:00:00 GMT").
 *
 * @example
 * parseDateValue('2025-03-16T23:30:00-05:00') // '2025-03-16'
 * parseDateValue('March 16, 2025') // '2025-03-16'
 */
export function parseDateValue(value: string | null | undefined): string | null {
  if (!value) return null;
  const v = value.trim();
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d])/.exec(v);
  if (m) return ymd(+m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{4})(\d{2})(\d{2})(?:\D|$)/.exec(v);
  if (m) return ymd(+m[1]!, +m[2]!, +m[3]!);
  m = /(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})/.exec(v);
  if (m && MONTHS[m[2]!.slice(0, 3).toLowerCase()]) return ymd(+m[3]!, MONTHS[m[2]!.slice(0, 3).toLowerCase()]!, +m[1]!);
  m = /([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})/.exec(v);
  if (m && MONTHS[m[1]!.slice(0, 3).toLowerCase()]) return ymd(+m[3]!, MONTHS[m[1]!.slice(0, 3).toLowerCase()]!, +m[2]!);
  if (/^\d{10,13}$/.test(v)) {
    // Epoch seconds or milliseconds (some CMSs): the UTC date is the best we can say.
    const d = new Date(v.length === 13 ? +v : +v * 1000);
    return ymd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
  return null;
}

function ymd(y: number, mo: number, d: number): string | null {
  if (y < 1900 || y > 2100 || mo < 1 || mo > 12 || d < 1) return null;
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** meta name/property/itemprop (lower-cased) → first non-empty content. */
function metaIndex(document: DomDocument): Map<string, string> {
  const out = new Map<string, string>();
  for (const el of document.querySelectorAll('meta')) {
    const content = el.getAttribute('content') ?? el.getAttribute('datetime');
    if (!content?.trim()) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (key && !out.has(key)) out.set(key, content.trim());
    }
  }
  // itemprop on non-meta elements (e.g. <span itemprop="datePublished" content="…">).
  for (const el of document.querySelectorAll('[itemprop="datePublished"]')) {
    const v = el.getAttribute('content') ?? el.getAttribute('datetime');
    if (v && !out.has('datepublished')) out.set('datepublished', v.trim());
  }
  return out;
}

type Json = Record<string, unknown>;

/** Article-like JSON-LD objects, flattening arrays and @graph; articles before other page objects. */
function jsonLdArticles(document: DomDocument): Json[] {
  const found: Json[] = [];
  const visit = (node: unknown, depth: number): void => {
    if (depth > 6 || !node || typeof node !== 'object') return;
    if (Array.isArray(node)) { for (const n of node) visit(n, depth + 1); return; }
    const o = node as Json;
    const types = ([] as unknown[]).concat(o['@type'] ?? []).map((t) => String(t).replace(/^.*[/#:]/, ''));
    if (types.some((t) => ARTICLE_TYPES.test(t))) found.push(o);
    if (o['@graph']) visit(o['@graph'], depth + 1);
  };
  for (const s of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      // Pages wrap JSON-LD in HTML comments or (//)<![CDATA[ … (//)]]> for old parsers.
      const body = (s.textContent ?? '').trim().replace(/^(?:\/\/\s*)?(?:<!--|<!\[CDATA\[)|(?:\/\/\s*)?(?:-->|\]\]>)$/g, '').trim();
      visit(JSON.parse(body), 0);
    } catch { /* broken JSON-LD is common: ignore it */ }
  }
  const rank = (o: Json) => ([] as unknown[]).concat(o['@type'] ?? []).map((t) => String(t)).some((t) => /Article|Posting|Report/.test(t)) ? 0 : 1;
  return found.sort((a, b) => rank(a) - rank(b));
}

function str(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (Array.isArray(v) && typeof v[0] === 'string') return v[0];
  return null;
}

function idOf(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (v && typeof v === 'object') return str((v as Json)['@id']) ?? str((v as Json).url);
  return null;
}

/** "author": "A" | {name} | [{name}, …] → "A, B". */
function names(v: unknown): string | null {
  const list = ([] as unknown[]).concat(v ?? []).map((x) => (typeof x === 'string' ? x : x && typeof x === 'object' ? str((x as Json).name) : null)).filter((x): x is string => !!x?.trim());
  return list.length ? list.map((s) => s.trim()).join(', ') : null;
}

function nonUrl(v: string | undefined): string | null {
  return v && !/^https?:/i.test(v) ? v : null;
}

function clean(v: string | null | undefined): string | null {
  const s = v?.replace(/\s+/g, ' ').trim();
  return s ? s : null;
}

function absolute(href: string | null, base: string | null): string | null {
  if (!href) return null;
  try {
    return new URL(href, base ?? undefined).href;
  } catch {
    return /^https?:/i.test(href) ? href : null;
  }
}
