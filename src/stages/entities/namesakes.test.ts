import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeText } from '../../analyze.js';
import type { EntityType } from '../../model/layers.js';
import { createPipeline } from '../../pipeline/runner.js';
import type { Stage } from '../../pipeline/stage.js';
import { segment, segmentStage } from '../segment/index.js';
import { namesOf } from '../../../test/support/names-of.js';
import { entitiesStage, link } from './index.js';
import { chooseNamesake, jurisdictionIn, namesakesOf } from './namesakes.js';

function run(text: string, spec: Array<[string, EntityType]>, publishedAt: string | null) {
  const seg = segment(text);
  return link({ text, tokens: seg.tokens, sentences: seg.sentences, names: namesOf(text, spec), dateline: seg.dateline, publishedAt });
}

describe('entities: namesakes (a name several listed people bear)', () => {
  // [case, text, tagged names, publication date, the mention (surface, nth occurrence), expected name and kbId (undefined: none)]
  const cases: Array<{ name: string; text: string; spec: Array<[string, EntityType]>; date: string | null; mention: [string, number]; name_: string; kbId: string | undefined }> = [
    {
      name: 'the date picks the one in office: Siim Kallas, Estonian prime minister in 2002',
      text: 'Estonia will join the talks, Kallas said in Tallinn.',
      spec: [['Estonia', 'LOC'], ['Kallas', 'PERSON'], ['Tallinn', 'LOC']], date: '2002-06-01',
      mention: ['Kallas', 0], name_: 'Siim Kallas', kbId: 'person:siim-kallas',
    },
    {
      name: 'the date picks the other: Kaja Kallas, prime minister in 2022',
      text: 'Estonia will join the talks, Kallas said in Tallinn.',
      spec: [['Estonia', 'LOC'], ['Kallas', 'PERSON'], ['Tallinn', 'LOC']], date: '2022-06-01',
      mention: ['Kallas', 0], name_: 'Kaja Kallas', kbId: 'person:kaja-kallas',
    },
    {
      name: 'the date picks George W. Bush in 2005 in copy about the United States',
      text: 'The United States will not back down, Bush said. Bush spoke in Texas.',
      spec: [['United States', 'LOC'], ['Bush', 'PERSON'], ['Texas', 'LOC']], date: '2005-03-06',
      mention: ['Bush', 1], name_: 'George W. Bush', kbId: 'person:george-w-bush',
    },
    {
      name: 'the date picks George H. W. Bush in 1991',
      text: 'The United States will not back down, Bush said.',
      spec: [['United States', 'LOC'], ['Bush', 'PERSON']], date: '1991-03-06',
      mention: ['Bush', 0], name_: 'George H. W. Bush', kbId: 'person:george-h-w-bush',
    },
    {
      name: 'a date alone does not link a common surname in copy that never speaks of the office holder\'s country',
      text: 'The match ended early, Fox said.',
      spec: [['Fox', 'PERSON']], date: '2004-05-01',
      mention: ['Fox', 0], name_: 'Fox', kbId: undefined,
    },
    {
      name: 'a title before the name picks the one who held that office, whatever the date',
      text: 'Defence Minister Ivanov said the troops would stay.',
      spec: [['Ivanov', 'PERSON']], date: '2003-05-05',
      mention: ['Ivanov', 0], name_: 'Sergei Ivanov', kbId: 'person:sergei-ivanov',
    },
    {
      name: 'a title with its country picks the foreign minister',
      text: 'Russian Foreign Minister Ivanov said the troops would stay.',
      spec: [['Ivanov', 'PERSON']], date: '2003-05-05',
      mention: ['Ivanov', 0], name_: 'Igor Ivanov', kbId: 'person:igor-ivanov',
    },
    {
      name: 'an appositive role picks Kaja Kallas though neither Kallas held an office that day',
      text: 'Kallas, the EU foreign policy chief, said the bloc would respond.',
      spec: [['Kallas', 'PERSON'], ['EU', 'ORG']], date: '2014-03-06',
      mention: ['Kallas', 0], name_: 'Kaja Kallas', kbId: 'person:kaja-kallas',
    },
    {
      name: 'a role both held, and neither held it on the day: undecided, the surname as written',
      text: 'Prime Minister Kallas said the bloc would respond.',
      spec: [['Kallas', 'PERSON']], date: '2014-03-06',
      mention: ['Kallas', 0], name_: 'Kallas', kbId: undefined,
    },
    {
      name: 'a role none of them held is someone else, an unlisted person like any other',
      text: 'Foreign Minister Miller said the talks had stalled.',
      spec: [['Miller', 'PERSON']], date: '2003-05-05',
      mention: ['Miller', 0], name_: 'Miller', kbId: 'person:miller',
    },
    {
      name: 'an initial none of them has is someone else, an unlisted person like any other',
      text: 'The match ended early, E. Miller said.',
      spec: [['E. Miller', 'PERSON']], date: '2003-05-05',
      mention: ['E. Miller', 0], name_: 'E. Miller', kbId: 'person:e-miller',
    },
    {
      name: 'neither in office on the day and no role: undecided (not the curated one)',
      text: 'The bloc will respond, Kallas said on Thursday.',
      spec: [['Kallas', 'PERSON']], date: '2014-03-06',
      mention: ['Kallas', 0], name_: 'Kallas', kbId: undefined,
    },
    {
      name: 'no publication date and no role: undecided',
      text: 'The bloc will respond, Kallas said on Thursday.',
      spec: [['Kallas', 'PERSON']], date: null,
      mention: ['Kallas', 0], name_: 'Kallas', kbId: undefined,
    },
    {
      name: 'no publication date, but a role decides',
      text: 'Defence Minister Ivanov said the troops would stay.',
      spec: [['Ivanov', 'PERSON']], date: null,
      mention: ['Ivanov', 0], name_: 'Sergei Ivanov', kbId: 'person:sergei-ivanov',
    },
    {
      name: 'a full name in the article wins over the date',
      text: 'Siim Kallas spoke in Brussels. The bloc will respond, Kallas said.',
      spec: [['Siim Kallas', 'PERSON'], ['Kallas', 'PERSON'], ['Brussels', 'LOC']], date: '2022-06-01',
      mention: ['Kallas', 1], name_: 'Siim Kallas', kbId: 'person:siim-kallas',
    },
    {
      name: 'a full name of someone outside the lists wins too',
      text: 'Tom Fox spoke in London. The match ended early, Fox said.',
      spec: [['Tom Fox', 'PERSON'], ['Fox', 'PERSON'], ['London', 'LOC']], date: '2004-05-01',
      mention: ['Fox', 1], name_: 'Tom Fox', kbId: 'person:tom-fox',
    },
    {
      name: 'an initial picks the namesake',
      text: 'The bloc will respond, S. Kallas said.',
      spec: [['S. Kallas', 'PERSON']], date: null,
      mention: ['S. Kallas', 0], name_: 'Siim Kallas', kbId: 'person:siim-kallas',
    },
    {
      name: 'two namesakes in office the same day: the one whose country the article speaks of',
      text: 'Hungary will veto the plan, Orban said.',
      spec: [['Hungary', 'LOC'], ['Orban', 'PERSON']], date: '2020-03-01',
      mention: ['Orban', 0], name_: 'Viktor Orban', kbId: 'person:viktor-orban',
    },
    {
      name: 'two namesakes in office the same day and no country: undecided',
      text: 'The plan will fail, Orban said.',
      spec: [['Orban', 'PERSON']], date: '2020-03-01',
      mention: ['Orban', 0], name_: 'Orban', kbId: undefined,
    },
    {
      name: 'a surname one listed person bears is not in doubt',
      text: 'The talks will go on, Lavrov said.',
      spec: [['Lavrov', 'PERSON']], date: null,
      mention: ['Lavrov', 0], name_: 'Sergei Lavrov', kbId: 'person:sergei-lavrov',
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const out = run(c.text, c.spec, c.date);
      const [surface, nth] = c.mention;
      let at = -1;
      for (let i = 0; i <= nth; i++) at = c.text.indexOf(surface, at + 1);
      const m = out.mentions.find((x) => x.start === at && x.kind === 'name');
      assert.ok(m, `no name mention at ${at}`);
      assert.equal(c.text.slice(m.start, m.end), surface);
      const e = out.entities.find((x) => x.id === m.entity)!;
      assert.equal(e.type, 'PERSON');
      assert.equal(e.name, c.name_);
      assert.equal(e.kbId, c.kbId);
      // every name mention of the entity spells the person, and no mention is lost
      for (const x of e.mentions) assert.ok(c.text.slice(x.start, x.end).endsWith(surface.split(' ').pop()!));
    });
  }

  it('the bare surname after a namesake\'s full name stays one entity with it', () => {
    const text = 'George W. Bush spoke in Washington. Bush said the war would go on.';
    const out = run(text, [['George W. Bush', 'PERSON'], ['Bush', 'PERSON'], ['Washington', 'LOC']], '1991-03-06');
    const persons = out.entities.filter((e) => e.type === 'PERSON');
    assert.deepEqual(persons.map((e) => [e.name, e.kbId, e.mentions.map((m) => text.slice(m.start, m.end))]),
      [['George W. Bush', 'person:george-w-bush', ['George W. Bush', 'Bush']]]);
  });

  it('the stage passes the publication date on', () => {
    const text = 'Estonia will join the talks, Kallas said.';
    const fakeNer: Stage<'tokens', 'names'> = {
      name: 'ner', requires: ['tokens'], produces: ['names'],
      run: () => ({ names: namesOf(text, [['Estonia', 'LOC'], ['Kallas', 'PERSON']]) }),
    };
    const p = createPipeline({ stages: [segmentStage, fakeNer, entitiesStage] });
    for (const [date, kbId] of [['2002-06-01', 'person:siim-kallas'], ['2022-06-01', 'person:kaja-kallas'], [null, undefined]] as const) {
      const doc = p.run({ id: 'd', text, publishedAt: date, source: { kind: 'text' }, layers: {} });
      assert.equal(doc.layers.entities?.find((e) => e.type === 'PERSON')?.kbId, kbId, String(date));
    }
  });
});

