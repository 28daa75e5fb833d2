import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Analysis } from '../model/analysis.js';
import { checkAnalysis, findViolations, PLOVER_TYPES } from './invariants.js';

//            0         1         2         3         4         5         6         7         8
//            012345678901234567890123456789012345678901234567890123456789012345678901234567890123456
const TEXT = 'Russia fired 90 drones on Monday. “We shot down 80,” Kyiv said. Moscow denied it 😀.';

/** A hand-built analysis that keeps every invariant; each case below breaks one thing in a copy. */
function valid(): Analysis {
  const t = (start: number, end: number) => ({ start, end, text: TEXT.slice(start, end) });
  return {
    schemaVersion: '1.0.0',
    id: 'doc',
    publishedAt: '2025-03-18',
    source: { kind: 'text' },
    text: TEXT,
    stages: [],
    paragraphs: [{ start: 0, end: TEXT.length, index: 0 }],
    sentences: [
      { start: 0, end: 33, index: 0, paragraph: 0 },
      { start: 34, end: 63, index: 1, paragraph: 0 },
      { start: 64, end: TEXT.length, index: 2, paragraph: 0 },
    ],
    entities: [
      { id: 'e1', name: 'Russia', type: 'GPE', aliases: [], mentions: [{ ...t(0, 6), entity: 'e1', kind: 'name', type: 'GPE' }] },
      { id: 'e2', name: 'Ukraine', type: 'GPE', aliases: [], mentions: [{ ...t(53, 57), entity: 'e2', kind: 'metonym', type: 'GPE' }] },
      { id: 'e3', name: 'Moscow', type: 'GPE', aliases: [], standsFor: 'e1', mentions: [{ ...t(64, 70), entity: 'e3', kind: 'metonym', type: 'GPE' }] },
    ],
    quotes: [{ ...t(35, 50), id: 'q1', kind: 'direct', speaker: { entity: 'e2', name: 'Kyiv', start: 53, end: 57 }, cue: 'said', cueSpan: { start: 58, end: 62 }, channel: null }],
    positions: [],
    times: [{ ...t(26, 32), type: 'DATE', value: '2025-03-17' }],
    events: [{
      id: 'v1', type: 'ASSAULT', actor: { entity: 'e1', name: 'Russia', start: 0, end: 6 }, target: null,
      quantities: [{ value: 90, unit: 'drone', role: 'launched', span: { start: 13, end: 15 } }],
      trigger: t(7, 12), evidence: t(0, 33),
    }],
    findings: [{ kind: 'quantity-gap', severity: 'info', message: '90 launched, 80 shot down', evidence: [t(0, 33), t(35, 50)] }],
    notes: [],
  };
}

type Case = [name: string, rule: string, breakIt: (a: Analysis) => void];

