import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { kbIndex, loadKb, nameKey, type KnowledgeBase } from './kb.js';
import { isIsoDate, validateKb } from './validate.js';

describe('shipped knowledge base', () => {
  it('validates without problems', () => {
    assert.deepEqual(validateKb(loadKb()), []);
  });

  const holders: Array<{ date: string; jurisdiction: string; role: 'head-of-state' | 'head-of-government' | 'foreign-minister' | 'defence-minister'; name: string }> = [
    { date: '2025-03-16', jurisdiction: 'country:US', role: 'head-of-state', name: 'Donald Trump' },
    { date: '2024-03-16', jurisdiction: 'country:US', role: 'head-of-state', name: 'Joe Biden' },
    { date: '2010-01-01', jurisdiction: 'country:RU', role: 'head-of-state', name: 'Dmitry Medvedev' },
    { date: '2010-01-01', jurisdiction: 'country:RU', role: 'head-of-government', name: 'Vladimir Putin' },
    { date: '2022-02-24', jurisdiction: 'country:UA', role: 'head-of-state', name: 'Volodymyr Zelenskyy' },
    { date: '2014-03-01', jurisdiction: 'country:UA', role: 'head-of-state', name: 'Oleksandr Turchynov' },
    { date: '2025-03-16', jurisdiction: 'country:RU', role: 'foreign-minister', name: 'Sergei Lavrov' },
    { date: '2005-06-01', jurisdiction: 'country:GB', role: 'head-of-government', name: 'Tony Blair' },
    { date: '2023-01-10', jurisdiction: 'country:DE', role: 'defence-minister', name: 'Christine Lambrecht' },
    { date: '2024-06-01', jurisdiction: 'country:US', role: 'defence-minister', name: 'Lloyd Austin' },
  ];
  for (const h of holders) {
    it(`${h.jurisdiction} ${h.role} on ${h.date} is ${h.name}`, () => {
      const got = kbIndex().holdersAt(h.date, { jurisdiction: h.jurisdiction, role: h.role }).map((t) => t.person.name);
      assert.deepEqual(got, [h.name]);
    });
  }

  it('a term ends the day the successor starts', () => {
    assert.deepEqual(kbIndex().holdersAt('2025-01-20', { jurisdiction: 'country:US', role: 'head-of-state' }).map((t) => t.person.name), ['Donald Trump']);
    assert.deepEqual(kbIndex().holdersAt('2025-01-19', { jurisdiction: 'country:US', role: 'head-of-state' }).map((t) => t.person.name), ['Joe Biden']);
  });

  const names: Array<[string, string]> = [
    ['Zelensky', 'person:volodymyr-zelenskyy'],
    ['Volodymyr Zelenskiy', 'person:volodymyr-zelenskyy'],
    ['Vladimir Putin', 'person:vladimir-putin'],
    ['Recep Tayyip Erdogan', 'person:recep-tayyip-erdogan'],
    ['Alyaksandr Lukashenka', 'person:alexander-lukashenko'],
  ];
  for (const [name, id] of names) {
    it(`finds ${name} as ${id}`, () => assert.deepEqual(kbIndex().peopleNamed(name).map((p) => p.id), [id]));
  }

  it('surnames can be ambiguous', () => {
    const bushes = kbIndex().peopleWithSurname('Bush').map((p) => p.id).sort();
    assert.deepEqual(bushes, ['person:george-h-w-bush', 'person:george-w-bush']);
  });

  it('has key conflict dates with sources', () => {
    const kb = loadKb();
    assert.equal(kbIndex().event('event:russian-invasion-of-ukraine')?.start, '2022-02-24');
    assert.equal(kbIndex().event('event:annexation-of-crimea')?.start, '2014-03-18');
    assert.equal(kbIndex().event('event:kursk-incursion')?.start, '2024-08-06');
    assert.equal(kbIndex().event('event:israel-hamas-war')?.start, '2023-10-07');
    assert.ok(kb.events.every((e) => e.source.length > 0));
  });

  it('normalises names', () => {
    assert.equal(nameKey('Kassym-Jomart  Tokayev'), 'kassym jomart tokayev');
    assert.equal(nameKey('Radosław Sikorski'), 'radoslaw sikorski');
  });
});

describe('validator', () => {
  const base = (): KnowledgeBase => ({
    people: [{ id: 'person:a-b', name: 'A B', aliases: [] }, { id: 'person:c-d', name: 'C D', aliases: [] }],
    offices: [{ id: 'office:xx:head-of-state', jurisdiction: 'country:XX', role: 'head-of-state', title: 'President', singleHolder: true, source: 'test',
      terms: [{ person: 'person:a-b', start: '2000-01-01', end: '2004-01-01', precision: 'day' }, { person: 'person:c-d', start: '2004-01-01', end: null, precision: 'day' }] }],
    events: [{ id: 'event:x', name: 'X', kind: 'war', start: '2001-01-01', precision: 'day', source: 'test', keywords: [] }],
  });
  const cases: Array<{ name: string; mutate: (kb: KnowledgeBase) => void; expect: RegExp | null }> = [
    { name: 'sound data', mutate: () => {}, expect: null },
    { name: 'overlapping terms', mutate: (kb) => { kb.offices[0]!.terms[0]!.end = '2005-01-01'; }, expect: /terms overlap/ },
    { name: 'open term followed by another', mutate: (kb) => { kb.offices[0]!.terms[0]!.end = null; }, expect: /terms overlap/ },
    { name: 'impossible date', mutate: (kb) => { kb.offices[0]!.terms[1]!.start = '2004-02-30'; }, expect: /not an ISO date/ },
    { name: 'end before start', mutate: (kb) => { kb.offices[0]!.terms[0]!.end = '1999-01-01'; }, expect: /before it starts/ },
    { name: 'duplicate id', mutate: (kb) => { kb.people[1]!.id = 'person:a-b'; }, expect: /duplicate person id/ },
    { name: 'unknown holder', mutate: (kb) => { kb.offices[0]!.terms[1]!.person = 'person:zz'; }, expect: /unknown person/ },
    { name: 'missing source', mutate: (kb) => { kb.events[0]!.source = ''; }, expect: /no source/ },
    { name: 'bad precision', mutate: (kb) => { (kb.offices[0]!.terms[0] as { precision: string }).precision = 'week'; }, expect: /precision/ },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const kb = base();
      c.mutate(kb);
      const problems = validateKb(kb).map((p) => p.message).join('\n');
      if (c.expect) assert.match(problems, c.expect);
      else assert.equal(problems, '');
    });
  }
  it('knows real dates', () => {
    assert.equal(isIsoDate('2024-02-29'), true);
    assert.equal(isIsoDate('2023-02-29'), false);
    assert.equal(isIsoDate('2023-2-1'), false);
  });
});
