import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity, Event, Mention, Quote } from '../../model/layers.js';
import { createPipeline } from '../../pipeline/runner.js';
import { segment } from '../segment/index.js';
import { segmentStage } from '../segment/index.js';
import { eventsStage, extractEvents } from './index.js';
import { lemmatize } from './lemma.js';
import { parseNumber } from './numbers.js';
import { analyzeText } from '../../analyze.js';

/** Runs the finder on a text with only tokens and sentences (no entities: actors are names as written). */
function run(text: string, extra: { mentions?: Mention[]; entities?: Entity[]; quotes?: Quote[] } = {}): Event[] {
  const s = segment(text);
  return extractEvents({ text, tokens: s.tokens, sentences: s.sentences, ...extra });
}

const slice = (text: string, span: { start?: number; end?: number } | null | undefined) => (span && span.start !== undefined ? text.slice(span.start, span.end) : undefined);

describe('events: coding', () => {
  const cases: Array<{ text: string; type: string; trigger: string; actor?: string | null; target?: string | null; negated?: boolean; modality?: string | null; mode?: string | null }> = [
    { text: 'Rebel fighters attacked a police station in the north on Monday.', type: 'ASSAULT', trigger: 'attacked', actor: 'Rebel fighters' },
    { text: 'Police arrested 12 protesters outside the parliament.', type: 'COERCE', trigger: 'arrested', actor: 'Police', mode: 'arrest' },
    { text: 'The two governments agreed to a prisoner exchange.', type: 'AGREE', trigger: 'agreed', actor: 'governments' },
    { text: 'The foreign minister condemned the shelling of the hospital.', type: 'ACCUSE', trigger: 'condemned', actor: 'foreign minister', mode: 'disapprove' },
    { text: 'The envoy held talks with rebel leaders in the capital.', type: 'CONSULT', trigger: 'held talks', actor: 'envoy' },
    { text: 'Thousands of workers protested against the new tax on Friday.', type: 'PROTEST', trigger: 'protested' },
    { text: 'The army withdrew its troops from the border town.', type: 'RETREAT', trigger: 'withdrew', actor: 'army', mode: 'withdraw' },
    { text: 'The council imposed new sanctions on the regime.', type: 'SANCTION', trigger: 'imposed', actor: 'council' },
    { text: 'The union rejected the latest offer from management.', type: 'REJECT', trigger: 'rejected', actor: 'union' },
    { text: 'The militia has deployed 300 fighters near the airport.', type: 'MOBILIZE', trigger: 'deployed', actor: 'militia' },
    { text: 'The rebels threatened to strike the capital.', type: 'THREATEN', trigger: 'threatened', actor: 'rebels', mode: 'violence' },
    // a denial is the refusal the wire report codes (REJECT); the act denied is not coded as well
    { text: 'The navy denied launching the missiles.', type: 'REJECT', trigger: 'denied', actor: 'navy' },
    { text: 'Insurgents failed to capture the bridge.', type: 'ASSAULT', trigger: 'capture', negated: true, modality: 'failed' },
    { text: 'The fleet could attack the port within days.', type: 'ASSAULT', trigger: 'attack', modality: 'possible' },
    { text: 'The agency will send food aid to the refugees.', type: 'AGREE', trigger: 'send', modality: 'future' },
    { text: 'The minister is ready to resume negotiations.', type: 'AGREE', trigger: 'ready' },
    { text: 'Two soldiers were wounded by sniper fire.', type: 'ASSAULT', trigger: 'wounded', actor: 'sniper fire', target: 'soldiers' },
    { text: 'The convoy was ambushed by gunmen near the pass.', type: 'ASSAULT', trigger: 'ambushed', actor: 'gunmen', target: 'convoy' },
    // a participle coordinated with a passive verb is passive: the victim is no actor
    { text: 'The activist was kidnapped, beaten up and tortured.', type: 'ASSAULT', trigger: 'kidnapped', actor: null, target: 'activist' },
    // shooting down aircraft is the shooter's attack; shooting down drones intercepts the drones' side
    { text: 'Rebels shot down two army helicopters near the town.', type: 'ASSAULT', trigger: 'shot down', actor: 'Rebels' },
    { text: 'Protesters gathered in the main square on Sunday.', type: 'PROTEST', trigger: 'gathered', mode: 'demo' },
    { text: 'The union blacklisted three contractors over safety.', type: 'SANCTION', trigger: 'blacklisted', actor: 'union' },
    { text: 'The general ordered 5,000 troops to the border.', type: 'MOBILIZE', trigger: 'ordered', actor: 'general', mode: 'troops' },
    // the manual's modes for THREATEN, PROTEST, MOBILIZE, REJECT and ASSAULT, in sentences of our own
    { text: 'The militants warned they would attack foreign embassies.', type: 'THREATEN', trigger: 'attack', mode: 'violence' },
    { text: 'Farmers blocked highways across the region to protest fuel prices.', type: 'PROTEST', trigger: 'blocked', mode: 'obstruct' },
    { text: 'Prisoners went on a hunger strike on Monday.', type: 'PROTEST', trigger: 'went on a hunger strike', mode: 'hunger' },
    { text: 'The army put its troops on high alert along the border.', type: 'MOBILIZE', trigger: 'put its troops on high alert', mode: 'troops' },
    { text: 'The government called up 50,000 reservists.', type: 'MOBILIZE', trigger: 'called up', mode: 'troops' },
    { text: 'The regime defied a ban on missile tests.', type: 'REJECT', trigger: 'defied' },
    { text: 'The two governments struck a deal on gas transit.', type: 'AGREE', trigger: 'struck' },
    { text: 'Thousands of workers went on strike across the country.', type: 'PROTEST', trigger: 'went on strike', mode: 'strike' },
    { text: 'Protesters clashed with police in the capital on Sunday.', type: 'PROTEST', trigger: 'clashed', mode: 'riot' },
    { text: 'The minister said the government would not accept the conditions.', type: 'REJECT', trigger: 'accept' },
    { text: 'The parliament voted down the border deal.', type: 'REJECT', trigger: 'voted down' },
    { text: 'The army moved troops to the eastern border.', type: 'MOBILIZE', trigger: 'moved', mode: 'troops' },
    { text: 'Government forces recaptured the town from the rebels.', type: 'ASSAULT', trigger: 'recaptured' },
    { text: 'The government closed two opposition newspapers.', type: 'COERCE', trigger: 'closed', mode: 'censor' },
    { text: 'The bank gave the country 5 million dollars of aid.', type: 'AID', trigger: 'gave', actor: 'bank' },
    // actors: the head of "X of Y", and the subject of the verb before "and"
    { text: 'Supporters of the jailed leader staged a sit-in outside the court.', type: 'PROTEST', trigger: 'staged a sit-in', actor: 'Supporters' },
    // burning tyres and blocking roads: one protest by the same actor (the first act its trigger)
    { text: 'Demonstrators burned tyres and blocked roads in the capital.', type: 'PROTEST', trigger: 'burned', actor: 'Demonstrators' },

    { text: 'The navy imposed a blockade on the port.', type: 'ASSAULT', trigger: 'imposed', mode: 'blockade' },
  ];
  for (const c of cases) {
    it(`${c.type}: ${c.text}`, () => {
      const evs = run(c.text);
      assert.equal(evs.length, 1, JSON.stringify(evs.map((e) => [e.type, e.trigger?.text])));
      const e = evs[0]!;
      assert.equal(e.type, c.type);
      assert.equal(slice(c.text, e.trigger), c.trigger);
      assert.equal(e.trigger!.text, c.trigger);
      assert.ok(c.text.slice(e.evidence.start, e.evidence.end).includes(c.trigger));
      if (c.actor !== undefined) assert.equal(e.actor?.name ?? null, c.actor);
      if (c.target !== undefined) assert.equal(e.target?.name ?? null, c.target);
      if (c.negated !== undefined) assert.equal(e.negated, c.negated);
      if (c.modality !== undefined) assert.equal(e.modality, c.modality);
      if (c.mode !== undefined) assert.equal(e.mode, c.mode);
    });
  }
});

