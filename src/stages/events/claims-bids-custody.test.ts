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

describe('events: a claim of responsibility names the attack\'s doer, it is no event of its own', () => {
  check([
    { text: 'Hamas claimed responsibility for the attack.', type: 'ASSAULT', trigger: 'attack', actor: 'Hamas' },
    { text: 'Islamic Jihad claimed the attack in a statement.', type: 'ASSAULT', trigger: 'attack', actor: 'Islamic Jihad' },
    { text: 'A previously unknown group claimed responsibility for the kidnapping of two aid workers.', type: 'ASSAULT', mode: 'abduct', trigger: 'kidnapping', target: 'aid workers' },
    { text: 'The rebel group said it was responsible for the ambush.', type: 'ASSAULT', trigger: 'ambush', actor: 'rebel group' },
    { text: 'Responsibility for the attack was claimed by a little-known militant group.', type: 'ASSAULT', trigger: 'attack', actor: 'little-known militant group' },
    // the attack coded in the sentence takes the claimant as its doer
    { text: 'A bombing claimed by the Taliban killed 12 people in Kabul.', type: 'ASSAULT', trigger: 'bombing', actor: 'Taliban' },
    { text: 'The Pakistani Taliban claimed responsibility for the suicide bombing that killed 40 policemen.', type: 'ASSAULT', trigger: 'bombing', actor: 'Pakistani Taliban' },
    { text: 'A suicide bomber killed 20 people at a market in Baghdad, and al-Qaeda claimed responsibility.', type: 'ASSAULT', trigger: 'killed', actor: 'al-Qaeda' },
    { text: 'A car bomb exploded outside the embassy on Monday; Hamas claimed responsibility.', type: 'ASSAULT', trigger: 'exploded', actor: 'Hamas' },
    { text: 'The attack, which was claimed by the Islamic State group, killed 30 people.', type: 'ASSAULT', trigger: 'killed', actor: 'Islamic State group' },
    { text: 'Gunmen killed five policemen in Peshawar, in an attack the Pakistani Taliban later claimed.', type: 'ASSAULT', trigger: 'killed', actor: 'Pakistani Taliban', target: 'policemen' },
    // a denial or a claim by nobody names no doer
    { text: 'The rebels denied responsibility for the massacre.', type: 'REJECT', trigger: 'denied', actor: 'rebels' },
    { text: 'Hamas denied any involvement in the bombing.', type: 'REJECT', trigger: 'denied', actor: 'Hamas' },
    { text: 'A car bomb exploded outside the embassy; no group has claimed responsibility.', type: 'ASSAULT', trigger: 'exploded', actor: 'car bomb' },
  ]);
  none(['ASSAULT'], [
    'No group has claimed responsibility for the bombing.',
    'Police said no one had claimed responsibility for the blast.',
    'The group did not claim responsibility for the attack.',
    'The airline claimed responsibility for the delay.',
    'The company accepted responsibility for the error.',
    'The opposition claimed victory in the election.',
    'Labour claimed the seat from the Conservatives.',
    'The fire claimed 40 lives.',
    'The union claimed responsibility for the strike at the plant.',
    'The minister admitted responsibility for the failure of the scheme.',
  ]);
});

describe('events: an attack told earlier takes the doer a later sentence\'s claim names', () => {
  const rows: Array<{ text: string; types: string[]; actor: string | null }> = [
    { text: 'A suicide bomber killed 20 people at a market in Baghdad on Monday. Al-Qaeda claimed responsibility.', types: ['ASSAULT'], actor: 'Al-Qaeda' },
    { text: 'A roadside bomb killed three soldiers near Kandahar. The Taliban said they were responsible for the attack.', types: ['ASSAULT'], actor: 'Taliban' },
    { text: 'Two aid workers were kidnapped in Chechnya. A previously unknown group claimed responsibility for the kidnapping.', types: ['ASSAULT'], actor: 'previously unknown group' },
    { text: 'Gunmen attacked a bus in the south. No group has claimed responsibility for the attack.', types: ['ASSAULT'], actor: 'Gunmen' },
    { text: 'Gunmen attacked a bus in the south. The rebels denied responsibility for the attack.', types: ['ASSAULT', 'REJECT'], actor: 'Gunmen' },
  ];
  for (const r of rows) {
    it(r.text, () => {
      const evs = analyzeText({ text: r.text }).events;
      assert.deepEqual(evs.map((e) => e.type), r.types);
      const a = evs[0]!.actor;
      assert.equal(a && a.start !== undefined ? r.text.slice(a.start, a.end) : null, r.actor);
    });
  }
  it('a claim naming another attack by its target is a second attack', () => {
    const text = 'Israeli jets bombed a building in Gaza on Tuesday. Hamas claimed responsibility for a rocket attack on Sderot.';
    const evs = analyzeText({ text }).events;
    assert.deepEqual(evs.map((e) => [e.type, e.actor && text.slice(e.actor.start, e.actor.end)]), [['ASSAULT', 'Israeli'], ['ASSAULT', 'Hamas']]);
  });
});

