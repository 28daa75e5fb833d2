import type { OffsetMapEntry } from '../model/doc.js';
import { InputError } from './errors.js';

/** The main article of an HTML page. */
export interface ExtractedPage {
  text: string;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  canonicalUrl: string | null;
  publishedAt: string | null;
  dateSource: string | null;
  map: OffsetMapEntry[];
}

/** True when a text is an HTML document rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text.slice(0, 2000));
}

/** Extracts the main article text and metadata from HTML. (Being written: see issue 2.) */
export function extractHtml(_html: string, opts: { url: string | null; label: string }): ExtractedPage {
  throw new InputError('unsupported-type', `${opts.label}: HTML input is not supported yet`);
}
