import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeText } from '../../analyze.js';
import { allStatements } from '../../pipeline/analysis.js';
import { groupStatements } from './group.js';

interface Case {
  name: string;
  text: string;
  /** Each statement: its pieces as written, and the source as written. */
  want: Array<{ parts: string[]; source?: string; cue?: string; span?: string }>;
}

const cases: Case[] = [
  {
    name: 'a quote split by its attribution is one statement',
    text: 'The senator was angry. “We are aware of this,” she said. “We will counter it.”',
    want: [{ parts: ['We are aware of this,', 'We will counter it.'], source: 'she', cue: 'said' }],
  },
  {
    name: 'a quote that goes on from a partial quote in reported speech has its speaker but is a statement of its own',
    text: 'Bulatov’s lawyer, Ruslan Radetski, told reporters that he was in “intensive care”. “He was kidnapped and beaten.”',
    want: [
      { parts: ['that he was in “intensive care”'], source: 'Bulatov’s lawyer, Ruslan Radetski', cue: 'told' },
      { parts: ['He was kidnapped and beaten.'], source: 'Bulatov’s lawyer, Ruslan Radetski' },
    ],
  },
  {
    name: 'a frame in the middle of one sentence',
    text: '“If he calls that a victory,” the narrator says, “what would he call a defeat?”',
    want: [{ parts: ['If he calls that a victory,', 'what would he call a defeat?'], source: 'the narrator', cue: 'says' }],
  },
  {
    name: 'two partial quotes governed by one cue',
    text: 'Haddad is “tough as nails,” Tom Becker wrote in an email, and “hard to read.”',
    want: [{ parts: ['tough as nails,', 'hard to read.'], source: 'Tom Becker', cue: 'wrote', span: 'Haddad is “tough as nails,” Tom Becker wrote in an email, and “hard to read.' }],
  },
  {
    name: 'quoted words inside a reported clause are one statement with it',
    text: 'Haddad told reporters he was “firmly against the blockade” because it hurt civilians.',
    want: [{ parts: ['he was “firmly against the blockade” because it hurt civilians'], source: 'Haddad', cue: 'told' }],
  },
  {
    name: 'after a naming verb, the statement is the object, the quoted words and what completes them',
    text: 'In the hearing, she called Gazprom’s conduct “shameful” for a firm of its standing.',
    want: [{ parts: ['shameful'], source: 'she', cue: 'called', span: 'Gazprom’s conduct “shameful” for a firm of its standing' }],
  },
  {
    name: 'after a naming verb, a long object still belongs to the statement; an appositive after the quoted words does not',
    text: 'Kovac called the ministry’s refusal to hear advice from its own border commanders “an insult to the men who serve.” Lind called the envoy’s plan “reckless,” an unusually blunt rebuke from a diplomat.',
    want: [
      { parts: ['an insult to the men who serve.'], source: 'Kovac', cue: 'called', span: 'the ministry’s refusal to hear advice from its own border commanders “an insult to the men who serve.”' },
      { parts: ['reckless,'], source: 'Lind', cue: 'called', span: 'the envoy’s plan “reckless,”' },
    ],
  },
  {
    name: '"what X called “…”" is a statement from "what" to the quoted words',
    text: 'Ministers condemned what the envoy called a “flagrant violation” of the accords.',
    want: [
      { parts: ['what the envoy called a “flagrant violation” of the accords'], source: 'Ministers', cue: 'condemned' },
      { parts: ['flagrant violation'], source: 'the envoy', cue: 'called', span: 'what the envoy called a “flagrant violation' },
    ],
  },
  {
    name: 'a relative clause that names starts at its pronoun; not after a preposition, nor for "called for"',
    text: 'He met Ruiz, who he dubbed “the little mayor.” The leak came from the server, which she described as “wide open.” It was a meeting in which Lind called the plan “reckless.” They will build a port, which she called for “as a matter of urgency.”',
    want: [
      { parts: ['the little mayor.'], source: 'he', cue: 'dubbed', span: 'who he dubbed “the little mayor.' },
      { parts: ['wide open.'], source: 'she', cue: 'described', span: 'which she described as “wide open.' },
      { parts: ['reckless.'], source: 'Lind', cue: 'called', span: 'the plan “reckless.”' },
      { parts: ['as a matter of urgency.'], source: 'she', cue: 'called', span: 'for “as a matter of urgency.”' },
    ],
  },
  {
    name: 'a free relative that names is the statement even when the main clause goes on after the quoted words, or the quote stands mid-sentence',
    text: 'What officials called “fraud” led two senators to demand a break-up. The rebels seized what the army called “strategic heights” near the town.',
    want: [
      { parts: ['fraud'], source: 'officials', cue: 'called', span: 'What officials called “fraud' },
      { parts: ['strategic heights'], source: 'the army', cue: 'called', span: 'what the army called “strategic heights' },
    ],
  },
  {
    name: 'the words before a quote framed after it belong to the statement',
    text: 'With dozens of border crossings, “there is no single gate to close,” he said. Not signing the accord “keeps us free,” Petrov said.',
    want: [
      { parts: ['there is no single gate to close,'], source: 'he', cue: 'said', span: 'With dozens of border crossings, “there is no single gate to close,' },
      { parts: ['keeps us free,'], source: 'Petrov', cue: 'said', span: 'Not signing the accord “keeps us free,' },
    ],
  },
  {
    name: 'a quote opened in the reported clause carries the statement on to its closing mark in a later sentence',
    text: 'The envoy said that the towns had waited “far too long for water. Nobody came. Nobody even called.” The talks resume Monday.',
    want: [
      { parts: ['far too long for water. Nobody came. Nobody even called.'], source: 'The envoy', cue: 'said', span: 'that the towns had waited “far too long for water. Nobody came. Nobody even called.' },
    ],
  },
  {
    name: 'what the writer adds after the statement is cut: a relative clause on a closing name, a bracket, a gloss, a day after the channel',
    text: 'Petrenko told the paper he was “not ready yet” to back Kovac, who faces a rival on Tuesday. Ruiz called the plan “reckless” in a post Sunday. Lind called the migrants “a burden” (though she later apologised). She cited the “border gap,” a flaw in the rules that let smugglers through.',
    want: [
      { parts: ['he was “not ready yet” to back Kovac'], source: 'Petrenko', cue: 'told' },
      { parts: ['reckless'], source: 'Ruiz', cue: 'called', span: 'the plan “reckless”' },
      { parts: ['a burden'], source: 'Lind', cue: 'called', span: 'the migrants “a burden”' },
      { parts: ['border gap,'], source: 'She', cue: 'cited', span: 'the “border gap,”' },
    ],
  },
  {
    name: 'quoted words opened in a reported clause stay together: a dash inside them does not end the statement',
    text: 'The envoy said he wanted a settlement “built on the border of 1991 -- as we agreed -- guarded by monitors.” The talks resume Monday.',
    want: [
      { parts: ['built on the border of 1991 -- as we agreed -- guarded by monitors.'], source: 'The envoy', cue: 'said', span: 'he wanted a settlement “built on the border of 1991 -- as we agreed -- guarded by monitors.”' },
      { parts: ['a settlement “built on the border of 1991 -- as we agreed -- guarded by monitors.”'], source: 'he', cue: 'wanted' },
    ],
  },
  {
    name: 'a frame set between commas reports the words on both sides of it; an adjunct before it and a quoted sentence of its own are not reported',
    text: 'Sooner or later, the governor told reporters, “it starts to pay off.” That, the commission said, “would be helpful” for the talks. On the subject of grain, Kovac added, “We will ship it.” In a statement, the ministry said, “the talks failed.”',
    want: [
      { parts: ['it starts to pay off.'], source: 'the governor', cue: 'told', span: 'Sooner or later, the governor told reporters, “it starts to pay off.' },
      { parts: ['would be helpful'], source: 'the commission', cue: 'said', span: 'That, the commission said, “would be helpful” for the talks' },
      { parts: ['We will ship it.'], source: 'Kovac', cue: 'added' },
      { parts: ['the talks failed.'], source: 'the ministry', cue: 'said' },
    ],
  },
  {
    name: 'quoted words that open a sentence going on past them belong to the frame later in it, not to the speaker before',
    text: '“This is not right,” Lind said. “You squeezed the farmers” to raise the price of grain, she said, and the ministry agreed.',
    want: [
      { parts: ['This is not right,'], source: 'Lind', cue: 'said' },
      { parts: ['You squeezed the farmers” to raise the price of grain'], source: 'she', cue: 'said' },
    ],
  },
  {
    name: 'an inverted frame later in the sentence too',
    text: 'Polls show Kovac ahead by ten points.\n\n“Many would call that a defeat” if she won by less, said Anna Lind, an analyst at the institute.',
    want: [
      { parts: ['Kovac ahead by ten points'], source: 'Polls', cue: 'show' },
      { parts: ['Many would call that a defeat'], source: 'Anna Lind, an analyst at the institute', cue: 'said', span: 'Many would call that a defeat” if she won by less' },
    ],
  },
  {
    name: 'a new paragraph is a new statement, even when the speaker goes on',
    text: '“The talks failed,” the minister said.\n\n“We will try again next week, and the week after that.”',
    want: [{ parts: ['The talks failed,'], source: 'the minister', cue: 'said' }, { parts: ['We will try again next week, and the week after that.'] }],
  },
  {
    name: 'two speakers stay two statements',
    text: '“We will not retreat,” Zelenskyy said. “Russian troops are advancing,” Ushakov said.',
    want: [{ parts: ['We will not retreat,'], source: 'Zelenskyy' }, { parts: ['Russian troops are advancing,'], source: 'Ushakov' }],
  },
];