const CASES: Case[] = [
  ['mention past the text end', 'span-out-of-range', (a) => { a.entities[0]!.mentions[0]!.end = TEXT.length + 1; }],
  ['negative start', 'span-out-of-range', (a) => { a.times[0]!.start = -1; }],
  ['reversed span', 'span-out-of-range', (a) => { Object.assign(a.quotes[0]!, { start: 50, end: 35 }); }],
  ['fractional offset', 'non-integer-offset', (a) => { a.times[0]!.end = 31.5; }],
  ['mention text differs from its slice', 'text-mismatch', (a) => { a.entities[0]!.mentions[0]!.text = 'Russia '; }],
  ['quote text differs', 'text-mismatch', (a) => { a.quotes[0]!.text = 'We shot down 80,'; }],
  ['time text differs', 'text-mismatch', (a) => { a.times[0]!.text = 'monday'; }],
  ['event evidence text differs', 'text-mismatch', (a) => { a.events[0]!.evidence.text = 'x'; }],
  ['event trigger text differs', 'text-mismatch', (a) => { a.events[0]!.trigger!.text = 'fire'; }],
  ['finding evidence text differs', 'text-mismatch', (a) => { a.findings[0]!.evidence[1]!.text = '“We shot down 80,”'; }],
  ['speaker span outside the text', 'span-out-of-range', (a) => { a.quotes[0]!.speaker!.end = 999; }],
  ['speaker span with only a start', 'half-span', (a) => { delete a.quotes[0]!.speaker!.end; }],
  ['cue span outside the text', 'span-out-of-range', (a) => { a.quotes[0]!.cueSpan = { start: 80, end: 90 }; }],
  ['mention names a missing entity', 'dangling-entity', (a) => { a.entities[0]!.mentions[0]!.entity = 'e9'; }],
  ['mention filed under another entity', 'mention-of-other-entity', (a) => { a.entities[0]!.mentions[0]!.entity = 'e2'; }],
  ['speaker names a missing entity', 'dangling-entity', (a) => { a.quotes[0]!.speaker!.entity = 'e9'; }],
  ['event actor names a missing entity', 'dangling-entity', (a) => { a.events[0]!.actor!.entity = 'e9'; }],
  ['event target names a missing entity', 'dangling-entity', (a) => { a.events[0]!.target = { entity: 'e7', name: 'X' }; }],
  ['event location names a missing entity', 'dangling-entity', (a) => { a.events[0]!.locations = [{ entity: 'e7', name: 'X' }]; }],
  ['event source names a missing entity', 'dangling-entity', (a) => { a.events[0]!.source = { entity: 'e7', name: 'X' }; }],
  ['standsFor names a missing entity', 'dangling-entity', (a) => { a.entities[2]!.standsFor = 'e9'; }],
  ['entity id used twice', 'duplicate-entity-id', (a) => { a.entities[1]!.id = 'e1'; }],
  ['mention across two sentences', 'mention-crosses-sentences', (a) => {
    a.entities[0]!.references = [{ start: 26, end: 41, text: TEXT.slice(26, 41), entity: 'e1', kind: 'description', type: 'GPE' }];
  }],
  ['direct quote keeps its opening mark', 'quote-includes-marks', (a) => { Object.assign(a.quotes[0]!, { start: 34, text: TEXT.slice(34, 50) }); }],
  ['partial quote keeps its closing mark', 'quote-includes-marks', (a) => { Object.assign(a.quotes[0]!, { kind: 'partial', end: 52, text: TEXT.slice(35, 52) }); }],
  ['two quotes with the same span', 'duplicate-quote-span', (a) => { a.quotes.push({ ...a.quotes[0]!, id: 'q2', kind: 'indirect' }); }],
  ['quote id used twice', 'duplicate-quote-id', (a) => { a.quotes.push({ ...a.quotes[0]!, start: 36, text: TEXT.slice(36, 50) }); }],
  ['empty quote', 'empty-span', (a) => { Object.assign(a.quotes[0]!, { end: 35, text: '' }); }],
  ['time without a value', 'time-without-value', (a) => { (a.times[0] as { value: unknown }).value = null; }],
  ['event type outside PLOVER', 'unknown-event-type', (a) => { a.events[0]!.type = 'ATTACK'; }],
  ['event id used twice', 'duplicate-event-id', (a) => { a.events.push({ ...a.events[0]! }); }],
  ['trigger outside its evidence', 'trigger-outside-evidence', (a) => { a.events[0]!.trigger = { start: 58, end: 62, text: 'said' }; }],
  ['quantity that is not a number', 'bad-quantity', (a) => { a.events[0]!.quantities[0]!.value = Number.NaN; }],
  ['finding without kind', 'finding-without-kind', (a) => { a.findings[0]!.kind = ''; }],
  ['finding with unknown severity', 'bad-severity', (a) => { (a.findings[0] as { severity: string }).severity = 'fatal'; }],
  ['finding without message', 'finding-without-message', (a) => { a.findings[0]!.message = ' '; }],
  ['finding without evidence', 'finding-without-evidence', (a) => { a.findings[0]!.evidence = []; }],
  ['span cutting an emoji in half', 'split-surrogate', (a) => { a.times.push({ start: 82, end: 83, text: TEXT.slice(82, 83), type: 'DATE', value: '' }); }],
  ['sentence outside its paragraph', 'sentence-outside-paragraph', (a) => {
    a.paragraphs = [{ start: 0, end: 40, index: 0 }, { start: 41, end: TEXT.length, index: 1 }];
  }],
  ['sentence naming a missing paragraph', 'bad-paragraph-index', (a) => { a.sentences[2]!.paragraph = 4; }],
  ['overlapping sentences', 'overlapping-segments', (a) => { a.sentences[1]!.start = 30; }],
];

describe('checkAnalysis', () => {
  it('finds nothing wrong in a valid analysis', () => {
    const a = valid();
    assert.equal(a.text.slice(35, 50), 'We shot down 80');
    assert.equal(a.text.slice(81, 83), '😀');
    assert.deepEqual(checkAnalysis(a), []);
  });

  for (const [name, rule, breakIt] of CASES) {
    it(`${name} → ${rule}`, () => {
      const a = structuredClone(valid());
      breakIt(a);
      const rules = findViolations(a).map((v) => v.rule);
      assert.ok(rules.includes(rule), `expected ${rule}, got ${JSON.stringify(rules)}`);
      assert.ok(checkAnalysis(a).some((s) => s.startsWith(`${rule}: `)));
    });
  }

  it('knows the 16 PLOVER 2.0 categories', () => {
    assert.equal(PLOVER_TYPES.size, 16);
    for (const t of ['ASSAULT', 'COERCE', 'AGREE', 'MOBILIZE']) assert.ok(PLOVER_TYPES.has(t));
  });
});
