import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Analysis } from '../model/analysis.js';

/**
 * The stored form of an analysis: its JSON without the text (the store keeps the text in its own
 * column for full-text search), deflated. About a quarter of the JSON size.
 *
 * @example
 * unpackAnalysis(packAnalysis(a), a.text) // deep-equals a
 */
export function packAnalysis(a: Analysis): Uint8Array {
  const { text: _text, ...rest } = a;
  return deflateRawSync(JSON.stringify(rest), { level: 6 });
}

/** Rebuilds the analysis from its packed form and its text. */
export function unpackAnalysis(packed: Uint8Array, text: string): Analysis {
  const obj = JSON.parse(inflateRawSync(packed).toString('utf8')) as Omit<Analysis, 'text'>;
  const { schemaVersion, id, publishedAt, source, ...rest } = obj;
  // (analyses stored before contract 1.2 have no positions: theirs are among their quotes)
  return { schemaVersion, id, publishedAt, source, text, ...rest, positions: rest.positions ?? [] } as Analysis;
}
