import type { OffsetMapEntry } from '../model/doc.js';
import type { Span } from '../model/span.js';
import { InputError } from './errors.js';
import { mapTextToHtml } from './html-map.js';
import { parseDocument, readabilityParse, type DomNode } from './dom.js';
import { readPageMeta, type PageMeta } from './html-meta.js';

/** The main article of an HTML page. */
export interface ExtractedPage extends PageMeta {
  text: string;
  map: OffsetMapEntry[];
}

/**
 * True when a text is an HTML document rather than plain text.
 *
 * @example
 * looksLikeHtml('<!DOCTYPE html><html>…') // true
 * looksLikeHtml('LONDON — Talks resumed.') // false
 */
export function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!--[\s\S]*?-->\s*)*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text.slice(0, 2000));
}

/** Elements whose text is one paragraph of the article. */
const BLOCKS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'DD', 'DT', 'TD', 'TH', 'CAPTION', 'ADDRESS']);
/**
 * Never article text. Figures go too: a photo caption ("Rescuers in Kharkiv on Sunday. Photo: Reuters") is not
 * part of the story's prose and would be read as a sentence of it.
 */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'FORM', 'IFRAME', 'FIGURE', 'FIGCAPTION', 'PICTURE']);

/** Fewer words than this in the extracted text: not an article. */
const MIN_WORDS = 20;
/** A page with a password field and fewer words than this is a login or paywall page. */
const LOGIN_MAX_WORDS = 150;

/**
 * Extracts the main article text and metadata from HTML: paragraphs joined by "\n", entities decoded,
 * and a map from each paragraph back to its place in the HTML. Throws InputError('no-article') when the
 * page holds no article (a login page, an empty body, only scripts).
 *
 * @example
 * const page = extractHtml(html, { url: 'https://example.org/a', label: 'a.html' });
 * page.text.split('\n')[0] // first paragraph
 * html.slice(page.map[0].html.start, page.map[0].html.end) // the HTML that paragraph came from
 */
export function extractHtml(html: string, opts: { url: string | null; label: string }): ExtractedPage {
  const noArticle = (why: string) => new InputError('no-article', `${opts.label}: no article text found in the HTML (${why})`);
  const document = parseDocument(html);
  if (!document.documentElement) throw noArticle('the page is empty');
  const meta = readPageMeta(document, opts.url);
  const hasPassword = !!document.querySelector('input[type="password" i], input[type=password]');

  let article: ReturnType<typeof readabilityParse> = null;
  try {
    article = readabilityParse(document);
  } catch {
    article = null; // Readability gives up on some malformed trees; fall back to the body below.
  }
  const root = article?.content ?? document.body;
  const paragraphs = root ? blockTexts(root) : [];
  const { text, spans } = joinParagraphs(paragraphs);
  const words = wordCount(text);
  if (!text) throw noArticle(root ? 'the body has no text' : 'the page is empty');
  if (words < MIN_WORDS) throw noArticle(`only ${words} words`);
  if (hasPassword && words < LOGIN_MAX_WORDS) throw noArticle('it looks like a login page');
  if (!paragraphs.some((p) => wordCount(p) >= 10)) throw noArticle('no paragraph of running text');

  return {
    text,
    title: meta.title ?? clean(article?.title),
    byline: meta.byline ?? clean(article?.byline),
    siteName: meta.siteName ?? clean(article?.siteName),
    canonicalUrl: meta.canonicalUrl ?? opts.url,
    publishedAt: meta.publishedAt,
    dateSource: meta.dateSource,
    map: mapTextToHtml(html, text, spans),
  };
}

/**
 * The text of each block element under `root`, in document order, whitespace collapsed. `<br>` is a
 * space; text directly inside a container (not in a block) is its own paragraph.
 */
function blockTexts(root: DomNode): string[] {
  const out: string[] = [];
  let loose = '';
  const flushLoose = () => {
    const t = collapse(loose);
    if (t) out.push(t);
    loose = '';
  };
  const inline = (node: DomNode): string => {
    let s = '';
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) s += child.nodeValue ?? '';
      else if (child.nodeType === 1) {
        const tag = (child.tagName ?? '').toUpperCase();
        if (SKIP.has(tag)) continue;
        if (tag === 'BR') s += ' ';
        else if (BLOCKS.has(tag) || tag === 'DIV') s += ` ${inline(child)} `;
        else s += inline(child);
      }
    }
    return s;
  };
  const walk = (node: DomNode): void => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) { loose += child.nodeValue ?? ''; continue; }
      if (child.nodeType !== 1) continue;
      const tag = (child.tagName ?? '').toUpperCase();
      if (SKIP.has(tag)) continue;
      if (tag === 'BR') { loose += ' '; continue; }
      if (BLOCKS.has(tag) && !hasBlockChild(child)) {
        flushLoose();
        const t = collapse(inline(child));
        if (t) out.push(t);
      } else if (BLOCKS.has(tag) || isContainer(child)) {
        flushLoose();
        walk(child);
        flushLoose();
      } else loose += inline(child);
    }
  };
  walk(root);
  flushLoose();
  return out;
}

function hasBlockChild(el: DomNode): boolean {
  for (const c of Array.from(el.childNodes)) {
    if (c.nodeType !== 1) continue;
    const tag = (c.tagName ?? '').toUpperCase();
    if (BLOCKS.has(tag) || isContainer(c)) return true;
  }
  return false;
}

/** Elements that hold blocks rather than running text. */
function isContainer(el: DomNode): boolean {
  return /^(DIV|SECTION|ARTICLE|MAIN|HEADER|FOOTER|ASIDE|NAV|UL|OL|DL|TABLE|TBODY|THEAD|TFOOT|TR|FIGURE|BODY|HTML|DETAILS|SUMMARY)$/.test((el.tagName ?? '').toUpperCase());
}

/**
 * Words in a text: space-separated words with two letters or more, and for scripts written without spaces
 * (Chinese, Japanese) one word per two characters, so such pages are not mistaken for empty ones.
 */
function wordCount(s: string): number {
  const cjk = (s.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu) ?? []).length;
  const spaced = s.replace(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+/gu, ' ').split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w)).length;
  return spaced + Math.floor(cjk / 2);
}

function joinParagraphs(paragraphs: string[]): { text: string; spans: Span[] } {
  const spans: Span[] = [];
  let text = '';
  for (const p of paragraphs) {
    if (text) text += '\n';
    spans.push({ start: text.length, end: text.length + p.length });
    text += p;
  }
  return { text, spans };
}

/** Collapses whitespace (non-breaking spaces included) to single spaces. */
function collapse(s: string): string {
  return s.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

function clean(v: string | null | undefined): string | null {
  const s = v ? collapse(v) : '';
  return s || null;
}
