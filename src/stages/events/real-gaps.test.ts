import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeText } from '../../analyze.js';

/**
 * Constructions of the conflict types found missing on real news (part A of scripts/real-events.gold.jsonl), each
 * tested on sentences written for these tests in our own words (no sentence of ../shared is copied): denials without
 * "that", warnings of a conditional stoppage or measure, verbal protests, reduced relatives, and the like. Each
 * sentence yields exactly one event.
 */
describe('events: wordings of real conflict reporting, one event a sentence', () => {
  const cases: Array<{ text: string; type: string; mode?: string; trigger: string; actor?: string | null }> = [
    // a denial whose content follows without "that" is the REJECT; the act denied is not coded
    { text: 'The militia commanders denied they had fired on the convoy.', type: 'REJECT', trigger: 'denied', actor: 'militia commanders' },
    { text: 'Army officials denied Belgrade had moved tanks toward the frontier.', type: 'REJECT', trigger: 'denied', actor: 'Army officials' },
    { text: 'The governor denies having ever ordered the arrests.', type: 'REJECT', trigger: 'denies', actor: 'governor' },
    { text: 'The interior ministry denied the report.', type: 'REJECT', trigger: 'denied', actor: 'interior ministry' },
    { text: 'The occupiers deny they are keeping two guards inside the town hall.', type: 'REJECT', trigger: 'deny', actor: 'occupiers' },
    // a warning of a conditional measure or stoppage, with or without "that"
    { text: 'The rail union chief warned there could be more walkouts unless the board rethought its plans.', type: 'THREATEN', trigger: 'warned', actor: 'rail union chief' },
    { text: 'The president warned that his country might have to take retaliatory measures should Georgia join the alliance.', type: 'THREATEN', trigger: 'warned', actor: 'president' },
  ];
  for (const c of cases) {
    it(`${c.type}: ${c.text}`, () => {
      const evs = analyzeText({ text: c.text }).events;
      assert.equal(evs.length, 1, JSON.stringify(evs.map((x) => [x.type, x.trigger?.text])));
      const e = evs[0]!;
      assert.equal(e.type, c.type);
      assert.equal(c.text.slice(e.trigger!.start, e.trigger!.end), c.trigger);
      if (c.mode !== undefined) assert.equal(e.mode, c.mode);
      if (c.actor !== undefined) assert.equal(e.actor?.name ?? null, c.actor);
    });
  }
});

describe('events: real-news wordings that code no conflict event', () => {
  const conflict = new Set(['REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT']);
  const texts = [
    // "does not deny" denies nothing
    'The bank does not deny that some of its clients are under investigation.',
    // a forecast is no threat
    'Economists warned that growth could slow next year.',
    // an inverted conditional sets a condition, it reports no act
    'Gas prices would rise sharply should the pipeline close.',
  ];
  for (const text of texts) {
    it(text, () => assert.deepEqual(analyzeText({ text }).events.filter((e) => conflict.has(e.type)).map((e) => [e.type, e.trigger?.text]), []));
  }
});