describe('events: no event', () => {
  const negatives = [
    'Peace is fragile, and everyone hopes for the best in the coming year.',
    'The strike on the market was, in her view, a turning point for the region.',
    'Analysts say the talks are a good sign.',
    '“We will attack at dawn,” the commander told his men.',
    'The government has long supported the plan.',
    'Officials are working to restore the power grid.',
    'Workers gathered the harvest before the rain.',
    'The airline ordered 30 planes from the manufacturer.',
    'The publisher beat profit forecasts for the year.',
    'The home side was beaten 5-0 on Saturday.',
    'She beat two rivals to the best actress award.',
    'Younger viewers will go for the games instead.',
    'An official apology was given by the ministry in 1991.',
    'The president gave a speech to the nation.',
    'As the depot burned, neighbours gave accounts of the night.',
    'The band released a new album on Monday.',
    'The film was originally released in 1985.',
    'She won the award for best supporting actress.',
    'The hit band toured Europe.',
    // business, sports and politics pages: the conflict triggers of the manual in their other senses
    'Shares rallied on Wall Street after the figures.',
    'The striker was booked for his protest at the referee.',
    'The minister came under fire from critics over the budget.',
    'He battled cancer for ten years.',
    'The tycoon took control of the club in May.',
    'The council will cut services to save money.',
    'Economists warned of a recession next year.',
    'Prices hit a record high on Monday.',
    'Oil prices rocketed after the storm.',
    'The band stormed the charts with their new single.',
    'Fans poured into the stadium for the final.',
    'The chancellor held a press conference at the Treasury.',
    'She walked out of the meeting early to catch a train.',
    'The teams clash on Saturday in the cup final.',
    'The minister set out his plans on Tuesday.',
    'He used the money to buy a house.',
    'Cruise ships can keep calling until 20 March.',
    // the back pages
    'The midfielder struck a swerving long range shot.',
    'Rovers hit back just before half time.',
    'Wales and France clash in Cardiff on Saturday.',
  ];
  for (const text of negatives) {
    it(text, () => assert.deepEqual(run(text).map((e) => [e.type, e.trigger?.text]), []));
  }
});

