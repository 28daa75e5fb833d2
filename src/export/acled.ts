import type { Analysis } from '../model/analysis.js';
import type { Entity, Event } from '../model/layers.js';
import { dayOf } from './plover.js';

/**
 * ACLED-like CSV export. Columns: event_date, event_type, sub_event_type, actor1, actor2, location, latitude,
 * longitude, source, notes, fatalities. RFC 4180 quoting (fields with commas, quotes or line breaks are quoted,
 * quotes doubled), CRLF line ends.
 *
 * PLOVER → ACLED-like event types (ACLED codebook 2023 names; PLOVER verbal types have no ACLED counterpart
 * and are exported as "Strategic developments / Other" unless `acledOnly` drops them):
 *
 * | PLOVER (mode)                                  | event_type                  | sub_event_type                          |
 * |------------------------------------------------|-----------------------------|-----------------------------------------|
 * | ASSAULT (aerial, drone)                        | Explosions/Remote violence  | Air/drone strike                        |
 * | ASSAULT (heavy-weapons)                        | Explosions/Remote violence  | Shelling/artillery/missile attack       |
 * | ASSAULT (explosives)                           | Explosions/Remote violence  | Remote explosive/landmine/IED           |
 * | ASSAULT (suicide-attack)                       | Explosions/Remote violence  | Suicide bomb                            |
 * | ASSAULT, only interceptions counted            | Strategic developments      | Disrupted weapons use                   |
 * | ASSAULT (abduct)                               | Violence against civilians  | Abduction/forced disappearance          |
 * | ASSAULT (sexual)                               | Violence against civilians  | Sexual violence                         |
 * | ASSAULT (targeted, torture, beat)              | Violence against civilians  | Attack                                  |
 * | ASSAULT (other)                                | Battles                     | Armed clash                             |
 * | PROTEST (riot)                                 | Riots                       | Violent demonstration                   |
 * | PROTEST (other)                                | Protests                    | Peaceful protest                        |
 * | COERCE (arrest)                                | Strategic developments      | Arrests                                 |
 * | COERCE (seize)                                 | Strategic developments      | Looting/property destruction            |
 * | MOBILIZE                                       | Strategic developments      | Change to group/activity                |
 * | AGREE                                          | Strategic developments      | Agreement                               |
 * | RETREAT (withdraw)                             | Strategic developments      | Non-violent transfer of territory       |
 * | any other                                      | Strategic developments      | Other                                   |
 */

export const ACLED_COLUMNS = ['event_date', 'event_type', 'sub_event_type', 'actor1', 'actor2', 'location', 'latitude', 'longitude',
  'source', 'notes', 'fatalities'] as const;

/** One row of the CSV. */
export type AcledRow = Record<(typeof ACLED_COLUMNS)[number], string | number | null>;

/** Options of the ACLED-like export. */
export interface AcledOptions {
  /** Keep only events that map to an ACLED category other than "Strategic developments / Other". */
  acledOnly?: boolean;
}

/**
 * ACLED-like event type and sub-event type of a PLOVER event.
 *
 * @example
 * acledType({ type: 'ASSAULT', mode: 'drone', quantities: [] } as Event) // ['Explosions/Remote violence', 'Air/drone strike']
 */