describe('events: beatings of people in custody are ASSAULT \'beat\' (the manual\'s COERCE falls short of violence)', () => {
  check([
    { text: 'Guards beat inmates at the prison.', type: 'ASSAULT', mode: 'beat', trigger: 'beat', actor: 'Guards', target: 'inmates' },
    { text: 'Prisoners were beaten by police.', type: 'ASSAULT', mode: 'beat', trigger: 'beaten', actor: 'police', target: 'Prisoners' },
    { text: 'Prisoners were beaten by police in custody, Amnesty said.', type: 'ASSAULT', mode: 'beat', trigger: 'beaten', actor: 'police', target: 'Prisoners' },
    { text: 'Guards beat up prisoners after the riot.', type: 'ASSAULT', mode: 'beat', trigger: 'beat', actor: 'Guards', target: 'prisoners' },
    { text: 'The detainees were beaten and tortured by guards.', type: 'ASSAULT', mode: 'beat', trigger: 'beaten', actor: 'guards', target: 'detainees' },
    { text: 'Police officers beat detainees with batons.', type: 'ASSAULT', mode: 'beat', trigger: 'beat', actor: 'Police officers', target: 'detainees' },
    { text: 'Detainees were routinely beaten by interrogators.', type: 'ASSAULT', mode: 'beat', modality: 'habitual', trigger: 'beaten', actor: 'interrogators', target: 'Detainees' },
    { text: 'Two prisoners were beaten to death by guards.', type: 'ASSAULT', mode: 'beat', trigger: 'beaten', actor: 'guards', target: 'prisoners' },
    { text: 'Prison guards kicked and punched the inmates.', type: 'ASSAULT', mode: 'beat', trigger: 'kicked', actor: 'Prison guards', target: 'inmates' },
    { text: 'Jailers whipped the prisoners.', type: 'ASSAULT', mode: 'beat', trigger: 'whipped', actor: 'Jailers', target: 'prisoners' },
    { text: 'The inmates were flogged by guards in the prison yard.', type: 'ASSAULT', mode: 'beat', trigger: 'flogged', actor: 'guards', target: 'inmates' },
    { text: 'A man died in police custody after being beaten by officers.', type: 'ASSAULT', mode: 'beat', trigger: 'beaten', actor: 'officers', target: 'man' },
    { text: 'The prisoner died after being tortured by interrogators.', type: 'ASSAULT', mode: 'torture', trigger: 'tortured', actor: 'interrogators', target: 'prisoner' },
    { text: 'The prisoners beat a guard.', type: 'ASSAULT', mode: 'beat', trigger: 'beat', actor: 'prisoners', target: 'guard' },
    { text: 'Police beat the suspect to death in custody.', type: 'ASSAULT', mode: 'beat', trigger: 'beat', actor: 'Police', target: 'suspect' },
    // force on protesters stays repression, as session 4 codes CAMEO 175 from the gold file
    { text: 'Police beat protesters with batons.', type: 'COERCE', trigger: 'beat', actor: 'Police', target: 'protesters' },
  ]);
  none(['ASSAULT', 'COERCE'], [
    'Arsenal beat the prisoners\' team 3-1.',
    'The warden beat the deadline.',
    'Police beat a retreat.',
    'The striker kicked the ball into the net.',
    'The season kicked off in August.',
    'He punched the air in delight.',
    'The minister whipped up support for the bill.',
    'The firm tried to flog its old products abroad.',
    'The singer died after being taken ill on stage.',
  ]);
});