describe('events: quantities and follow-ups', () => {
  it('attaches the counts of a follow-up sentence to its antecedent', () => {
    const text = 'The rebels fired 60 rockets at the base overnight. Of these, 41 rockets were intercepted, while 12 failed in flight, according to army officials.';
    const evs = run(text);
    assert.equal(evs.length, 1);
    const e = evs[0]!;
    assert.equal(e.type, 'ASSAULT');
    assert.deepEqual(e.quantities.map((q) => [q.value, q.unit, q.role, slice(text, q.span)]), [
      [60, 'rocket', 'launched', '60 rockets'], [41, 'rocket', 'intercepted', '41 rockets'], [12, 'rocket', 'lost', '12']]);
    assert.equal(slice(text, e.evidence), 'The rebels fired 60 rockets at the base overnight');
  });
  it('reads roles of people and places', () => {
    const text = 'Militants shelled the town, killing two civilians and wounding more than 100 people across three districts.';
    const e = run(text)[0]!;
    assert.deepEqual(e.quantities.map((q) => [q.value, q.unit, q.role, q.qualifier ?? null]), [
      [2, 'civilian', 'killed', null], [100, 'person', 'injured', 'more than'], [3, 'district', 'location-count', null]]);
  });
  it('a count in a new clause after the trigger takes no role from it', () => {
    const text = 'On Monday, three people were killed and 12 injured after about 200 protesters armed with clubs stormed the jail.';
    const e = run(text).find((x) => x.type === 'ASSAULT')!;
    assert.deepEqual(e.quantities.map((q) => [q.value, q.role]), [[3, 'killed'], [12, 'injured']]);
  });
  it('reads interception: the attack is by the weapons’ side', () => {
    const text = 'Air defences shot down 14 Iranian drones over two provinces.';
    const mentions: Mention[] = [{ start: 24, end: 31, text: 'Iranian', entity: 'e1', kind: 'demonym', type: 'NORP' }];
    const entities: Entity[] = [{ id: 'e1', name: 'Iran', type: 'GPE', aliases: [], mentions }];
    const e = run(text, { mentions, entities })[0]!;
    assert.equal(e.type, 'ASSAULT');
    assert.equal(slice(text, e.trigger), 'shot down');
    assert.equal(e.actor?.entity, 'e1');
    assert.deepEqual(e.quantities.map((q) => [q.value, q.role]), [[14, 'intercepted'], [2, 'location-count']]);
  });
});

