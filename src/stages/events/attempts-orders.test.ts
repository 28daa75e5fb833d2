import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeText } from '../../analyze.js';
import { itCodesOneEvent } from '../../../test/support/one-event.js';

/**
 * Session 8 gaps, on sentences written for these tests: attempted killings named by a noun (ASSAULT 'targeted',
 * modality 'attempt', the intended victim the target — the manual's ASSAULT modes count attempted assassinations as
 * targeted killings), force used habitually and same-form verbs after a plural subject ("Prison guards routinely beat
 * inmates"), and orders to quit a territory (COERCE 'deport', SANCTION 'expel' for diplomats, monitors, agencies).
 * Each row with a type yields exactly one event; `target` and `actor` are checked through `text.slice` of their spans
 * (null: no such party), `modality` as coded.
 */
interface Row { text: string; type: string; trigger: string; mode?: string; actor?: string | null; target?: string | null; modality?: string | null }

/** The rows' actor and target are spans as written: the shared helper's `actorSpan` and `targetSpan`. */
function check(rows: readonly Row[]): void {
  itCodesOneEvent(rows.map(({ actor, target, ...r }) => ({
    ...r, ...(actor !== undefined ? { actorSpan: actor } : {}), ...(target !== undefined ? { targetSpan: target } : {}),
  })));
}

describe('events: attempted killings are ASSAULT, the intended victim the target', () => {
  check([
    { text: 'Gunmen made an attempt on the life of the mayor of Kandahar on Tuesday.', type: 'ASSAULT', mode: 'targeted', modality: 'attempt', trigger: 'made an attempt on the life', actor: 'Gunmen', target: 'mayor' },
    { text: 'There was an attempt on the life of the opposition leader in Tbilisi last night.', type: 'ASSAULT', mode: 'targeted', trigger: 'attempt on the life', actor: null, target: 'opposition leader' },
    { text: 'The governor survived an assassination attempt outside his home.', type: 'ASSAULT', mode: 'targeted', modality: 'attempt', trigger: 'survived an assassination attempt', actor: null, target: 'governor' },
    { text: 'Mr Karzai survived an attempt on his life in Gardez.', type: 'ASSAULT', trigger: 'survived an attempt on his life', actor: null, target: 'Karzai' },
    { text: 'The president survived an assassination attempt by army officers in 2004.', type: 'ASSAULT', trigger: 'survived an assassination attempt', actor: 'army officers', target: 'president' },
    { text: 'Rebels made a failed attempt to kill the interior minister.', type: 'ASSAULT', modality: 'attempt', trigger: 'kill', actor: 'Rebels', target: 'interior minister' },
    { text: 'A failed attempt to kill the defence minister left two bodyguards dead.', type: 'ASSAULT', modality: 'attempt', trigger: 'kill', actor: null, target: 'defence minister' },
    { text: 'Militants attempted to assassinate the provincial governor.', type: 'ASSAULT', mode: 'targeted', modality: 'attempt', trigger: 'assassinate', actor: 'Militants', target: 'provincial governor' },
    { text: 'The police foiled an assassination attempt against the prime minister.', type: 'ASSAULT', mode: 'targeted', trigger: 'assassination attempt', actor: null, target: 'prime minister' },
    // (session 9: a foiled plot is coded as a foiled attempt is, by nobody named — see claims-bids-custody.test.ts)
    { text: 'Police foiled a plot to kill the king.', type: 'ASSAULT', mode: 'targeted', modality: 'plotted', trigger: 'kill', actor: null, target: 'king' },
    { text: 'The mayor escaped unhurt from an assassination attempt near the port.', type: 'ASSAULT', trigger: 'escaped unhurt from an assassination attempt', actor: null, target: 'mayor' },
    { text: 'Insurgents made an attempt on Mr Karzai\'s life in September.', type: 'ASSAULT', trigger: 'made an attempt on Mr Karzai\'s life', actor: 'Insurgents' },
    { text: 'There have been two attempts on the lives of judges this year.', type: 'ASSAULT', trigger: 'attempts on the lives', actor: null, target: 'judges' },
    { text: 'Militants carried out an assassination attempt against the governor of Helmand.', type: 'ASSAULT', trigger: 'carried out an assassination attempt', actor: 'Militants', target: 'governor' },
    { text: 'The businessman said he had survived three attempts on his life.', type: 'ASSAULT', trigger: 'survived three attempts on his life', actor: null },
    { text: 'Two attempts on the life of the general have failed.', type: 'ASSAULT', trigger: 'attempts on the life', actor: null, target: 'general' },
    // a noun phrase of the attempt is only the sentence's event when nothing else is
    { text: 'A suspect was arrested over the assassination attempt on the governor.', type: 'COERCE', trigger: 'arrested' },
    { text: 'Two bodyguards were killed in an assassination attempt on the governor.', type: 'ASSAULT', trigger: 'killed' },
    { text: 'Separatists have been blamed for an assassination attempt on the president.', type: 'ACCUSE', trigger: 'blamed' },
    // attempts at something else
    { text: 'The government made an attempt to negotiate with the rebels.', type: 'CONSULT', trigger: 'negotiate', actor: 'government' },
    { text: 'The rebels made a fresh attempt to capture the airport.', type: 'ASSAULT', trigger: 'capture', actor: 'rebels' },
  ]);
});

