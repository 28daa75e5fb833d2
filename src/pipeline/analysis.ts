import { SCHEMA_VERSION, type Analysis } from '../model/analysis.js';
import type { Doc } from '../model/doc.js';
import type { Pipeline } from './runner.js';

/**
 * Turns an analysed Doc into the public JSON contract. Layers whose stage is not in the
 * pipeline come out as empty lists, and `stages` says which ran, so readers can tell
 * "nothing found" from "not looked for".
 */
export function toAnalysis(doc: Doc, pipeline: Pipeline): Analysis {
  const L = doc.layers;
  const notes: string[] = [];
  if (!doc.publishedAt) {
    // the time stage may have found a date in the text to read them against (a dateline, a dated caption)
    const anchored = (L.times ?? []).map((t) => /\(anchor: ([^)]*)\)/.exec(t.note ?? '')?.[1]).find(Boolean);
    notes.push(anchored ? `no publication date: relative time expressions are read against ${anchored}` : 'no publication date: relative time expressions are left unresolved');
  }
  return {
    schemaVersion: SCHEMA_VERSION,
    id: doc.id,
    publishedAt: doc.publishedAt,
    source: doc.source,
    text: doc.text,
    stages: pipeline.stages.map((s) => ({ name: s.name, produces: [...(s.produces as string[])] })),
    paragraphs: L.paragraphs ?? [],
    sentences: L.sentences ?? [],
    entities: L.entities ?? [],
    quotes: L.quotes ?? [],
    times: L.times ?? [],
    events: L.events ?? [],
    findings: L.findings ?? [],
    notes,
    ...(doc.htmlMap ? { htmlMap: doc.htmlMap } : {}),
  };
}