describe('events: layers', () => {
  it('takes a metonym actor as its canonical entity, places with the entity geo and the reporting source', () => {
    const text = 'The ministry said Moscow launched dozens of drones at Lviv and Rivne on Sunday.';
    const m = (s: string, entity: string, kind: Mention['kind'], type: Mention['type']): Mention => {
      const start = text.indexOf(s);
      return { start, end: start + s.length, text: s, entity, kind, type };
    };
    const mentions = [m('Moscow', 'e1', 'metonym', 'GPE'), m('Lviv', 'e2', 'name', 'GPE'), m('Rivne', 'e3', 'name', 'GPE')];
    const entities: Entity[] = [
      { id: 'e1', name: 'Russia', type: 'GPE', aliases: [], mentions: [mentions[0]!] },
      { id: 'e2', name: 'Lviv', type: 'GPE', aliases: [], geo: { lat: 49.84, lon: 24.03 }, mentions: [mentions[1]!] },
      { id: 'e3', name: 'Rivne', type: 'GPE', aliases: [], geo: { lat: 50.62, lon: 26.25 }, mentions: [mentions[2]!] },
    ];
    const times = [{ start: text.indexOf('Sunday'), end: text.indexOf('Sunday') + 6, text: 'Sunday', type: 'DATE' as const, value: '2025-03-09' }];
    const s = segment(text);
    const [e] = extractEvents({ text, tokens: s.tokens, sentences: s.sentences, mentions, entities, times });
    assert.equal(e!.actor?.entity, 'e1');
    assert.equal(slice(text, e!.actor), 'Moscow');
    assert.deepEqual(e!.locations?.map((l) => l.entity), ['e2', 'e3']);
    assert.equal(e!.date, '2025-03-09');
    assert.equal(e!.source?.name, 'ministry');
    assert.deepEqual(e!.quantities.map((q) => [q.value, q.unit, q.role, q.qualifier]), [[24, 'drone', 'launched', 'dozens']]);
  });
  it('runs as a stage after segment alone', () => {
    const doc = createPipeline({ stages: [segmentStage, eventsStage] }).run({ id: 'd', text: 'Troops stormed the compound.', publishedAt: null, source: { kind: 'text' }, layers: {} });
    assert.deepEqual(doc.layers.events?.map((e) => [e.type, e.actor?.name, e.actor?.entity]), [['ASSAULT', 'Troops', null]]);
  });
});

describe('events: words', () => {
  const lemmas: Array<[string, string]> = [['launched', 'launch'], ['launches', 'launch'], ['launching', 'launch'], ['shot', 'shoot'],
    ['intercepted', 'intercept'], ['shelled', 'shell'], ['agreed', 'agree'], ['denied', 'deny'], ['stopped', 'stop'], ['suing', 'sue']];
  for (const [w, l] of lemmas) it(`lemma ${w}`, () => assert.equal(lemmatize(w), l));
  const numbers: Array<[string, number, string | undefined]> = [['two drones', 2, undefined], ['a dozen drones', 12, undefined],
    ['dozens of drones', 24, 'dozens'], ['more than 100 people', 100, 'more than'], ['forty-seven people', 47, undefined],
    ['1,200 troops', 1200, undefined], ['2.5 million dollars', 2500000, undefined], ['twenty five people', 25, undefined]];
  for (const [t, v, q] of numbers) {
    it(`number ${t}`, () => {
      const n = parseNumber(t.split(' '), 0);
      assert.equal(n?.value, v);
      assert.equal(n?.qualifier, q);
    });
  }
});