describe('groupStatements: one record per statement', () => {
  for (const c of cases) {
    it(c.name, () => {
      const quotes = allStatements(analyzeText({ text: c.text, publishedAt: '2025-03-16' }));
      const got = groupStatements(c.text, quotes);
      assert.equal(got.length, c.want.length, JSON.stringify(got.map((q) => q.text)));
      c.want.forEach((w, i) => {
        const q = got[i]!;
        const parts = q.parts ?? [{ start: q.start, end: q.end }];
        assert.deepEqual(parts.map((p) => c.text.slice(p.start, p.end)), w.parts);
        // the record spans its pieces (or the clause a partial quote stands in), and its text is the article's
        // slice there (the contract)
        if (w.span) assert.equal(c.text.slice(q.start, q.end), w.span);
        else {
          assert.equal(q.start, parts[0]!.start);
          assert.equal(q.end, parts[parts.length - 1]!.end);
        }
        assert.equal(q.text, c.text.slice(q.start, q.end));
        if (w.source) assert.equal(c.text.slice(q.speaker!.start!, q.speaker!.end!), w.source);
        if (w.cue) assert.equal(c.text.slice(q.cueSpan!.start, q.cueSpan!.end), w.cue);
        // a merged record holds its continuation inside; a piece left alone keeps its link to the paragraph before
        if (q.parts) assert.equal(q.continues, undefined);
      });
    });
  }

  it('joins pieces of one cue word even when their verb groups differ', () => {
    // the quotes layer may give one piece the cue span "said" and another "said Monday": both hold the cue word
    const text = 'Putin is “tired,” Peskov said Monday, and “angry.”';
    const at = (s: string) => text.indexOf(s);
    const piece = (id: string, words: string, cueEnd: string) => ({
      id, start: at(words), end: at(words) + words.length, text: words, kind: 'partial' as const,
      speaker: { entity: null, name: 'Peskov', start: at('Peskov'), end: at('Peskov') + 6 },
      cue: 'said', cueSpan: { start: at('said'), end: at(cueEnd) + cueEnd.length }, channel: null, date: null,
    });
    const grouped = groupStatements(text, [piece('q1', 'tired,', 'said Monday'), piece('q2', 'angry.', 'said')]);
    assert.equal(grouped.length, 1);
    assert.deepEqual(grouped[0]!.parts!.map((p) => text.slice(p.start, p.end)), ['tired,', 'angry.']);
  });

  it('marks continuations in the quotes layer, and leaves it as it is', () => {
    const text = '“We are aware of this,” she said. “We will counter it.”';
    const quotes = allStatements(analyzeText({ text, publishedAt: '2025-03-16' }));
    assert.equal(quotes.length, 2);
    assert.equal(quotes[1]!.continues, quotes[0]!.id);
    const before = JSON.stringify(quotes);
    groupStatements(text, quotes);
    assert.equal(JSON.stringify(quotes), before);
  });
});
