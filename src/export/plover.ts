import type { Analysis } from '../model/analysis.js';
import type { Entity, EntityRef, Event } from '../model/layers.js';

/**
 * PLOVER JSONL export: one event a line, with the field names of the PLOVER 2.0 manual's "Data Fields" chapter
 * (id, date, actor, recipient, event, mode, event_loc, event_text, quad_code, text, cite_info, comment …) and
 * dossier's extras (negated, modality, quantities, source, evidence offsets) under their own names.
 */

/** PLOVER quad categories: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
export const QUAD: Readonly<Record<string, 1 | 2 | 3 | 4>> = {
  AGREE: 1, CONSULT: 1, SUPPORT: 1, CONCEDE: 1,
  COOPERATE: 2, AID: 2, RETREAT: 2,
  REQUEST: 3, ACCUSE: 3, REJECT: 3, THREATEN: 3,
  PROTEST: 4, SANCTION: 4, MOBILIZE: 4, COERCE: 4, ASSAULT: 4,
};

/** A PLOVER entity object. */
export interface PloverEntity {
  text: string;
  name: string;
  /** Stable knowledge-base id when known (e.g. "country:RU"), else the article-local entity id. */
  code: string | null;
  country?: string;
}

/** A PLOVER location object. */
export interface PloverLocation {
  name: string;
  lat?: number;
  lon?: number;
  code?: string | null;
}

/** One PLOVER record. */
export interface PloverRecord {
  id: string;
  date: string | null;
  actor: PloverEntity[];
  recipient: PloverEntity[];
  event: string[];
  mode: string[];
  context: string[];
  event_loc: PloverLocation[];
  event_text: string[];
  quad_code: 1 | 2 | 3 | 4 | null;
  text: string;
  cite_info: { doc_id: string; url: string | null; title: string | null; published: string | null; source: string | null; start: number; end: number };
  negated: boolean;
  modality: string | null;
  quantities: Array<{ value: number; unit: string; role: string; qualifier?: string }>;
  comment: string | null;
}

function entityOf(entities: Map<string, Entity>, ref: EntityRef | null | undefined): PloverEntity[] {
  if (!ref) return [];
  const e = ref.entity ? entities.get(ref.entity) : undefined;
  return [{ text: ref.name, name: e?.name ?? ref.name, code: e?.kbId ?? ref.entity ?? null, ...(e?.country ? { country: e.country } : {}) }];
}

/** YYYY-MM-DD from a TIMEX3 value when it names a day ("2025-03-15TNI" → "2025-03-15"), else null. */
export function dayOf(value: string | null | undefined): string | null {
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(value ?? '');
  return m ? m[1]! : null;
}

/**
 * The PLOVER records of one analysis, in text order.
 *
 * @example
 * toPloverRecords(analysis)[0] // { id: 'doc-1:v1', event: ['ASSAULT'], actor: [{ text: 'Russia', name: 'Russia', code: 'country:RU' }], … }
 */
export function toPloverRecords(a: Analysis): PloverRecord[] {
  const entities = new Map(a.entities.map((e) => [e.id, e]));
  return a.events.map((ev: Event) => ({
    id: `${a.id}:${ev.id}`,
    date: dayOf(ev.date) ?? null,
    actor: entityOf(entities, ev.actor),
    recipient: entityOf(entities, ev.target),
    event: [ev.type],
    mode: ev.mode ? [ev.mode] : [],
    context: [],
    event_loc: (ev.locations ?? []).map((l) => {
      const e = l.entity ? entities.get(l.entity) : undefined;
      return { name: e?.name ?? l.name, ...(e?.geo ? { lat: e.geo.lat, lon: e.geo.lon } : {}), code: e?.kbId ?? null };
    }),
    event_text: [ev.trigger?.text ?? ev.evidence.text],
    quad_code: QUAD[ev.type] ?? null,
    text: ev.evidence.text,
    cite_info: {
      doc_id: a.id, url: a.source.url ?? a.source.canonicalUrl ?? null, title: a.source.title ?? null, published: a.publishedAt,
      source: ev.source?.name ?? null, start: ev.evidence.start, end: ev.evidence.end,
    },
    negated: Boolean(ev.negated),
    modality: ev.modality ?? null,
    quantities: ev.quantities.map((q) => ({ value: q.value, unit: q.unit, role: q.role, ...(q.qualifier ? { qualifier: q.qualifier } : {}) })),
    comment: ev.date && !dayOf(ev.date) ? `date as stated: ${ev.date}` : null,
  }));
}

/**
 * PLOVER JSONL for many analyses: one record a line, ending with a newline ('' when there are no events).
 *
 * @example
 * ploverJsonl([analysis]).split('\n')[0] // '{"id":"doc-1:v1","date":"2025-03-15",…}'
 */
export function ploverJsonl(analyses: Iterable<Analysis>): string {
  const lines: string[] = [];
  for (const a of analyses) for (const r of toPloverRecords(a)) lines.push(JSON.stringify(r));
  return lines.length ? lines.join('\n') + '\n' : '';
}
