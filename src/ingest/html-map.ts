import type { OffsetMapEntry } from '../model/doc.js';
import { parseDocument } from './dom.js';

/**
 * The visible characters of raw HTML with whitespace removed, each with its offset in the HTML.
 * Matching extracted text against it without whitespace makes the match indifferent to how tags,
 * line breaks and entities were laid out, which is what lets us map a paragraph back to its source.
 */
export interface HtmlTextIndex {
  /** Visible, entity-decoded, whitespace-free text. */
  chars: string;
  /** HTML offset of each UTF-16 unit of `chars` (for a decoded entity: the entity's start). */
  start: number[];
  /** HTML offset just after the source of each unit (for an entity: after its ';'). */
  end: number[];
}

const RAW_TEXT = /^(script|style|template|noscript|textarea|title|svg|iframe)$/i;

/**
 * Indexes the visible text of raw HTML (outside tags, comments, scripts and styles).
 *
 * @example
 * const ix = indexHtmlText('<p>A &amp; B</p>');
 * ix.chars // 'A&B'
 */
export function indexHtmlText(html: string): HtmlTextIndex {
  const chars: string[] = [];
  const start: number[] = [];
  const end: number[] = [];
  const push = (s: string, a: number, b: number) => {
    for (let k = 0; k < s.length; k++) {
      if (/[\s\u200b]/.test(s[k]!)) continue;
      chars.push(s[k]!);
      start.push(a);
      end.push(b);
    }
  };
  let i = 0;
  const n = html.length;
  while (i < n) {
    const c = html[i]!;
    if (c === '<') {
      if (html.startsWith('<!--', i)) {
        const j = html.indexOf('-->', i + 4);
        i = j < 0 ? n : j + 3;
        continue;
      }
      const tag = /^<\/?([A-Za-z][\w:-]*)/.exec(html.slice(i, i + 40));
      if (!tag && !/^<[!?]/.test(html.slice(i, i + 2))) {
        // A lone '<' in text.
        push('<', i, i + 1);
        i++;
        continue;
      }
      const close = tagEnd(html, i);
      const isOpen = html[i + 1] !== '/';
      if (tag && isOpen && RAW_TEXT.test(tag[1]!) && html[close - 2] !== '/') {
        const re = new RegExp(`</${tag[1]}\\s*>`, 'ig');
        re.lastIndex = close;
        const m = re.exec(html);
        i = m ? m.index + m[0].length : n;
        continue;
      }
      i = close;
      continue;
    }
    if (c === '&') {
      const m = /^&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?/.exec(html.slice(i, i + 40));
      if (m) {
        push(decodeEntity(m[0]), i, i + m[0].length);
        i += m[0].length;
        continue;
      }
    }
    const code = html.charCodeAt(i);
    if (code >= 0xd800 && code < 0xdc00 && i + 1 < n) {
      chars.push(html.slice(i, i + 2));
      start.push(i, i);
      end.push(i + 2, i + 2);
      i += 2;
      continue;
    }
    push(c, i, i + 1);
    i++;
  }
  // chars of surrogate pairs were pushed as 2-unit strings: join keeps UTF-16 units aligned with start/end.
  return { chars: chars.join(''), start, end };
}

/** Offset after the '>' closing a tag that starts at `i`, skipping quoted attribute values. */
function tagEnd(html: string, i: number): number {
  let quote: string | null = null;
  for (let j = i + 1; j < html.length; j++) {
    const c = html[j]!;
    if (quote) { if (c === quote) quote = null; }
    else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return j + 1;
  }
  return html.length;
}

const entityCache = new Map<string, string>();

/** Decodes one entity as a browser would (named entities through the HTML parser, cached). */
function decodeEntity(entity: string): string {
  const num = /^&#([xX]?)([0-9a-fA-F]+);?$/.exec(entity);
  if (num) {
    const cp = parseInt(num[2]!, num[1] ? 16 : 10);
    return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : '\uFFFD';
  }
  const cached = entityCache.get(entity);
  if (cached !== undefined) return cached;
  const p = parseDocument(`<!doctype html><html><body><p>${entity}</p></body></html>`).querySelector('p');
  const decoded = p?.textContent ?? entity;
  entityCache.set(entity, decoded);
  return decoded;
}

/**
 * Maps pieces of extracted text (e.g. paragraphs) to where their words sit in the HTML. Pieces are
 * searched in order, each after the previous match, then anywhere; a piece not found whole is mapped
 * by its first and last words when those are found; otherwise it gets no entry.
 *
 * @example
 * const text = 'A & B';
 * mapTextToHtml('<p>A &amp; B</p>', text, [{ start: 0, end: 5 }]) // [{ text: {start:0,end:5}, html: {start:3,end:12} }]
 */
export function mapTextToHtml(html: string, text: string, pieces: readonly { start: number; end: number }[]): OffsetMapEntry[] {
  const ix = indexHtmlText(html);
  const out: OffsetMapEntry[] = [];
  let cursor = 0;
  for (const p of pieces) {
    const key = text.slice(p.start, p.end).replace(/\s+/g, '');
    if (!key) continue;
    let at = ix.chars.indexOf(key, cursor);
    if (at < 0) at = ix.chars.indexOf(key);
    let last = at < 0 ? -1 : at + key.length - 1;
    if (at < 0 && key.length > 24) {
      // Readability may drop an inline element (a link, a footnote) from a paragraph: anchor both ends.
      const head = ix.chars.indexOf(key.slice(0, 16), cursor);
      const tail = head < 0 ? -1 : ix.chars.indexOf(key.slice(-16), head);
      if (head >= 0 && tail >= 0 && tail - head < key.length * 2) { at = head; last = tail + 15; }
    }
    if (at < 0) continue;
    out.push({ text: { start: p.start, end: p.end }, html: { start: ix.start[at]!, end: ix.end[last]! } });
    cursor = last + 1;
  }
  return out;
}