describe('events: clauses', () => {
  const cases: Array<{ text: string; expect: Array<[string, string]> }> = [
    { text: 'The ministry expelled two diplomats over the affair.', expect: [['SANCTION', 'expelled']] },
    { text: 'Police expelled the activists from the square.', expect: [['COERCE', 'expelled']] },
    { text: 'The army seized the town after heavy fighting.', expect: [['ASSAULT', 'seized']] },
    { text: 'The government agreed that both sides should cooperate on trade.', expect: [['AGREE', 'agreed']] },
    { text: 'The minister demanded that the rebels release the hostages.', expect: [['REQUEST', 'demanded']] },
    { text: 'The spokesman said the rebels must release the hostages.', expect: [['REQUEST', 'release']] },
    { text: 'The navy staged exercises in the gulf.', expect: [['MOBILIZE', 'staged exercises']] },
    { text: 'The two navies staged joint exercises in the gulf.', expect: [['COOPERATE', 'staged joint exercises']] },
    { text: 'The council lifted the curfew in the city where 12 people were killed last week.', expect: [['CONCEDE', 'lifted']] },
    { text: 'The government cancelled talks with the opposition.', expect: [['REJECT', 'cancelled']] },
    // background clauses: a participle reducing a relative after a prepositional phrase, a temporal "as" clause, a
    // relative clause holding the report, a participle after the object of the main trigger
    { text: 'In a letter handed over to the envoy on Monday, the government said it would free the prisoners.', expect: [['AGREE', 'free']] },
    { text: 'The army eased the curfew in the north, as police in the capital arrested dozens of students.', expect: [['CONCEDE', 'eased']] },
    { text: 'The minister complained about the raids in which he said ten people were killed or wounded.', expect: [['ACCUSE', 'complained']] },
    { text: 'The council vetoed a resolution condemning the blockade.', expect: [['REJECT', 'vetoed']] },
    // the demand behind a protest is no event of its own (the manual's PROTEST note); one threat a sentence
    { text: 'Dock workers went on strike demanding higher pay.', expect: [['PROTEST', 'went on strike']] },
    { text: 'The president warned the rebels that the army would crush them.', expect: [['THREATEN', 'warned']] },
  ];
  for (const c of cases) {
    it(c.text, () => {
      const evs = run(c.text);
      assert.deepEqual(evs.map((e) => [e.type, slice(c.text, e.trigger)]), c.expect);
    });
  }
});

describe('events: actors in the whole pipeline', () => {
  const cases: Array<[string, string, string | null, string | null]> = [
    // a new clause after "and" has its own subject; a date after "in" does not hide the name after it
    ['He fled to Russia and in March Russia annexed the peninsula of Crimea.', 'ASSAULT', 'Russia', 'Crimea'],
    // coordinated subjects stay together: the first acts, the second is the other party
    ['Russia and Ukraine agreed to a ceasefire.', 'AGREE', 'Russia', 'Ukraine'],
    // "I"/"we" in a reported statement act for its speaker; approving sanctions is a SANCTION
    ['The leaders met. That is why we condemn the annexation of Crimea, said Chancellor Angela Merkel.', 'ACCUSE', 'Angela Merkel', 'Crimea'],
    ['The EU approved new sanctions against Russian officials.', 'SANCTION', 'EU', 'Russian'],
    // a verb after "and has" takes the subject of the same auxiliary before it
    ['Kiev has said the election cannot be held in the Donetsk region and has accused Moscow of stoking the unrest.', 'ACCUSE', 'Kiev', 'Moscow'],
    // the source of a reporting verb before the clause is not the party acted on
    ['Olena Hrytsenko, a nurse, said the soldiers fired on the villagers.', 'ASSAULT', 'soldiers', 'villagers'],
    // what an appositive says of a place describes it: the place is the recipient, not the sea it lies on
    ['Shelling resumed on Monday in Berdiansk, a port of 100,000 on the Sea of Azov.', 'ASSAULT', null, 'Berdiansk'],
    // people before what they wear are the actor; a modal is no part of the subject
    ['Men in dark uniforms could be seen firing at the depot.', 'ASSAULT', 'Men', null],
    ['Gunmen in balaclavas attacked the checkpoint.', 'ASSAULT', 'Gunmen', 'checkpoint'],
  ];
  for (const [text, type, actor, target] of cases) {
    it(text, () => {
      const e = analyzeText({ text }).events.find((x) => x.type === type);
      assert.deepEqual([e?.actor?.name ?? null, e?.target?.name ?? null], [actor, target]);
    });
  }
});
