import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeText } from '../../analyze.js';
import type { SpeechAct } from '../../model/layers.js';
import { speechAct } from './acts.js';

describe('speech acts: what a reported statement does', () => {
  // [sentence, cue as written, content, act]: the cue and content are found in the sentence, as the quotes stage gives them
  const cases: Array<[string, string, string, SpeechAct]> = [
    ['Zelenskyy warned that Russia has been amassing troops.', 'warned', 'that Russia has been amassing troops', 'assertion'],
    ['He claimed to have personally urged Putin to spare them.', 'claimed', 'to have personally urged Putin to spare them', 'assertion'],
    ['Moscow has vowed to recapture lost ground.', 'vowed', 'to recapture lost ground', 'intention'],
    ['The firm refused to comment on the reports.', 'refused', 'to comment on the reports', 'intention'],
    ['She hoped to reach a deal by May.', 'hoped', 'to reach a deal by May', 'intention'],
    ['She hoped that a deal was near.', 'hoped', 'that a deal was near', 'assertion'],
    ['He urged Western leaders not to allow Russia to dictate terms.', 'urged', 'Western leaders not to allow Russia to dictate terms', 'demand'],
    ['Avakov told residents in Slaviansk to stay indoors.', 'told', 'residents in Slaviansk to stay indoors', 'demand'],
    ['Bulatov told his wife he was going to a meeting.', 'told', 'he was going to a meeting', 'assertion'],
    ['Mittal has told investors the company will have to shed jobs.', 'told', 'the company will have to shed jobs', 'assertion'],
    ['The candidate told aides he planned to adopt a calmer tone.', 'told', 'he planned to adopt a calmer tone', 'assertion'],
    ['Moscow warned oil supply cuts to its neighbour could last for months.', 'warned', 'oil supply cuts to its neighbour could last for months', 'assertion'],
    ['He warned against placing too much weight on one month.', 'warned', 'placing too much weight on one month', 'demand'],
    ['Pope Francis has called for an end to violence.', 'called for', 'an end to violence', 'demand'],
    ['Hagel has called on NATO members to increase spending.', 'called', 'NATO members to increase spending', 'demand'],
    ['The ministry called the incident an air strike.', 'called', 'the incident an air strike', 'naming'],
    ['Moscow has described the military action as a punitive operation.', 'described', 'the military action as a punitive operation', 'naming'],
    ['Witnesses described seeing tanks on the road.', 'described', 'seeing tanks on the road', 'assertion'],
    ['The Kremlin rejected this suggestion.', 'rejected', 'this suggestion', 'evaluation'],
    ['Psaki condemned the violence.', 'condemned', 'the violence', 'evaluation'],
    ['He rejected allegations he pressured the finance chief.', 'rejected', 'allegations he pressured the finance chief', 'assertion'],
    ['The ministry dismissed claims recently voiced by some media that troops had taken part.', 'dismissed', 'claims recently voiced by some media that troops had taken part', 'assertion'],
    ['Mr Ebbers has pleaded not guilty to charges of fraud.', 'pleaded', 'not guilty to charges of fraud', 'assertion'],
    ['Ukraine has pleaded for cheaper gas.', 'pleaded', 'cheaper gas', 'demand'],
    ['When asked if BMW would seek compensation, he declined.', 'asked', 'if BMW would seek compensation', 'question'],
    ['She wondered aloud why the talks had stalled.', 'wondered', 'why the talks had stalled', 'question'],
    ['He questioned whether the truce would hold.', 'questioned', 'whether the truce would hold', 'question'],
    ['He questioned the truce.', 'questioned', 'the truce', 'evaluation'],
    ['Rutte asked the parliament to wait.', 'asked', 'the parliament to wait', 'demand'],
    ['Evidence has pointed to an upturn in the economy.', 'pointed', 'to an upturn in the economy', 'assertion'],
    ['According to officials, 47 drones were intercepted.', 'According to', '47 drones were intercepted', 'assertion'],
    ['Clinton was asked about securing the border.', 'asked about', 'securing the border', 'question'],
    ['Analysts expressed concern about the cuts.', 'expressed concern about', 'the cuts', 'evaluation'],
    ['Analysts expressed concern that the cuts would hurt.', 'expressed concern', 'that the cuts would hurt', 'assertion'],
    ['Lind expressed a willingness to talk.', 'expressed a willingness', 'to talk', 'intention'],
    ['Petrov voiced support for the plan.', 'voiced support for', 'the plan', 'evaluation'],
  ];
  for (const [sentence, cue, content, act] of cases) {
    it(`${act}: ${sentence}`, () => {
      const at = sentence.indexOf(cue), from = sentence.indexOf(content);
      assert.ok(at >= 0 && from >= 0, 'cue and content stand in the sentence');
      assert.equal(speechAct(sentence.slice(at, at + cue.length), sentence.slice(at + cue.length, at + cue.length + 12), sentence.slice(from, from + content.length)), act);
    });
  }
  it('a statement without a cue is an assertion', () => assert.equal(speechAct(null, '', 'We will win'), 'assertion'));
  it('a quotation after "told X," is the words said, not an addressee and an infinitive', () => {
    const text = 'Senchenko told reporters, “So to speak, we managed to persuade three of them to lay down arms.”';
    const a = analyzeText({ text, publishedAt: '2014-05-07' });
    assert.deepEqual(a.quotes.map((q) => [q.kind, q.act]), [['direct', 'assertion']]);
    // (the same words reported without quote marks after the addressee still demand: "told them to lay down arms")
    assert.equal(speechAct('told', ' them to lay', 'them to lay down arms'), 'demand');
  });
});

describe('positions: reported statements that assert nothing are listed apart from quotes', () => {
  const text = 'Moscow has vowed to recapture lost ground. Zelenskyy argued that Western assurances must include troops. '
    + 'However, the Kremlin has outright rejected this suggestion, labeling it as a dangerous escalation. '
    + '“Do it now,” he urged.';
  const a = analyzeText({ text, publishedAt: '2025-03-16' });
  const rows = (qs: typeof a.quotes) => qs.map((q) => [text.slice(q.start, q.end), q.kind, q.act]);
  it('quotes keep quoted words whatever their cue, and the assertions', () => {
    assert.deepEqual(rows(a.quotes), [
      ['that Western assurances must include troops', 'indirect', 'assertion'],
      ['Do it now,', 'direct', 'demand'],
    ]);
  });
  it('positions hold the intentions, evaluations and namings, with their speakers (Moscow speaks for Russia)', () => {
    assert.deepEqual(rows(a.positions), [
      ['to recapture lost ground', 'indirect', 'intention'],
      ['this suggestion', 'indirect', 'evaluation'],
      ['it as a dangerous escalation', 'indirect', 'naming'],
    ]);
    assert.deepEqual(a.positions.map((q) => q.speaker?.name), ['Russia', 'Kremlin', 'Kremlin']);
  });
});