export function acledType(ev: Pick<Event, 'type' | 'mode' | 'quantities'>): [string, string] {
  const mode = ev.mode ?? '';
  const SD = 'Strategic developments';
  switch (ev.type) {
    case 'ASSAULT': {
      const roles = new Set(ev.quantities.map((q) => q.role));
      if (roles.has('intercepted') && !roles.has('launched') && !roles.has('killed') && !roles.has('injured')) return [SD, 'Disrupted weapons use'];
      if (mode === 'aerial' || mode === 'drone') return ['Explosions/Remote violence', 'Air/drone strike'];
      if (mode === 'heavy-weapons') return ['Explosions/Remote violence', 'Shelling/artillery/missile attack'];
      if (mode === 'explosives') return ['Explosions/Remote violence', 'Remote explosive/landmine/IED'];
      if (mode === 'suicide-attack') return ['Explosions/Remote violence', 'Suicide bomb'];
      if (mode === 'abduct') return ['Violence against civilians', 'Abduction/forced disappearance'];
      if (mode === 'sexual') return ['Violence against civilians', 'Sexual violence'];
      if (mode === 'targeted' || mode === 'torture' || mode === 'beat') return ['Violence against civilians', 'Attack'];
      return ['Battles', 'Armed clash'];
    }
    case 'PROTEST': return mode === 'riot' ? ['Riots', 'Violent demonstration'] : ['Protests', 'Peaceful protest'];
    case 'COERCE': return mode === 'arrest' ? [SD, 'Arrests'] : mode === 'seize' ? [SD, 'Looting/property destruction'] : [SD, 'Other'];
    case 'MOBILIZE': return [SD, 'Change to group/activity'];
    case 'AGREE': return [SD, 'Agreement'];
    case 'RETREAT': return mode === 'withdraw' ? [SD, 'Non-violent transfer of territory'] : [SD, 'Other'];
    default: return [SD, 'Other'];
  }
}

/**
 * Quotes one CSV field (RFC 4180).
 *
 * @example
 * csvField('Kyiv, Ukraine') // '"Kyiv, Ukraine"'
 * csvField('say "no"')      // '"say ""no"""'
 */
export function csvField(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * The ACLED-like rows of one analysis: one a located event (its first place gives location and coordinates).
 *
 * @example
 * toAcledRows(analysis)[0].event_type // 'Explosions/Remote violence'
 */
export function toAcledRows(a: Analysis, options: AcledOptions = {}): AcledRow[] {
  const entities = new Map(a.entities.map((e) => [e.id, e]));
  const rows: AcledRow[] = [];
  for (const ev of a.events) {
    const [type, sub] = acledType(ev);
    if (options.acledOnly && sub === 'Other') continue;
    const place = ev.locations?.[0];
    const pe: Entity | undefined = place?.entity ? entities.get(place.entity) : undefined;
    const nameOf = (r: Event['actor']) => (r ? (r.entity ? entities.get(r.entity)?.name ?? r.name : r.name) : null);
    const qty = ev.quantities.map((q) => `${q.role} ${q.qualifier ? q.qualifier + ' ' : ''}${q.value} ${q.unit}`).join('; ');
    const flags = [ev.negated ? 'negated' : null, ev.modality ? `modality: ${ev.modality}` : null, ev.date && !dayOf(ev.date) ? `date as stated: ${ev.date}` : null]
      .filter(Boolean).join('; ');
    rows.push({
      event_date: dayOf(ev.date) ?? dayOf(a.publishedAt),
      event_type: type,
      sub_event_type: sub,
      actor1: nameOf(ev.actor),
      actor2: nameOf(ev.target),
      location: pe?.name ?? place?.name ?? null,
      latitude: pe?.geo?.lat ?? null,
      longitude: pe?.geo?.lon ?? null,
      source: [ev.source?.name, a.source.siteName ?? a.source.title ?? a.source.url ?? null].filter(Boolean).join(' via ') || null,
      notes: [ev.evidence.text.replace(/\s+/g, ' '), qty && `(${qty})`, flags && `[${flags}]`].filter(Boolean).join(' '),
      fatalities: ev.quantities.filter((q) => q.role === 'killed').reduce((n, q) => n + q.value, 0),
    });
  }
  return rows;
}

/**
 * The CSV for many analyses, header first, CRLF line ends.
 *
 * @example
 * acledCsv([analysis]).split('\r\n')[0] // 'event_date,event_type,sub_event_type,actor1,actor2,location,latitude,longitude,source,notes,fatalities'
 */
export function acledCsv(analyses: Iterable<Analysis>, options: AcledOptions = {}): string {
  const lines = [ACLED_COLUMNS.join(',')];
  for (const a of analyses) for (const r of toAcledRows(a, options)) lines.push(ACLED_COLUMNS.map((c) => csvField(r[c])).join(','));
  return lines.join('\r\n') + '\r\n';
}
