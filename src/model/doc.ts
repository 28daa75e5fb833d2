import type { LayerMap } from './layers.js';
import type { Span } from './span.js';

/** Where a text came from and what its container said about it. */
export interface SourceInfo {
  /** "text" | "html" | "url" | "stdin" | "jsonl" | "feed" */
  kind: string;
  path?: string;
  url?: string;
  title?: string | null;
  byline?: string | null;
  siteName?: string | null;
  canonicalUrl?: string | null;
  /** How the publication date was found: "meta", "json-ld", "option", "input", "dateline", "feed" … */
  dateSource?: string | null;
  /** Character encoding the input was decoded from. */
  encoding?: string;
}

/**
 * For HTML input: pieces of the extracted text and where they came from in the HTML,
 * so that a span in the text can be shown in the original page.
 */
export interface OffsetMapEntry {
  text: Span;
  html: Span;
}

/** The document every stage reads. The text never changes; layers are added by the runner. */
export interface Doc {
  id: string;
  text: string;
  /** Publication date (ISO 8601 date or date-time), or null when unknown. */
  publishedAt: string | null;
  source: SourceInfo;
  htmlMap?: OffsetMapEntry[];
  layers: Partial<LayerMap>;
}

/** A Doc after a pipeline has run: the layers named in K are there. */
export type DocWith<K extends keyof LayerMap> = Doc & { layers: Pick<LayerMap, K> & Partial<LayerMap> };
