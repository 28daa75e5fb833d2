import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeText } from '../../analyze.js';
import { itCodesOneEvent } from '../../../test/support/one-event.js';

/**
 * Session 9 leftovers, on sentences written for these tests: killings attempted or plotted named by "a bid / an attempt
 * / a plot to kill" (coded as session 8 codes "an attempt on the life of": ASSAULT 'targeted', modality 'attempt' or
 * 'plotted', the intended victim the target, the doer read from the verb before the noun), claims of responsibility
 * (no event of their own — CAMEO 015 is dropped by PLOVER — but the claimant is the doer of the attack they claim), and
 * beatings of people in custody (ASSAULT 'beat': the manual's COERCE falls "short of violence", its 'beat' mode is any
 * beating, and 'repression' is a context, not a type). Each row with a type yields exactly one event; `actor` and
 * `target` are checked through `text.slice` of their spans (null: no such party).
 */
interface Row { text: string; type: string; trigger: string; mode?: string; actor?: string | null; target?: string | null; modality?: string | null }

function check(rows: readonly Row[]): void {
  itCodesOneEvent(rows.map(({ actor, target, ...r }) => ({
    ...r, ...(actor !== undefined ? { actorSpan: actor } : {}), ...(target !== undefined ? { targetSpan: target } : {}),
  })));
}

/** Sentences that must code no event of the given types. */
function none(types: readonly string[], texts: readonly string[]): void {
  for (const text of texts) {
    it(`no ${types.join('/')}: ${text}`, () => {
      const evs = analyzeText({ text }).events.filter((e) => types.includes(e.type));
      assert.deepEqual(evs.map((e) => [e.type, e.trigger && text.slice(e.trigger.start, e.trigger.end)]), []);
    });
  }
}

describe('events: a bid, an attempt or a plot to kill is an attempted killing', () => {
  check([
    { text: 'Rebels made an attempt to kill the governor.', type: 'ASSAULT', mode: 'targeted', modality: 'attempt', trigger: 'kill', actor: 'Rebels', target: 'governor' },
    { text: 'Gunmen launched a bid to kill the police chief.', type: 'ASSAULT', mode: 'targeted', modality: 'attempt', trigger: 'kill', actor: 'Gunmen', target: 'police chief' },
    { text: 'The gunmen made a failed bid to kill the judge on Friday.', type: 'ASSAULT', modality: 'attempt', trigger: 'kill', actor: 'gunmen', target: 'judge' },
    { text: 'Militants planted a bomb under the bridge in a bid to kill the governor.', type: 'ASSAULT', mode: 'targeted', modality: 'attempt', trigger: 'kill', actor: 'Militants', target: 'governor' },
    { text: 'Militants planted a bomb under the bridge in an attempt to kill the governor.', type: 'ASSAULT', modality: 'attempt', trigger: 'kill', actor: 'Militants', target: 'governor' },
    { text: 'Rebels hatched a plot to assassinate the king.', type: 'ASSAULT', mode: 'targeted', modality: 'plotted', trigger: 'assassinate', actor: 'Rebels', target: 'king' },
    { text: 'Army officers plotted to assassinate the president.', type: 'ASSAULT', mode: 'targeted', modality: 'plotted', trigger: 'assassinate', actor: 'Army officers', target: 'president' },
    { text: 'There was an attempt to kill the mayor on Sunday.', type: 'ASSAULT', modality: 'attempt', trigger: 'kill', actor: null, target: 'mayor' },
    { text: 'An attempt to assassinate the president failed on Tuesday.', type: 'ASSAULT', modality: 'attempt', trigger: 'assassinate', actor: null, target: 'president' },
    // the survivor is the one attacked; those who foiled it neither made it nor suffered it
    { text: 'The governor survived a bid to kill him.', type: 'ASSAULT', modality: 'attempt', trigger: 'kill', actor: null, target: 'governor' },
    { text: 'The governor survived an attempt to kill him.', type: 'ASSAULT', modality: 'attempt', trigger: 'kill', actor: null, target: 'governor' },
    { text: 'The president survived a plot to kill him.', type: 'ASSAULT', modality: 'plotted', trigger: 'kill', actor: null, target: 'president' },
    { text: 'The mayor escaped a bid on his life.', type: 'ASSAULT', mode: 'targeted', trigger: 'escaped a bid on his life', actor: null, target: 'mayor' },
    { text: 'Security forces foiled a plot to assassinate the foreign minister.', type: 'ASSAULT', modality: 'plotted', trigger: 'assassinate', actor: null, target: 'foreign minister' },
    { text: 'Police foiled an attempt to kill the king.', type: 'ASSAULT', modality: 'attempt', trigger: 'kill', actor: null, target: 'king' },
    // the act done is the event; its purpose adds the victim
    { text: 'Gunmen opened fire on the motorcade in a bid to kill the governor.', type: 'ASSAULT', trigger: 'opened fire', actor: 'Gunmen', target: 'governor' },
    { text: 'In a bid to kill the governor, gunmen attacked his convoy.', type: 'ASSAULT', trigger: 'attacked', actor: 'gunmen' },
    // a plot or attempt named after a preposition or as an object is background
    { text: 'The army officers were arrested over a plot to assassinate the president.', type: 'COERCE', trigger: 'arrested' },
    { text: 'Three men were convicted of a plot to assassinate the prime minister.', type: 'SANCTION', trigger: 'convicted' },
    { text: 'Police arrested three men over an attempt to kill the mayor.', type: 'COERCE', trigger: 'arrested' },
    { text: 'The suspects were charged with attempting to kill a police officer.', type: 'ACCUSE', trigger: 'charged' },
    { text: 'Two men were jailed for plotting to assassinate the governor.', type: 'COERCE', trigger: 'jailed' },
    { text: 'The rebels denied any attempt to kill the mayor.', type: 'REJECT', trigger: 'denied', actor: 'rebels' },
  ]);
  none(['ASSAULT', 'COERCE', 'THREATEN', 'SANCTION'], [
    'The party launched a bid to win votes in the north.',
    'The farmer sold a plot of land to the council.',
    'The tycoon made a bid for the club.',
    'The government made a bid to end the strike.',
    'Officials made an attempt to reach a compromise.',
    'Police uncovered a plot to bomb the embassy.',
    'Police uncovered an attempt to kill the mayor.',
    'The plot of the film is about a bid to kill the president.',
    'The striker made a bid to beat the goalkeeper.',
    'Turkey renewed its bid to join the European Union.',
  ]);
});