describe('events: more wordings of claims, attempts and beatings (session 9, round 2)', () => {
  check([
    { text: 'The Revolutionary Armed Forces of Colombia claimed responsibility on Tuesday for the bombing of a police station.', type: 'ASSAULT', trigger: 'bombing', actor: 'Revolutionary Armed Forces of Colombia', target: 'police station' },
    { text: 'In a statement on its website, the group claimed responsibility for the assassination of the governor.', type: 'ASSAULT', mode: 'targeted', trigger: 'assassination', actor: 'group', target: 'governor' },
    { text: 'The separatists have claimed a series of bomb attacks on tourist resorts.', type: 'ASSAULT', trigger: 'attacks', actor: 'separatists' },
    { text: 'The Real IRA admitted responsibility for the car bomb.', type: 'ASSAULT', mode: 'explosives', trigger: 'bomb', actor: 'Real IRA' },
    { text: 'Authorities said the attack, claimed by a little-known group, was the worst in a decade.', type: 'ASSAULT', trigger: 'attack', actor: 'little-known group' },
    { text: 'The rebels claimed to have shot down a government jet.', type: 'ASSAULT', modality: 'claimed', trigger: 'shot down', actor: 'rebels' },
    { text: 'The Tamil Tigers denied they were behind the suicide attack.', type: 'REJECT', trigger: 'denied', actor: 'Tamil Tigers' },
    { text: 'Police said Hamas had claimed responsibility for the attack.', type: 'ASSAULT', trigger: 'attack', actor: 'Hamas' },
    { text: 'Hamas and Islamic Jihad both claimed responsibility for the rocket fire.', type: 'ASSAULT', mode: 'heavy-weapons', trigger: 'fire', actor: 'Hamas' },
    { text: 'Hamas has claimed responsibility for dozens of suicide bombings since 2000.', type: 'ASSAULT', trigger: 'bombings', actor: 'Hamas' },
    { text: '"We claim responsibility for the attack," the group said in a statement.', type: 'ASSAULT', trigger: 'attack', actor: 'the group' },
    // the doer of an attack named by a passive light verb
    { text: 'The attack was carried out by gunmen on motorcycles.', type: 'ASSAULT', trigger: 'attack', actor: 'gunmen', target: null },
    { text: 'The bombing was carried out by the Islamic State group.', type: 'ASSAULT', trigger: 'bombing', actor: 'Islamic State group', target: null },
    { text: 'Extremists made repeated attempts to bomb the embassy.', type: 'ASSAULT', modality: 'attempt', trigger: 'bomb', actor: 'Extremists' },
    { text: 'Militants made repeated attempts to kill the mayor.', type: 'ASSAULT', modality: 'attempt', trigger: 'kill', actor: 'Militants', target: 'mayor' },
    { text: 'The rebels failed in their bid to capture the airport.', type: 'ASSAULT', modality: 'failed', trigger: 'capture', actor: 'rebels' },
    { text: 'Security officials said they had thwarted a bid to storm the parliament.', type: 'ASSAULT', modality: 'attempt', trigger: 'storm', actor: null },
    { text: 'Gunmen tried to assassinate the deputy prime minister on Monday.', type: 'ASSAULT', mode: 'targeted', modality: 'attempt', trigger: 'assassinate', actor: 'Gunmen' },
    { text: 'He was jailed for life for the attempted murder of a police officer.', type: 'COERCE', trigger: 'jailed' },
    { text: 'The junta accused the officers of plotting to overthrow the government.', type: 'ACCUSE', trigger: 'accused' },
    { text: 'Inmates told investigators they had been beaten with rubber hoses by guards.', type: 'ASSAULT', mode: 'beat', trigger: 'beaten', actor: 'guards' },
    { text: 'Riot police clubbed students at the university.', type: 'ASSAULT', mode: 'beat', trigger: 'clubbed', actor: 'Riot police', target: 'students' },
    { text: 'A journalist was beaten unconscious by plainclothes police.', type: 'ASSAULT', mode: 'beat', trigger: 'beaten', actor: 'plainclothes police', target: 'journalist' },
    { text: 'The soldiers punched and kicked the prisoners, the report said.', type: 'ASSAULT', mode: 'beat', trigger: 'punched', actor: 'soldiers', target: 'prisoners' },
  ]);
  none(['ASSAULT', 'COERCE'], [
    'The opposition claimed the elections were rigged.',
    'The claim of responsibility could not be verified.',
    'The authenticity of the claim could not be independently verified.',
    'The concert was carried out by the orchestra with great skill.',
    'The insurgents claimed control of the town.',
    'The rebels claim to be the legitimate government.',
    'The company claimed to have beaten its rivals.',
    // (a verbal act claimed is the claimant's statement, not an event: see the REQUEST row below)
    'The club made a bid to sign the striker.',
    'The team beat the champions in the final.',
    'The minister made an attempt to kill off the bill.',
    'A suspected plot to poison the water supply was uncovered by police.',
  ]);
});

describe('events: a verbal act only claimed is no event', () => {
  none(['REQUEST', 'ACCUSE', 'AGREE'], [
    'He claimed to have personally urged the president to end the war.',
    'The minister claimed to have warned his colleagues about the risks.',
  ]);
});
