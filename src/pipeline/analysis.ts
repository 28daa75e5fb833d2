import { SCHEMA_VERSION, type Analysis } from '../model/analysis.js';
import type { Doc } from '../model/doc.js';
import type { Quote } from '../model/layers.js';
import type { Pipeline } from './runner.js';

/**
 * Turns an analysed Doc into the public JSON contract. Layers whose stage is not in the
 * pipeline come out as empty lists, and `stages` says which ran, so readers can tell
 * "nothing found" from "not looked for".
 */
export function toAnalysis(doc: Doc, pipeline: Pipeline): Analysis {
  const L = doc.layers;
  const quotes: Quote[] = [], positions: Quote[] = [];
  for (const q of L.quotes ?? []) (isPosition(q) ? positions : quotes).push(q);
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
    quotes,
    positions,
    times: L.times ?? [],
    events: L.events ?? [],
    findings: L.findings ?? [],
    notes,
    ...(doc.htmlMap ? { htmlMap: doc.htmlMap } : {}),
  };
}

/**
 * A reported statement that claims nothing checkable: what someone vowed, demanded, condemned or called something.
 * Quoted words stay quotes whatever their cue: they are what was said.
 */
export function isPosition(q: Quote): boolean {
  return q.kind === 'indirect' && q.act !== undefined && q.act !== 'assertion';
}

/**
 * Quotes and positions together, in the order the quotes stage found them (the order of their ids): every
 * attribution, as corpora such as PolNeAR annotate them.
 *
 * @example
 * allStatements(analysis).length === analysis.quotes.length + analysis.positions.length // true
 */
export function allStatements(a: Pick<Analysis, 'quotes' | 'positions'>): Quote[] {
  const order = (q: Quote) => Number(/^q(\d+)$/.exec(q.id)?.[1] ?? Number.MAX_SAFE_INTEGER);
  return [...a.quotes, ...(a.positions ?? [])].sort((x, y) => order(x) - order(y) || x.start - y.start);
}
