import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeText } from '../../analyze.js';

/**
 * The party of an event named by a nationality or ethnic adjective and its noun: the noun phrase, not the adjective
 * alone ("Islamic militants", "East Timorese students"), unless the noun is one of the state's own organs or land
 * ("Russian forces", "Ukrainian territory" stay the state's name as written). A thing or people struck, named right after
 * the verb, is the target rather than the place after it. Sentences written for these tests.
 */
interface Row { text: string; type: string; actor?: string; target?: string }

function check(rows: Row[]): void {
  for (const r of rows) {
    it(r.text, () => {
      const e = analyzeText({ text: r.text }).events.find((x) => x.type === r.type);
      assert.ok(e, `no ${r.type} event`);
      if (r.actor !== undefined) {
        assert.equal(e.actor?.name, r.actor);
        assert.equal(r.text.slice(e.actor!.start!, e.actor!.end!), r.actor);
      }
      if (r.target !== undefined) {
        assert.equal(e.target?.name, r.target);
        assert.equal(r.text.slice(e.target!.start!, e.target!.end!), r.target);
      }
    });
  }
}

describe('events: a nationality adjective before its noun heads the party', () => {
  check([
    { text: 'Suspected Islamic militants killed four policemen at a checkpoint on Monday.', type: 'ASSAULT', actor: 'Islamic militants' },
    { text: 'Serb gunmen shot dead two Albanian farmers near the village.', type: 'ASSAULT', actor: 'Serb gunmen' },
    { text: 'Hutu militiamen attacked a camp for displaced people overnight.', type: 'ASSAULT', actor: 'Hutu militiamen' },
    { text: 'Security forces detained 20 Kurdish students after the rally.', type: 'COERCE', actor: 'Security forces', target: 'Kurdish students' },
    { text: 'Gunmen attacked a Kurdish refugee camp in the north.', type: 'ASSAULT', target: 'Kurdish refugee camp' },
    // the state's organs and land stand for the state
    { text: 'Russian forces shelled the town for a third day.', type: 'ASSAULT', actor: 'Russian' },
    { text: 'Iraqi officials rejected the inspectors\' report.', type: 'REJECT', actor: 'Iraqi' },
  ]);
});

describe('events: what is struck right after the verb, not the place after it', () => {
  check([
    { text: 'Rebels abducted two foreign engineers from their camp in Aceh.', type: 'ASSAULT', target: 'foreign engineers' },
    { text: 'Warplanes bombed fuel depots outside Grozny overnight.', type: 'ASSAULT', target: 'fuel depots' },
    { text: 'Militiamen raided a clinic in western Darfur.', type: 'ASSAULT', target: 'clinic' },
    // what is fired is no target
    { text: 'Police fired tear gas at students outside the university.', type: 'ASSAULT', target: 'students' },
  ]);
});

describe('events: a verb of intent or an adverb is no part of the subject', () => {
  check([
    { text: 'Opposition leaders plan to protest outside the electoral commission on Friday.', type: 'PROTEST', actor: 'Opposition leaders' },
    { text: 'Gunmen tried to assassinate the provincial governor on Monday.', type: 'ASSAULT', actor: 'Gunmen' },
    { text: 'Farmers decided to stage a protest outside parliament.', type: 'PROTEST', actor: 'Farmers' },
    { text: 'Prison guards beat the inmates after the riot.', type: 'ASSAULT', actor: 'Prison guards' },
  ]);
});

describe('events: told to leave a territory is an expulsion', () => {
  check([
    { text: 'The junta told foreign correspondents to leave the country by Sunday.', type: 'COERCE', actor: 'junta', target: 'foreign correspondents' },
    { text: 'The government told the ceasefire monitors to leave the province.', type: 'SANCTION', actor: 'government' },
  ]);
  for (const text of ['The coach told him to leave the club at the end of the season.', 'The minister told reporters he would leave office next year.', 'He told the radio he wanted to leave the country.']) {
    it(`no expulsion: ${text}`, () => assert.deepEqual(analyzeText({ text }).events.filter((e) => e.type === 'COERCE' || e.type === 'SANCTION').map((e) => e.trigger?.text), []));
  }
});

describe('events: have + a possessed noun + participle is done to the subject', () => {
  check([
    { text: 'The villagers had their claims accepted by the land court.', type: 'AGREE', actor: 'land court', target: 'villagers' },
    { text: 'Dozens of families had their houses demolished by the army.', type: 'COERCE', actor: 'army', target: 'families' },
  ]);
});

describe('events: "as" before a bare noun phrase and its verb opens a clause with its own subject', () => {
  check([
    { text: 'Ukrainian flags filled the square as crowds gathered outside the parliament.', type: 'PROTEST', actor: 'crowds' },
    { text: 'Shares of the drug maker fell as the firms suspended sales of the new drug.', type: 'SANCTION', actor: 'firms' },
  ]);
});

describe('events: a stoppage announced for a time, or under a condition', () => {
  check([
    { text: 'Nurses will strike next week over unpaid wages.', type: 'PROTEST', actor: 'Nurses' },
    { text: 'The miners said they would strike until the pit closures were dropped.', type: 'PROTEST', actor: 'miners' },
    { text: 'The pilots union said its members would strike on Friday unless the talks resumed.', type: 'THREATEN' },
  ]);
});
