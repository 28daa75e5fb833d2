import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SCHEMA_VERSION, type Analysis } from '../model/analysis.js';
import type { Event } from '../model/layers.js';
import { ACLED_COLUMNS, acledCsv, acledType, csvField, toAcledRows } from './acled.js';
import { ploverJsonl, toPloverRecords } from './plover.js';

const text = 'KYIV — Rebels fired 40 rockets at Kharkiv on Monday, killing 3 people, officials said. "We refuse," the union said.';
const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });

function analysis(events: Event[]): Analysis {
  return {
    schemaVersion: SCHEMA_VERSION, id: 'doc-1', publishedAt: '2025-03-18', source: { kind: 'url', url: 'https://example.org/a', siteName: 'Example News' },
    text, stages: [], paragraphs: [], sentences: [], quotes: [], positions: [], times: [], findings: [], notes: [],
    entities: [
      { id: 'e1', name: 'Kharkiv', type: 'GPE', aliases: [], kbId: 'place:geonames:706483', geo: { lat: 49.98, lon: 36.25 }, mentions: [] },
      { id: 'e2', name: 'Rebel Front, "North"', type: 'ORG', aliases: [], mentions: [] },
    ],
    events,
  };
}

const assault: Event = {
  id: 'v1', type: 'ASSAULT', mode: 'heavy-weapons', actor: { entity: 'e2', name: 'Rebels', ...at('Rebels') }, target: null,
  locations: [{ entity: 'e1', name: 'Kharkiv', ...at('Kharkiv') }], date: '2025-03-17',
  quantities: [{ value: 40, unit: 'rocket', role: 'launched' }, { value: 3, unit: 'person', role: 'killed' }],
  source: { entity: null, name: 'officials' }, negated: false, modality: null,
  trigger: at('fired'), evidence: at('Rebels fired 40 rockets at Kharkiv on Monday, killing 3 people'),
};
const reject: Event = {
  id: 'v2', type: 'REJECT', mode: null, actor: { entity: null, name: 'union' }, target: null, date: 'XXXX-WXX-1', quantities: [],
  trigger: at('refuse'), evidence: at('"We refuse," the union said'),
};

/** A small RFC 4180 reader, to check the writer's quoting by reading it back. */
function parseCsv(s: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [], f = '', q = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (q) { if (ch === '"' && s[i + 1] === '"') { f += '"'; i++; } else if (ch === '"') q = false; else f += ch; continue; }
    if (ch === '"') q = true;
    else if (ch === ',') { row.push(f); f = ''; }
    else if (ch === '\r' && s[i + 1] === '\n') { row.push(f); rows.push(row); row = []; f = ''; i++; }
    else f += ch;
  }
  return rows;
}

describe('export: ACLED-like CSV', () => {
  it('writes the columns with proper quoting, readable back', () => {
    const csv = acledCsv([analysis([assault, reject])]);
    const rows = parseCsv(csv);
    assert.deepEqual(rows[0], [...ACLED_COLUMNS]);
    assert.equal(rows.length, 3);
    const r = Object.fromEntries(ACLED_COLUMNS.map((c, i) => [c, rows[1]![i]]));
    assert.deepEqual(r, {
      event_date: '2025-03-17', event_type: 'Explosions/Remote violence', sub_event_type: 'Shelling/artillery/missile attack',
      actor1: 'Rebel Front, "North"', actor2: '', location: 'Kharkiv', latitude: '49.98', longitude: '36.25',
      source: 'officials via Example News', notes: 'Rebels fired 40 rockets at Kharkiv on Monday, killing 3 people (launched 40 rocket; killed 3 person)',
      fatalities: '3',
    });
    const r2 = Object.fromEntries(ACLED_COLUMNS.map((c, i) => [c, rows[2]![i]]));
    assert.equal(r2.event_date, '2025-03-18'); // an unresolved date falls back to the publication day
    assert.equal(r2.notes, '"We refuse," the union said [date as stated: XXXX-WXX-1]');
    assert.equal(r2.fatalities, '0');
  });
  it('drops verbal events with acledOnly', () => {
    assert.equal(toAcledRows(analysis([assault, reject]), { acledOnly: true }).length, 1);
  });
  const table: Array<[Pick<Event, 'type' | 'mode' | 'quantities'>, string, string]> = [
    [{ type: 'ASSAULT', mode: 'drone', quantities: [{ value: 9, unit: 'drone', role: 'launched' }] }, 'Explosions/Remote violence', 'Air/drone strike'],
    [{ type: 'ASSAULT', mode: 'drone', quantities: [{ value: 9, unit: 'drone', role: 'intercepted' }] }, 'Strategic developments', 'Disrupted weapons use'],
    [{ type: 'ASSAULT', mode: 'abduct', quantities: [] }, 'Violence against civilians', 'Abduction/forced disappearance'],
    [{ type: 'ASSAULT', mode: null, quantities: [] }, 'Battles', 'Armed clash'],
    [{ type: 'PROTEST', mode: 'riot', quantities: [] }, 'Riots', 'Violent demonstration'],
    [{ type: 'PROTEST', mode: 'demo', quantities: [] }, 'Protests', 'Peaceful protest'],
    [{ type: 'COERCE', mode: 'arrest', quantities: [] }, 'Strategic developments', 'Arrests'],
    [{ type: 'AGREE', mode: null, quantities: [] }, 'Strategic developments', 'Agreement'],
    [{ type: 'CONSULT', mode: null, quantities: [] }, 'Strategic developments', 'Other'],
  ];
  for (const [ev, type, sub] of table) it(`${ev.type}/${ev.mode} → ${type} / ${sub}`, () => assert.deepEqual(acledType(ev), [type, sub]));
  const fields: Array<[string | number | null, string]> = [['plain', 'plain'], ['a,b', '"a,b"'], ['say "no"', '"say ""no"""'], ['two\nlines', '"two\nlines"'], [null, ''], [3.5, '3.5'], [' pad', '" pad"']];
  for (const [v, out] of fields) it(`csvField ${JSON.stringify(v)}`, () => assert.equal(csvField(v), out));
});

describe('export: PLOVER JSONL', () => {
  it('writes one record a line with PLOVER fields', () => {
    const lines = ploverJsonl([analysis([assault, reject])]).trimEnd().split('\n');
    assert.equal(lines.length, 2);
    const r = JSON.parse(lines[0]!);
    assert.equal(r.id, 'doc-1:v1');
    assert.deepEqual(r.event, ['ASSAULT']);
    assert.deepEqual(r.mode, ['heavy-weapons']);
    assert.equal(r.date, '2025-03-17');
    assert.equal(r.quad_code, 4);
    assert.deepEqual(r.actor, [{ text: 'Rebels', name: 'Rebel Front, "North"', code: 'e2' }]);
    assert.deepEqual(r.recipient, []);
    assert.deepEqual(r.event_loc, [{ name: 'Kharkiv', lat: 49.98, lon: 36.25, code: 'place:geonames:706483' }]);
    assert.deepEqual(r.event_text, ['fired']);
    assert.equal(text.slice(r.cite_info.start, r.cite_info.end), r.text);
    const r2 = JSON.parse(lines[1]!);
    assert.equal(r2.date, null);
    assert.equal(r2.comment, 'date as stated: XXXX-WXX-1');
    assert.equal(r2.quad_code, 3);
  });
  it('is empty without events', () => {
    assert.equal(ploverJsonl([analysis([])]), '');
    assert.deepEqual(toPloverRecords(analysis([])), []);
  });
});
