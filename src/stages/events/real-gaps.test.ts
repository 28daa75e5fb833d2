import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeText } from '../../analyze.js';
import { itCodesOneEvent } from '../../../test/support/one-event.js';

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
    { text: 'The campaign chief denied the movement was seeking to shield its founder.', type: 'REJECT', trigger: 'denied', actor: 'campaign chief' },
    { text: 'The occupiers deny they are keeping two guards inside the town hall.', type: 'REJECT', trigger: 'deny', actor: 'occupiers' },
    // a warning of a conditional measure or stoppage, with or without "that"
    { text: 'The rail union chief warned there could be more walkouts unless the board rethought its plans.', type: 'THREATEN', trigger: 'warned', actor: 'rail union chief' },
    { text: 'The president warned that his country might have to take retaliatory measures should Georgia join the alliance.', type: 'THREATEN', trigger: 'warned', actor: 'president' },
    // a verbal protest is ACCUSE 'disapprove' (the manual's note); a protest in the street stays PROTEST
    { text: 'Several airlines protested that the new landing fees were unfair.', type: 'ACCUSE', mode: 'disapprove', trigger: 'protested', actor: 'airlines' },
    { text: 'Students protested outside the ministry against the fee rise.', type: 'PROTEST', mode: 'demo', trigger: 'protested', actor: 'Students' },
    // what sanctions target is no attack (only where sanctions are spoken of: extortionists targeting firms attack them)
    { text: 'Washington on Friday widened its sanctions list and targeted two state banks.', type: 'SANCTION', mode: 'discontinue', trigger: 'targeted', actor: 'Washington' },
    // protesters seizing or occupying a building obstruct (PROTEST), the agent may follow an adverbial; armed rebels seizing it assault
    { text: 'Angry protesters seize the customs office at the border crossing.', type: 'PROTEST', mode: 'obstruct', trigger: 'seize' },
    { text: 'The port authority building was occupied for three days by striking dockers.', type: 'PROTEST', mode: 'obstruct', trigger: 'occupied' },
    { text: 'Rebels seized the district police headquarters on Sunday.', type: 'ASSAULT', trigger: 'seized', actor: 'Rebels' },
    // an accusation or demand made again is still made
    { text: 'The opposition has repeatedly accused the guards of beating detainees.', type: 'ACCUSE', trigger: 'accused', actor: 'opposition' },
    { text: 'The farmers union has repeatedly demanded compensation for the flooded fields.', type: 'REQUEST', trigger: 'demanded', actor: 'farmers union' },
    // a denigration: "called X a farce", "described X as absurd", "said X was a sham"
    { text: 'The foreign ministry called the planned vote a sham.', type: 'ACCUSE', mode: 'disapprove', trigger: 'called', actor: 'foreign ministry' },
    { text: 'The mayor described the curfew as absurd.', type: 'ACCUSE', mode: 'disapprove', trigger: 'described', actor: 'mayor' },
    { text: 'The exiled leader said the election held last spring was a travesty.', type: 'ACCUSE', mode: 'disapprove', trigger: 'said', actor: 'exiled leader' },
    // a raising verb: what is reported to be under way is coded, its verb group is no part of the subject
    { text: 'Four more prosecutors are reported to be threatening to quit.', type: 'THREATEN', trigger: 'threatening', actor: 'Four more prosecutors' },
    // conflict nouns with occurrence verbs and frames ("happened", "passed off", "involved in", "were held by")
    { text: 'The raid happened on a mountain road north of the capital.', type: 'ASSAULT', trigger: 'raid' },
    { text: 'The funeral march passed off without incident.', type: 'PROTEST', trigger: 'march' },
    { text: 'Border guards and smugglers were involved in heavy clashes overnight.', type: 'ASSAULT', trigger: 'involved in heavy clashes' },
    { text: 'In several towns, pickets were held by striking nurses.', type: 'PROTEST', trigger: 'pickets', actor: 'striking nurses' },
    // sanctions lists and sanctions that hit
    { text: 'The council added nine officials to its list of people facing travel bans.', type: 'SANCTION', trigger: 'added', actor: 'council' },
    { text: 'Four shipping firms were hit by the latest round of sanctions.', type: 'SANCTION', trigger: 'hit' },
    // the verb whose subject is a conflict noun reports that occurrence: one event with its counts
    { text: 'Heavy fighting between army units and insurgents on Sunday near the dam killed nine people.', type: 'ASSAULT', trigger: 'fighting', actor: 'army units' },
    // a relative clause without a pronoun is background
    { text: 'The gunmen fired a rocket from the top of the school they were holding.', type: 'ASSAULT', trigger: 'fired', actor: 'gunmen' },
    // an attack in words on plans, records or a person "for failing" is a criticism (ACCUSE), not an assault
    { text: 'The shadow chancellor attacked the spending plans as reckless.', type: 'ACCUSE', mode: 'disapprove', trigger: 'attacked', actor: 'shadow chancellor' },
    { text: 'The party leader attacked the premier for ignoring the flood warnings.', type: 'ACCUSE', mode: 'disapprove', trigger: 'attacked', actor: 'party leader' },
    { text: 'Insurgents attacked an army patrol as it crossed the river.', type: 'ASSAULT', trigger: 'attacked', actor: 'Insurgents' },
    // detention named by where or how people are held
    { text: 'Three aid workers have been held by the junta in prison since March.', type: 'COERCE', mode: 'arrest', trigger: 'held', actor: 'junta' },
    { text: 'The students were held without charge for nine days.', type: 'COERCE', mode: 'arrest', trigger: 'held' },
    // "the fighting" is a noun that occurs; a sentence-opening place phrase does not hide the subject noun
    { text: 'The fighting spread to the northern suburbs overnight.', type: 'ASSAULT', trigger: 'fighting' },
    { text: 'In Odessa clashes between rival football fans and police erupted.', type: 'ASSAULT', trigger: 'clashes' },
    // protests that began or were triggered by something occurred
    { text: 'Street protests were sparked in May by the closure of the shipyard.', type: 'PROTEST', trigger: 'protests' },
    { text: 'The student demonstrations began after the rector was dismissed.', type: 'PROTEST', trigger: 'demonstrations' },
    // accusations said again, or "made"; deaths in violence; aircraft brought down
    { text: 'The two militias repeatedly accused each other of breaking the truce.', type: 'ACCUSE', trigger: 'accused', actor: 'militias' },
    { text: 'The monitors said both armies made allegations of shelling near the river.', type: 'ACCUSE', mode: 'allege', trigger: 'made' },
    { text: 'Four demonstrators died in the unrest on Tuesday.', type: 'ASSAULT', trigger: 'died' },
    { text: 'Guerrillas used rockets to bring down two transport planes.', type: 'ASSAULT', trigger: 'bring down', actor: 'Guerrillas' },
    // the progressive of "using X to" is active; a trigger word used as a noun governs nothing
    { text: 'The brigade is using attack helicopters and artillery to retake the airport.', type: 'ASSAULT', trigger: 'retake', actor: 'brigade' },
    // blocking monitors or reporters from their work restricts them
    { text: 'Armed men continue to prevent the inspectors from reaching the depot.', type: 'COERCE', mode: 'restrict', trigger: 'prevent' },
    { text: 'From Gori rebels fired at the convoy.', type: 'ASSAULT', trigger: 'fired' },
  ];
  itCodesOneEvent(cases);
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
    // the nouns sanctions name are no targets of an attack; a reduced relative in the subject is background
    'The names of the banks targeted by the measures will be published next week.',
    // volunteers described inside a prepositional phrase are no fighting reported
    'The officer said he knew of foreign volunteers fighting alongside the militia.',
    // "deploy all efforts" moves no troops
    'The agency will deploy all its efforts to finish the report.',
    // "called for", "called the meeting a success" denigrate nothing
    'The minister called the talks a success.',
    // a risk is no threat
    'The dispute over fishing rights threatens to overshadow the summit.',
    'The village clinic was threatened with closure last winter.',
    'The new levy threatens to reignite the row between the regulator and the brewers.',
    // a participle with its adverbial is no denial clause
    'Permits denied under the old rules would now be granted.',
    'A second round of talks was held in the prison chapel.',
    'The old miner died in hospital on Friday.',
    'Officials said both pilots died when their jet crashed in an accident on a training flight.',
    'Officials want to prevent prices from rising further.',
    // a participle after a plural noun opened by a national adjective inside a prepositional phrase
    'The film shows interviews with Georgian conscripts captured in the mountains.',
    // sports pages: comebacks, rankings, injuries, scoring chances, storming ahead, attacking the net, ruined careers
    'The Swede fought back superbly to win the final set 7-5.',
    'Both players will be fighting for the number one ranking this season.',
    'The winger injured his ankle again in training.',
    'Scotland twice threatened further tries before the break.',
    'The visitors stormed 17-3 ahead inside twenty minutes.',
    'She attacks the net and earns a break point.',
    'The coach said the injury could be destroying young players\' careers.',
    'The last month of the striker\'s ban is suspended.',
    'The hosts turned down two kickable penalties.',
    'The forwards pounded the line in the closing minutes.',
    'Both clubs will be fighting for the number three spot.',
    'The retailer will bring down prices across its stores.',
    'The sell-off made a quick recovery of the shares unlikely.',
    // the setting of an act ("amid", "despite") is no event of its own
    'The premier called an early election amid a dock strike and soaring prices.',
    'The premier went to the polls amid the slump, a dockers\' strike and rising prices.',
    // a short clause coordinated with a background clause is background too
    'The envoy spoke about the valley where nine people were killed and dozens were hurt.',
  ];
  for (const text of texts) {
    it(text, () => assert.deepEqual(analyzeText({ text }).events.filter((e) => conflict.has(e.type)).map((e) => [e.type, e.trigger?.text]), []));
  }
});
