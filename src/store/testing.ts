import { SCHEMA_VERSION, type Analysis } from '../model/analysis.js';

/**
 * Builds a complete Analysis from a few fields, for tests of code that stores or exports analyses.
 *
 * @example
 * const a = fakeAnalysis({ id: 'a1', text: 'Kyiv said so.' });
 */
export function fakeAnalysis(part: Partial<Analysis> & { id: string; text: string }): Analysis {
  return {
    schemaVersion: SCHEMA_VERSION,
    publishedAt: null,
    source: { kind: 'jsonl' },
    stages: [],
    paragraphs: [{ start: 0, end: part.text.length, index: 0 }],
    sentences: [{ start: 0, end: part.text.length, index: 0, paragraph: 0 }],
    entities: [],
    quotes: [],
    positions: [],
    times: [],
    events: [],
    findings: [],
    notes: [],
    ...part,
  };
}
