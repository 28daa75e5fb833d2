import { createRequire } from 'node:module';
import type { Readability as ReadabilityClass } from '@mozilla/readability';

/**
 * The parts of the DOM that dossier reads. The project compiles without the DOM lib (Node only);
 * linkedom supplies objects of this shape.
 */
export interface DomNode {
  nodeType: number;
  nodeValue: string | null;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  tagName?: string;
  className?: string;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelector(selector: string): DomNode | null;
  querySelectorAll(selector: string): ArrayLike<DomNode> & Iterable<DomNode>;
}

/** A parsed HTML document (see DomNode). */
export interface DomDocument {
  documentElement: DomNode | null;
  body: DomNode | null;
  querySelector(selector: string): DomNode | null;
  querySelectorAll(selector: string): ArrayLike<DomNode> & Iterable<DomNode>;
}

const require = createRequire(import.meta.url);
let linkedom: typeof import('linkedom') | null = null;
let readability: typeof ReadabilityClass | null = null;

/**
 * Parses HTML into a document. linkedom is loaded on first use, not at start-up: it costs about half a
 * second of CPU to load, which every CLI run on plain text or JSONL would otherwise pay.
 *
 * @example
 * parseDocument('<p>Hi</p>').querySelector('p')?.textContent // 'Hi'
 */
export function parseDocument(html: string): DomDocument {
  linkedom ??= require('linkedom') as typeof import('linkedom');
  return linkedom.parseHTML(html).document as DomDocument;
}

/**
 * Runs Mozilla Readability on a document (mutating it) and returns the article root element, or null.
 *
 * @example
 * readabilityParse(parseDocument(html))?.content // the article's root element
 */
export function readabilityParse(document: DomDocument): ReturnType<ReadabilityClass<DomNode>['parse']> {
  readability ??= (require('@mozilla/readability') as { Readability: typeof ReadabilityClass }).Readability;
  return new readability<DomNode>(document, { serializer: (n: DomNode) => n }).parse();
}
