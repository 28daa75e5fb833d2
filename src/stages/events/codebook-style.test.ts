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
    // second round (batch 2 of the data file)
    { text: 'The Unionist party said it would have nothing to do with the new proposals.', type: 'REJECT', trigger: 'have nothing to do with' },
    { text: 'Uruguay said it might pull its 800 peacekeepers out of the mission if its soldiers came under fire again.', type: 'THREATEN', trigger: 'pull its 800 peacekeepers out' },
    { text: 'The aid group warned that it would withdraw its delegates from the province unless the attacks stopped.', type: 'THREATEN', trigger: 'withdraw' },
    { text: 'The relief agency said it would have to pull its staff out of the camps unless the looting ended.', type: 'THREATEN', trigger: 'pull its staff out' },
    { text: 'The rebels gave the garrison 24 hours to surrender or be attacked.', type: 'THREATEN', trigger: 'gave' },
    { text: 'Tokyo halted all arms sales to the region.', type: 'SANCTION', trigger: 'halted' },
    { text: 'The former president said he was giving up his role as mediator in the dispute.', type: 'SANCTION', mode: 'withdraw', trigger: 'giving up' },
    { text: 'The government ordered the U.N. monitors to leave the country by Friday.', type: 'SANCTION', mode: 'expel', trigger: 'ordered' },
    { text: 'The junta expelled the relief agency from the northern provinces.', type: 'SANCTION', mode: 'expel', trigger: 'expelled' },
    { text: 'Taxi drivers and shopkeepers blocked the main bridge to protest against the new tax.', type: 'PROTEST', mode: 'obstruct', trigger: 'blocked' },
    { text: 'Unknown hackers crashed the website of the electoral commission.', type: 'COERCE', mode: 'cyber', trigger: 'crashed' },
    { text: 'Pirates seized 12 crew members of a Greek tanker off the coast.', type: 'ASSAULT', mode: 'abduct', trigger: 'seized' },
    { text: 'Border troops were put on a state of full alert on Sunday.', type: 'MOBILIZE', trigger: 'put on a state of full alert' },
    { text: 'The army held a military parade through the capital.', type: 'MOBILIZE', trigger: 'held a military parade' },
    { text: 'The general said his troops were ready to cross the river to attack the rebel bases.', type: 'THREATEN', trigger: 'ready' },
    // third round (batch 3 of the data file)
    { text: 'Harare tore up its trade accord with Lusaka on Monday.', type: 'SANCTION', trigger: 'tore up' },
    { text: 'The donors withheld 40 million dollars in budget aid from the government.', type: 'SANCTION', trigger: 'withheld' },
    { text: 'Militia fighters traded fire with the police near the airport.', type: 'ASSAULT', trigger: 'traded' },
    { text: 'Iraqi warplanes raided Kurdish villages near the border.', type: 'ASSAULT', trigger: 'raided' },
    { text: 'The minister said Ankara would sever all ties with any state that recognised the enclave.', type: 'THREATEN', trigger: 'sever' },
    { text: 'The agency suspended lending to the country after the coup.', type: 'SANCTION', trigger: 'suspended' },
    { text: 'Seoul cancelled the planned talks with the North.', type: 'REJECT', trigger: 'cancelled' },
    { text: 'Police fired tear gas at the crowd.', type: 'COERCE', trigger: 'fired' },
    // probes of refusals and threats written after batch 3
    { text: 'The guerrillas warned aid workers to quit the province or face attack.', type: 'THREATEN', trigger: 'warned' },
    { text: 'The separatists said they would regard government officials as legitimate targets.', type: 'THREATEN', mode: 'violence', trigger: 'regard' },
    { text: 'The military on Monday rejected the opposition plan.', type: 'REJECT', trigger: 'rejected', actor: 'military' },
    { text: 'Nurses at public clinics threatened to stage a walkout next month.', type: 'THREATEN', trigger: 'threatened', actor: 'Nurses' },
    // probes of protests, sanctions and shows of force
    { text: 'Traders in the bazaar kept their stalls shut on Tuesday in a one-day strike.', type: 'PROTEST', mode: 'strike', trigger: 'strike' },
    { text: 'Railway workers stopped work for two hours in protest at the dismissals.', type: 'PROTEST', mode: 'strike', trigger: 'stopped' },
    { text: 'Fishermen tipped their catch onto the quay to protest against the new quotas.', type: 'PROTEST', trigger: 'protest', actor: 'Fishermen' },
    { text: 'The regional bloc expelled Guinea after the coup.', type: 'SANCTION', mode: 'expel', trigger: 'expelled' },
    { text: 'Lenders cut off budget support to the government.', type: 'SANCTION', trigger: 'cut' },
    { text: 'Fighter jets flew over the disputed islands in a show of force.', type: 'MOBILIZE', trigger: 'show' },
    { text: 'The navy staged a show of strength off the coast with six warships.', type: 'MOBILIZE', trigger: 'staged a show' },
    // verbs of roots 12-19 probed one by one
    { text: 'An angry crowd mobbed the governor\'s convoy outside the courthouse.', type: 'PROTEST', mode: 'riot', trigger: 'mobbed' },
    { text: 'The junta scorned the mediators\' latest proposal.', type: 'REJECT', trigger: 'scorned' },
    { text: 'The regime banished three opposition leaders to a desert camp.', type: 'COERCE', mode: 'deport', trigger: 'banished' },
    { text: 'Masked gunmen mowed down eight villagers at a wedding party.', type: 'ASSAULT', trigger: 'mowed down' },
    { text: 'Militants lobbed grenades at a police post overnight.', type: 'ASSAULT', trigger: 'lobbed' },
    { text: 'Rebel fighters encircled the garrison on Sunday.', type: 'ASSAULT', mode: 'blockade', trigger: 'encircled' },
    { text: 'The regime stepped up its crackdown on the independent press.', type: 'COERCE', trigger: 'stepped up its crackdown' },
    { text: 'The murder of the judge by a drug gang has shaken the capital.', type: 'ASSAULT', mode: 'targeted', trigger: 'murder', actor: 'drug gang' },
  ]);
});