describe('events: force used habitually, and same-form verbs after a plural subject', () => {
  check([
    { text: 'Prison guards routinely beat inmates.', type: 'ASSAULT', mode: 'beat', modality: 'habitual', trigger: 'beat', actor: 'Prison guards', target: 'inmates' },
    { text: 'Prison guards beat inmates.', type: 'ASSAULT', mode: 'beat', modality: null, trigger: 'beat', target: 'inmates' },
    { text: 'Guards at the prison routinely beat inmates.', type: 'ASSAULT', trigger: 'beat', actor: 'Guards' },
    { text: 'Police allegedly beat the suspect in custody.', type: 'ASSAULT', mode: 'beat', trigger: 'beat', actor: 'Police', target: 'suspect' },
    { text: 'Guards beat the prisoners with batons.', type: 'ASSAULT', trigger: 'beat', target: 'prisoners' },
    { text: 'Rebels regularly attack convoys on the highway.', type: 'ASSAULT', modality: 'habitual', trigger: 'attack', actor: 'Rebels', target: 'convoys' },
    { text: 'The army repeatedly shelled the town.', type: 'ASSAULT', mode: 'heavy-weapons', modality: 'habitual', trigger: 'shelled' },
    { text: 'Security forces routinely arrest opposition activists.', type: 'COERCE', mode: 'arrest', modality: 'habitual', trigger: 'arrest', target: 'opposition activists' },
    { text: 'Police frequently detain opposition supporters before elections.', type: 'COERCE', mode: 'arrest', trigger: 'detain' },
    { text: 'Police sometimes beat detainees.', type: 'ASSAULT', modality: 'habitual', trigger: 'beat', actor: 'Police', target: 'detainees' },
    { text: 'Militiamen then beat the villagers.', type: 'ASSAULT', trigger: 'beat', actor: 'Militiamen', target: 'villagers' },
    { text: 'Prison guards beat and kicked the inmates.', type: 'ASSAULT', trigger: 'beat', actor: 'Prison guards', target: 'inmates' },
    { text: 'The regime routinely jails dissidents.', type: 'COERCE', mode: 'arrest', modality: 'habitual', trigger: 'jails', target: 'dissidents' },
  ]);
});

describe('events: orders to quit a territory are expulsions', () => {
  check([
    { text: 'The junta ordered aid workers out of the region.', type: 'SANCTION', mode: 'expel', trigger: 'ordered', actor: 'junta', target: 'aid workers' },
    { text: 'The authorities told relief workers to leave the province by Friday.', type: 'SANCTION', mode: 'expel', trigger: 'told' },
    { text: 'The government ordered foreign journalists out of the country.', type: 'COERCE', mode: 'deport', trigger: 'ordered', target: 'foreign journalists' },
    { text: 'The rebels ordered civilians to leave the town.', type: 'COERCE', mode: 'deport', trigger: 'ordered', target: 'civilians' },
    { text: 'The military ordered all foreign aid agencies to leave the province.', type: 'SANCTION', mode: 'expel', trigger: 'ordered' },
    { text: 'The interior ministry ordered the monitors out of the country.', type: 'SANCTION', mode: 'expel', trigger: 'ordered' },
    { text: 'Kabul ordered the Pakistani diplomat out of the country within 48 hours.', type: 'SANCTION', mode: 'expel', trigger: 'ordered' },
    { text: 'Aid workers were ordered out of the region by the junta.', type: 'SANCTION', mode: 'expel', trigger: 'ordered', actor: 'junta', target: 'Aid workers' },
    { text: 'Foreign journalists were ordered to leave the country within 24 hours.', type: 'COERCE', mode: 'deport', trigger: 'ordered', actor: null, target: 'Foreign journalists' },
    { text: 'Khartoum ordered the expulsion of 13 aid agencies.', type: 'SANCTION', mode: 'expel', trigger: 'ordered the expulsion' },
    // orders that expel no one
    { text: 'The general ordered his troops to attack the village.', type: 'MOBILIZE', trigger: 'ordered' },
    { text: 'Officials ordered residents out of the town ahead of the hurricane.', type: 'REQUEST', trigger: 'ordered' },
    { text: 'The club ordered the striker to leave the training ground.', type: 'REQUEST', trigger: 'ordered' },
  ]);
});

describe('events: near misses code no assault, coercion or expulsion', () => {
  const CONFLICT = ['ASSAULT', 'COERCE', 'SANCTION', 'THREATEN'];
  for (const text of [
    'Arsenal beat Chelsea 2-1 on Saturday.',
    'The champions beat us convincingly last season.',
    'The company beat the record set last year.',
    'The firm beat analysts\' forecasts for the third quarter.',
    'Supporters regularly beat the drums at home games.',
    'He made an attempt on the world record in Berlin.',
    'The climber survived an attempt on the summit of Everest.',
    'The minister survived a no-confidence vote.',
    'Despite the assassination attempts on the president, security at the palace was not increased.',
    'Officials made an attempt to reach a compromise.',
    'The goalkeeper foiled an attempt on goal.',
    'The manager ordered pizza for the team.',
    'The government ordered an inquiry into the shooting.',
    'The board ordered new aircraft from Airbus.',
    'The coach ordered the player off the pitch.',
    'The government has long restricted the press.',
    'The company regularly cuts prices before Christmas.',
    'The minister sometimes criticises the press.',
    'The players were ordered to leave the pitch.',
  ]) {
    it(text, () => {
      const evs = analyzeText({ text }).events.filter((e) => CONFLICT.includes(e.type));
      assert.deepEqual(evs.map((e) => [e.type, e.trigger?.text]), []);
    });
  }
});
