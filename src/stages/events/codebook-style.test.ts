import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeText } from '../../analyze.js';
import { itCodesOneEvent } from '../../../test/support/one-event.js';

/**
 * Wordings of the CAMEO conflict sub-codes (roots 12–20) met while writing codebook-style.jsonl, on sentences written
 * for these tests (not the data file's, nor the PLOVER gold file's): a time phrase between a vote and its act, same-form
 * pasts after "police" or a device opened by "a", relations or a truce broken, possible acts announced under a condition,
 * punishment warned of, mediation ended, cyber attacks, human shields, bombs dropped,
 * mass killings, ethnic cleansing, shows of force and raised alerts. Each sentence yields exactly one event.
 */
describe('events: codebook-style conflict wordings, one event a sentence', () => {
  itCodesOneEvent([
    { text: 'The regional assembly voted on Monday to reject the autonomy statute.', type: 'REJECT', trigger: 'reject' },
    { text: 'The senate voted late last week to reject the treaty.', type: 'REJECT', trigger: 'reject' },
    { text: 'Riot police beat protesters with clubs outside the university.', type: 'COERCE', trigger: 'beat' },
    { text: 'A landmine hit a United Nations truck on the road to the airport.', type: 'ASSAULT', trigger: 'hit' },
    { text: 'Chad broke diplomatic relations with Libya on Friday.', type: 'SANCTION', mode: 'discontinue', trigger: 'broke', actor: 'Chad' },
    { text: 'Militia fighters broke the truce by firing mortars at the airport.', type: 'ASSAULT', trigger: 'broke' },
    { text: 'The governor said he might impose a curfew on the port city if the looting did not stop.', type: 'THREATEN', trigger: 'impose' },
    { text: 'The junta warned that strikers would be dealt with harshly.', type: 'THREATEN', trigger: 'warned' },
    { text: 'The Commonwealth said it was ending its mediation between the two parties.', type: 'SANCTION', mode: 'withdraw', trigger: 'ending' },
    { text: 'Hackers attacked the websites of three government ministries on Tuesday.', type: 'COERCE', mode: 'cyber', trigger: 'attacked' },
    { text: 'The militia used hostages as human shields when the troops moved in.', type: 'ASSAULT', trigger: 'used' },
    { text: 'Government aircraft dropped bombs on the market town of Kadugli.', type: 'ASSAULT', mode: 'aerial', trigger: 'dropped' },
    { text: 'Dozens of villagers were slaughtered by raiders from across the border.', type: 'ASSAULT', mode: 'targeted', trigger: 'slaughtered' },
    { text: 'Armed gangs carried out ethnic cleansing in three districts, the envoy said.', type: 'ASSAULT', trigger: 'carried out ethnic cleansing' },
    { text: 'The navy paraded warships and missiles off the disputed coast.', type: 'MOBILIZE', trigger: 'paraded' },
    { text: 'The defence ministry raised the alert status of its border units.', type: 'MOBILIZE', trigger: 'raised' },
    { text: 'Egypt froze economic assistance to the neighbouring government.', type: 'SANCTION', trigger: 'froze' },
    { text: 'The president received a visiting delegation of Chinese officials on Monday.', type: 'CONSULT', trigger: 'received' },
    { text: 'Relief agencies airlifted food to the stranded villagers.', type: 'AID', trigger: 'airlifted' },
  ]);
});

describe('events: a trailing "saying" clause reports the reason, not a second act', () => {
  const cases = [
    { text: 'The court banned the newspaper, saying it had threatened public order.', types: ['COERCE'] },
    { text: 'The ministry expelled the correspondent, adding that he had attacked the state in his articles.', types: ['COERCE'] },
  ];
  for (const c of cases) it(c.text, () => assert.deepEqual(analyzeText({ text: c.text }).events.map((e) => e.type), c.types));
});

describe('events: no conflict event in these', () => {
  const texts = [
    'Heavy floods have killed more than 40 people in the delta.',
    'Fire gutted a hotel in the old town overnight.',
    'The holder defended her title in three sets.',
    'The minister received a letter from the union.',
    'Analysts raised their forecasts for growth.',
    'The company dropped its bid for the airline.',
    'Police said they had ended the search.',
    'The farmers slaughtered their sheep before the winter.',
  ];
  const conflict = new Set(['REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT']);
  for (const text of texts) {
    it(text, () => assert.deepEqual(analyzeText({ text }).events.filter((e) => conflict.has(e.type)).map((e) => [e.type, e.trigger?.text]), []));
  }
});