describe('namesakes: the whole analyzer (tagger, entities) with a publication date', () => {
  const text = 'Kallas said the bloc would respond.';
  const cases: Array<[string | null, string, string | undefined]> = [
    ['2022-06-01', 'Kaja Kallas', 'person:kaja-kallas'],
    ['2014-03-06', 'Kallas', undefined],
    [null, 'Kallas', undefined],
  ];
  for (const [date, name, kbId] of cases) {
    it(`"${text}" published ${date}`, () => {
      const persons = analyzeText({ text, publishedAt: date }).entities.filter((e) => e.type === 'PERSON');
      assert.deepEqual(persons.map((e) => [e.name, e.kbId, e.mentions.map((m) => text.slice(m.start, m.end))]), [[name, kbId, ['Kallas']]]);
    });
  }
});

describe('namesakes: candidates and choice', () => {
  const ids = (tokens: string[]) => namesakesOf(tokens).map((p) => p.id).sort();
  const cases: Array<[string[], string[]]> = [
    [['Kallas'], ['person:kaja-kallas', 'person:siim-kallas']],
    [['Bush'], ['person:george-h-w-bush', 'person:george-w-bush']],
    [['Siim', 'Kallas'], []],
    [['Lavrov'], []],
    [['Nobody'], []],
    [['S.', 'Kallas'], ['person:kaja-kallas', 'person:siim-kallas']],
  ];
  for (const [tokens, expected] of cases) it(`namesakesOf(${tokens.join(' ')})`, () => assert.deepEqual(ids(tokens), expected));

  const none = () => false;
  const choices: Array<[string, Parameters<typeof chooseNamesake>[1], string | undefined, string | null]> = [
    ['Mrs: the lists give Kaja as a woman but Siim no gender, so nothing is decided', { date: null, roles: [], gender: 'f', speaksOf: none }, undefined, null],
    ['Mr: not the woman, but nothing says it is the other', { date: null, roles: [], gender: 'm', speaksOf: none }, undefined, null],
    ['an initial that fits neither', { date: '2022-06-01', roles: [], speaksOf: none }, 'J.', null],
    ['the role\'s country must match', { date: null, roles: ['Latvian Prime Minister Kallas'], roleCountry: 'LV', speaksOf: none }, undefined, null],
  ];
  for (const [name, clues, initial, expected] of choices) {
    it(`chooseNamesake: ${name}`, () => assert.equal(chooseNamesake(namesakesOf(['Kallas']), clues, initial).person?.id ?? null, expected));
  }

  it('chooseNamesake: "Mrs Clinton" is the one woman of two whose genders are known', () => {
    assert.equal(chooseNamesake(namesakesOf(['Clinton']), { date: null, roles: [], gender: 'f', speaksOf: none }).person?.id, 'person:hillary-clinton');
    assert.equal(chooseNamesake(namesakesOf(['Clinton']), { date: null, roles: [], gender: 'm', speaksOf: none }).person?.id, 'person:bill-clinton');
  });

  it('jurisdictions: a country by its code, an organisation under its entity id', () => {
    assert.equal(jurisdictionIn('org:eu', new Set(['org:european-union'])), true);
    assert.equal(jurisdictionIn('country:EE', new Set(), new Set(['EE'])), true);
    assert.equal(jurisdictionIn('country:EE', new Set(['country:LV']), new Set(['LV'])), false);
  });
});