describe('events: the time an ultimatum gives and the alternative it holds out are no acts; goods seized are confiscated', () => {
  const cases = [
    { text: 'Iran declared the attache persona non grata and gave him a week to leave.', types: ['SANCTION'] },
    { text: 'Customs officers seized 12 kilos of heroin at the airport.', types: ['COERCE'] },
  ];
  for (const c of cases) it(c.text, () => assert.deepEqual(analyzeText({ text: c.text }).events.map((e) => e.type), c.types));
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
    'The chairman said he would give up his role as soon as a successor was found.',
    'The band had nothing to do with the decision.',
    'Fans blocked the road outside the stadium after the match.',
    'A fire destroyed the historic market overnight.',
    'The shops were denied trading licences.',
    'The minister warned that exports could slow or even fall next year.',
    'The judge said the archive was a legitimate target of inquiry.',
    'In a show of strength, the champions won 4-0.',
    'The builders stopped work on the new stadium.',
    'Thousands of visitors attended the motor show in the old army barracks.',
    'The actor was mobbed by fans outside the cinema.',
    'The striker lobbed the keeper from 25 yards.',
    'The home side laid siege to the visitors\' line in the closing minutes.',
    'The champions banished the memories of last season with a 5-0 win.',
    'Settlers have built new homes on occupied land near the town.',
    'Revenue was strong in charged data services.',
    'The bank raised rates without killing off growth.',
    'Police stepped up security around the stadium.',
  ];
  const conflict = new Set(['REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT']);
  for (const text of texts) {
    it(text, () => assert.deepEqual(analyzeText({ text }).events.filter((e) => conflict.has(e.type)).map((e) => [e.type, e.trigger?.text]), []));
  }
});
