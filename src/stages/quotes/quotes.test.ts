import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Mention, Quote, TimeExpression } from '../../model/layers.js';
import { segment } from '../segment/index.js';
import { channelOf } from './channels.js';
import { cueInfo } from './lexicon.js';
import { findQuotedSpans } from './marks.js';
import { extractQuotes } from './extract.js';
import { quotesStage } from './index.js';
import { createPipeline } from '../../pipeline/runner.js';
import { segmentStage } from '../segment/index.js';
import { analyzeText as analyzeArticle, makeDoc, type AnalyzeInput } from '../../analyze.js';
import { allStatements } from '../../pipeline/analysis.js';

/** Runs the extractor on a doc built from segmentation plus optional hand-built layers. */
/** The whole pipeline's statements, quotes and positions together, as the quotes stage found them. */
function analyzeText(input: AnalyzeInput) {
  const a = analyzeArticle(input);
  return { ...a, quotes: allStatements(a) };
}

function quotesOf(text: string, extra: { mentions?: Mention[]; entities?: Array<{ id: string; name: string }>; times?: TimeExpression[] } = {}): Quote[] {
  const seg = segment(text);
  return extractQuotes({
    text, tokens: seg.tokens, sentences: seg.sentences, paragraphs: seg.paragraphs,
    mentions: extra.mentions,
    entities: extra.entities?.map((e) => ({ ...e, type: 'PERSON' as const, aliases: [], mentions: [] })),
    times: extra.times,
  });
}

interface Expect { text: string; kind: Quote['kind']; speaker?: string | null; written?: string; cue?: string | null; channel?: string | null }

/** Asserts each expected quote is there with its spans; every span is checked through text.slice. */
function check(text: string, got: Quote[], want: Expect[]): void {
  assert.equal(got.length, want.length, `quotes found: ${JSON.stringify(got.map((q) => [q.kind, q.text]))}`);
  want.forEach((w, i) => {
    const q = got[i]!;
    assert.equal(text.slice(q.start, q.end), w.text);
    assert.equal(q.text, w.text);
    assert.equal(q.kind, w.kind, w.text);
    if (w.speaker !== undefined) assert.equal(q.speaker?.name ?? null, w.speaker, `speaker of ${w.text}`);
    if (w.written !== undefined) assert.equal(text.slice(q.speaker!.start!, q.speaker!.end!), w.written);
    if (w.cue !== undefined) {
      assert.equal(q.cue, w.cue);
      // the cue span is the verb group around the cue word ("has also said", "said Monday")
      if (w.cue) assert.ok(text.slice(q.cueSpan!.start, q.cueSpan!.end).includes(w.cue), `cue span "${text.slice(q.cueSpan!.start, q.cueSpan!.end)}" holds "${w.cue}"`);
      else assert.equal(q.cueSpan, null);
    }
    if (w.channel !== undefined) assert.equal(q.channel, w.channel, `channel of ${w.text}`);
  });
}

describe('direct quotes', () => {
  const cases: Array<{ name: string; text: string; expect: Expect[] }> = [
    {
      name: 'a person described by post frames a quote after a past verb and a colon; a thing with a post inside it does not',
      text: 'The Tory leader went on: “He does not stop there.” His message to the chancellor was: “Please do not give it away.”',
      expect: [
        { text: 'He does not stop there.', kind: 'direct', written: 'The Tory leader', cue: 'went on' },
        { text: 'Please do not give it away.', kind: 'direct', cue: null },
      ],
    },
    {
      name: 'a quoted name opening a sentence that goes on past it does not carry the speaker on; a short quoted sentence does',
      text: '“We will see,” Yatseniuk said. ‘Ukrainian Choice’, the party of Medvedchuk, is to lead it.\n\n“We have a common enemy,” Burton said. “Donald Trump.”',
      expect: [
        { text: 'We will see,', kind: 'direct', written: 'Yatseniuk', cue: 'said' },
        { text: 'We have a common enemy,', kind: 'direct', written: 'Burton', cue: 'said' },
        { text: 'Donald Trump.', kind: 'direct', speaker: 'Burton', cue: null },
      ],
    },
    {
      name: 'a quote that opens the next paragraph goes on with the reported statement that closes the one before',
      text: 'In a radio interview on Friday, Mayor Ilse Varga warned that the dam could fail.\n\n“We have asked for engineers three times.”',
      expect: [
        { text: 'that the dam could fail', kind: 'indirect', speaker: 'Mayor Ilse Varga', cue: 'warned' },
        { text: 'We have asked for engineers three times.', kind: 'direct', speaker: 'Mayor Ilse Varga', cue: null },
      ],
    },
    {
      name: 'any past verb of a person right before a colon frames the quote, even with an earlier cue in the sentence',
      text: 'Asked which harbour he preferred, he demurred: “Whichever one I am in.” Pressed again, Ms Varga shot back: “Ask the council.”\n\nThe meeting ran late. Its agenda included: “Budget, roads, parks.”',
      expect: [
        { text: 'Whichever one I am in.', kind: 'direct', written: 'he', cue: 'demurred' },
        { text: 'Ask the council.', kind: 'direct', written: 'Ms Varga', cue: 'shot back' },
        // what a thing "included" has no frame of its own (it may go on with the speaker before)
        { text: 'Budget, roads, parks.', kind: 'direct', cue: null },
      ],
    },
    {
      name: 'a byline after a dash names the speaker, on each line of a list of voices',
      text: 'Readers wrote in.\n\n“She speaks for none of us.” ― Sonya Herrera\n“He knows nothing of our towns.”― Pamela Pardo \n',
      expect: [
        { text: 'She speaks for none of us.', kind: 'direct', speaker: 'Sonya Herrera', written: 'Sonya Herrera', cue: '―' },
        { text: 'He knows nothing of our towns.', kind: 'direct', speaker: 'Pamela Pardo', written: 'Pamela Pardo', cue: '―' },
      ],
    },
    {
      name: 'a right quote mark typed at a paragraph start opens the quote',
      text: 'Readers wrote in.\n\n”We will rebuild every house.” — Mayor Ihor Terek\n',
      expect: [{ text: 'We will rebuild every house.', kind: 'direct', written: 'Mayor Ihor Terek', cue: '—' }],
    },
    {
      name: 'a right quote mark at a paragraph start opens the quote also before an ellipsis of left-out words',
      text: 'The columnist was impressed.\n\n” … she spoke with a calm that few rivals could match,” Ruth Okafor wrote.\n',
      expect: [{ text: '… she spoke with a calm that few rivals could match,', kind: 'direct', written: 'Ruth Okafor', cue: 'wrote' }],
    },
    {
      name: 'a dash after a quote that goes on with a sentence is no byline',
      text: 'Readers wrote in.\n\n“We will win.” — That was all we heard from the general that day.',
      expect: [{ text: 'We will win.', kind: 'direct', speaker: null, cue: null }],
    },
    {
      name: 'split by its attribution, continuation keeps the speaker',
      text: 'Smith arrived on Monday. “We will counter it,” he said. “I want all our partners to understand. They must act.”',
      expect: [
        { text: 'We will counter it,', kind: 'direct', speaker: 'Smith', written: 'he', cue: 'said' },
        { text: 'I want all our partners to understand. They must act.', kind: 'direct', speaker: 'Smith', cue: null },
      ],
    },
    {
      name: 'straight double quotes, inverted attribution with appositive',
      text: '"Russian troops are advancing on all fronts," said Yuri Ushakov, a senior adviser to the president.',
      expect: [{ text: 'Russian troops are advancing on all fronts,', kind: 'direct', speaker: 'Yuri Ushakov', written: 'Yuri Ushakov, a senior adviser to the president', cue: 'said' }],
    },
    {
      name: 'a colon after a possessive subject frames no quote',
      text: 'The campaign was long.\n\nHis hope must be: “No pain, no gain.”',
      expect: [{ text: 'No pain, no gain.', kind: 'direct', speaker: null, cue: null }],
    },
    {
      name: '"in part" between a verb and its colon ("The order reads, in part: “…”")',
      text: 'The order reads, in part: “Crimea is recognised as a sovereign state.”',
      expect: [{ text: 'Crimea is recognised as a sovereign state.', kind: 'direct', written: 'The order', cue: 'reads' }],
    },
    {
      name: 'an -ing word before a noun for a person is part of the title ("chief operating officer", "managing director")',
      text: '"It is quite different," chief executive Ann Harris and chief operating officer James Dimon said in the letter. "We had no idea," the managing director said.',
      expect: [
        { text: 'It is quite different,', kind: 'direct', written: 'chief executive Ann Harris and chief operating officer James Dimon', cue: 'said' },
        { text: 'We had no idea,', kind: 'direct', written: 'the managing director', cue: 'said' },
      ],
    },
    {
      name: 'a name and its appositive that lost its closing comma frame the quote before them; the quote is no reported clause',
      text: '"We have procedures in place," Peter Dobrow, a T-Mobile spokesperson said. "There is a whiff of a sweetener," Anais Faraj, an analyst at Nomura told the BBC.',
      expect: [
        { text: 'We have procedures in place,', kind: 'direct', speaker: 'Peter Dobrow', written: 'Peter Dobrow, a T-Mobile spokesperson', cue: 'said' },
        { text: 'There is a whiff of a sweetener,', kind: 'direct', speaker: 'Anais Faraj', written: 'Anais Faraj, an analyst at Nomura', cue: 'told' },
      ],
    },
    {
      name: 'single curly quotes (British style)',
      text: '‘We will not give up our land,’ the minister told the BBC.',
      expect: [{ text: 'We will not give up our land,', kind: 'direct', speaker: 'the minister', written: 'the minister', cue: 'told', channel: 'BBC' }],
    },
    {
      name: 'guillemets',
      text: '«The talks are over,» Lavrov said on state television.',
      expect: [{ text: 'The talks are over,', kind: 'direct', speaker: 'Lavrov', cue: 'said', channel: 'state television' }],
    },
    {
      name: 'German-style low-high quotes',
      text: '„Peace needs guarantees,“ the chancellor wrote on social media.',
      expect: [{ text: 'Peace needs guarantees,', kind: 'direct', speaker: 'the chancellor', cue: 'wrote', channel: 'social media' }],
    },
    {
      name: 'frame before the quote, colon',
      text: 'Zelenskyy wrote on Telegram: “The contingent should be stationed on Ukrainian soil.”',
      expect: [{ text: 'The contingent should be stationed on Ukrainian soil.', kind: 'direct', speaker: 'Zelenskyy', cue: 'wrote', channel: 'social media (Telegram)' }],
    },
    {
      name: 'multi-paragraph quote: an unclosed paragraph, the next reopens it',
      text: 'Maria Lopez, the mayor, spoke first. “We were not warned,” Lopez said. “The shelling started at dawn.\n“Nobody came to help us for hours.”',
      expect: [
        { text: 'We were not warned,', kind: 'direct', speaker: 'Lopez', cue: 'said' },
        { text: 'The shelling started at dawn.', kind: 'direct', speaker: 'Lopez', cue: null },
        { text: 'Nobody came to help us for hours.', kind: 'direct', speaker: 'Lopez', cue: null },
      ],
    },
    {
      name: 'a quote reopened in the same paragraph (the source lost the paragraph break): two pieces, no marks inside',
      text: 'Maria Lopez, the mayor, spoke first. “We were not warned,” Lopez said. “The shelling started at dawn. “Nobody came to help us for hours.”',
      expect: [
        { text: 'We were not warned,', kind: 'direct', speaker: 'Lopez', cue: 'said' },
        { text: 'The shelling started at dawn.', kind: 'direct', speaker: 'Lopez', cue: null },
        { text: 'Nobody came to help us for hours.', kind: 'direct', speaker: 'Lopez', cue: null },
      ],
    },
    {
      name: 'a quote inside a quote typed with the same curly marks is part of the outer quote, not a reopening',
      text: '“I’d rather live in what he calls “hell” than live in a world where he is president.” ― Ana Ruiz',
      expect: [
        { text: 'I’d rather live in what he calls “hell” than live in a world where he is president.', kind: 'direct', speaker: 'Ana Ruiz', cue: '―' },
      ],
    },
    {
      name: 'multi-paragraph quote attributed in its last paragraph',
      text: '“The first part of the statement.\n“The second part,” said Olena Kovalenko.',
      expect: [
        { text: 'The first part of the statement.', kind: 'direct', speaker: 'Olena Kovalenko', cue: null },
        { text: 'The second part,', kind: 'direct', speaker: 'Olena Kovalenko', cue: 'said' },
      ],
    },
    {
      name: 'quoted as saying: the speaker is the one quoted',
      text: '“We should refrain from taking steps,” Interfax quoted Vladimir Putin as saying.',
      expect: [{ text: 'We should refrain from taking steps,', kind: 'direct', speaker: 'Vladimir Putin', written: 'Vladimir Putin', cue: 'quoted' }],
    },
    {
      name: 'told reporters is a channel',
      text: 'Trump spoke at the White House. “There is a very good chance,” he told reporters.',
      expect: [{ text: 'There is a very good chance,', kind: 'direct', speaker: 'Trump', written: 'he', cue: 'told', channel: 'reporters' }],
    },
  ];
  for (const c of cases) it(c.name, () => check(c.text, quotesOf(c.text), c.expect));
});

describe('partial and single-word quotes', () => {
  const cases: Array<{ name: string; text: string; expect: Expect[] }> = [
    {
      name: 'a quoted relative clause goes on the first quote\'s cue ("as “a …” who “…”")',
      text: 'The senator described the minister as “a career bureaucrat” who “has never run a business.”',
      expect: [
        { text: 'a career bureaucrat', kind: 'partial', written: 'The senator', cue: 'described' },
        { text: 'has never run a business.', kind: 'partial', written: 'The senator', cue: 'described' },
      ],
    },
    {
      name: 'a passive names who said the quoted words with "by", after the participle or after the words',
      text: 'The list of candidates — called “flawed and hasty” by the electoral commission — was withdrawn. '
        + 'His remarks, described by a senior aide as “a joke”, caused a stir. The budget was branded “reckless” by the mayor.',
      expect: [
        { text: 'flawed and hasty', kind: 'partial', written: 'the electoral commission', cue: 'called' },
        { text: 'a joke', kind: 'partial', written: 'a senior aide', cue: 'described' },
        { text: 'reckless', kind: 'partial', written: 'the mayor', cue: 'branded' },
      ],
    },
    {
      name: 'quoted words with no comma before a name modify it: no frame after them ("criticised “extravagant” Tory promises")',
      text: 'Labour criticised “reckless” Tory plans on housing. “The vote is a battle of niches” Grubbs said.',
      expect: [
        { text: '“reckless” Tory plans on housing', kind: 'indirect', written: 'Labour', cue: 'criticised' },
        { text: 'reckless', kind: 'partial', written: 'Labour', cue: 'criticised' },
        { text: 'The vote is a battle of niches', kind: 'direct', written: 'Grubbs', cue: 'said' },
      ],
    },
    {
      name: 'a participle after a thing that cannot speak, the object of a finite verb, is the subject\'s ("defended the move saying …")',
      text: 'The minister defended the plan saying it would give officers “a bit of an edge”. Officials rejected a report saying the vote was “rigged”.',
      expect: [
        { text: 'the plan saying it would give officers “a bit of an edge”', kind: 'indirect', written: 'The minister', cue: 'defended' },
        { text: 'a bit of an edge', kind: 'partial', written: 'The minister', cue: 'saying' },
        { text: 'a report saying the vote was “rigged”', kind: 'indirect', written: 'Officials', cue: 'rejected' },
        { text: 'the vote was “rigged”', kind: 'indirect', written: 'a report', cue: 'saying' },
        { text: 'rigged', kind: 'partial', written: 'a report', cue: 'saying' },
      ],
    },
    {
      name: 'a subject noun of saying with its own modifier is no appositive claim (", a report on the mission said.")',
      text: 'Gunmen threatened to fire at the observers, a report on the failed mission said.',
      expect: [{ text: 'Gunmen threatened to fire at the observers', kind: 'indirect', written: 'a report on the failed mission', cue: 'said' }],
    },
    {
      name: 'a cue in a free relative reports up to the comma that closes it ("After what he described as …, he returned")',
      text: 'After what he described as useful talks with local leaders, he flew back to the capital.',
      expect: [{ text: 'as useful talks with local leaders', kind: 'indirect', written: 'he', cue: 'described' }],
    },
    {
      name: 'a determiner right after a lower-case plural opens the subject where the copy left out a comma',
      text: 'While both markets were stocked with food and sanitary items the monitors concluded that prices rose.',
      expect: [{ text: 'that prices rose', kind: 'indirect', written: 'the monitors', cue: 'concluded' }],
    },
    {
      name: '"According to X, who …, CONTENT": the relative clause is part of the source',
      text: 'According to Olena Marchuk, who runs the shelter, 40 families arrived overnight.',
      expect: [{ text: '40 families arrived overnight', kind: 'indirect', written: 'Olena Marchuk, who runs the shelter', cue: 'According to' }],
    },
    {
      name: 'a fronted preposition, article and noun with no comma is no part of the subject ("In the end the minister said")',
      text: 'In the end the minister said nothing new. After the vote Olena Marchuk, the mayor, said: “The count was fair.”',
      expect: [
        { text: 'nothing new', kind: 'indirect', written: 'the minister', cue: 'said' },
        { text: 'The count was fair.', kind: 'direct', written: 'Olena Marchuk, the mayor', cue: 'said' },
      ],
    },
    {
      name: 'two-word adverbs between the subject and the cue ("has so far refused")',
      text: 'The actor has so far refused to comment. The ministry has thus far declined to give details.',
      expect: [
        { text: 'to comment', kind: 'indirect', written: 'The actor', cue: 'refused' },
        { text: 'to give details', kind: 'indirect', written: 'The ministry', cue: 'declined' },
      ],
    },
    {
      name: 'a hearer\'s relative clause runs to the "that" of the content ("told a woman who fled … that …")',
      text: 'The prince told a woman who fled from the war that the talks had failed.',
      expect: [{ text: 'that the talks had failed', kind: 'indirect', written: 'The prince', cue: 'told' }],
    },
    {
      name: 'a date after a channel goes with it ("said in a statement on August 13 that …")',
      text: 'The firm said in a statement on August 13 that prices would rise. He said in an interview on May 2, 2014, that it was over.',
      expect: [
        { text: 'that prices would rise', kind: 'indirect', written: 'The firm', cue: 'said' },
        { text: 'that it was over', kind: 'indirect', written: 'He', cue: 'said' },
      ],
    },
    {
      name: 'partial quote after a participle cue',
      text: 'Tensions rose, with Trump recently warning of a “horrible massacre” in the region.',
      expect: [{ text: 'horrible massacre', kind: 'partial', speaker: 'Trump', cue: 'warning' }],
    },
    {
      name: 'partial quote whose cue is a participle of the main clause',
      text: 'Trump expressed optimism, calling the negotiations “very good and productive”.',
      expect: [{ text: 'very good and productive', kind: 'partial', speaker: 'Trump', cue: 'calling' }],
    },
    {
      name: 'single-word quote attributed to a speaker',
      text: 'The foreign minister called the proposal “unacceptable.”',
      expect: [{ text: 'unacceptable.', kind: 'partial', speaker: 'The foreign minister', cue: 'called' }],
    },
  ];
  for (const c of cases) it(c.name, () => check(c.text, quotesOf(c.text), c.expect));
});

describe('reported speech', () => {
  const cases: Array<{ name: string; text: string; expect: Expect[] }> = [
    {
      name: 'an inverted frame between commas reports the words around it; after an opening adverb, those after it; not a verb with its object',
      text: 'The idea, says the ministry, is to shape a new model. Currently, says Dr Lind, the cables are very expensive. He hosts a show, writes a weekly column and, since 2013, leads a panel.',
      expect: [
        { text: 'The idea, says the ministry, is to shape a new model', kind: 'indirect', written: 'the ministry', cue: 'says' },
        { text: 'the cables are very expensive', kind: 'indirect', written: 'Dr Lind', cue: 'says' },
      ],
    },
    {
      name: 'a participle right after a noun that cannot speak, with a phrase and a finite verb after it, reports nothing',
      text: 'Video posted on YouTube showed men taking cover in a field. Teenagers questioned for a survey have shown little interest. The MPs had long called for her removal after the criticism.',
      expect: [
        { text: 'men taking cover in a field', kind: 'indirect', written: 'Video', cue: 'showed' },
        { text: 'her removal', kind: 'indirect', written: 'The MPs', cue: 'called for' },
      ],
    },
    {
      name: 'a view opening its sentence is its owner\'s; not when the clause has a frame of its own',
      text: 'In Lind’s view, the change would weaken the council. In their view, the truce could hold. In his view, Kovac said, the plan failed.',
      expect: [
        { text: 'the change would weaken the council', kind: 'indirect', written: 'Lind', cue: 'view' },
        { text: 'the truce could hold', kind: 'indirect', written: 'their', cue: 'view' },
        { text: 'In his view, Kovac said, the plan failed', kind: 'indirect', written: 'Kovac', cue: 'said' },
      ],
    },
    {
      name: 'the rest of a channel\'s phrase, with no verb in it, runs to the "that" of the content',
      text: 'He wrote in a letter to EU ambassadors ahead of a meeting on 15 December that the event should not twist language.',
      expect: [
        { text: 'that the event should not twist language', kind: 'indirect', written: 'He', cue: 'wrote' },
      ],
    },
    {
      name: 'an adjective in -ly is no adverb of a cue: "friendly states" is a noun phrase, "say elderly people …" a clause',
      text: 'By regions the share is highest in Crimea (41%), Donetsk district (33%), Lugansk district (24%) and Kharkiv (15%) districts, but even there support to the current status of relations with Russia - as two independent and friendly states – prevails. Ministers say elderly people should be able to stay at home.',
      expect: [
        { text: 'elderly people should be able to stay at home', kind: 'indirect', written: 'Ministers', cue: 'say' },
      ],
    },
    {
      name: 'after quoted words, "and was" with a participle is the speaker\'s next clause',
      text: 'Wenger later accused Van Nistelrooy of “cheating” and was fined £15,000 by the FA.',
      expect: [
        { text: 'Van Nistelrooy of “cheating”', kind: 'indirect', written: 'Wenger', cue: 'accused' },
        { text: 'cheating', kind: 'partial', written: 'Wenger', cue: 'accused' },
      ],
    },
    {
      name: 'whom a statement was addressed to is no part of it; a shout at someone with nothing after it says nothing',
      text: "The Legion wrote to Sanders' Senate office that it did not have permission. He complained to the BBC about the coverage. A protester shouts to riot police in front of a barricade.",
      expect: [
        { text: 'that it did not have permission', kind: 'indirect', written: 'The Legion', cue: 'wrote' },
        { text: 'the coverage', kind: 'indirect', written: 'He', cue: 'complained to the BBC about' },
      ],
    },
    {
      name: 'a name warned before "that" or a pronoun clause is a hearer; a noun phrase before its verb is the content',
      text: 'Mr Novak warned Kyiv that Gazprom could cut supplies. Putin warned Ukraine on Thursday he would retaliate. He warned the plan would fail.',
      expect: [
        { text: 'that Gazprom could cut supplies', kind: 'indirect', written: 'Mr Novak', cue: 'warned' },
        { text: 'he would retaliate', kind: 'indirect', written: 'Putin', cue: 'warned' },
        { text: 'the plan would fail', kind: 'indirect', written: 'He', cue: 'warned' },
      ],
    },
    {
      name: 'bare people in the plural warned are a hearer too ("warning locals the time switch could …")',
      text: 'The newspaper ran a front page, warning locals the time switch could trigger health problems. The governor warned residents that the dam could fail. He warned the rivers would flood.',
      expect: [
        { text: 'the time switch could trigger health problems', kind: 'indirect', written: 'The newspaper', cue: 'warning' },
        { text: 'that the dam could fail', kind: 'indirect', written: 'The governor', cue: 'warned' },
        { text: 'the rivers would flood', kind: 'indirect', written: 'He', cue: 'warned' },
      ],
    },
    {
      name: 'a clause after "told" with no subject of its own takes the hearer\'s last noun ("told the BBC progress had been made"); not an adverb',
      text: 'Ms Kelly told the BBC progress had been made. He told reporters there were no talks. She told the committee members were worried. They asked him just were they sure.',
      expect: [
        { text: 'progress had been made', kind: 'indirect', written: 'Ms Kelly', cue: 'told' },
        { text: 'there were no talks', kind: 'indirect', written: 'He', cue: 'told' },
        { text: 'members were worried', kind: 'indirect', written: 'She', cue: 'told' },
        { text: 'were they sure', kind: 'indirect', written: 'They', cue: 'asked' },
      ],
    },
    {
      name: 'a clause before "and" is no part of the source: a past verb or a subject pronoun opens it; two nouns still join',
      text: 'It went on sale in November and Nintendo says sales have exceeded forecasts. House prices rose in January and the lender reported a rise of 0.4%. His advisers and allies said the plan was dead.',
      expect: [
        { text: 'sales have exceeded forecasts', kind: 'indirect', written: 'Nintendo', cue: 'says' },
        { text: 'a rise of 0.4%', kind: 'indirect', written: 'the lender', cue: 'reported' },
        { text: 'the plan was dead', kind: 'indirect', written: 'His advisers and allies', cue: 'said' },
      ],
    },
    {
      name: 'the content skips talks after the hearer; who passed it on and who heard a noun phrase are no part of it',
      text: 'Mr Ban said he had told President Putin in talks on Thursday that the crisis needed talks. The ministry denied sending the messages, as later reported by The Guardian. Ms Kazakova confirmed the number to journalists. He said the hearing was open to journalists.',
      expect: [
        { text: 'he had told President Putin in talks on Thursday that the crisis needed talks', kind: 'indirect', written: 'Mr Ban', cue: 'said' },
        { text: 'that the crisis needed talks', kind: 'indirect', written: 'he', cue: 'told' },
        { text: 'sending the messages', kind: 'indirect', written: 'The ministry', cue: 'denied' },
        { text: 'the number', kind: 'indirect', written: 'Ms Kazakova', cue: 'confirmed' },
        { text: 'the hearing was open to journalists', kind: 'indirect', written: 'He', cue: 'said' },
      ],
    },
    {
      name: 'a relative pronoun after an inverted frame speaks for the phrase, not for the frame\'s verb',
      text: '“I voted to join Russia,” explains one young man, who says his name is Igor.',
      expect: [
        { text: 'I voted to join Russia,', kind: 'direct', speaker: 'one young man', cue: 'explains' },
        { text: 'his name is Igor', kind: 'indirect', speaker: 'one young man', written: 'who', cue: 'says' },
      ],
    },
    {
      name: 'content that opens with a verb of saying is another statement\'s frame; after a relative pronoun it is the clause',
      text: 'Tory leader Michael Howard, asked about the remark by reporters, said it was important to be careful. Mr Wilson is close to Natalie, who he says asked for his help.',
      expect: [
        { text: 'it was important to be careful', kind: 'indirect', written: 'Tory leader Michael Howard', cue: 'said' },
        { text: 'asked for his help', kind: 'indirect', written: 'he', cue: 'says' },
      ],
    },
    {
      name: 'after a comma, "and" with a past verb and its object is the speaker\'s next act; an adjective, a second passive and "indeed" go on',
      text: 'The envoy said the talks would resume, and reminded the press of the truce. Kovac said the plan would bring jobs, schools, and repaired bridges. The agency reported that the letter was sent to his office, and opened by his wife. She said the graphics are excellent, and indeed striking.',
      expect: [
        { text: 'the talks would resume', kind: 'indirect', written: 'The envoy', cue: 'said' },
        { text: 'the plan would bring jobs, schools, and repaired bridges', kind: 'indirect', written: 'Kovac', cue: 'said' },
        { text: 'that the letter was sent to his office, and opened by his wife', kind: 'indirect', written: 'The agency', cue: 'reported' },
        { text: 'the graphics are excellent, and indeed striking', kind: 'indirect', written: 'She', cue: 'said' },
      ],
    },
    {
      name: 'frames of more than one word: "made (it) clear that", "made no secret of", "expressed concern that / about", "expressed a willingness to", "voiced support for", ", referring to"',
      text: 'Putin made it clear that he would not retreat. Kovac has made no secret of his wish to run. Analysts expressed concern that the cuts would hurt growth. The union expressed deep concerns about the plan. Lind expressed a willingness to talk. Petrov voiced support for the ceasefire plan. The concerns expressed by the union were ignored. Petrov spoke for an hour, referring to the jobs report. The term refers to the pivot to Asia.',
      expect: [
        { text: 'that he would not retreat', kind: 'indirect', written: 'Putin', cue: 'made it clear' },
        { text: 'his wish to run', kind: 'indirect', written: 'Kovac', cue: 'made no secret of' },
        { text: 'that the cuts would hurt growth', kind: 'indirect', written: 'Analysts', cue: 'expressed concern' },
        { text: 'the plan', kind: 'indirect', written: 'The union', cue: 'expressed deep concerns about' },
        { text: 'to talk', kind: 'indirect', written: 'Lind', cue: 'expressed a willingness' },
        { text: 'the ceasefire plan', kind: 'indirect', written: 'Petrov', cue: 'voiced support for' },
        { text: 'the jobs report', kind: 'indirect', written: 'Petrov', cue: 'referring to' },
      ],
    },
    {
      name: 'a poll that opens the sentence is its source; "said no" answers; a poll with a speaker of its own is only the channel',
      text: 'In the latest Reuters poll, Kovac led Lind by 12 points. Asked if he would run again, the senator said no. In an online poll of 800 voters, the institute found that the race was close.',
      expect: [
        { text: 'Kovac led Lind by 12 points', kind: 'indirect', written: 'the latest Reuters poll', cue: 'In' },
        { text: 'no', kind: 'indirect', written: 'the senator', cue: 'said' },
        { text: 'that the race was close', kind: 'indirect', written: 'the institute', cue: 'found' },
      ],
    },
    {
      name: 'a noun phrase praised or supported ends before "but" and a past verb, the speaker\'s next act',
      text: 'Putin praised the agreement but imposed additional conditions. Kovac expressed support for the plan but added that talks must wait.',
      expect: [
        { text: 'the agreement', kind: 'indirect', written: 'Putin', cue: 'praised' },
        { text: 'the plan', kind: 'indirect', written: 'Kovac', cue: 'expressed support for' },
        { text: 'that talks must wait', kind: 'indirect', written: 'Kovac', cue: 'added' },
      ],
    },
    {
      name: 'a question put in the passive: the asker after "by" is the source, else nobody; a question ends at its comma',
      text: 'At a town hall, Clinton was asked about securing the border. Sanders was asked by host John Dickerson whether his aim was similar. When voters were asked who would bring change, most named Trump. He has been asked to release the transcripts.',
      expect: [
        { text: 'securing the border', kind: 'indirect', speaker: null, cue: 'asked about' },
        { text: 'whether his aim was similar', kind: 'indirect', written: 'host John Dickerson', cue: 'asked' },
        { text: 'who would bring change', kind: 'indirect', speaker: null, cue: 'asked' },
        { text: 'to release the transcripts', kind: 'indirect', speaker: null, cue: 'asked' },
      ],
    },
    {
      name: 'a place or a month named before "that" is where or when it was said, not content',
      text: 'He told Al Jazeera in Kiev that he was fine. The firm warned in September that the dollar was weak.',
      expect: [
        { text: 'that he was fine', kind: 'indirect', written: 'He', cue: 'told' },
        { text: 'that the dollar was weak', kind: 'indirect', written: 'The firm', cue: 'warned' },
      ],
    },
    {
      name: 'a fronted time after a sentence adverb, without its comma, is no part of the source',
      text: 'Earlier in April Russians denounced the presence of the frigate.',
      expect: [{ text: 'the presence of the frigate', kind: 'indirect', written: 'Russians', cue: 'denounced' }],
    },
    {
      name: '"according to" a document released at a time: the participle goes with the time',
      text: 'Clinton leads by 19 points, according to a survey released on Thursday.',
      expect: [{ text: 'Clinton leads by 19 points', kind: 'indirect', written: 'a survey', cue: 'according to' }],
    },
    {
      name: 'a participle\'s subject comes after a dateline with its date and agency, and after "Hours later,"',
      text: 'PHILADELPHIA, July 25 (UPI) — The party committee released a statement on Monday, saying the leaks were regrettable. Hours later, Trump praised Adelson, telling Reuters that they had been friends for years.',
      expect: [
        { text: 'the leaks were regrettable', kind: 'indirect', written: 'The party committee', cue: 'saying' },
        { text: 'that they had been friends for years', kind: 'indirect', written: 'Trump', cue: 'telling' },
      ],
    },
    {
      name: 'an approximate proportion is a subject, not a phrase opened by a preposition',
      text: 'About four in 10 South Carolina primary voters say that the economy matters most.',
      expect: [{ text: 'that the economy matters most', kind: 'indirect', written: 'About four in 10 South Carolina primary voters', cue: 'say' }],
    },
    {
      name: 'a hometown with its state or country is part of the source; a person named after a place is not',
      text: 'Stacy Baker of Columbia, South Carolina says Cruz can win. Kirchner met Chirac in Paris, President Kirchner said.',
      expect: [
        { text: 'Cruz can win', kind: 'indirect', written: 'Stacy Baker of Columbia, South Carolina', cue: 'says' },
        { text: 'Kirchner met Chirac in Paris', kind: 'indirect', written: 'President Kirchner', cue: 'said' },
      ],
    },
    {
      name: 'an adverb and an adjective between commas describe how, they are no part of the source; an appositive is',
      text: 'Putin, visibly angry, told reporters that the talks were over. Ivanov, formerly a minister, said it was over.',
      expect: [
        { text: 'that the talks were over', kind: 'indirect', written: 'Putin', cue: 'told' },
        { text: 'it was over', kind: 'indirect', written: 'Ivanov, formerly a minister', cue: 'said' },
      ],
    },
    {
      name: 'a plural with its relative clause is a subject',
      text: 'But progressive organizations that have endorsed him say superdelegates should follow the voters.',
      expect: [{ text: 'superdelegates should follow the voters', kind: 'indirect', written: 'progressive organizations that have endorsed him', cue: 'say' }],
    },
    {
      name: 'an adverb of time after an inverted source is no part of it',
      text: '“What a great way to finish the year,” said Nadal afterwards.',
      expect: [{ text: 'What a great way to finish the year,', kind: 'direct', speaker: 'Nadal', written: 'Nadal', cue: 'said' }],
    },
    {
      name: 'a phrase of time right after the cue stays in the content when a clause or an infinitive follows it',
      text: 'Trump said after the convention he would not accept the endorsement. Gauke proposed in September to reduce sentences.',
      expect: [
        { text: 'after the convention he would not accept the endorsement', kind: 'indirect', written: 'Trump', cue: 'said' },
        { text: 'in September to reduce sentences', kind: 'indirect', written: 'Gauke', cue: 'proposed' },
      ],
    },
    {
      name: 'X said that …',
      text: 'Zelenskyy warned on Saturday that Russia has been amassing troops along the border.',
      expect: [{ text: 'that Russia has been amassing troops along the border', kind: 'indirect', speaker: 'Zelenskyy', written: 'Zelenskyy', cue: 'warned' }],
    },
    {
      name: '…, X said.',
      text: 'The convoy was hit twice near the border, the ministry said.',
      expect: [{ text: 'The convoy was hit twice near the border', kind: 'indirect', speaker: 'the ministry', written: 'the ministry', cue: 'said' }],
    },
    {
      name: 'according to X at the end',
      text: 'Of these, 47 drones were intercepted, according to Ukrainian defense officials.',
      expect: [{ text: 'Of these, 47 drones were intercepted', kind: 'indirect', speaker: 'Ukrainian defense officials', cue: 'according to' }],
    },
    {
      name: 'according to X at the start, noun form source',
      text: 'According to a State Department statement, the conversation focused on communication.',
      expect: [{ text: 'the conversation focused on communication', kind: 'indirect', speaker: 'State Department', written: 'a State Department statement', cue: 'According to' }],
    },
    {
      name: 'accused Y of …',
      text: 'Ukrainian President Volodymyr Zelenskyy has accused Russian President Vladimir Putin of prolonging the war.',
      expect: [{ text: 'Russian President Vladimir Putin of prolonging the war', kind: 'indirect', written: 'Ukrainian President Volodymyr Zelenskyy', cue: 'accused' }],
    },
    {
      name: 'told reporters that …',
      text: 'The general told reporters that the offensive had stalled.',
      expect: [{ text: 'that the offensive had stalled', kind: 'indirect', speaker: 'The general', cue: 'told', channel: 'reporters' }],
    },
    {
      name: 'in a statement, X said …',
      text: 'In a statement, the Kremlin said the drones were destroyed over Kursk.',
      expect: [{ text: 'the drones were destroyed over Kursk', kind: 'indirect', written: 'the Kremlin', cue: 'said', channel: 'statement' }],
    },
    {
      name: 'a possessive time after the cue opens the content; a bare one is when it was said',
      text: 'The prime minister said Thursday\'s report showed growth. The minister said Monday the attack was a crime.',
      expect: [
        { text: 'Thursday\'s report showed growth', kind: 'indirect', written: 'The prime minister', cue: 'said' },
        { text: 'the attack was a crime', kind: 'indirect', written: 'The minister', cue: 'said' },
      ],
    },
    {
      name: 'a pro-form ("so", "as much") is the whole content; what follows it is when and where it was said',
      text: 'Most voters said so in the earlier poll. Robby Mook said as much in an interview on Thursday. He said so many people had died.',
      expect: [
        { text: 'so', kind: 'indirect', written: 'Most voters', cue: 'said' },
        { text: 'as much', kind: 'indirect', written: 'Robby Mook', cue: 'said', channel: 'interview' },
        { text: 'so many people had died', kind: 'indirect', written: 'He', cue: 'said' },
      ],
    },
    {
      name: 'a relative clause in an appositive ends where the main verb of saying resumes; a manner phrase is no content',
      text: 'Pavlov, a lawyer who has said the law is vague, told reporters it would be challenged. Only one unit responded in full.',
      expect: [
        { text: 'the law is vague', kind: 'indirect', written: 'who', cue: 'said' },
        { text: 'it would be challenged', kind: 'indirect', written: 'Pavlov, a lawyer who has said the law is vague', cue: 'told' },
      ],
    },
    {
      name: 'what is told is the object ("told the truth", "tells the story of"), and a clause after "and" is the teller\'s next deed; "you guessed it" reports nothing',
      text: 'He had told the truth throughout and had raised the case. The film tells the story of two boys. He helped - you guessed it - the opposition.',
      expect: [
        { text: 'the truth throughout', kind: 'indirect', written: 'He', cue: 'told' },
        { text: 'the story of two boys', kind: 'indirect', written: 'The film', cue: 'tells' },
      ],
    },
    {
      name: 'an indefinite pronoun is no one a later "he" points back to',
      text: 'Mr Kennedy spoke in Bath on Friday. Nobody, he claimed, could picture Mr Howard in Downing Street.',
      expect: [{ text: 'Nobody, he claimed, could picture Mr Howard in Downing Street', kind: 'indirect', speaker: 'Mr Kennedy', written: 'he', cue: 'claimed' }],
    },
    {
      name: '"…, X said, adding …": the participle is the frame\'s speaker\'s; a cue opening a dashed aside reports up to its closing dash',
      text: 'EU membership is not a rule for anyone, Fico said, adding that offers matter. The observers hailed the vote — citing the free food — while others did not.',
      expect: [
        { text: 'EU membership is not a rule for anyone', kind: 'indirect', written: 'Fico', cue: 'said' },
        { text: 'that offers matter', kind: 'indirect', written: 'Fico', cue: 'adding' },
        { text: 'the free food', kind: 'indirect', written: 'The observers', cue: 'citing' },
      ],
    },
    {
      name: '"this", "last" alone open the content, not a time; a possessive subject runs on to the noun it owns',
      text: 'The Kremlin called this decision a madness. Mr Glazer said this will lead to a bid. The brewer said last summer that it would not expand. '
        + 'The agency\'s former chief executive Doug Smith quit, saying he was disappointed.',
      expect: [
        { text: 'this decision a madness', kind: 'indirect', written: 'The Kremlin', cue: 'called' },
        { text: 'this will lead to a bid', kind: 'indirect', written: 'Mr Glazer', cue: 'said' },
        { text: 'that it would not expand', kind: 'indirect', written: 'The brewer', cue: 'said' },
        { text: 'he was disappointed', kind: 'indirect', written: 'The agency\'s former chief executive Doug Smith', cue: 'saying' },
      ],
    },
    {
      name: 'a subject past an aside between double hyphens, past "Late January,", and with a pair of numbers joined by "and"',
      text: 'Rinat Akhmetov -- a key backer of the president -- has said the use of force was wrong. '
        + 'Late January, the army chief acknowledged that units were not involved, adding that he had information. '
        + '"We are not ambitious," the world 200m and 400m record holder told Five Live. '
        + 'The firm collapsed in 2002 and prosecutors alleged that losses were hidden.',
      expect: [
        { text: 'the use of force was wrong', kind: 'indirect', written: 'Rinat Akhmetov', cue: 'said' },
        { text: 'that units were not involved', kind: 'indirect', written: 'the army chief', cue: 'acknowledged' },
        { text: 'that he had information', kind: 'indirect', written: 'the army chief', cue: 'adding' },
        { text: 'We are not ambitious,', kind: 'direct', written: 'the world 200m and 400m record holder', cue: 'told' },
        { text: 'that losses were hidden', kind: 'indirect', written: 'prosecutors', cue: 'alleged' },
      ],
    },
    {
      name: 'a live blog\'s time stamp is no content; ", citing …" after "according to X" is X\'s',
      text: '18:15 - At least four people have been killed in Odessa, according to Reuters news agency, citing local police.',
      expect: [
        { text: 'At least four people have been killed in Odessa', kind: 'indirect', written: 'Reuters news agency', cue: 'according to' },
        { text: 'local police', kind: 'indirect', written: 'Reuters news agency', cue: 'citing' },
      ],
    },
    {
      name: 'a fronted phrase or a sentence adverb without its comma is no part of the source as written',
      text: 'In his New Year message the party leader said Labour relied on fear. Earlier Tory leader Michael Howard said the plan was bad. '
        + 'However 60% said they did not think so.',
      expect: [
        { text: 'Labour relied on fear', kind: 'indirect', written: 'the party leader', cue: 'said' },
        { text: 'the plan was bad', kind: 'indirect', written: 'Tory leader Michael Howard', cue: 'said' },
        { text: 'they did not think so', kind: 'indirect', written: '60%', cue: 'said' },
      ],
    },
    {
      name: 'a quote with no frame after another speaker\'s reported statement in a sentence of its own is that speaker\'s',
      text: '"We will win," he said. Shadow sports minister Lord Moynihan said the policy would help clubs. "We aim to shift the emphasis." '
        + '"Your reputation is amazing," Trump assured Jones, after Jones assured Trump that his listeners agreed. "I will not let you down."',
      expect: [
        { text: 'We will win,', kind: 'direct', written: 'he', cue: 'said' },
        { text: 'the policy would help clubs', kind: 'indirect', written: 'Shadow sports minister Lord Moynihan', cue: 'said' },
        { text: 'We aim to shift the emphasis.', kind: 'direct', written: 'Shadow sports minister Lord Moynihan', cue: null },
        { text: 'Your reputation is amazing,', kind: 'direct', written: 'Trump', cue: 'assured' },
        { text: 'that his listeners agreed', kind: 'indirect', written: 'Jones', cue: 'assured' },
        { text: 'I will not let you down.', kind: 'direct', written: 'Trump', cue: null },
      ],
    },
    {
      name: '"took to Twitter …, saying" is the subject\'s; "the hands of separatists who say" is the separatists\'',
      text: 'Sikorski took to Twitter late Thursday following talks saying: "Progress made." '
        + 'Donetsk is in the hands of separatists who say they will disrupt the vote. The widow of the singer, who said the song was his, filed a claim.',
      expect: [
        { text: 'Progress made.', kind: 'direct', written: 'Sikorski', cue: 'saying' },
        { text: 'they will disrupt the vote', kind: 'indirect', speaker: 'separatists', written: 'who', cue: 'say' },
        { text: 'the song was his', kind: 'indirect', speaker: 'The widow of the singer', written: 'who', cue: 'said' },
      ],
    },
    {
      name: 'quoted words inside a clause are not framed by a later verb with an object of its own ("…,” he denied the affair")',
      text: 'Although Weiner admitted that he and the woman had "been friends for some time," he denied the affair. '
        + 'But this year, because of "volatility in the oil market", he said the duty would be frozen.',
      expect: [
        { text: 'been friends for some time,', kind: 'partial', written: 'Weiner', cue: 'admitted' },
        { text: 'the affair', kind: 'indirect', written: 'he', cue: 'denied' },
        { text: 'volatility in the oil market', kind: 'partial', written: 'he', cue: 'said' },
      ],
    },
    {
      name: '(a naming verb after the quote is no addressee verb: its object does not make it the frame)',
      text: 'The pop star said it would be a much more "behind the scenes affair", and called his own genre of music "dead".',
      expect: [
        { text: 'it would be a much more "behind the scenes affair"', kind: 'indirect', written: 'The pop star', cue: 'said' },
        { text: 'behind the scenes affair', kind: 'partial', written: 'The pop star', cue: 'said' },
        { text: 'dead', kind: 'partial', written: 'The pop star', cue: 'called' },
      ],
    },
    {
      name: '"as revealed by the report" is an aside, not the frame of the quoted words after it',
      text: 'Dr Taylor described the level of action taken by businesses as revealed by the report as "too little, too late".',
      expect: [{ text: 'too little, too late', kind: 'partial', written: 'Dr Taylor', cue: 'described' }],
    },
    {
      name: 'manner-of-speaking verbs frame a quote right after it ("Trump barked", "she snapped"), never elsewhere; "affirm" reports',
      text: '"Go back to Univision," Trump barked. "Nonsense," she snapped. The crowd roared with approval. '
        + 'Article 33 affirms: "No Contracting State shall expel a refugee."',
      expect: [
        { text: 'Go back to Univision,', kind: 'direct', written: 'Trump', cue: 'barked' },
        { text: 'Nonsense,', kind: 'direct', written: 'she', cue: 'snapped' },
        { text: 'No Contracting State shall expel a refugee.', kind: 'direct', written: 'Article 33', cue: 'affirms' },
      ],
    },
    {
      name: 'an opening adverbial piece before a name and its appositive is no part of the source',
      text: 'Speaking to Al Jazeera from Munich, Leonid Kozhara, the foreign minister, said the plan was dead. '
        + 'And on Tuesday, Kevin Brady, chairman of the committee, said that Republicans might wait.',
      expect: [
        { text: 'the plan was dead', kind: 'indirect', written: 'Leonid Kozhara, the foreign minister', cue: 'said' },
        { text: 'that Republicans might wait', kind: 'indirect', written: 'Kevin Brady, chairman of the committee', cue: 'said' },
      ],
    },
    {
      name: 'a time that owns the head is part of the subject ("Tuesday\'s vote showed", "Last April\'s report by …")',
      text: 'Tuesday\'s vote showed that Trump was winning. Last April\'s report by the commission said there was no case.',
      expect: [
        { text: 'that Trump was winning', kind: 'indirect', written: 'Tuesday\'s vote', cue: 'showed' },
        { text: 'there was no case', kind: 'indirect', written: 'Last April\'s report by the commission', cue: 'said' },
      ],
    },
    {
      name: '"X issued a statement saying …" is X\'s, as PolNeAR marks it',
      text: 'The ministry issued a statement saying the troops had left. His office put out a brief statement saying he was fine. '
        + 'Trump posted a message on Twitter reading "Thank you Georgia" after polls closed.',
      expect: [
        { text: 'the troops had left', kind: 'indirect', written: 'The ministry', cue: 'saying' },
        { text: 'he was fine', kind: 'indirect', written: 'His office', cue: 'saying' },
        { text: 'Thank you Georgia', kind: 'partial', written: 'Trump', cue: 'reading' },
      ],
    },
    {
      name: 'a document speaks for the name or body before it, not for an adjective ("a written statement")',
      text: 'A written statement said the deal was off. The committee\'s report said the visas were wrong. A State Department statement said talks went well.',
      expect: [
        { text: 'the deal was off', kind: 'indirect', speaker: 'A written statement', cue: 'said' },
        { text: 'the visas were wrong', kind: 'indirect', speaker: 'committee', cue: 'said' },
        { text: 'talks went well', kind: 'indirect', speaker: 'State Department', cue: 'said' },
      ],
    },
    {
      name: '"said to be", "said to hold" is hearsay with no one saying it; "said to reporters" reports',
      text: 'With the zone said to hold gas reserves, the ban will slow efforts. The field, said to be in Volnovakha, burned. '
        + 'Putin said to reporters that he was ready.',
      expect: [{ text: 'that he was ready', kind: 'indirect', written: 'Putin', cue: 'said' }],
    },
    {
      name: '"claim" that takes a prize, a place or lives says nothing; a victory claimed is a claim',
      text: 'The track claimed the top spot. The storm claimed the lives of 30 people. He claimed 41 percent of the vote. '
        + 'Russia claimed victory in Bakhmut.',
      expect: [{ text: 'victory in Bakhmut', kind: 'indirect', written: 'Russia', cue: 'claimed' }],
    },
    {
      name: '"add" with an amount or a score for its object adds to a count; with a clause it reports',
      text: 'Everitt added the conversion to reach 1,000 points. The economy added around 292,000 jobs in December. '
        + 'But he added some projects, such as the C-17 aircraft, were doing well.',
      expect: [{ text: 'some projects, such as the C-17 aircraft, were doing well', kind: 'indirect', written: 'he', cue: 'added' }],
    },
    {
      name: 'a relative aside between two dashes is read through; a participle after the second dash ends the content',
      text: 'The firm stressed that most of its projects - which include the White City scheme - were performing strongly. '
        + 'Unions criticised the move - which may affect cabin staff - saying Qantas was profitable.',
      expect: [
        { text: 'that most of its projects - which include the White City scheme - were performing strongly', kind: 'indirect', written: 'The firm', cue: 'stressed' },
        { text: 'the move', kind: 'indirect', written: 'Unions', cue: 'criticised' },
      ],
    },
    {
      name: 'sources as written keep "managing director and … at X", "an IT professional", and a reduced relative after a name',
      text: '"It is a bad deal," said Ken Sena, managing director and consumer internet analyst at Evercore. '
        + '"It is late," said Scott McGeary, an IT professional from Seattle. '
        + 'A poll from Marquette Law School released Wednesday found that Trump trails.',
      expect: [
        { text: 'It is a bad deal,', kind: 'direct', written: 'Ken Sena, managing director and consumer internet analyst at Evercore', cue: 'said' },
        { text: 'It is late,', kind: 'direct', written: 'Scott McGeary, an IT professional from Seattle', cue: 'said' },
        { text: 'that Trump trails', kind: 'indirect', written: 'A poll from Marquette Law School released Wednesday', cue: 'found' },
      ],
    },
    {
      name: 'a sentence adverb between the auxiliary and the cue is no source ("has nonetheless insisted", "meanwhile sees")',
      text: 'The minister has nonetheless insisted that talks continue. Parry meanwhile said the club would stay.',
      expect: [
        { text: 'that talks continue', kind: 'indirect', written: 'The minister', cue: 'insisted' },
        { text: 'the club would stay', kind: 'indirect', written: 'Parry', cue: 'said' },
      ],
    },
    {
      name: 'an inverted source may close with a second appositive ("said John Smith, the mayor, a Democrat.")',
      text: 'The plan failed, said John Smith, the mayor, a Democrat who has served two terms.',
      expect: [{ text: 'The plan failed', kind: 'indirect', written: 'John Smith, the mayor, a Democrat who has served two terms', cue: 'said' }],
    },
    {
      name: 'an inverted source ends before "and that": the clause after it is no relative clause on the source',
      text: 'Search was only helping users, said Mr Chandratillake and that it was likely to change.',
      expect: [{ text: 'Search was only helping users', kind: 'indirect', written: 'Mr Chandratillake', cue: 'said' }],
    },
    {
      name: '"the staff in question" asks nothing: the partial quote goes to the clause\'s own cue',
      text: 'It added that the staff in question "appear to have received unearned salaries".',
      expect: [{ text: 'appear to have received unearned salaries', kind: 'partial', written: 'It', cue: 'added' }],
    },
    {
      name: '"warning shots", "warning signs" are nouns, not a cue',
      text: 'When the team tried to enter on Saturday, warning shots were fired. He ignored the warning signs.',
      expect: [],
    },
    {
      name: 'plural nouns of saying with an owner and a that-clause ("Moscow\'s assurances that …"); none without a source',
      text: 'Moscow\'s assurances that troops would leave were hollow. There were reports that troops had crossed.',
      expect: [{ text: 'that troops would leave', kind: 'indirect', written: 'Moscow\'s', cue: 'assurances' }],
    },
    {
      name: 'a noun of saying opening its sentence: the that-clause ends before the sentence\'s own verb, after a passive too',
      text: 'Trump\'s claim that the election was rigged drew fire.',
      expect: [{ text: 'that the election was rigged', kind: 'indirect', written: 'Trump\'s', cue: 'claim' }],
    },
    {
      name: '"he\'s said", "she\'s warned": after "he"/"she" the contracted "\'s" is "has"; "it\'s said that" stays a passive',
      text: 'He\'s said the deal was dead. She\'s warned that prices would rise. It\'s said that the deal is dead.',
      expect: [
        { text: 'the deal was dead', kind: 'indirect', written: 'He', cue: 'said' },
        { text: 'that prices would rise', kind: 'indirect', written: 'She', cue: 'warned' },
      ],
    },
    {
      name: 'a participle with no subject right before it, after an object or a place, is the clause subject\'s when that can speak',
      text: 'Protesters gathered outside parliament demanding that the president resign. He sent a letter demanding that the troops leave.',
      expect: [
        { text: 'that the president resign', kind: 'indirect', written: 'Protesters', cue: 'demanding' },
        { text: 'that the troops leave', kind: 'indirect', written: 'He', cue: 'demanding' },
      ],
    },
    {
      name: 'a channel named in the reported content is what was talked about, not how',
      text: 'An attachment in the e-mail carries the virus, the FBI said.',
      expect: [{ text: 'An attachment in the e-mail carries the virus', kind: 'indirect', written: 'the FBI', cue: 'said', channel: null }],
    },
    {
      name: 'of two channels in the clause, the one nearest the cue',
      text: 'After a video on Facebook drew anger, the minister told reporters that the deal was dead.',
      expect: [{ text: 'that the deal was dead', kind: 'indirect', written: 'the minister', cue: 'told', channel: 'reporters' }],
    },
    {
      name: 'inverted: said X',
      text: 'The bridge had been mined, said Oleksandr Syrskyi.',
      expect: [{ text: 'The bridge had been mined', kind: 'indirect', speaker: 'Oleksandr Syrskyi', cue: 'said' }],
    },
    {
      name: 'denied',
      text: 'The Kremlin denied that its forces had crossed the river.',
      expect: [{ text: 'that its forces had crossed the river', kind: 'indirect', written: 'The Kremlin', cue: 'denied' }],
    },
    {
      name: 'denied a clause whose subject looks like a thing refused',
      text: 'Lord Roberts denied security services were involved.',
      expect: [{ text: 'security services were involved', kind: 'indirect', written: 'Lord Roberts', cue: 'denied' }],
    },
    {
      name: 'participle cue takes the subject of the main clause',
      text: 'With talks stalled, Zelenskyy has framed Putin as the obstacle, accusing Moscow of stalling negotiations.',
      expect: [{ text: 'Moscow of stalling negotiations', kind: 'indirect', speaker: 'Zelenskyy', cue: 'accusing' }],
    },
    {
      name: 'noun form with a possessive source (written with its possessive mark, as PolNeAR marks it; the speaker is the owner)',
      text: 'Analysts examined the Kremlin’s claim that the drones came from Ukraine.',
      expect: [{ text: 'that the drones came from Ukraine', kind: 'indirect', written: 'the Kremlin’s', speaker: 'the Kremlin', cue: 'claim' }],
    },
    {
      name: 'noun form with a by-phrase source',
      text: 'Analysts doubted a statement by the defense ministry that 31 drones were downed.',
      expect: [{ text: 'that 31 drones were downed', kind: 'indirect', written: 'the defense ministry', cue: 'statement' }],
    },
    {
      name: 'a clause that a statement noun and a verb both report is one quote, not two with the same span',
      text: 'A separate report by Gartner forecasts that the market will triple by 2009.',
      expect: [{ text: 'that the market will triple by 2009', kind: 'indirect', written: 'A separate report by Gartner', cue: 'forecasts' }],
    },
    {
      name: 'a statement noun with a by-phrase source, the verb reading of the noun aside; the rejection is a statement of its own',
      text: 'He rejected claims by the licensed trade that jobs would be lost.',
      expect: [
        { text: 'claims by the licensed trade that jobs would be lost', kind: 'indirect', written: 'He', cue: 'rejected' },
        { text: 'that jobs would be lost', kind: 'indirect', written: 'the licensed trade', cue: 'claims' },
      ],
    },
    {
      name: 'a time adjunct between subject and verb is not the source',
      text: 'U.S. Secretary of State Marco Rubio on Tuesday said the ceasefire would hold.',
      expect: [{ text: 'the ceasefire would hold', kind: 'indirect', written: 'U.S. Secretary of State Marco Rubio', cue: 'said' }],
    },
    {
      name: '"According to NAME, the …": no appositive when no comma closes it',
      text: 'According to Hanna Lindqvist, the truce smells of panic and exhaustion.',
      expect: [{ text: 'the truce smells of panic and exhaustion', kind: 'indirect', written: 'Hanna Lindqvist', cue: 'According to' }],
    },
    {
      name: 'a describing participle opens the source after a quote',
      text: 'Okafor “is the only envoy who can hold the ceasefire together,” retired Army general Paul Derwent said.',
      expect: [{ text: 'is the only envoy who can hold the ceasefire together,', kind: 'direct', written: 'retired Army general Paul Derwent', cue: 'said' }],
    },
    {
      name: 'a show name in quotes after the hearer',
      text: 'Karimi tells Radio Meridian’s “Night Desk” on Friday that the smugglers remain under sanctions.',
      expect: [{ text: 'that the smugglers remain under sanctions', kind: 'indirect', written: 'Karimi', cue: 'tells' }],
    },
    {
      name: 'a noun subject before a cue in -s and a clause ("the document states that …")',
      text: 'A document on the website states that couples would receive six weeks of leave.',
      expect: [{ text: 'that couples would receive six weeks of leave', kind: 'indirect', written: 'A document on the website', cue: 'states' }],
    },
    {
      name: 'an inverted source keeps its post, its parenthetical and a closing relative clause',
      text: '“We are calm,” said Rep. J.T. Harlan (D-Ore.), head of the Congressional Arms Control Caucus. “The truce holds,” said Marcus Ferrell, a former envoy who runs Northgate Advisory.',
      expect: [
        { text: 'We are calm,', kind: 'direct', written: 'Rep. J.T. Harlan (D-Ore.), head of the Congressional Arms Control Caucus', cue: 'said' },
        { text: 'The truce holds,', kind: 'direct', written: 'Marcus Ferrell, a former envoy who runs Northgate Advisory', cue: 'said' },
      ],
    },
    {
      name: 'a compound rank is part of the source after the quote ("Lt.-Gen."), and the clause after its comma is no statement',
      text: '“There is a lot of uncertainty,” Lt.-Gen. Yvan Blondin said, as the jet fighters left Bagotville for Romania.',
      expect: [
        { text: 'There is a lot of uncertainty,', kind: 'direct', written: 'Lt.-Gen. Yvan Blondin', cue: 'said' },
      ],
    },
    {
      name: '"X as a “…”": the statement ends with the quoted predicate, unless the predicate goes on (a channel at the end is no part of it)',
      text: 'Novak blasted Ferrante as a “failure” Wednesday on the radio. He blasted the accord as “naive” and “risky” in a speech.',
      expect: [
        { text: 'Ferrante as a “failure', kind: 'indirect', written: 'Novak', cue: 'blasted' },
        { text: 'the accord as “naive” and “risky”', kind: 'indirect', written: 'He', cue: 'blasted' },
      ],
    },
    {
      name: '"as X put it" frames a quote before or after it',
      text: 'Applicants only need “a valid travel document,” as a Foreign Ministry circular put it. As one diplomat put it in an interview, “We have run out of time.”',
      expect: [
        { text: 'a valid travel document,', kind: 'direct', written: 'a Foreign Ministry circular', cue: 'put it' },
        { text: 'We have run out of time.', kind: 'direct', written: 'one diplomat', cue: 'put it' },
      ],
    },
    {
      name: 'characterizing and likening frame partial quotes',
      text: 'He characterized Varga as “a bit rattled.” Petrov likened the militias to a “hungry wolf” at a rally.',
      expect: [
        { text: 'a bit rattled.', kind: 'partial', written: 'He', cue: 'characterized' },
        { text: 'the militias to a “hungry wolf” at a rally', kind: 'indirect', written: 'Petrov', cue: 'likened' },
        { text: 'hungry wolf', kind: 'partial', written: 'Petrov', cue: 'likened' },
      ],
    },
    {
      name: 'coordinated quotes after a naming verb share its cue',
      text: 'Petrov called the minister a “cheap bully,” an “empty suit,” “reckless” and “weak” last year.',
      expect: [
        { text: 'cheap bully,', kind: 'partial', written: 'Petrov', cue: 'called' },
        { text: 'empty suit,', kind: 'partial', written: 'Petrov', cue: 'called' },
        { text: 'reckless', kind: 'partial', written: 'Petrov', cue: 'called' },
        { text: 'weak', kind: 'partial', written: 'Petrov', cue: 'called' },
      ],
    },
    {
      name: 'abbreviation dots, plural possessives and a frame-only verb before a colon do not break a frame',
      text: '“We cannot refuse them a hearing,” Rep. Dana Holt (R-Tex.) said. “Our expectation is that the embargo will be lifted,” Owen Marsh, R-Tenn., said Tuesday. Lena Okoro, who leads the campaign for soldiers\' widows, said, “The ministry has been ignoring our families.” Marsh continued: “They are asking for this.”',
      expect: [
        { text: 'We cannot refuse them a hearing,', kind: 'direct', written: 'Rep. Dana Holt (R-Tex.)', cue: 'said' },
        { text: 'Our expectation is that the embargo will be lifted,', kind: 'direct', written: 'Owen Marsh, R-Tenn.', cue: 'said' },
        { text: 'The ministry has been ignoring our families.', kind: 'direct', written: 'Lena Okoro, who leads the campaign for soldiers\' widows', cue: 'said' },
        { text: 'They are asking for this.', kind: 'direct', written: 'Marsh', cue: 'continued' },
      ],
    },
    {
      name: 'sources of participles and subjects with modifiers',
      text: 'On March 14 they released the report, announcing that the truce had held. Crowds marching through the capital chanted “What ceasefire?” Haddad sent messages early Friday saying that the envoy had misread the talks.',
      expect: [
        { text: 'that the truce had held', kind: 'indirect', written: 'they', cue: 'announcing' },
        { text: 'What ceasefire?', kind: 'partial', written: 'Crowds marching through the capital', cue: 'chanted' },
        { text: 'that the envoy had misread the talks', kind: 'indirect', written: 'Haddad', cue: 'saying' },
      ],
    },
    {
      name: 'a show name is nobody’s words; "told me," frames a direct quote',
      text: 'In an interview on Radio Meridian’s “Week in Review,” Haddad said the strikes were a warning shot. Lindqvist said on Channel Four’s “Morning Report” that the army is exhausted. He told me, “Travel safely.”',
      expect: [
        { text: 'the strikes were a warning shot', kind: 'indirect', written: 'Haddad', cue: 'said' },
        { text: 'that the army is exhausted', kind: 'indirect', written: 'Lindqvist', cue: 'said' },
        { text: 'Travel safely.', kind: 'direct', written: 'He', cue: 'told' },
      ],
    },
    {
      name: 'a topic through a preposition: the content is its object, the cue takes the preposition',
      text: 'The envoy complained about his interpreter after the summit. Lindqvist spoke out Tuesday about the killing of Omar Saleh. Haddad called on Petrov to resign.',
      expect: [
        { text: 'his interpreter', kind: 'indirect', written: 'The envoy', cue: 'complained about' },
        { text: 'the killing of Omar Saleh', kind: 'indirect', written: 'Lindqvist', cue: 'spoke out Tuesday about' },
        { text: 'Petrov to resign', kind: 'indirect', written: 'Haddad', cue: 'called on' },
      ],
    },
    {
      name: 'a noun phrase said or backed ends before a time or circumstance adjunct',
      text: 'She complained about the new ruling during a speech in Ohio. Lindqvist supports the arms embargo while in office.',
      expect: [
        { text: 'the new ruling', kind: 'indirect', written: 'She', cue: 'complained about' },
        { text: 'the arms embargo', kind: 'indirect', written: 'Lindqvist', cue: 'supports' },
      ],
    },
    {
      name: 'a topic preposition wins over a later "that" (no "said during …, that …" search)',
      text: 'Petrov called for foreign observers to leave towns that lay near the front.',
      expect: [{ text: 'foreign observers to leave towns that lay near the front', kind: 'indirect', written: 'Petrov', cue: 'called for' }],
    },
    {
      name: 'a time clause after the cue leaves the content before it; a question after "when" is content',
      text: 'The truce is over, he said before he left. Ministers have not said when they would meet again.',
      expect: [
        { text: 'The truce is over', kind: 'indirect', written: 'he', cue: 'said' },
        { text: 'when they would meet again', kind: 'indirect', written: 'Ministers', cue: 'said' },
      ],
    },
    {
      name: 'a long source before the cue after a quote; "said of X" names the topic, not a statement',
      text: '“It has the merit of being militarily cautious,” Daniel R. Whitcombe, director of the nonpartisan Harbor-Lake Security Institute and a lecturer at Carlton University, said of Mr. Haddad’s proposal.',
      expect: [{ text: 'It has the merit of being militarily cautious,', kind: 'direct', written: 'Daniel R. Whitcombe, director of the nonpartisan Harbor-Lake Security Institute and a lecturer at Carlton University', cue: 'said' }],
    },
    {
      name: 'long relative clauses after a source; a content that wraps around its frame and channel',
      text: 'Sofia Brandt, who studies arms control and sanctions policy at the Baltic Policy Forum in Riga, said the communique didn’t settle the question. Exports fell 4.2 percent, the ministry said in a May report, and imports fell 1.7 percent. Though the handover was smooth, he said, replacing the envoy would be bitter.',
      expect: [
        { text: 'the communique didn’t settle the question', kind: 'indirect', speaker: 'Sofia Brandt', written: 'Sofia Brandt, who studies arms control and sanctions policy at the Baltic Policy Forum in Riga', cue: 'said' },
        { text: 'Exports fell 4.2 percent, the ministry said in a May report, and imports fell 1.7 percent', kind: 'indirect', written: 'the ministry', cue: 'said' },
        { text: 'Though the handover was smooth, he said, replacing the envoy would be bitter', kind: 'indirect', written: 'he', cue: 'said' },
      ],
    },
    {
      name: 'Title Case headlines with a capitalised cue',
      text: 'Petrov Could Accept Border Monitors, Maria Novak Says.\n\nHaddad Says Border Talks Will Resume After the Holidays\n\nThe talks began on Saturday.',
      expect: [
        { text: 'Petrov Could Accept Border Monitors', kind: 'indirect', written: 'Maria Novak', cue: 'Says' },
        { text: 'Border Talks Will Resume After the Holidays', kind: 'indirect', written: 'Haddad', cue: 'Says' },
      ],
    },
    {
      name: '"according to X" in mid-sentence, and the statement goes on after it',
      text: 'The largest donor paid 31.5 percent of the relief budget, according to the United Nations Relief Office, and the top five donors paid 74 percent.',
      expect: [{ text: 'The largest donor paid 31.5 percent of the relief budget, according to the United Nations Relief Office, and the top five donors paid 74 percent', kind: 'indirect', written: 'the United Nations Relief Office', cue: 'according to' }],
    },
    {
      name: '"according to X" set between commas inside the statement: the statement runs on to the end of the sentence',
      text: 'The second explosion, according to the interlocutor, was a controlled detonation. Since last November, according to the monitors, forces have killed 40 people. Prices rose, according to the report, which was published Monday. The case was handled according to the law, officials said.',
      expect: [
        { text: 'The second explosion, according to the interlocutor, was a controlled detonation', kind: 'indirect', written: 'the interlocutor', cue: 'according to' },
        { text: 'Since last November, according to the monitors, forces have killed 40 people', kind: 'indirect', written: 'the monitors', cue: 'according to' },
        { text: 'Prices rose', kind: 'indirect', written: 'the report', cue: 'according to' },
        { text: 'The case was handled according to the law', kind: 'indirect', written: 'officials', cue: 'said' },
      ],
    },
    {
      name: '"according to X" after a conjunction, a complementiser or a colon is over what follows it; the frame before "that" keeps its content',
      text: 'He had promised to cut costs and, according to Reuters, once told analysts that he would fire half the staff. The fund said that, according to data provided by the Treasury, the economy grew by 2% in 2004, after a fall in 2003. The victims had no insurance: according to estimates from India, only one in four was insured.',
      expect: [
        { text: 'to cut costs', kind: 'indirect', written: 'He', cue: 'promised' },
        { text: 'once told analysts that he would fire half the staff', kind: 'indirect', written: 'Reuters', cue: 'according to' },
        { text: 'that, according to data provided by the Treasury, the economy grew by 2% in 2004', kind: 'indirect', written: 'The fund', cue: 'said' },
        { text: 'the economy grew by 2% in 2004', kind: 'indirect', written: 'data provided by the Treasury', cue: 'according to' },
        { text: 'only one in four was insured', kind: 'indirect', written: 'estimates from India', cue: 'according to' },
      ],
    },
    {
      name: 'comments after a comma or a dash are no part of the statement; a list of gerunds is',
      text: 'Haddad complained about his seat, even suggesting he was snubbed. Video shows that he had his arms up, contradicting the army. Zelenskyy accused Putin of prolonging the war, undermining the talks. Critics said the deal was weak, but the president disagreed. Lindqvist called for lasting peace ― probably not what Petrov was hoping for.',
      expect: [
        { text: 'his seat', kind: 'indirect', written: 'Haddad', cue: 'complained about' },
        { text: 'he was snubbed', kind: 'indirect', written: 'Haddad', cue: 'suggesting' },
        { text: 'that he had his arms up', kind: 'indirect', written: 'Video', cue: 'shows' },
        { text: 'Putin of prolonging the war, undermining the talks', kind: 'indirect', written: 'Zelenskyy', cue: 'accused' },
        { text: 'the deal was weak', kind: 'indirect', written: 'Critics', cue: 'said' },
        { text: 'lasting peace', kind: 'indirect', written: 'Lindqvist', cue: 'called for' },
      ],
    },
    {
      name: 'a body of evidence shows and finds, whatever the form of the verb and the words after the noun',
      text: 'Opinion surveys show Haddad with a slim edge. Footage of the shelling shows him with his arms raised. Leaked documents from the 2019 summit show he dropped the demand.',
      expect: [
        { text: 'Haddad with a slim edge', kind: 'indirect', written: 'Opinion surveys', cue: 'show' },
        { text: 'him with his arms raised', kind: 'indirect', written: 'Footage of the shelling', cue: 'shows' },
        { text: 'he dropped the demand', kind: 'indirect', written: 'Leaked documents from the 2019 summit', cue: 'show' },
      ],
    },
    {
      name: '"…,” adding that …" after a quote: the quote keeps its frame, the participle starts a statement of its own',
      text: 'Lindgren said: “The mission was successful,” adding that its budget doubled in a year.',
      expect: [
        { text: 'The mission was successful,', kind: 'direct', written: 'Lindgren', cue: 'said' },
        { text: 'that its budget doubled in a year', kind: 'indirect', written: 'Lindgren', cue: 'adding' },
      ],
    },
    {
      name: 'the cue span is the verb group: auxiliaries and adverbs before, a bare day or an interview after',
      text: 'Petrov has also called for a buffer zone. “We are ready,” Smith said Monday. She is stressing that talks must go on.',
      expect: [
        { text: 'a buffer zone', kind: 'indirect', written: 'Petrov', cue: 'called for' },
        { text: 'We are ready,', kind: 'direct', written: 'Smith', cue: 'said' },
        { text: 'that talks must go on', kind: 'indirect', written: 'She', cue: 'stressing' },
      ],
    },
    {
      name: 'sources without a leading adverb or a trailing time; a name and an appositive before the cue are its subject',
      text: '“It works,” the Security Council on Friday said. Perhaps the moderators said it best. But Ingrid Solberg, a senior associate, said the plan failed.',
      expect: [
        { text: 'It works,', kind: 'direct', written: 'the Security Council', cue: 'said' },
        { text: 'it best', kind: 'indirect', written: 'the moderators', cue: 'said' },
        { text: 'the plan failed', kind: 'indirect', written: 'Ingrid Solberg, a senior associate', cue: 'said' },
      ],
    },
    {
      name: '"as X said" around a clause: in the middle, at the end, at the start',
      text: 'Moldova, as one of her aides pointed out, rarely sees heavy fighting. It does not settle whether Salem fired first, as police have said. As the audit notes, the fund has sent millions to border towns.',
      expect: [
        { text: 'Moldova, as one of her aides pointed out, rarely sees heavy fighting', kind: 'indirect', written: 'one of her aides', cue: 'pointed out' },
        { text: 'It does not settle whether Salem fired first', kind: 'indirect', written: 'police', cue: 'said' },
        { text: 'the fund has sent millions to border towns', kind: 'indirect', written: 'the audit', cue: 'notes' },
      ],
    },
    {
      name: 'a transcript turn, also behind a stray quote mark, is the speaker’s words',
      text: 'The host asked about the debate.\n\n"PENCE: Well, look, this is serious business for the country.\n\nWALLACE: But, Governor, I have to ask you again.',
      expect: [
        { text: 'Well, look, this is serious business for the country', kind: 'direct', written: 'PENCE', cue: ':' },
        { text: 'But, Governor, I have to ask you again', kind: 'direct', written: 'WALLACE', cue: ':' },
      ],
    },
    {
      name: 'an appositive closing the sentence describes the last name and is left out',
      text: 'Those close to him say he would have to pick Rep. Alan Pruitt (D-Mass.), a former state senator and envoy.',
      expect: [{ text: 'he would have to pick Rep. Alan Pruitt (D-Mass.)', kind: 'indirect', written: 'Those close to him', cue: 'say' }],
    },
    {
      name: 'a reduced relative inside the subject ("a report released last year found …")',
      text: 'A United Nations Monitoring Group report issued last spring found that the militia could not account for the weapons.',
      expect: [{ text: 'that the militia could not account for the weapons', kind: 'indirect', written: 'A United Nations Monitoring Group report issued last spring', cue: 'found' }],
    },
    {
      name: 'a subject pronoun ends the hearer ("told reporters he was …")',
      text: 'Haddad told reporters he was against the blockade of the port.',
      expect: [{ text: 'he was against the blockade of the port', kind: 'indirect', written: 'Haddad', cue: 'told' }],
    },
    {
      name: 'a frame never opens the next paragraph',
      text: 'She adds, “What sort of negotiator walks out after a single hour?”\n\nHaddad says there needs to be a treaty on border patrols.',
      expect: [
        { text: 'What sort of negotiator walks out after a single hour?', kind: 'direct', written: 'She', cue: 'adds' },
        { text: 'there needs to be a treaty on border patrols', kind: 'indirect', written: 'Haddad', cue: 'says' },
      ],
    },
    {
      name: 'agreeing that is a position; the clause ends at ", while" even past a closing mark',
      text: 'Only 41 percent of delegates agreed that the truce is on “solid ground,” while 66 percent said the same of the embargo.',
      expect: [
        { text: 'that the truce is on “solid ground', kind: 'indirect', written: 'Only 41 percent of delegates', cue: 'agreed' },
        { text: 'the same of the embargo', kind: 'indirect', written: '66 percent', cue: 'said' },
      ],
    },
    {
      name: '"about", "nearly", "up to" before a number open the reported clause; they govern no topic',
      text: 'The governor said about 40 fighters stormed the depot overnight. Medics said nearly a dozen guards were hurt. The army said up to 300 reservists would be called.',
      expect: [
        { text: 'about 40 fighters stormed the depot overnight', kind: 'indirect', written: 'The governor', cue: 'said' },
        { text: 'nearly a dozen guards were hurt', kind: 'indirect', written: 'Medics', cue: 'said' },
        { text: 'up to 300 reservists would be called', kind: 'indirect', written: 'The army', cue: 'said' },
      ],
    },
    {
      name: 'a catenative verb belongs to the cue and its subject is the source ("kept saying", "continued to say")',
      text: 'The council kept saying that the bridge was safe. The mayor continued to insist that repairs were done.',
      expect: [
        { text: 'that the bridge was safe', kind: 'indirect', written: 'The council', cue: 'kept saying' },
        { text: 'that repairs were done', kind: 'indirect', written: 'The mayor', cue: 'continued to insist' },
      ],
    },
    {
      name: '"go on to" is a catenative of three words, also as a participle after a comma ("went on to say", ", going on to add")',
      text: 'The envoy went on to say that the border would stay shut. The mayor said the bridge was safe, going on to add that repairs were done. The team went on to win the cup.',
      expect: [
        { text: 'that the border would stay shut', kind: 'indirect', written: 'The envoy', cue: 'went on to say' },
        { text: 'the bridge was safe', kind: 'indirect', written: 'The mayor', cue: 'said' },
        { text: 'that repairs were done', kind: 'indirect', written: 'The mayor', cue: 'going on to add' },
      ],
    },
    {
      name: 'wondering reports a question ("wondered whether", "wondered aloud why"); "no wonder" reports nothing',
      text: 'Farmers have wondered whether the subsidy will return. The minister wondered aloud why the talks had stalled. It is no wonder that prices rose.',
      expect: [
        { text: 'whether the subsidy will return', kind: 'indirect', written: 'Farmers', cue: 'wondered' },
        { text: 'why the talks had stalled', kind: 'indirect', written: 'The minister', cue: 'wondered' },
      ],
    },
    {
      name: '"another" and "most" stand alone as sources at a sentence start, after "Yet" or after a semicolon',
      text: 'One reader wrote that the bridge was unsafe. Another wrote, “The ferry is worse.” Yet another said the road was fine. Nine in ten were angry; most said the fares were too high.',
      expect: [
        { text: 'that the bridge was unsafe', kind: 'indirect', written: 'One reader', cue: 'wrote' },
        { text: 'The ferry is worse.', kind: 'direct', written: 'Another', cue: 'wrote' },
        { text: 'the road was fine', kind: 'indirect', written: 'another', cue: 'said' },
        { text: 'the fares were too high', kind: 'indirect', written: 'most', cue: 'said' },
      ],
    },
    {
      name: 'a stray invisible format character before a right mark at a paragraph start does not hide the quote',
      text: 'Readers wrote in.\n\n\u202a”The ferry must run again,” said Olena Marchuk.',
      expect: [{ text: 'The ferry must run again,', kind: 'direct', written: 'Olena Marchuk', cue: 'said' }],
    },
    {
      name: '"a mother of three": a count after "of" ends a source',
      text: 'A mother of three said the clinic had closed. The father of two replied, “We will wait.”',
      expect: [
        { text: 'the clinic had closed', kind: 'indirect', written: 'A mother of three', cue: 'said' },
        { text: 'We will wait.', kind: 'direct', written: 'The father of two', cue: 'replied' },
      ],
    },
    {
      name: 'an infinitive after a short prepositional opener is the content, not the opener ("At the same time, X wants to …")',
      text: 'At the same time, the union wants to reopen the talks on pay.',
      expect: [{ text: 'to reopen the talks on pay', kind: 'indirect', written: 'the union', cue: 'wants' }],
    },
    {
      name: '"refused to back that change": "that" after an infinitive is a determiner, the infinitive is the content',
      text: 'The governor refused to sign that decree. She said to supporters that the vote was stolen.',
      expect: [
        { text: 'to sign that decree', kind: 'indirect', written: 'The governor', cue: 'refused' },
        { text: 'that the vote was stolen', kind: 'indirect', written: 'She', cue: 'said' },
      ],
    },
    {
      name: 'after an infinitive, "and" with a finite verb is the speaker\'s next deed, not more of the content',
      text: 'The council has vowed to rebuild the bridge and has set aside funds for the work. He promised to repair roads and schools. '
        + 'The union pledged to end the strike, but refused to sign the deal. She pledged to have the law drafted and passed by June.',
      expect: [
        { text: 'to rebuild the bridge', kind: 'indirect', written: 'The council', cue: 'vowed' },
        { text: 'to repair roads and schools', kind: 'indirect', written: 'He', cue: 'promised' },
        { text: 'to end the strike', kind: 'indirect', written: 'The union', cue: 'pledged' },
        { text: 'to sign the deal', kind: 'indirect', written: 'The union', cue: 'refused' },
        { text: 'to have the law drafted and passed by June', kind: 'indirect', written: 'She', cue: 'pledged' },
      ],
    },
    {
      name: 'a participle of writing before an outlet names a channel; the main verb reports ("X, writing in the Gazette, accused …")',
      text: 'Ms Hale, writing in the Evening Gazette, accused the council of wasting money.',
      expect: [{ text: 'the council of wasting money', kind: 'indirect', written: 'Ms Hale', cue: 'accused' }],
    },
    {
      name: 'a cue in a relative clause after "and" stays inside the statement ("… and 20 people that he called “looters”")',
      text: 'The mayor said the raid killed two guards and about 20 men that he called “looters.”',
      expect: [
        { text: 'the raid killed two guards and about 20 men that he called “looters.”', kind: 'indirect', written: 'The mayor', cue: 'said' },
        { text: 'looters.', kind: 'partial', written: 'he', cue: 'called' },
      ],
    },
    {
      name: 'a second cue after "and" shares the reporter\'s subject, not the subject of the reported clause',
      text: 'The envoy said the ferry talks stalled and predicted that a strike would follow.',
      expect: [
        { text: 'the ferry talks stalled', kind: 'indirect', written: 'The envoy', cue: 'said' },
        { text: 'that a strike would follow', kind: 'indirect', written: 'The envoy', cue: 'predicted' },
      ],
    },
    {
      name: 'sources as written: "to the" inside a title, no opening adverb, no prepositional phrase after the cue',
      text: 'Earlier, the envoy to the Arctic Council, Hilde Brun, said the ice road was closed. An adviser to the premier said the ferries would run.',
      expect: [
        { text: 'the ice road was closed', kind: 'indirect', written: 'the envoy to the Arctic Council, Hilde Brun', cue: 'said' },
        { text: 'the ferries would run', kind: 'indirect', written: 'An adviser to the premier', cue: 'said' },
      ],
    },
    {
      name: 'a colon frame whose cue is followed by a channel keeps the subject as source',
      text: 'The envoy to the council, Hilde Brun, said in a written statement: “The ice road is closed.”',
      expect: [{ text: 'The ice road is closed.', kind: 'direct', written: 'The envoy to the council, Hilde Brun', cue: 'said' }],
    },
    {
      name: 'an adverbial opening the reported clause keeps its "when" clause ("said that after the vote on 3 May, when …, she would …")',
      text: 'Mayor Ilse Varga said that after the vote on 3 May, when the council is expected to pass the budget, she would resign.',
      expect: [{ text: 'that after the vote on 3 May, when the council is expected to pass the budget, she would resign', kind: 'indirect', written: 'Mayor Ilse Varga', cue: 'said' }],
    },
    {
      name: 'no statement: a timeline date before a colon, "claims" after "rejected" (the rejection is the statement), "added 12 names to", "10 alleged soldiers"',
      text: 'Unrest: Timeline\n\n21 November 2013: The cabinet announces it will not sign the trade deal\n\nThe general rejected claims that the army would intervene. The treasury added 12 names to its list of banned firms. The second list included 10 alleged deserters from the unit.',
      expect: [
        { text: 'it will not sign the trade deal', kind: 'indirect', written: 'The cabinet', cue: 'announces' },
        { text: 'claims that the army would intervene', kind: 'indirect', written: 'The general', cue: 'rejected' },
      ],
    },
    {
      name: '"observed" reports only with a clause or in a frame; "documents allegedly found on …" is a reduced relative',
      text: 'Monitors who were observing the vote left early. The mission observed near the depot five tanks. The envoy observed that the talks had stalled. “The road is open,” she observed. The agency showed documents allegedly found on the bodies.',
      expect: [
        { text: 'that the talks had stalled', kind: 'indirect', written: 'The envoy', cue: 'observed' },
        { text: 'The road is open,', kind: 'direct', written: 'she', cue: 'observed' },
      ],
    },
    {
      name: 'an opening participle clause without its comma is no part of the source; "showed reported fraud" is an adjective',
      text: 'Speaking in Leeds Mr Kennedy said the party was ready. Asked about the row Ms Okafor told reporters it was over. The auditors said the figures showed reported fraud was falling.',
      expect: [
        { text: 'the party was ready', kind: 'indirect', written: 'Mr Kennedy', cue: 'said' },
        { text: 'it was over', kind: 'indirect', written: 'Ms Okafor', cue: 'told' },
        { text: 'the figures showed reported fraud was falling', kind: 'indirect', written: 'The auditors', cue: 'said' },
        { text: 'reported fraud was falling', kind: 'indirect', written: 'the figures', cue: 'showed' },
      ],
    },
    {
      name: 'no statement: a question asking who spoke, and -s forms that are plural nouns ("EU states agreed", "claims of")',
      text: 'Who said the war would end by Christmas? Nobody in the capital. EU states agreed new sanctions on Monday. Opposition claims of a cover-up were dismissed. Labour claims the budget is a con.',
      expect: [{ text: 'the budget is a con', kind: 'indirect', written: 'Labour', cue: 'claims' }],
    },
    {
      name: 'after a hearer, a new noun phrase opens the reported clause ("told reporters the army had left"); a time does not',
      text: 'The general told reporters the army had left. She told the BBC the talks would resume. He told lawmakers Russia was ready. The mayor told voters this weekend he would run again. She told the head of the council the plan had failed.',
      expect: [
        { text: 'the army had left', kind: 'indirect', written: 'The general', cue: 'told' },
        { text: 'the talks would resume', kind: 'indirect', written: 'She', cue: 'told' },
        { text: 'Russia was ready', kind: 'indirect', written: 'He', cue: 'told' },
        { text: 'he would run again', kind: 'indirect', written: 'The mayor', cue: 'told' },
        { text: 'the plan had failed', kind: 'indirect', written: 'She', cue: 'told' },
      ],
    },
    {
      name: 'the writer\'s comment after a statement is no part of it: ", a swipe at …", "” and he …", "” and questioning …", "” in an interview"',
      text: 'The senator said the heckler would “not get hurt” at his rally, a swipe at his rival. Kovac called him a “decent man” and he left it there. The minister said the plan was “reckless,” in an interview with Reuters on Sunday.',
      expect: [
        { text: 'the heckler would “not get hurt” at his rally', kind: 'indirect', written: 'The senator', cue: 'said' },
        { text: 'not get hurt', kind: 'partial', written: 'The senator', cue: 'said' },
        { text: 'decent man', kind: 'partial', written: 'Kovac', cue: 'called' },
        { text: 'the plan was “reckless,”', kind: 'indirect', written: 'The minister', cue: 'said' },
        { text: 'reckless,', kind: 'partial', written: 'The minister', cue: 'said' },
      ],
    },
    {
      name: 'subjects: a name after a preposition is no subject, an -s verb after a name ends it, a plural description is a later "they"',
      text: 'One farmer who had been fined by inspectors for dumping in the Dnipro said the rules were unfair. Kovalenko remains a deputy but has broken ranks, telling Reuters that the vote was rigged. Abandoning the port to the army has hurt the rebels. Petrenko’s neighbours and former colleagues say he was calm, though they say he left in a hurry.',
      expect: [
        { text: 'the rules were unfair', kind: 'indirect', written: 'One farmer', cue: 'said' },
        { text: 'that the vote was rigged', kind: 'indirect', written: 'Kovalenko', cue: 'telling' },
        { text: 'he was calm', kind: 'indirect', written: 'Petrenko’s neighbours and former colleagues', cue: 'say' },
        { text: 'he left in a hurry', kind: 'indirect', speaker: 'Petrenko’s neighbours and former colleagues', written: 'they', cue: 'say' },
      ],
    },
    {
      name: 'a plural of people opening its sentence ("People", "Critics") is who a later "they" means, not a place or body named before',
      text: 'Kiev appointed new governors to the regions. People are suspicious of oligarchs. They believe that the governors embezzled public property. Poland has asked for more time. Critics say the law favours large companies. They say it could hurt small firms.',
      expect: [
        { text: 'that the governors embezzled public property', kind: 'indirect', speaker: 'People', written: 'They', cue: 'believe' },
        { text: 'the law favours large companies', kind: 'indirect', written: 'Critics', cue: 'say' },
        { text: 'it could hurt small firms', kind: 'indirect', speaker: 'Critics', written: 'They', cue: 'say' },
      ],
    },
    {
      name: 'a gapped relative clause ends where the main clause resumes; "sought refuge" and "the main demands" report nothing',
      text: 'In an interview, which the channel said was recorded in Lviv, Petrenko said he would stay. The town where the mayor had sought refuge fell. Her release was among the main demands of the union.',
      expect: [
        { text: 'was recorded in Lviv', kind: 'indirect', written: 'the channel', cue: 'said' },
        { text: 'he would stay', kind: 'indirect', written: 'Petrenko', cue: 'said' },
      ],
    },
    {
      name: '"an Australian-style points system": after a compound adjective the -s form is a noun',
      text: 'The Tories also want an Australian-style points system for migrants.',
      expect: [{ text: 'an Australian-style points system for migrants', kind: 'indirect', written: 'The Tories', cue: 'want' }],
    },
    {
      name: 'no statement: a naming verb in an as-clause ("as Kiev terms its campaign, …"), a cue with only a while-clause after it',
      text: 'The staff of the "security operation," as the ministry terms its campaign in the east, released videos on Tuesday. The board made no comment Friday, while the council kept silent.',
      expect: [],
    },
    {
      name: 'a date after "said on" is skipped whole, its day and year too; a number after a weekday is a count',
      text: 'The envoy said on March 24 the border would reopen. The mayor said on Friday, March 21, that the bridge was safe. Medics said on Monday 12 people had died.',
      expect: [
        { text: 'the border would reopen', kind: 'indirect', written: 'The envoy', cue: 'said' },
        { text: 'that the bridge was safe', kind: 'indirect', written: 'The mayor', cue: 'said' },
        { text: '12 people had died', kind: 'indirect', written: 'Medics', cue: 'said' },
      ],
    },
    {
      name: '"Media reports say …": an -s form before a bare verb of saying is its subject; a pronoun opening a clause is no source',
      text: 'Media reports say the army left the port. It took up the case of nine sailors refused entry to the port.',
      expect: [{ text: 'the army left the port', kind: 'indirect', written: 'Media reports', cue: 'say' }],
    },
    {
      name: 'a participle aside between commas after the cue is skipped: "said, speaking in Lviv, that …"',
      text: 'The governor said, speaking in Lviv, that the bridge would reopen.',
      expect: [{ text: 'that the bridge would reopen', kind: 'indirect', written: 'The governor', cue: 'said' }],
    },
    {
      name: 'an -s form after a preposition is a plural noun ("to shouts of …"); "signs reading “…”" have the signs as source',
      text: 'The crowd met him to shouts of “Shame! Shame!” on the square. Standing amid signs reading “No to the dam”, the farmers waited.',
      expect: [{ text: 'No to the dam', kind: 'partial', written: 'signs', cue: 'reading' }],
    },
    {
      name: 'a phrase of time or place between the hearer and "that" is no part of the content ("told parliament after the vote that …", "told the SMM on 27 September that …")',
      text: 'Prime Minister Arseniy Yatsenyuk told parliament after the August 14 vote that Ukraine had taken a historic step. The firm told officials at that time that it had not negotiated.',
      expect: [
        { text: 'that Ukraine had taken a historic step', kind: 'indirect', written: 'Prime Minister Arseniy Yatsenyuk', cue: 'told' },
        { text: 'that it had not negotiated', kind: 'indirect', written: 'The firm', cue: 'told' },
      ],
    },
    {
      name: '"but did say that …" is the speaker\'s next statement, not more of the first',
      text: 'A reporter outside the police headquarters said he had not heard shooting, but did say that two helicopters were flying overhead.',
      expect: [
        { text: 'he had not heard shooting', kind: 'indirect', written: 'A reporter outside the police headquarters', cue: 'said' },
        { text: 'that two helicopters were flying overhead', kind: 'indirect', written: 'A reporter outside the police headquarters', cue: 'say' },
      ],
    },
    {
      name: 'a dateline glued inside a line (a feed\'s headline run into the next story) starts the content after it',
      text: "Move Met With Memes, Mockery WASHINGTON (Sputnik) — Hundreds of soldiers were killed in the east, Assistant Secretary of State Victoria Nuland said on Tuesday.",
      expect: [
        { text: 'Hundreds of soldiers were killed in the east', kind: 'indirect', written: 'Assistant Secretary of State Victoria Nuland', cue: 'said' },
      ],
    },
    {
      name: 'a nickname someone gives is a naming ("called Rubio “Little Marco”", "refers to the governor as “Chris”"); a thing named with no one naming it is none',
      text: 'Petrov called him “Little Napoleon” at rallies. He called Rubio “Little Marco” multiple times. Trump refers to the governor as “Chris.” A warm-up band called Sophistafunk got the crowd to cheer for “President Bernie Sanders.” The two activists, dubbed the “McLibel Two”, lost.',
      expect: [
        { text: 'Little Napoleon', kind: 'partial', written: 'Petrov', cue: 'called' },
        { text: 'Little Marco', kind: 'partial', written: 'He', cue: 'called' },
        { text: 'Chris.', kind: 'partial', written: 'Trump', cue: 'refers' },
      ],
    },
    {
      name: '"quipped" (the "u" of "qu" is no vowel), "groused" and "was heard grousing" are cues; a quantifier is the subject of a past form ("Some chanted “…”")',
      text: 'A flabbergasted Noah quipped, “It’s like a lawyer with the dumbest client ever.” Trump groused to a crowd that the network treats him badly. Some delegates could be heard grousing that the leaflets were fake. Some chanted “USA! USA!”',
      expect: [
        { text: 'It’s like a lawyer with the dumbest client ever.', kind: 'direct', written: 'A flabbergasted Noah', cue: 'quipped' },
        { text: 'that the network treats him badly', kind: 'indirect', written: 'Trump', cue: 'groused' },
        { text: 'that the leaflets were fake', kind: 'indirect', written: 'Some delegates', cue: 'grousing' },
        { text: 'USA! USA!', kind: 'partial', written: 'Some', cue: 'chanted' },
      ],
    },
    {
      name: 'a progressive cue\'s subject stands before its auxiliaries, or after "and" is the first verb\'s ("… and have been harshly criticizing the “nationalists”")',
      text: 'Russian stations are on air, however, and have been harshly criticizing the “nationalists” and “bandits” in Kyiv. Protesters and civic leaders are demanding that police release the video. Mr Davis thinks he understood Mr Howard had been signalling that a vote would come.',
      expect: [
        { text: 'nationalists', kind: 'partial', written: 'Russian stations', cue: 'criticizing' },
        { text: 'bandits', kind: 'partial', written: 'Russian stations', cue: 'criticizing' },
        { text: 'that police release the video', kind: 'indirect', written: 'Protesters and civic leaders', cue: 'demanding' },
        { text: 'he understood Mr Howard had been signalling that a vote would come', kind: 'indirect', written: 'Mr Davis', cue: 'thinks' },
        { text: 'Mr Howard had been signalling that a vote would come', kind: 'indirect', written: 'he', cue: 'understood' },
        { text: 'that a vote would come', kind: 'indirect', written: 'Mr Howard', cue: 'signalling' },
      ],
    },
    {
      name: 'a subject opened by a determiner "that", or with a reduced relative on "devoted to", is whole',
      text: 'But that freewheeling environment also underscored a glaring weakness. The section of the debate devoted to racial issues revealed a yawning gulf.',
      expect: [
        { text: 'a glaring weakness', kind: 'indirect', written: 'that freewheeling environment', cue: 'underscored' },
        { text: 'a yawning gulf', kind: 'indirect', written: 'The section of the debate devoted to racial issues', cue: 'revealed' },
      ],
    },
    {
      name: 'a reduced relative with a particle before its agent stays in the subject ("emails combed through by Vox suggest", "a poll carried out by …")',
      text: 'Other WikiLeaks emails combed through by Vox suggest that Oz puts business first. A poll carried out by the Performing Right Society found that the song is popular.',
      expect: [
        { text: 'that Oz puts business first', kind: 'indirect', written: 'Other WikiLeaks emails combed through by Vox', cue: 'suggest' },
        { text: 'that the song is popular', kind: 'indirect', written: 'A poll carried out by the Performing Right Society', cue: 'found' },
      ],
    },
    {
      name: 'an -s cue after a comma or a name, before a noun phrase, is a verb and no part of the next subject ("…, hopes airlines will want …"); "figures compiled by …" is a noun',
      text: 'Boeing, in contrast to its rival Airbus, hopes airlines will want to fly smaller aircraft. Civil servants have stepped up the shredding of documents, figures compiled by the Tories suggest.',
      expect: [
        { text: 'to fly smaller aircraft', kind: 'indirect', written: 'airlines', cue: 'want' },
        { text: 'Civil servants have stepped up the shredding of documents', kind: 'indirect', written: 'figures compiled by the Tories', cue: 'suggest' },
      ],
    },
    {
      name: 'a participle after a predicate is its copula subject\'s ("it was optimistic about … saying that …"); an aside before a progressive\'s auxiliaries is skipped',
      text: 'Looking ahead, the firm said it was optimistic about prospects for its slimming products saying that demand is waning. On tape Mr Livingstone, who once worked on the paper, is heard asking the reporter if he is a “war criminal”.',
      expect: [
        { text: 'it was optimistic about prospects for its slimming products saying that demand is waning', kind: 'indirect', written: 'the firm', cue: 'said' },
        { text: 'that demand is waning', kind: 'indirect', written: 'it', cue: 'saying' },
        { text: 'war criminal', kind: 'partial', written: 'Mr Livingstone', cue: 'asking' },
      ],
    },
    {
      name: 'a comma before a finite verb of saying with a clause of its own coordinates it with the speaker\'s verb ("denied …, said … and claimed …"); not after an appositive or a relative clause',
      text: 'Ministry spokesmen denied Russia had sent any troops, said the documents were fakes and claimed the men had died in an accident. A woman in Worcester, Massachusetts, told him she worries. Barkley, who said he votes Democratic, said he likes Kasich.',
      expect: [
        { text: 'Russia had sent any troops', kind: 'indirect', written: 'Ministry spokesmen', cue: 'denied' },
        { text: 'the documents were fakes', kind: 'indirect', written: 'Ministry spokesmen', cue: 'said' },
        { text: 'the men had died in an accident', kind: 'indirect', written: 'Ministry spokesmen', cue: 'claimed' },
        { text: 'she worries', kind: 'indirect', written: 'A woman in Worcester, Massachusetts', cue: 'told' },
        { text: 'he votes Democratic', kind: 'indirect', written: 'who', cue: 'said' },
        { text: 'he likes Kasich', kind: 'indirect', written: 'Barkley, who said he votes Democratic', cue: 'said' },
      ],
    },
    {
      name: '"though" or ", yet" before a verb of saying with no subject coordinates it with the speaker\'s verb; "hadn\'t yet called" is no coordination',
      text: 'The stout Borodai denies having ever worked for the security services though admits knowing many people there. Mr Hale demands accountability from others, yet refuses to release his records. She said she hadn’t yet called for the governor’s resignation.',
      expect: [
        { text: 'having ever worked for the security services', kind: 'indirect', written: 'The stout Borodai', cue: 'denies' },
        { text: 'knowing many people there', kind: 'indirect', written: 'The stout Borodai', cue: 'admits' },
        { text: 'accountability from others', kind: 'indirect', written: 'Mr Hale', cue: 'demands' },
        { text: 'to release his records', kind: 'indirect', written: 'Mr Hale', cue: 'refuses' },
        { text: 'she hadn’t yet called for the governor’s resignation', kind: 'indirect', written: 'She', cue: 'said' },
      ],
    },
    {
      name: '"“…,” the message read." is a frame ("read" is its own past); a base form after a preposition frames no partial quote ("disclosure of state secrets, “…”")',
      text: '“Dear subscriber, you are registered as a participant,” the message read. “Anybody but Trump,” read another placard. The code says that besides disclosure of state secrets, “any other assistance to a foreign state” shall be punished.',
      expect: [
        { text: 'Dear subscriber, you are registered as a participant,', kind: 'direct', written: 'the message', cue: 'read' },
        { text: 'Anybody but Trump,', kind: 'direct', written: 'another placard', cue: 'read' },
        { text: 'that besides disclosure of state secrets, “any other assistance to a foreign state” shall be punished', kind: 'indirect', written: 'The code', cue: 'says' },
        { text: 'any other assistance to a foreign state', kind: 'partial', written: 'The code', cue: 'says' },
      ],
    },
    {
      name: 'a quoted name before a common noun is part of the subject, not a quote ("“LPR” members told …"); a hyphen glued to quoted words compounds them',
      text: '“LPR” members told the SMM that they were targeted in “LPR”-controlled Pryshyb. The “DPR” fighters said the road was mined. “Not now” the minister said.',
      expect: [
        { text: 'that they were targeted in “LPR”-controlled Pryshyb', kind: 'indirect', written: '“LPR” members', cue: 'told' },
        { text: 'the road was mined', kind: 'indirect', written: 'The “DPR” fighters', cue: 'said' },
        { text: 'Not now', kind: 'direct', written: 'the minister', cue: 'said' },
      ],
    },
    {
      name: 'an -s form right after an -ed verb or a participle opening its clause is their object ("prompting shouts of …", "renewed fears that …"); "national polling shows" is a noun and its verb',
      text: '“We will build our future!” he cried, prompting shouts of “Hurrah!” from the crowd. The strike briefly renewed fears that supplies might be cut. National polling shows that the race is tight.',
      expect: [
        { text: 'We will build our future!', kind: 'direct', written: 'he', cue: 'cried' },
        { text: 'that the race is tight', kind: 'indirect', written: 'National polling', cue: 'shows' },
      ],
    },
    {
      name: 'an -s form is the verb after a singular noun with its determiner before a clause or a quote, and after an appositive; "however" between commas is skipped',
      text: 'The leaflet claims “the dam is safe.” The ad claims the army left. Olena Dovzhenko, a local consultant, notes that the vote was close. Ruslan Kyrylenko, an early backer of the mayor, calls the issue “a priority” for families. Critics of the plan, however, say it would cost too much.',
      expect: [
        { text: 'the dam is safe.', kind: 'direct', written: 'The leaflet', cue: 'claims' },
        { text: 'the army left', kind: 'indirect', written: 'The ad', cue: 'claims' },
        { text: 'that the vote was close', kind: 'indirect', written: 'Olena Dovzhenko, a local consultant', cue: 'notes' },
        { text: 'a priority', kind: 'partial', written: 'Ruslan Kyrylenko, an early backer of the mayor', cue: 'calls' },
        { text: 'it would cost too much', kind: 'indirect', written: 'Critics of the plan', cue: 'say' },
      ],
    },
    {
      name: 'long subjects before "said": "of that report", a participle after "One pastor", a proportion, a time after the cue',
      text: 'One of the authors of that 2019 study, Ilse Varga, said the figures held. One priest backing the mayor, Taras Hnat of St. Mark\'s in Lviv, said he had called every parish. More than 4 in 10 said the mayor would win. The region\'s governor, Ruslan Kovalenko, a former judge, said Tuesday that he had voted early.',
      expect: [
        { text: 'the figures held', kind: 'indirect', written: 'One of the authors of that 2019 study, Ilse Varga', cue: 'said' },
        { text: 'he had called every parish', kind: 'indirect', written: 'One priest backing the mayor, Taras Hnat of St. Mark\'s in Lviv', cue: 'said' },
        { text: 'the mayor would win', kind: 'indirect', written: '4 in 10', cue: 'said' },
        { text: 'that he had voted early', kind: 'indirect', written: 'Ruslan Kovalenko, a former judge', cue: 'said' },
      ],
    },
    {
      name: 'after quoted words, "and"/"but" with a past verb and no subject goes on with the speaker, not the content',
      text: 'The ministry said the talks were “useful” but gave no details. The mayor said the plan was sound and the costs were low.',
      expect: [
        { text: 'the talks were “useful”', kind: 'indirect', written: 'The ministry', cue: 'said' },
        { text: 'useful', kind: 'partial', written: 'The ministry', cue: 'said' },
        { text: 'the plan was sound and the costs were low', kind: 'indirect', written: 'The mayor', cue: 'said' },
      ],
    },
    {
      name: 'a participle aside after the subject ("Kovac, asked whether …, replied"): the question has no source, the aside no part of the speaker',
      text: 'Kovac, asked whether he trusted the envoy, replied: “I trust the treaty.” Hnat, speaking to reporters in Lviv, said the bridge was closed.',
      expect: [
        { text: 'whether he trusted the envoy', kind: 'indirect', speaker: null, cue: 'asked' },
        { text: 'I trust the treaty.', kind: 'direct', written: 'Kovac', cue: 'replied' },
        { text: 'the bridge was closed', kind: 'indirect', written: 'Hnat', cue: 'said' },
      ],
    },
    {
      name: 'a time alone after an inverted cue is no source ("…, said Tuesday.")',
      text: 'The road is open again, said Tuesday. The road is open again, said Okafor.',
      expect: [
        { text: 'The road is open again', kind: 'indirect', written: 'Okafor', cue: 'said' },
      ],
    },
    {
      name: 'a past participle before "by" is a reduced passive after a name too, unless "by" names the means',
      text: 'The fund includes £7m from the Treasury announced by the chancellor last week. Putin said by phone that the talks would go on.',
      expect: [
        { text: 'that the talks would go on', kind: 'indirect', written: 'Putin', cue: 'said' },
      ],
    },
    {
      name: 'a stance verb after a noun for a person or a body reports ("The senator blasted the deal"); "blasted a bridge" is no statement',
      text: 'The senator blasted the deal on Monday. Local officials slammed the move. Sappers blasted a rail bridge near the town.',
      expect: [
        { text: 'the deal on Monday', kind: 'indirect', written: 'The senator', cue: 'blasted' },
        { text: 'the move', kind: 'indirect', written: 'Local officials', cue: 'slammed' },
      ],
    },
    {
      name: 'a "told … that" inside a statement framed after it keeps its own statement up to the frame; a source ends before an aside\'s comma or a cut relative clause',
      text: 'The minister told the envoy that the port would reopen, the embassy said. The audit, released on Friday, found that the funds were missing. The survey, which was run in May, found that most voters were undecided.',
      expect: [
        { text: 'The minister told the envoy that the port would reopen', kind: 'indirect', written: 'the embassy', cue: 'said' },
        { text: 'that the port would reopen', kind: 'indirect', written: 'The minister', cue: 'told' },
        { text: 'that the funds were missing', kind: 'indirect', written: 'The audit', cue: 'found' },
        { text: 'that most voters were undecided', kind: 'indirect', written: 'The survey', cue: 'found' },
      ],
    },
    {
      name: 'an appositive of saying after a framed clause ("…, the ministry said, a claim Kyiv denied") closes the first statement and is the second\'s content',
      text: 'Its troops had entered the town, the army said on Monday, a claim the mayor denied. The bridge was hit twice, officials said, an account that Moscow disputed.',
      expect: [
        { text: 'Its troops had entered the town', kind: 'indirect', written: 'the army', cue: 'said' },
        { text: 'a claim', kind: 'indirect', written: 'the mayor', cue: 'denied' },
        { text: 'The bridge was hit twice', kind: 'indirect', written: 'officials', cue: 'said' },
        { text: 'an account', kind: 'indirect', written: 'Moscow', cue: 'disputed' },
      ],
    },
    {
      name: 'an appositive of saying with "which" or a passive ("…, a charge which the army denies", "…, a claim denied by the mayor") is the denier\'s statement',
      text: 'Rebels shelled the port, the governor said, a charge which the army denies. The dam was cracked, engineers say, a claim denied by the mayor. A man cited by the agency said the road was shut.',
      expect: [
        { text: 'Rebels shelled the port', kind: 'indirect', written: 'the governor', cue: 'said' },
        { text: 'a charge', kind: 'indirect', written: 'the army', cue: 'denies' },
        { text: 'The dam was cracked', kind: 'indirect', written: 'engineers', cue: 'say' },
        { text: 'a claim', kind: 'indirect', written: 'the mayor', cue: 'denied' },
        { text: 'the road was shut', kind: 'indirect', written: 'A man cited by the agency', cue: 'said' },
      ],
    },
    {
      name: '"refute" reports a denial like "deny" ("refuted suggestions that …", "…, a claim the army refuted")',
      text: 'The minister refuted suggestions that the port was closed. The dam was cracked, engineers said, a claim the army refuted.',
      expect: [
        { text: 'suggestions that the port was closed', kind: 'indirect', written: 'The minister', cue: 'refuted' },
        { text: 'The dam was cracked', kind: 'indirect', written: 'engineers', cue: 'said' },
        { text: 'a claim', kind: 'indirect', written: 'the army', cue: 'refuted' },
      ],
    },
    {
      name: 'a noun of saying that opens its sentence is its subject: the clause ends where the sentence\'s own verb follows a noun',
      text: 'The mayor\'s warning that the dam could fail raised fears in the valley. The envoy\'s claim that the army had left and would not return was false.',
      expect: [
        { text: 'that the dam could fail', kind: 'indirect', written: 'The mayor\'s', cue: 'warning' },
        { text: 'that the army had left and would not return', kind: 'indirect', written: 'The envoy\'s', cue: 'claim' },
      ],
    },
    {
      name: 'a sentence after a closed quote is a bare frame only when its verb has no content of its own',
      text: 'Kovac told reporters: “The port is shut.” He added that ferries would stop. “The bridge is gone.” Hnat said.',
      expect: [
        { text: 'The port is shut.', kind: 'direct', written: 'Kovac', cue: 'told' },
        { text: 'that ferries would stop', kind: 'indirect', written: 'He', cue: 'added' },
        { text: 'The bridge is gone.', kind: 'direct', written: 'Hnat', cue: 'said' },
      ],
    },
    {
      name: '"discuss" reports what was talked about (PolNeAR marks "discussed" 13 of 25 times)',
      text: 'The two ministers discussed the prisoner exchange by phone.',
      expect: [
        { text: 'the prisoner exchange by phone', kind: 'indirect', written: 'The two ministers', cue: 'discussed' },
      ],
    },
    {
      name: '"indicate" reports as a finite verb ("The minister indicated he would resign"), not as a participle of inference',
      text: 'The minister indicated he would resign. Troops were massing near the border, indicating that an attack was near.',
      expect: [
        { text: 'he would resign', kind: 'indirect', written: 'The minister', cue: 'indicated' },
      ],
    },
    {
      name: 'verbs that double their last consonant or keep it in both spellings are cues in every form ("admitted", "labelled", "signalled")',
      text: 'The minister admitted that the bridge had fallen. The envoy signalled that talks could resume.',
      expect: [
        { text: 'that the bridge had fallen', kind: 'indirect', written: 'The minister', cue: 'admitted' },
        { text: 'that talks could resume', kind: 'indirect', written: 'The envoy', cue: 'signalled' },
      ],
    },
    {
      name: '"reject" reports a stance; an appositive of saying ends the content before it ("…, a charge London rejected")',
      text: 'The ministry accused Britain of “direct involvement” in the war, a charge London rejected. The mayor rejected the plan.',
      expect: [
        { text: 'Britain of “direct involvement” in the war', kind: 'indirect', written: 'The ministry', cue: 'accused' },
        { text: 'direct involvement', kind: 'partial', written: 'The ministry', cue: 'accused' },
        { text: 'a charge', kind: 'indirect', written: 'London', cue: 'rejected' },
        { text: 'the plan', kind: 'indirect', written: 'The mayor', cue: 'rejected' },
      ],
    },
    {
      name: 'wire-service frames: "X was quoted by an agency as saying", "told state news agency Y", "in a statement posted on Facebook that"',
      text: 'Kovalenko was quoted by Interfax as saying the plant was safe. Hnat told state news agency Ukrinform that the road was open. The brigade said in a statement posted on Facebook that it had held the line.',
      expect: [
        { text: 'the plant was safe', kind: 'indirect', written: 'Kovalenko', cue: 'was quoted by Interfax as saying', channel: 'Interfax' },
        { text: 'that the road was open', kind: 'indirect', written: 'Hnat', cue: 'told', channel: 'Ukrinform' },
        { text: 'that it had held the line', kind: 'indirect', written: 'The brigade', cue: 'said', channel: 'social media (Facebook)' },
      ],
    },
    {
      name: 'an -s form after a name that a verb governs is a plural noun ("urged EU states to …", "attacked Tory plans to …"), so is one after "the" and a name with a preposition it does not take ("the Tory plans for …"); after a verb of saying a cue ("said China plans to …")',
      text: 'The ambassador recently urged EU states to call a spade a spade. Labour attacked Tory plans to process asylum claims abroad. Commentators have said China plans to build a fortress. He ridiculed the Tory plans for asylum quotas. The EU calls for restraint.',
      expect: [
        { text: 'EU states to call a spade a spade', kind: 'indirect', written: 'The ambassador', cue: 'urged' },
        { text: 'Tory plans to process asylum claims abroad', kind: 'indirect', written: 'Labour', cue: 'attacked' },
        { text: 'China plans to build a fortress', kind: 'indirect', written: 'Commentators', cue: 'said' },
        { text: 'to build a fortress', kind: 'indirect', written: 'China', cue: 'plans' },
        { text: 'restraint', kind: 'indirect', written: 'The EU', cue: 'calls for' },
      ],
    },
    {
      name: 'a subject relative with a stance verb ends where the main clause resumes with "be" or "have" ("Those who favored X are voicing …")',
      text: 'Those who favored closer integration with Europe are voicing their anger. Workers who want to work in the UK have skills.',
      expect: [
        { text: 'closer integration with Europe', kind: 'indirect', written: 'who', cue: 'favored' },
        { text: 'to work in the UK', kind: 'indirect', written: 'who', cue: 'want' },
      ],
    },
    {
      name: 'a verb of belief before a determiner reports a clause with a verb of its own, not a thing known or learnt (a name\'s "\'s" or a plural after a proper adjective is no verb)',
      text: 'The troops will learn their exact destination later tonight. He hopes this forces Republicans to reconsider. Officials believe the problem lies with the army. They view the deal as a trap. Investors considered the impact of the Western sanctions on Russia\'s economy. They believe the Kremlin\'s army is tired.',
      expect: [
        { text: 'this forces Republicans to reconsider', kind: 'indirect', written: 'He', cue: 'hopes' },
        { text: 'the problem lies with the army', kind: 'indirect', written: 'Officials', cue: 'believe' },
        { text: 'the deal as a trap', kind: 'indirect', written: 'They', cue: 'view' },
        { text: 'the Kremlin\'s army is tired', kind: 'indirect', written: 'They', cue: 'believe' },
      ],
    },
    {
      name: 'a statement inside another ends before the comma of the outer frame with a named speaker (", Mr Blair told the Guardian.")',
      text: 'He understood that the plan would fail, Mr Blair told the Guardian newspaper.',
      expect: [
        { text: 'He understood that the plan would fail', kind: 'indirect', written: 'Mr Blair', cue: 'told' },
        { text: 'that the plan would fail', kind: 'indirect', written: 'He', cue: 'understood' },
      ],
    },
    {
      name: 'a subject with a relative clause before the verb of saying is the source as written ("The host who also presents …", "A spokesman who declined to be named"); the relative clause\'s own subject and verb stay its own; "asked not to …" keeps its negation',
      text: 'The 28-year-old host who also presents Stars In Their Eyes said she was leaving. A spokesman who declined to be named said the talks failed. Putin has expressed sympathy for people who he says face discrimination. An official asked not to be identified.',
      expect: [
        { text: 'she was leaving', kind: 'indirect', written: 'The 28-year-old host who also presents Stars In Their Eyes', cue: 'said' },
        { text: 'to be named', kind: 'indirect', written: 'who', cue: 'declined' },
        { text: 'the talks failed', kind: 'indirect', written: 'A spokesman who declined to be named', cue: 'said' },
        { text: 'people who he says face discrimination', kind: 'indirect', written: 'Putin', cue: 'expressed sympathy for' },
        { text: 'face discrimination', kind: 'indirect', written: 'he', cue: 'says' },
        { text: 'not to be identified', kind: 'indirect', written: 'An official', cue: 'asked' },
      ],
    },
    {
      name: 'a participle right before "as" is a passive: the one after "by" said it ("described as a farce by President X"); "acknowledged as much" is no passive',
      text: 'The list — called "unfortunate" by the UN secretary general and described as a farce by Ukrainian President Petro Poroshenko — includes 18 names, though Russian media said the number was higher. He acknowledged as much in an article by Patrick Healy.',
      expect: [
        { text: 'unfortunate', kind: 'partial', written: 'the UN secretary general', cue: 'called' },
        { text: 'as a farce', kind: 'indirect', written: 'Ukrainian President Petro Poroshenko', cue: 'described' },
        { text: 'the number was higher', kind: 'indirect', written: 'Russian media', cue: 'said' },
        { text: 'as much', kind: 'indirect', written: 'He', cue: 'acknowledged' },
      ],
    },
    {
      name: 'an aside between spaced hyphens is no part of the source; a quote right after a partial quote that closes its sentence goes on with that speaker; "at Labour claims" is a noun',
      text: 'Deutsche Bank - itself a target of a lawsuit - said documents had been backdated. "LG Card will not need any more aid," Laah Chong-gyu, executive director of Korea Development Bank - one of the firm\'s creditors - said. He hit back at Labour claims he had used her as a "human shield". Bulatov\'s lawyer, Ruslan Radetski, told reporters that he was in "intensive care". "He was kidnapped and beaten."',
      expect: [
        { text: 'documents had been backdated', kind: 'indirect', written: 'Deutsche Bank', cue: 'said' },
        { text: 'LG Card will not need any more aid,', kind: 'direct', written: 'Laah Chong-gyu, executive director of Korea Development Bank', cue: 'said' },
        { text: 'that he was in "intensive care"', kind: 'indirect', written: 'Bulatov\'s lawyer, Ruslan Radetski', cue: 'told' },
        { text: 'intensive care', kind: 'partial', written: 'Bulatov\'s lawyer, Ruslan Radetski', cue: 'told' },
        { text: 'He was kidnapped and beaten.', kind: 'direct', written: 'Bulatov\'s lawyer, Ruslan Radetski', cue: null },
      ],
    },
    {
      name: 'a cue whose object is gapped in a relative clause without a pronoun, followed by a comma, reports nothing ("The plan the minister had promised, officials said, …"; "In TV interviews and tweets, Trump has argued …")',
      text: 'The plan the minister had promised, officials said, never came. In TV interviews and tweets, Trump has argued that the process is rigged.',
      expect: [
        { text: 'The plan the minister had promised, officials said, never came', kind: 'indirect', written: 'officials', cue: 'said' },
        { text: 'that the process is rigged', kind: 'indirect', written: 'Trump', cue: 'argued' },
      ],
    },
    {
      name: 'the "by" of a passive after coordinated quoted words names who said them all ("described as “irresponsible” and “outrageous” by the commission")',
      text: 'Her comments have been described as "irresponsible" and "outrageous" by the Islamic Human Rights Commission.',
      expect: [
        { text: 'irresponsible', kind: 'partial', written: 'the Islamic Human Rights Commission', cue: 'described' },
        { text: 'outrageous', kind: 'partial', written: 'the Islamic Human Rights Commission', cue: 'described' },
      ],
    },
    {
      name: 'finding something is no finding ("Syrians find a home", "found a way to …"), unless a body of evidence finds it',
      text: 'Syrians find a home in Clarkston. The firm found a way to send data. A new poll finds an emerging generation that is more pragmatic than ideological.',
      expect: [{ text: 'an emerging generation that is more pragmatic than ideological', kind: 'indirect', written: 'A new poll', cue: 'finds' }],
    },
    {
      name: 'nouns and asides that look like cues report nothing ("the Argentine state would not …", "co-author of the Demos report.", "The Demos report looked …", "getting TV signals", "X, recalled in place of Y, was …", "was twice denied")',
      text: 'Mr De Vido said that the Argentine state would not pay "in the form of a subsidy". "Broadband is putting the me in media," said John Craig, co-author of the Demos report. Szilard Nemeth, recalled in place of Job, was twice denied by Dean Kiely. The Russians state that the troops have left. The Demos report looked at broadband. Ways of getting TV signals to mobiles are being tested.',
      expect: [
        { text: 'that the Argentine state would not pay "in the form of a subsidy"', kind: 'indirect', written: 'Mr De Vido', cue: 'said' },
        { text: 'in the form of a subsidy', kind: 'partial', written: 'Mr De Vido', cue: 'said' },
        { text: 'Broadband is putting the me in media,', kind: 'direct', written: 'John Craig, co-author of the Demos report', cue: 'said' },
        { text: 'that the troops have left', kind: 'indirect', written: 'The Russians', cue: 'state' },
      ],
    },
    {
      name: 'a noun of saying after a possessive pronoun reports its clause, or frames a closing quote ("her March comment that, “…”"); not after a verb of saying, nor a relative "that"',
      text: 'The union is unlikely to back Clinton after her repeated claims that the mines would close. It balked after her March comment that, "We are going to put coal companies out of business." De Blasio repeated his claim that encryption helps criminals. Voters cheered his statements that fired them up.',
      expect: [
        { text: 'that the mines would close', kind: 'indirect', written: 'her', cue: 'claims' },
        { text: 'We are going to put coal companies out of business.', kind: 'direct', written: 'her', cue: 'comment' },
      ],
    },
    {
      name: 'a second "and said" has the first verb\'s subject, past a belief reported inside it ("He said he believed X remained …, and said …")',
      text: 'He also said he believed Yanukovich remained the only legitimate president, and said the parliament was only partly legitimate.',
      expect: [
        { text: 'he believed Yanukovich remained the only legitimate president', kind: 'indirect', written: 'He', cue: 'said' },
        { text: 'Yanukovich remained the only legitimate president', kind: 'indirect', written: 'he', cue: 'believed' },
        { text: 'the parliament was only partly legitimate', kind: 'indirect', written: 'He', cue: 'said' },
      ],
    },
    {
      name: 'after "told" the name is the hearer, never an inverted source ("…, the former commander, Admiral Igor Kasatonov, told RIA Novosti.")',
      text: 'The operation succeeded, the former commander of the fleet, Admiral Igor Kasatonov, told RIA Novosti. The bridge held, said Oleksandr Syrskyi.',
      expect: [
        { text: 'The operation succeeded', kind: 'indirect', written: 'the former commander of the fleet, Admiral Igor Kasatonov', cue: 'told', channel: 'RIA Novosti' },
        { text: 'The bridge held', kind: 'indirect', written: 'Oleksandr Syrskyi', cue: 'said' },
      ],
    },
    {
      name: 'a channel named by its page, account or blog is no part of the content ("said on his Facebook page Ukrainian forces …")',
      text: 'The minister said on his Facebook page Ukrainian forces had launched the operation. Ms Simonetti announced on her blog she had been fired.',
      expect: [
        { text: 'Ukrainian forces had launched the operation', kind: 'indirect', written: 'The minister', cue: 'said', channel: 'social media (Facebook)' },
        { text: 'she had been fired', kind: 'indirect', written: 'Ms Simonetti', cue: 'announced' },
      ],
    },
    {
      name: 'the active frame of a quotation: "X quoted/cited Y as saying …" reports Y\'s words, carried by X (not "Y as saying …" by X)',
      text: 'Interfax quoted a senior official as saying the talks had failed. HRW cites another activist as saying that Bulatov had been threatened. “The plant is safe,” the agency quoted, the energy minister, Ivan Hnat, as saying on his Facebook page.',
      expect: [
        { text: 'the talks had failed', kind: 'indirect', written: 'a senior official', cue: 'quoted', channel: 'Interfax' },
        { text: 'that Bulatov had been threatened', kind: 'indirect', written: 'another activist', cue: 'cites' },
        { text: 'The plant is safe,', kind: 'direct', written: 'the energy minister, Ivan Hnat', cue: 'quoted' },
      ],
    },
    {
      name: 'a participle after a noun for a text reports without "that" ("a statement saying the …", said by whoever put it out); after other nouns it needs "that"',
      text: 'The ministry put out a statement saying the bridge had been shut. Crowds gathered with all precincts reporting the mayor ahead.',
      expect: [
        { text: 'the bridge had been shut', kind: 'indirect', written: 'The ministry', cue: 'saying' },
      ],
    },
    {
      name: 'a progressive with a negation or an adverb after "be" reports ("isn’t saying", "is already claiming")',
      text: 'The mayor isn’t saying which roads will close. His party is already claiming a win in the north. She’s not predicting a recount.',
      expect: [
        { text: 'which roads will close', kind: 'indirect', written: 'The mayor', cue: 'saying' },
        { text: 'a win in the north', kind: 'indirect', written: 'His party', cue: 'claiming' },
        { text: 'a recount', kind: 'indirect', written: 'She', cue: 'predicting' },
      ],
    },
    {
      name: '"took to Twitter to call" reports for the subject of "took"; a quote inside an earlier quote\'s complement shares its cue; plotting to declare reports nothing',
      text: 'The senator took to Twitter late on Monday to accuse the ministry of being “misled” by “a forger.” Rebels plotted to declare a “free city” in the hills.',
      expect: [
        { text: 'misled', kind: 'partial', written: 'The senator', cue: 'accuse' },
        { text: 'a forger.', kind: 'partial', written: 'The senator', cue: 'accuse' },
      ],
    },
    {
      name: 'a subject the source finder cannot walk (an aside between dashes) falls back on the sentence\'s main subject',
      text: 'Many speakers at the rally — including farmers, teachers and nurses — said the plan was unfair. The mayor claimed to have personally urged the minister to resign. He said friends he had made in Odesa then urged him to come home.',
      expect: [
        { text: 'the plan was unfair', kind: 'indirect', written: 'Many speakers at the rally', cue: 'said' },
        { text: 'to have personally urged the minister to resign', kind: 'indirect', written: 'The mayor', cue: 'claimed' },
        { text: 'friends he had made in Odesa then urged him to come home', kind: 'indirect', written: 'He', cue: 'said' },
      ],
    },
    {
      name: 'subjects with company or an aside: "X, along with Y, say", "X — who … — told", "Six in 10 say"; "say" of an example is none',
      text: 'Petrenko, along with reporter Ilse Varga, say the guard pushed them. On Tuesday, Kovac — who is listed as a lawyer but does not practise — told reporters he would not appeal. Six in 10 say the mayor is decisive. Buy a few, say, ten of them.',
      expect: [
        { text: 'the guard pushed them', kind: 'indirect', written: 'Petrenko', cue: 'say' },
        { text: 'he would not appeal', kind: 'indirect', written: 'Kovac', cue: 'told' },
        { text: 'the mayor is decisive', kind: 'indirect', written: 'Six in 10', cue: 'say' },
      ],
    },
    {
      name: 'a one-word answer is the whole content ("said yes"); "said no one would come" is a clause',
      text: 'Asked whether the plan would work, 60 percent of farmers said yes, but others disagreed. He said no one would come.',
      expect: [
        { text: 'yes', kind: 'indirect', written: '60 percent of farmers', cue: 'said' },
        { text: 'no one would come', kind: 'indirect', written: 'He', cue: 'said' },
      ],
    },
    {
      name: '"when asked whether …": the question is a statement of nobody named; "When asked, X said" stays a frame',
      text: '“We will,” the mayor said when asked whether she would close the bridge. When asked, Petrenko said the port was open.',
      expect: [
        { text: 'We will,', kind: 'direct', written: 'the mayor', cue: 'said' },
        { text: 'whether she would close the bridge', kind: 'indirect', speaker: null, cue: 'asked' },
        { text: 'the port was open', kind: 'indirect', written: 'Petrenko', cue: 'said' },
      ],
    },
    {
      name: '", the report said." and ", the statement said." are frames: "said" after a document noun is never a reduced participle',
      text: 'Hackers reached two servers, the report said. The depot was hit twice, the statement said.',
      expect: [
        { text: 'Hackers reached two servers', kind: 'indirect', written: 'the report', cue: 'said' },
        { text: 'The depot was hit twice', kind: 'indirect', written: 'the statement', cue: 'said' },
      ],
    },
    {
      name: 'a participle after a dash reports for the subject ("– saying …"); ", like their rivals, say" keeps the subject',
      text: 'Ruslan Hnat changed his vote on the spot – saying he now backed the port plan. Local economists, like their foreign colleagues, say the tariff will fail.',
      expect: [
        { text: 'he now backed the port plan', kind: 'indirect', written: 'Ruslan Hnat', cue: 'saying' },
        { text: 'the tariff will fail', kind: 'indirect', written: 'Local economists', cue: 'say' },
      ],
    },
    {
      name: 'a topic cue takes a one-word object, and "added fuel to the fire" is no remark',
      text: 'The new curfew added fuel to the anger, and after a night of clashes, the bishops, including the primate, called for calm.',
      expect: [{ text: 'calm', kind: 'indirect', written: 'the bishops', cue: 'called for' }],
    },
    {
      name: 'a relative pronoun is the source as written and speaks for the phrase before it; the main clause resumes after it',
      text: 'Mayor Ilse Varga, who said the bridge would reopen, visited the site. Engineers who warned the dam was weak were ignored. The ministry, which in 2019 said the dam held, sent inspectors.',
      expect: [
        { text: 'the bridge would reopen', kind: 'indirect', speaker: 'Mayor Ilse Varga', written: 'who', cue: 'said' },
        { text: 'the dam was weak', kind: 'indirect', speaker: 'Engineers', written: 'who', cue: 'warned' },
        { text: 'the dam held', kind: 'indirect', speaker: 'The ministry', written: 'which', cue: 'said' },
      ],
    },
    {
      name: 'the subject past a bracket and a time, past a dateline, past "One month after …"',
      text: 'Sen. Ana Ruiz (D-N.M.) on Monday criticized the levy, saying it hurt farmers.\n\nMADRID — Prime Minister Eva Soler met the unions on Tuesday, promising a new wage deal.\n\nOne week after announcing her bid, Ruiz still believes that the levy will fall.',
      expect: [
        { text: 'the levy', kind: 'indirect', written: 'Sen. Ana Ruiz (D-N.M.)', cue: 'criticized' },
        { text: 'it hurt farmers', kind: 'indirect', written: 'Sen. Ana Ruiz (D-N.M.)', cue: 'saying' },
        { text: 'a new wage deal', kind: 'indirect', written: 'Prime Minister Eva Soler', cue: 'promising' },
        { text: 'her bid', kind: 'indirect', written: 'Ruiz', cue: 'announcing' },
        { text: 'that the levy will fall', kind: 'indirect', written: 'Ruiz', cue: 'believes' },
      ],
    },
    {
      name: 'sources without a sentence adverb after them, a time before them, or a headline line above them',
      text: 'Varga, meanwhile, said the ferry would sail.\n\nOn Tuesday, Ivo Petrov, head of the port, said the quay was safe.\n\nPort Chief Quits Over Ferry Row\nIvo Petrov said he would stay on.',
      expect: [
        { text: 'the ferry would sail', kind: 'indirect', written: 'Varga', cue: 'said' },
        { text: 'the quay was safe', kind: 'indirect', written: 'Ivo Petrov, head of the port', cue: 'said' },
        { text: 'he would stay on', kind: 'indirect', written: 'Ivo Petrov', cue: 'said' },
      ],
    },
    {
      name: '"Neither X nor Y" is one source',
      text: 'Neither Varga nor Petrov acknowledged that the ferry had sailed late.',
      expect: [{ text: 'that the ferry had sailed late', kind: 'indirect', written: 'Neither Varga nor Petrov', cue: 'acknowledged' }],
    },
    {
      name: 'no dateline with a horizontal bar before the source, and no lone adverb as a source',
      text: 'OSLO ― The fisheries ministry warned on Monday that cod stocks were falling.\n\nIndeed, “the quota is too high,” the council added.',
      expect: [
        { text: 'that cod stocks were falling', kind: 'indirect', written: 'The fisheries ministry', cue: 'warned' },
        { text: 'the quota is too high,', kind: 'direct', written: 'the council', cue: 'added' },
      ],
    },
    {
      name: 'an auxiliary right after the cue is the content\'s own verb ("which the council says is unsafe")',
      text: 'The old pier, which the council says is unsafe, will close. It was a claim that officials say was false and misleading.',
      expect: [
        { text: 'is unsafe', kind: 'indirect', written: 'the council', cue: 'says' },
        { text: 'was false and misleading', kind: 'indirect', written: 'officials', cue: 'say' },
      ],
    },
    {
      name: 'a cue inside an opening subordinate clause reports up to the comma where the main clause begins',
      text: 'Although the union warned that the strike would spread to the ports, the minister refused to meet its leaders.',
      expect: [
        { text: 'that the strike would spread to the ports', kind: 'indirect', written: 'the union', cue: 'warned' },
        { text: 'to meet its leaders', kind: 'indirect', written: 'the minister', cue: 'refused' },
      ],
    },
    {
      name: 'a second verb after a parenthetical between dashes shares the subject before the dashes',
      text: 'Mayor Ilse Varga on Monday raised the levy — a measure the council opposed for weeks — and said it would stay.',
      expect: [{ text: 'it would stay', kind: 'indirect', written: 'Mayor Ilse Varga', cue: 'said' }],
    },
    {
      name: 'a quantifier standing alone is the source ("Some said …", "Both said …")',
      text: 'Accounts differed. Some said the guards had fired first. Both said the ferry left late.',
      expect: [
        { text: 'the guards had fired first', kind: 'indirect', written: 'Some', cue: 'said' },
        { text: 'the ferry left late', kind: 'indirect', written: 'Both', cue: 'said' },
      ],
    },
  ];
  for (const c of cases) it(c.name, () => check(c.text, quotesOf(c.text), c.expect));
});

describe('negative cases produce nothing', () => {
  const cases: Array<{ name: string; text: string }> = [
    { name: 'a perfect participle clause is background', text: 'The league, having declared itself the winner of the dispute, saw no need to talk.' },
    { name: '"thanks to" is a preposition', text: 'It was largely thanks to the treaty that the two states have saved huge sums.' },
    { name: 'an adjective before an -s form makes it a noun', text: 'The mayor would not answer further questions on the budget.' },
    { name: 'a base form after an article and a modifier is a noun', text: 'Sales fell once the extra demand had gone, and trade was “sluggish at best”.' },
    { name: 'scare quotes', text: 'The so-called “peace plan” was unveiled in Geneva.' },
    { name: 'one quoted word that modifies the name after it', text: 'She played the envoy in the film, and a “fiery” Queen Elizabeth I on stage.' },
    { name: 'title of a work', text: 'She starred in “The Last Days of Kyiv” last year.' },
    { name: 'an -s form after an adjective of its kind is a noun', text: 'The deal only protected them from any criminal charges that might have arisen from searches of their laptops. The bank could pursue criminal charges that it is biased.' },
    { name: 'a naming participle inside a noun phrase is an adjective', text: 'Sony Ericsson just released its Walkman branded mobile phone, the W800, with a camera.' },
    { name: 'a gloss in brackets after a name (its translation)', text: 'Members of a nationalist party called Svoboda (“Freedom”) marched past the Verkhovna Rada (“Supreme Council”).' },
    { name: 'nickname without a cue', text: 'Known as “the Butcher of Bucha,” the colonel was promoted.' },
    { name: 'quoted words whose clause has no speaking subject', text: 'It reads as “too soft” to some. The bill, known as the “Victims Act,” passed easily.' },
    { name: 'a quoted title after a verb and a name in quote marks', text: 'The senator watched “The Crown” again. Rep. Anthony “Tony” Marsh threw a party.' },
    { name: 'quoted words in a clause of their own, after the main verb', text: 'The court suspended the lawyer after he “leaked sealed records” to the press.' },
    { name: 'quoted words after "be" + a negation + an adjective', text: 'The minister was not happy with the “final offer” from Moscow.' },
    { name: 'apostrophes are not single quotes', text: 'Ukraine’s forces held the town, and the soldiers’ families waited.' },
    { name: 'nouns that look like verbs', text: 'The early contests and the reports from the states were closely watched.' },
    { name: 'agreement and threats are acts, not statements', text: 'The two sides agreed to a 30-day ceasefire. Trump has threatened new sanctions.' },
    { name: 'reduced passive and infinitive cues', text: 'Police detained several people accused of plotting to declare a “people’s republic” in Odessa.' },
    { name: 'a phone call is not a statement', text: 'Haddad never called an ally to ask for troops.' },
    { name: 'a participle after a plural that is a preposition\'s object is a reduced relative', text: 'The firms are linked to banks and companies mentioned in the earlier list of sanctions.' },
    { name: 'a passive with an adverb before the participle reports nothing', text: 'She was later revealed to be a local actress. The deal was widely reported to be dead.' },
    { name: 'denying someone a thing is no statement', text: 'A lawyer denied entry into Canada flew home. He was denied bail. Guards denied them access to the site.' },
    { name: 'denying a named party a thing is no statement either', text: 'The “LPR” members denied the monitors any further movement without a permit.' },
    { name: 'a plural noun before "that" is no cue', text: 'Many states that allow early voting are in the west.' },
    { name: 'agreeing to do something is an act', text: 'The two ministers agreed to meet again in Geneva.' },
    { name: '"compared with" is no cue', text: 'Prices compared with last year rose by 5 percent.' },
    { name: 'talking and speaking report only about a topic', text: 'Putin spoke with Macron on Tuesday. The peace talks on Kursk resumed.' },
    { name: 'a time clause after the cue is no content', text: 'That was what Maria Novak said when she quit the ministry in 2019.' },
    { name: 'a cue-like noun opening the text', text: 'Claims that the plan works are false.' },
    { name: '"as" meaning "while" is no frame', text: 'He left the hall as the crowd said goodbye.' },
    { name: 'a fronted phrase whose only verb is in its relative clause is no content of the frame after it', text: 'During the live television broadcast that lasted 3 hours 54 minutes, the President responded to a total of 81 questions.' },
    { name: 'a show name after "of" is no quote, and "said before he …" no statement', text: 'On last night’s broadcast of “World Affairs Weekly,” the host spoke. That is what Okafor said before he resigned.' },
    { name: 'a Title Case line without a cue', text: 'The Border Talks Will Resume After the Holidays\n\nThey began on Saturday.' },
    { name: '"regarding" is a preposition, even after a comma and an adverb', text: 'They set rules, particularly regarding the deployment of foreign forces.' },
    { name: 'a person showing or finding things reports nothing', text: 'She had shown bad judgment. He found a job in March.' },
    { name: 'a party name before a plural noun in -s', text: 'FactWatch rated 27% of Republican claims as “false” in March.' },
    { name: 'a phrase of place or time right after the cue is no content', text: 'Conscription is organised as a training cycle repeated at regular intervals. Costa reported from Washington. Brown predicted in his March budget.' },
    { name: '"run counter to" is no reply', text: 'The party\'s agenda runs counter to the interests of working people.' },
    { name: 'a past form right after a preposition is an adjective', text: 'His death brings to four the number of confirmed fatalities since the clashes began. The club was charged over alleged racist behaviour by its fans.' },
  ];
  for (const c of cases) it(c.name, () => assert.deepEqual(quotesOf(c.text).map((q) => q.text), []));
});

describe('with entity and time layers', () => {
  it('a pronoun speaker takes the canonical entity the entities stage linked', () => {
    const text = 'The president spoke in Kyiv. “We will counter it,” he said.';
    const he = text.indexOf('he said');
    const mentions: Mention[] = [{ start: he, end: he + 2, text: 'he', entity: 'e1', kind: 'pronoun', type: 'PERSON' }];
    const [q] = quotesOf(text, { mentions, entities: [{ id: 'e1', name: 'Volodymyr Zelenskyy' }] });
    assert.deepEqual(q!.speaker, { entity: 'e1', name: 'Volodymyr Zelenskyy', start: he, end: he + 2 });
  });

  it('a mention on a modifier does not name a description source', () => {
    const text = 'Of these, 47 were intercepted, according to Ukrainian defense officials.';
    const at = text.indexOf('Ukrainian');
    const mentions: Mention[] = [{ start: at, end: at + 9, text: 'Ukrainian', entity: 'e2', kind: 'demonym', type: 'GPE' }];
    const [q] = quotesOf(text, { mentions, entities: [{ id: 'e2', name: 'Ukraine' }] });
    assert.equal(q!.speaker?.name, 'Ukrainian defense officials');
    assert.equal(q!.speaker?.entity, null);
  });

  it('dates a statement from a time in its clause, not from one in its content', () => {
    const text = 'Zelenskyy warned on Saturday that Russia would attack on Monday.';
    const sat = text.indexOf('Saturday');
    const mon = text.indexOf('Monday');
    const times: TimeExpression[] = [
      { start: sat, end: sat + 8, text: 'Saturday', type: 'DATE', value: '2025-03-15' },
      { start: mon, end: mon + 6, text: 'Monday', type: 'DATE', value: '2025-03-17' },
    ];
    const [q] = quotesOf(text, { times });
    assert.equal(q!.date, '2025-03-15');
    assert.equal(quotesOf(text)[0]!.date, null);
  });

  it('does not date a statement from a time in the content of another one in its sentence, unless it stands in that content', () => {
    const text = 'At the forum, Clinton called her vote a mistake, but she noted that Trump backed the invasion in 2003. '
      + 'Flynn said Trump was right when he said on Wednesday that the generals were “reduced to rubble.”';
    const a = analyzeText({ text, publishedAt: '2016-09-08' });
    const dateOf = (cue: string, from = 0) => a.quotes.find((q) => q.cueSpan && q.cueSpan.start === text.indexOf(cue, from))?.date;
    assert.equal(a.times.find((t) => t.text === '2003')?.value, '2003');
    assert.equal(dateOf('called'), null);
    assert.equal(dateOf('noted'), null);
    assert.equal(dateOf('said'), null);
    assert.equal(a.quotes.find((q) => q.text === 'reduced to rubble.')?.date, '2016-09-07');
  });

  it('does not date a statement from a time in an aside on its source; a time before the source still dates it', () => {
    const text = 'The midfielder, who broke into the national side in 2004, admitted he had been flattered. '
      + 'On Monday the coach, who joined in 2001, said the team was ready.';
    const a = analyzeText({ text, publishedAt: '2005-01-10' });
    const dateOf = (cue: string) => a.quotes.find((q) => q.cueSpan && q.cueSpan.start === text.indexOf(cue))?.date;
    assert.equal(a.times.find((t) => t.text === '2004')?.value, '2004');
    assert.equal(dateOf('admitted'), null);
    assert.equal(dateOf('said'), '2005-01-10');
  });

  it('does not date a statement from a time across "but", "while" or a semicolon outside its clause', () => {
    const text = 'The US created fewer jobs than expected in December, but analysts said that the dip was small. '
      + 'Chelsea will bid in the summer - but Parry claims he will not listen. '
      + 'Last year, on Monday, the firm said its profits were 40m rupees ($915,000; £486,000).';
    const a = analyzeText({ text, publishedAt: '2005-01-10' });
    assert.deepEqual(a.quotes.map((x) => [x.cue, x.date]), [['said', null], ['claims', null], ['said', '2005-01-10']]);
  });

  it('never dates a statement after the publication date', () => {
    const text = 'Two regions will hold a vote on Sunday, and rebels who claim the capital is run by a junta will take part.';
    const sun = text.indexOf('Sunday');
    const a = analyzeText({ text, publishedAt: '2014-05-09' });
    assert.equal(a.times.find((t) => t.start === sun)?.value, '2014-05-11');
    assert.deepEqual(a.quotes.map((x) => [x.cue, x.date]), [['claim', null]]);
  });
});

describe('stage', () => {
  it('runs after segmentation alone, speakers as written with entity null', () => {
    const text = 'Zelenskyy spoke on Saturday. “We are ready,” he wrote on social media.';
    const out = createPipeline({ stages: [segmentStage, quotesStage] }).run(makeDoc({ text }));
    const [q] = out.layers.quotes!;
    assert.equal(text.slice(q!.start, q!.end), 'We are ready,');
    assert.deepEqual(q!.speaker, { entity: null, name: 'Zelenskyy', start: text.indexOf('he wrote'), end: text.indexOf('he wrote') + 2 });
    assert.equal(q!.channel, 'social media');
    assert.equal(q!.id, 'q1');
  });
});

describe('building blocks', () => {
  it('finds every quotation style', () => {
    const text = '“a” "b" ‘c d’ «e» „f“ \'\'g\'\'';
    const spans = findQuotedSpans(text, [{ start: 0, end: text.length, index: 0 }]);
    assert.deepEqual(spans.map((s) => text.slice(s.start, s.end)), ['a', 'b', 'c d', 'e', 'f', 'g']);
  });

  it('ends a quote that a straight mark reopens in the same paragraph before that mark', () => {
    const text = 'said Ms Ray. "Growth was strong. "But we expect it to fall."';
    const spans = findQuotedSpans(text, [{ start: 0, end: text.length, index: 0 }]);
    assert.deepEqual(spans.map((s) => [text.slice(s.start, s.end), s.unclosed, s.continued]), [
      ['Growth was strong.', true, false],
      ['But we expect it to fall.', false, true],
    ]);
  });

  it('inflects reporting verbs from the lexicon', () => {
    const table: Array<[string, string | null]> = [['said', 'say'], ['warned', 'warn'], ['accusing', 'accuse'], ['emphasised', 'emphasise'], ['vowed', 'vow'], ['table', null]];
    for (const [form, lemma] of table) assert.equal(cueInfo(form)?.lemma ?? null, lemma, form);
  });

  it('names channels', () => {
    const table: Array<[string, string | null]> = [
      ['he wrote on social media', 'social media'], ['she told reporters', 'reporters'], ['in a televised interview on Sunday', 'televised interview'],
      ['in an interview with CNN', 'CNN'], ['said in a statement', 'statement'], ['he said', null],
      // outlets: the whole name, its programme, without a lower-case "the", and not the words after it
      ['told the Reuters news agency:', 'Reuters news agency'], ['He told BBC Radio 4\'s Today programme that', 'BBC Radio 4\'s Today programme'],
      ['told BBC One\'s Breakfast with Frost programme there was', 'BBC One\'s Breakfast with Frost programme'],
      ['saying in an interview with the Financial Times that GM\'s argument', 'Financial Times'], ['told the BBC on Monday', 'BBC'],
      ['told Reuters Ukraine would fight', 'Reuters'], ['told the Sunday Times the party', 'Sunday Times'], ['told BBC Two\'s Newsnight.', 'BBC Two\'s Newsnight'],
      ['Speaking to the Radio Times, the star said', 'Radio Times'], ['quoted in the state-run China Daily newspaper', 'China Daily newspaper'],
      ['told The Moscow Times', 'The Moscow Times'], ['Tsutsumi told a weekly magazine in 1987', 'weekly magazine'],
      // media without an outlet, with their modifiers
      ['said in a separate statement', 'statement'], ['Wednesday\'s statement said the', 'statement'], ['said in a newspaper article that', 'newspaper article'],
      ['said in a televised address', 'televised address'], ['said on Russian state television', 'Russian state television'],
      ['wrote on his Telegram channel', 'social media (Telegram)'], ['said in a video posted on Telegram', 'social media (Telegram)'],
      ['said at his year-end press conference in Moscow', 'press conference'], ['said an official in a briefing on Wednesday', 'briefing'],
      // audiences, as "told reporters" is one
      ['Mr Brown told MPs child benefit', 'MPs'], ['he told the court that only', 'court'], ['told his monthly news conference', 'news conference'],
      ['the SBU said Monday on its website', 'website'], ['An OSCE statement later said the men', 'statement'],
      ['Interfax Ukraine news agency quoted Arsen Avakov as saying', 'Interfax Ukraine news agency'], ['Putin told a gathering of experts', 'gathering'],
      ['said in an interview with US magazine Entertainment Weekly that', 'US magazine Entertainment Weekly'],
      // not channels: a place after "speaking in", a compound, a verb, a person who quotes another
      ['Putin quoted Lincoln as saying', null],
      ['Speaking in Brussels, the minister said', null], ['in the post-war years, he said', null], ['the people briefing on behalf of the two men', null],
    ];
    for (const [clause, label] of table) assert.equal(channelOf(clause), label, clause);
  });
});

describe('quotes in the whole pipeline', () => {
  it('a source with a relative clause is the person it describes, not a name inside the clause', () => {
    const text = 'Eric Clapton played with Buddy Guy and BB King. “My course was set,” said Clapton who joined Guy and King in a performance. '
      + 'Meanwhile, Ford which posted its ninth consecutive drop in monthly US sales, said it was cutting production.';
    const a = analyzeText({ text, publishedAt: '2005-02-01' });
    assert.deepEqual(a.quotes.filter((q) => q.cue === 'said').map((q) => q.speaker?.name), ['Eric Clapton', 'Ford']);
  });

  it('a singular demonym at the head of a source is a person of that nation, not the country ("said the German"); after "Mr", a surname', () => {
    const text = '"It was my first final," said the German. "Demand is huge," said Mr Irish. The Russians say the talks failed.';
    const a = analyzeText({ text, publishedAt: '2005-02-01' });
    assert.deepEqual(a.quotes.map((q) => [q.speaker?.name, q.speaker?.entity ? a.entities.find((e) => e.id === q.speaker!.entity)?.type : null]),
      [['the German', null], ['Irish', 'PERSON'], ['Russia', 'GPE']]);
  });

  it('a body described by a relative clause after a comma is not the person named inside the clause', () => {
    const text = 'The Ukrainian parliament, which decisively abandoned Viktor Yanukovych after loyalists defected, declared the president unable to serve.';
    const q = analyzeText({ text, publishedAt: '2014-02-23' }).quotes.find((x) => x.cue === 'declared')!;
    assert.equal(text.slice(q.speaker!.start!, q.speaker!.end!), 'The Ukrainian parliament, which decisively abandoned Viktor Yanukovych after loyalists defected');
    assert.equal(q.speaker!.entity, null);
  });

  it('a participle\'s source stops at an -s verb before any determiner; an outlet\'s journalist is no part of the channel', () => {
    const text = 'Kurnosova sets no store by the polls, saying most Russians give only “politically correct” answers. '
      + 'Ivan Petrov told the BBC\'s Steve Rosenberg that the shelling had not stopped.';
    const a = analyzeText({ text });
    assert.deepEqual(a.quotes.map((q) => [q.text.slice(0, 20), text.slice(q.speaker!.start!, q.speaker!.end!), q.channel]), [
      ['most Russians give o', 'Kurnosova', null], ['politically correct', 'Kurnosova', null], ['that the shelling ha', 'Ivan Petrov', 'BBC'],
    ]);
  });

  it('a name the NER knows is the whole content of an endorsement or a judgement; not in a question', () => {
    const text = 'At a rally, Senator Bernie Sanders endorsed Mrs. Clinton. Do you support Donald Trump?';
    const a = analyzeText({ text });
    assert.deepEqual(a.positions.map((q) => [q.text, text.slice(q.speaker!.start!, q.speaker!.end!), q.cue, q.act]), [
      ['Mrs. Clinton', 'Senator Bernie Sanders', 'endorsed', 'evaluation'],
    ]);
  });

  it('a source whose head a participle modifies is that head, not the name after the participle', () => {
    const text = 'A lawyer representing Mr Doherty said the charges were false. The mining company Anglo American said profits rose.';
    const a = analyzeText({ text });
    assert.deepEqual(a.quotes.map((q) => [q.text, q.speaker?.name]), [
      ['the charges were false', 'A lawyer representing Mr Doherty'], ['profits rose', 'Anglo American'],
    ]);
  });

  it('a pronoun that frames a statement never means someone named in that statement; a source inside its content is kept', () => {
    const text = 'Michael Howard spoke in Leeds. Mr Blair has failed to tackle these problems, he claimed. '
      + 'Rafael Benitez praised his captain. "Steven can play all over the pitch," he said. '
      + 'For now, Okuyeva added, most of the fighters are in Kiev.';
    const a = analyzeText({ text });
    assert.deepEqual(a.quotes.map((q) => [q.text.slice(0, 20), q.speaker?.name]), [
      ['Mr Blair has failed ', 'Michael Howard'], ['his captain', 'Rafael Benitez'], ['Steven can play all ', 'Rafael Benitez'],
      ['For now, Okuyeva add', 'Okuyeva'],
    ]);
  });

  it('"they" and "it" never mean a subject whose head is a thing before a name ("Shares in Multiplex"), a person named "…s", or "you"; "it" no subject with a plural verb', () => {
    const text = 'The Commerce Department released the figures on Friday. Shares in Multiplex Group fell 20%. It said it would not make any money. '
      + 'Lord Haskins spoke on Monday. They say the party is divided. You might find that prices fall.';
    const a = analyzeText({ text });
    assert.deepEqual(a.quotes.map((q) => [q.text, q.speaker?.name]), [
      ['it would not make any money', 'Commerce Department'], ['the party is divided', 'Commerce Department'], ['that prices fall', 'You'],
    ]);
    // (nor an "it" a description whose head is a plural: "Pro-Russian forces")
    const text2 = 'The OSCE issued a report. Pro-Russian forces stopped the team at a roadblock. "Shots were fired," it said.';
    assert.deepEqual(analyzeText({ text: text2 }).quotes.map((q) => [q.text, q.speaker?.name]), [
      ['Shots were fired,', 'OSCE'],
    ]);
    // (nor one whose verb is plural past its bracket: "SALW (Small Arms and Light Weapons) were")
    const text3 = 'The OSCE issued a report. At the roadblock, SALW (Small Arms and Light Weapons) were aimed at the team. "Shots were fired," it said.';
    assert.deepEqual(analyzeText({ text: text3 }).quotes.map((q) => [q.text, q.speaker?.name]), [
      ['Shots were fired,', 'OSCE'],
    ]);
  });

  it('a description whose preposition governs a titled name is the speaker ("A senior adviser to Russian President Vladimir Putin"), not that name; a body\'s title before a name still is the person', () => {
    const text = 'A senior adviser to Russian President Vladimir Putin accused the US of meddling in Ukraine. '
      + 'A close associate of former Yukos boss Mikhail Khodorkovsky has told a court that the charges are false. '
      + 'Council for Fair Housing chairman Ivan Moroz said the rent was too high.';
    assert.deepEqual(analyzeText({ text }).quotes.map((q) => [q.text, q.speaker?.name]), [
      ['the US of meddling in Ukraine', 'A senior adviser to Russian President Vladimir Putin'],
      ['that the charges are false', 'A close associate of former Yukos boss Mikhail Khodorkovsky'],
      ['the rent was too high', 'Ivan Moroz'],
    ]);
  });

  it('an "it" after a sentence whose subject is a text or a study means that text ("The report provided … “…,” it said"), not a state named before', () => {
    const text = 'Citing the report, the United States said the Russian military was involved. Pro-Russian forces have taken over bases. '
      + 'The report provided a blow-by-blow account of the incident. "Shots were fired at the roadblock," it said. The research was carried out by Skillset. It also found that pay was lower.';
    assert.deepEqual(analyzeText({ text }).quotes.map((q) => [q.text, q.speaker?.name]), [
      ['the Russian military was involved', 'United States'], ['Shots were fired at the roadblock,', 'The report'], ['that pay was lower', 'The research'],
    ]);
  });

  it('a quote with no frame after a reported statement goes on with that statement\'s speaker, past the partial quotes inside it, and past a question put to the speaker', () => {
    const texts = ['Mr Doherty said gamers were "ravenous" for high-quality graphics. "Gamers are always focused on more capacity."',
      'Dr Fox was asked if he would say yes or no if Lord Archer applied to rejoin. "I\'m sure he should be allowed back."'];
    const quotes = texts.flatMap((text) => analyzeText({ text, publishedAt: '2005-01-10' }).quotes.filter((q) => q.kind === 'direct'));
    assert.deepEqual(quotes.map((q) => [q.text, q.speaker?.name]), [
      ['Gamers are always focused on more capacity.', 'Doherty'], ["I'm sure he should be allowed back.", 'Fox'],
    ]);
  });

  it('a "who" after a place named after "in" speaks for the people before the place', () => {
    const text = 'The monitors discussed the issue with officers of the Ukrainian Armed Forces in Marinka, who stated the headquarters was considering a corridor.';
    assert.deepEqual(analyzeText({ text, publishedAt: '2015-09-30' }).quotes.map((q) => [q.text, q.speaker?.name]).filter((x) => x[0] === 'the headquarters was considering a corridor'), [
      ['the headquarters was considering a corridor', 'Ukrainian Armed Forces'],
    ]);
  });

  it('a "she" never goes to a man named with "Mr" or "Lord", nor a "he" to a woman named with "Ms"; a surname "King" is no title', () => {
    const text = 'Mr Howard spoke to reporters in Leeds. She said the plan would fail. Ms King met Mr Galloway. She said she was delighted. '
      + 'Ms Jowell met the bosses. He said the rules were unfair.';
    const a = analyzeText({ text });
    assert.deepEqual(a.quotes.map((q) => [q.text, q.speaker?.name]), [
      // (the "he" goes to the last man who was a subject, not to Ms Jowell)
      ['the plan would fail', 'She'], ['she was delighted', 'King'], ['the rules were unfair', 'Howard'],
    ]);
  });

  it('two names joined by "and" are one source, named as written; a name with "and" inside an aside is not', () => {
    const text = 'The EU and the US have announced sanctions on several Russian officials. '
      + '"The primary factor is the weak dollar," said Victor Shum, an analyst with Purvin and Gertz. '
      + 'Trade and Industry Minister Ivan Petrov said prices would fall.';
    const a = analyzeText({ text });
    const speakers = a.quotes.map((q) => [text.slice(q.start, q.end).slice(0, 20), q.speaker?.name ?? null, q.speaker?.entity ?? null]);
    assert.deepEqual(speakers, [
      ['sanctions on several', 'The EU and the US', null],
      ['The primary factor i', 'Victor Shum', speakers[1]![2]],
      ['prices would fall', 'Ivan Petrov', speakers[2]![2]],
    ]);
  });

  it('a dateline is never reported content; a document speaks for its author named with it', () => {
    const text = 'KIEV, October 25 (RIA Novosti) - The truce helped the army, the Saturday appeal of President Petro Poroshenko stated. "We are much stronger," the statement said. "Nothing will stop me," the appeal said.';
    const a = analyzeText({ text });
    assert.deepEqual(a.quotes.map((q) => [q.kind, text.slice(q.start, q.end), q.speaker?.name, text.slice(q.speaker!.start!, q.speaker!.end!)]), [
      ['indirect', 'The truce helped the army', 'Petro Poroshenko', 'the Saturday appeal of President Petro Poroshenko'],
      ['direct', 'We are much stronger,', 'Petro Poroshenko', 'the statement'],
      ['direct', 'Nothing will stop me,', 'Petro Poroshenko', 'the appeal'],
    ]);
  });

  it('a document speaks for its owner: "Mogherini’s 15 December statement", "Chelsea\'s statement"', () => {
    const cases: Array<[string, Array<[string, string | undefined, string]>]> = [
      ['EU foreign policy chief Federica Mogherini met ministers on Monday. Mogherini’s 15 December statement mentioned the “illegal annexation of Crimea”.', [
        ['illegal annexation of Crimea', 'Federica Mogherini', 'Mogherini’s 15 December statement'],
      ]],
      ['Chelsea sacked the striker on Friday. "The club totally supports the FA," Chelsea\'s statement said.', [
        ['The club totally supports the FA,', 'Chelsea', 'Chelsea\'s statement'],
      ]],
    ];
    for (const [text, want] of cases) {
      const a = analyzeText({ text });
      assert.deepEqual(a.quotes.map((q) => [text.slice(q.start, q.end), q.speaker?.name, text.slice(q.speaker!.start!, q.speaker!.end!)]), want, text);
    }
  });

  it('a capitalised office speaks as written ("the Deputy Head"), a peer under the style ("Baroness Scotland")', () => {
    const cases: Array<[string, Array<[string, string | undefined, string]>]> = [
      ['"We will not give up," the Deputy Head said. "Profits rose," the Chief Executive told reporters.', [
        ['We will not give up,', 'the Deputy Head', 'the Deputy Head'],
        ['Profits rose,', 'the Chief Executive', 'the Chief Executive'],
      ]],
      ['Baroness Scotland said the law would change. Scotland has its own courts.', [
        ['the law would change', 'Baroness Scotland', 'Baroness Scotland'],
      ]],
      ['Lord Ahmad of Wimbledon said Britain would help.', [['Britain would help', 'Lord Ahmad of Wimbledon', 'Lord Ahmad of Wimbledon']]],
      ['Deputy Head Anna Smith said the school would reopen.', [['the school would reopen', 'Anna Smith', 'Deputy Head Anna Smith']]],
    ];
    for (const [text, expected] of cases) {
      const a = analyzeText({ text, publishedAt: '2024-05-01' });
      assert.deepEqual(a.quotes.map((q) => [text.slice(q.start, q.end), q.speaker?.name, text.slice(q.speaker!.start!, q.speaker!.end!)]), expected);
    }
  });

  it('a "he" never points back to a name the entities stage typed as a country ("Russia, he said, …")', () => {
    const text = 'Russia, he said, was not serious about the talks. Dmitry Peskov met reporters. Ukraine, he said, was to blame.';
    const a = analyzeText({ text });
    assert.deepEqual(a.quotes.map((q) => [text.slice(q.start, q.end), q.speaker?.name]), [
      ['Russia, he said, was not serious about the talks', 'he'],
      ['Ukraine, he said, was to blame', 'Dmitry Peskov'],
    ]);
  });

  it('a name after a preposition or in an appositive of the source is not the speaker ("X, an adviser to President Y")', () => {
    const text = 'Lena Ortiz, a spokeswoman for Governor Tom Hale, said the bridge would reopen. '
      + 'Mark Dunn, leader of the party of former President Anna Wells, said the vote was rigged. '
      + 'Transport Union chairman Ivan Petrov said the strike would go on.';
    const a = analyzeText({ text });
    assert.deepEqual(a.quotes.map((q) => [text.slice(q.start, q.end), q.speaker?.name]), [
      ['the bridge would reopen', 'Lena Ortiz'],
      ['the vote was rigged', 'Mark Dunn'],
      ['the strike would go on', 'Ivan Petrov'],
    ]);
  });

  it('a relative pronoun speaks for the phrase it follows, also after "by" or a place ("sued by a viewer who says")', () => {
    const text = 'The attack was denied by the defence ministry, which said it was staged. '
      + 'The station was sued by a listener who says he was misled. '
      + 'Monitors spoke with an employee at the depot who said the shelling began at dawn. '
      + 'The plan came under fire from Senator Tom Hale, who called it “a disaster”.';
    const a = analyzeText({ text });
    assert.deepEqual(a.quotes.map((q) => [text.slice(q.start, q.end), q.speaker?.name]), [
      ['it was staged', 'the defence ministry'],
      ['he was misled', 'a listener'],
      ['the shelling began at dawn', 'an employee at the depot'],
      ['a disaster', 'Tom Hale'],
    ]);
  });

  it('a "he" after a person described by office as the subject of a later sentence is that person, not the name before', () => {
    const text = 'The party repaid the loan to Tom Hale after he warned of defeat.\n\n'
      + 'The prime minister toured the country at the weekend. He insisted he did not know the poll date.';
    const a = analyzeText({ text });
    const q = a.quotes.find((x) => text.slice(x.start, x.end) === 'he did not know the poll date');
    assert.equal(q?.speaker?.name, 'The prime minister');
  });

  it('a comma participle whose main subject cannot speak is the nearer speaker\'s ("The move came after Moscow sent …, claiming")', () => {
    const text = 'The move came after Moscow sent troops to the border, claiming it needed to protect its citizens.';
    const a = analyzeText({ text });
    assert.deepEqual(a.quotes.map((q) => [text.slice(q.start, q.end), q.speaker?.name]), [['it needed to protect its citizens', 'Moscow']]);
  });

  it('a "she" after a description closed by the person\'s name is that person ("The head of …, Valentina Kazakova, …")', () => {
    const text = 'The head of the visa department of the State Border Service, Olena Marchuk, confirmed the figure to journalists. '
      + '“The shelling has doubled the number of applications,” she said. “Families are frightened,” she said. She said that more families were applying.';
    const a = analyzeText({ text });
    const q = a.quotes.find((x) => text.slice(x.start, x.end) === 'that more families were applying');
    assert.equal(q?.speaker?.name, 'Olena Marchuk');
  });

  it('a cue inside a statement whose content would run past it is no second statement', () => {
    const text = 'The leaders met in Brussels. That is why we condemn the annexation and consider it illegal, said the Chancellor.';
    const a = analyzeText({ text });
    assert.deepEqual(a.quotes.map((q) => [q.kind, q.cue, text.slice(q.start, q.end)]), [['indirect', 'said', 'That is why we condemn the annexation and consider it illegal']]);
  });

  it('a capitalised word opening a sentence is no speaker for a cue that may be a plural noun unless it is a name', () => {
    const text = 'Russia held the vote. Ambiguity questions remain about the count. On Monday, Mikhail Malyshev questions the result.';
    const a = analyzeText({ text });
    assert.deepEqual(a.quotes.map((q) => [q.cue, text.slice(q.speaker!.start!, q.speaker!.end!)]), [['questions', 'Mikhail Malyshev']]);
  });

  it('a title before a closing name belongs to the name: the person speaks, not the body in the title', () => {
    const text = 'Council for Fair Housing chairman Ivan Moroz said the debate was fair.';
    const a = analyzeText({ text });
    assert.deepEqual(a.quotes.map((q) => [q.cue, text.slice(q.speaker!.start!, q.speaker!.end!), q.speaker?.name]), [['said', 'Council for Fair Housing chairman Ivan Moroz', 'Ivan Moroz']]);
  });

  it('a short parenthetical after the name belongs to the source, not to its name', () => {
    const text = 'Republicans were calm. Sen. Mark Halvorsen (R-Ga.) said he did not trust those reports.';
    const a = analyzeText({ text });
    assert.deepEqual(a.quotes.map((q) => [q.cue, text.slice(q.speaker!.start!, q.speaker!.end!), q.speaker?.name]), [['said', 'Sen. Mark Halvorsen (R-Ga.)', 'Mark Halvorsen']]);
  });

  it('an inverted source may close with a relative clause, which stays in the source as written', () => {
    const text = 'The talks could resume this week, said Paul Becker, an adviser to the minister who handles the file.';
    const a = analyzeText({ text });
    assert.deepEqual(a.quotes.map((q) => [text.slice(q.start, q.end), text.slice(q.speaker!.start!, q.speaker!.end!), q.speaker?.name]),
      [['The talks could resume this week', 'Paul Becker, an adviser to the minister who handles the file', 'Paul Becker']]);
  });

  it('a name with a parenthetical and an appositive is one source', () => {
    const text = 'The committee met. Rep. Daniel J. Foster (D-N.Y.), chairman of the committee PAC, said members will help him fund the mission.';
    const a = analyzeText({ text });
    assert.deepEqual(a.quotes.map((q) => [text.slice(q.speaker!.start!, q.speaker!.end!), q.speaker?.name]), [['Rep. Daniel J. Foster (D-N.Y.), chairman of the committee PAC', 'Daniel J. Foster']]);
  });

  it('a stance verb reports a position only from someone or before a clause', () => {
    const text = 'Plans include funding to help engineering graduates find jobs. Ms Kerr wants to run again.';
    const a = analyzeText({ text });
    assert.deepEqual(a.quotes.map((q) => [q.cue, text.slice(q.start, q.end)]), [['wants', 'to run again']]);
  });

  it('speaking "on condition of anonymity", "on behalf of" someone or "on the phone" says nothing; speaking on a topic does', () => {
    const text = 'A senior official, who spoke on condition of anonymity, said talks had failed. General Allen, who spoke on behalf of the campaign, was angry. Speaking on the phone, the mayor was calm. They spoke on a variety of topics.';
    const a = analyzeText({ text });
    assert.deepEqual(allStatements(a).map((q) => [q.cue, text.slice(q.start, q.end)]), [['said', 'talks had failed'], ['spoke on', 'a variety of topics']]);
  });

  it('"said nothing about X" has X for topic and the cue runs to it; "said little," alone states nothing; "said nothing happened" reports a clause', () => {
    const text = 'But the premier said nothing about the jailed leader. The envoy would say nothing of the talks. In court, Lazar said little, offering only short answers. Everybody said nothing happened.';
    const a = analyzeText({ text });
    assert.deepEqual(allStatements(a).map((q) => [q.cue, text.slice(q.start, q.end)]), [
      ['said nothing about', 'the jailed leader'], ['say nothing of', 'the talks'], ['said', 'nothing happened'],
    ]);
  });

  it('an adverb opening the sentence is no part of the source; the name after a description is the speaker', () => {
    const text = 'The council met. Earlier, Russia’s ambassador to the UN, Vitaly Churkin, said the letter was real.';
    const a = analyzeText({ text });
    assert.deepEqual(a.quotes.map((q) => [text.slice(q.speaker!.start!, q.speaker!.end!), q.speaker?.name, text.slice(q.start, q.end)]),
      [['Russia’s ambassador to the UN, Vitaly Churkin', 'Vitaly Churkin', 'the letter was real']]);
  });

  it('a date between the cue and "that" is no content; "When asked," reports nothing; writing a letter is no statement', () => {
    const text = 'The administration said March 1 that Moscow would not leave the request unattended. When asked, Putin said that all was calm. Yanukovich had written a letter to Putin.';
    const a = analyzeText({ text });
    assert.deepEqual(a.quotes.map((q) => [q.cue, text.slice(q.start, q.end)]),
      [['said', 'that Moscow would not leave the request unattended'], ['said', 'that all was calm']]);
  });

  it('"When asked about …" and a participle after a document noun are no statements', () => {
    const text = 'When asked about the threat of sanctions, Putin said that all was calm. He told reporters so, in line with a translation posted on the Kremlin website.';
    const a = analyzeText({ text });
    assert.deepEqual(a.quotes.map((q) => q.cue), ['said', 'told']);
  });

  it('list bullets bound sources and contents; a reduced passive and "repeated requests" are no cues', () => {
    const text = 'The soldiers were buried. • Some relatives said the posts were fakes. • Critics say the men died fighting. The claims, cited by a local paper, could not be verified. The ministry did not return repeated requests for comment.';
    const a = analyzeText({ text });
    assert.deepEqual(a.quotes.map((q) => [text.slice(q.speaker!.start!, q.speaker!.end!), q.cue, text.slice(q.start, q.end)]),
      [['Some relatives', 'said', 'the posts were fakes'], ['Critics', 'say', 'the men died fighting']]);
  });

  it('a quote with no frame right after a reported statement goes on with its speaker', () => {
    const text = 'But party leader Charles Kennedy said the prince should apologise in person. "There is a reservoir of goodwill for him."';
    const a = analyzeText({ text });
    assert.deepEqual(a.quotes.map((q) => [q.kind, q.speaker?.name]), [['indirect', 'Charles Kennedy'], ['direct', 'Charles Kennedy']]);
  });

  it('"I" and "we" outside quotes stay as written, never the last name mentioned', () => {
    const text = 'Choice matters most. We want choice on the consumer’s terms. "I think we will win. We expect it to fall in election time," said Ann Hill.';
    const a = analyzeText({ text });
    assert.deepEqual(a.quotes.filter((q) => q.kind === 'indirect').map((q) => [q.cue, q.speaker?.name]), [['want', 'We']]);
  });

  it('a time adjunct before the name is no part of the source', () => {
    const text = 'The trial went on. However during the case on Tuesday Mr Ebbers denied the allegations.';
    const a = analyzeText({ text });
    assert.deepEqual(a.quotes.map((q) => text.slice(q.speaker!.start!, q.speaker!.end!)), ['Mr Ebbers']);
  });

  it('a fronted phrase after an adverb, with no comma and no determiner before the name, is no part of the source', () => {
    const text = 'Later at their poster launch Tory co-chairman Liam Fox said his party would win. About 28% of the bosses said that prices rose.';
    const a = analyzeText({ text });
    assert.deepEqual(a.quotes.map((q) => text.slice(q.speaker!.start!, q.speaker!.end!)), ['Tory co-chairman Liam Fox', 'About 28% of the bosses']);
  });

  it('a "he" the entities stage left open takes the canonical person of the name it falls back to', () => {
    const text = 'Peter Molyneux was honoured. The game maker said it was a surprise. Games were once a craze. Few thought they would last. Many people played them. Mr Molyneux has been a pivotal figure. Markets grew fast. Sales rose. "It was thought to be like skateboarding," he said.';
    const a = analyzeText({ text });
    const last = a.quotes[a.quotes.length - 1]!;
    assert.equal(last.speaker?.name, 'Peter Molyneux');
  });

  it('a sentence adverb is no speaker for the "he" after it', () => {
    const text = 'Russian Minister of Transport Maxim Sokolov said that Moscow would retaliate. Subsequently, he added that the airlines were on the list.';
    const a = analyzeText({ text });
    assert.deepEqual(a.quotes.map((q) => [q.cue, q.speaker?.name]), [['said', 'Maxim Sokolov'], ['added', 'Maxim Sokolov']]);
  });

  it('"according to X" opens the sentence: a quote after a later comma is inside the reported clause', () => {
    const text = 'According to Poroshenko, only talks can bring back the regions, "where there is no military solution."';
    const a = analyzeText({ text });
    assert.deepEqual(a.quotes.map((q) => [q.kind, q.cue]), [['indirect', 'According to']]);
  });
});

describe('cue spans', () => {
  it('cover the verb group and keep the cue word as `cue`', () => {
    const text = 'Petrov has also called for a buffer zone. “We are ready,” Smith said Monday. She is stressing that talks must go on. Petrov’s claim that it works is false.';
    const q = analyzeText({ text, publishedAt: '2025-03-16' }).quotes;
    const spans = q.map((x) => [x.cue, x.cueSpan ? text.slice(x.cueSpan.start, x.cueSpan.end) : null]);
    assert.deepEqual(spans, [['called for', 'has also called for'], ['said', 'said Monday'], ['stressing', 'is stressing'], ['claim', 'claim']]);
  });
});

describe('quoted words and the clause they stand in (full pipeline: names come from the NER stage)', () => {
  // clause: the statement the partial quote stands for (the statement view's content); null when none is kept
  const cases: Array<{ name: string; text: string; want: Array<{ text: string; kind: Quote['kind']; written: string; cue: string | null; clause: string | null }> }> = [
    {
      name: 'sources as written: a shared determiner over two posts, a party after a name, a paper named Today',
      text: 'The former foreign minister and U.N. envoy said it was a mistake. Sen. Anna Kovac (D-Ore.) said the plan would fail, arguing that it cost too much. A correspondent for USA Today spotted her and reported that she was leaving.',
      want: [
        { text: 'it was a mistake', kind: 'indirect', written: 'The former foreign minister and U.N. envoy', cue: 'said', clause: null },
        { text: 'the plan would fail', kind: 'indirect', written: 'Sen. Anna Kovac (D-Ore.)', cue: 'said', clause: null },
        { text: 'that it cost too much', kind: 'indirect', written: 'Sen. Anna Kovac (D-Ore.)', cue: 'arguing', clause: null },
        { text: 'that she was leaving', kind: 'indirect', written: 'A correspondent for USA Today', cue: 'reported', clause: null },
      ],
    },
    {
      name: 'sources as written: slashes inside names, posts after a comma (capitalised desk, possessive, "of" a place), a time on a participle',
      text: '“They are wrong,” said 9/11 survivor Maria Lind. “It is bad,” said Rep. Tom Alder of Ohio, the committee’s ranking Republican. “It could matter,” said Lena Ortiz, Europe editor for the Foreign Policy Review. Amir Haddad, of Dearborn, Mich., said he had served in Iraq. The latest Reuters/Ipsos poll released Friday shows that the truce is popular.',
      want: [
        { text: 'They are wrong,', kind: 'direct', written: '9/11 survivor Maria Lind', cue: 'said', clause: null },
        { text: 'It is bad,', kind: 'direct', written: 'Rep. Tom Alder of Ohio, the committee’s ranking Republican', cue: 'said', clause: null },
        { text: 'It could matter,', kind: 'direct', written: 'Lena Ortiz, Europe editor for the Foreign Policy Review', cue: 'said', clause: null },
        { text: 'he had served in Iraq', kind: 'indirect', written: 'Amir Haddad, of Dearborn, Mich.', cue: 'said', clause: null },
        { text: 'that the truce is popular', kind: 'indirect', written: 'The latest Reuters/Ipsos poll released Friday', cue: 'shows', clause: null },
      ],
    },
    {
      name: 'a participle\'s source: past openers one after another, or the speaker of the quote frame before it',
      text: 'On Thursday, however, Lavrov spoke to a gathering of diplomats, saying that the talks were over. The region “has seen dramatic changes,” Guterres said in June, citing the release of prisoners.',
      want: [
        { text: 'that the talks were over', kind: 'indirect', written: 'Lavrov', cue: 'saying', clause: null },
        { text: 'has seen dramatic changes,', kind: 'direct', written: 'Guterres', cue: 'said', clause: 'The region “has seen dramatic changes,' },
        { text: 'the release of prisoners', kind: 'indirect', written: 'Guterres', cue: 'citing', clause: null },
      ],
    },
    {
      name: 'a participle\'s source past an opening participle clause or "Like X,"; a comma after the subject with the main verb after it opens no appositive',
      text: 'Looking further ahead, the agency chairman Mike Short, has predicted that sales will grow, estimating 15 billion page views. Like the mayor, the governor has reckoned with the protests, citing the drought.',
      want: [
        { text: 'that sales will grow', kind: 'indirect', written: 'the agency chairman Mike Short', cue: 'predicted', clause: null },
        { text: '15 billion page views', kind: 'indirect', written: 'the agency chairman Mike Short', cue: 'estimating', clause: null },
        { text: 'the drought', kind: 'indirect', written: 'the governor', cue: 'citing', clause: null },
      ],
    },
    {
      name: 'frames: a statement noun before a colon ("made the following comment:"), a document that "reads", a source after "Meanwhile,"',
      text: 'On March 3, 2022, Kuleba made the following comment: “For the people of Mariupol, every hour counts.” The ministry issued a statement: “We deny it.” “Our support is not for sale,” the letter reads. Meanwhile, it attacked the governor, saying that he had failed.',
      want: [
        { text: 'For the people of Mariupol, every hour counts.', kind: 'direct', written: 'Kuleba', cue: 'comment', clause: null },
        { text: 'We deny it.', kind: 'direct', written: 'The ministry', cue: 'statement', clause: null },
        { text: 'Our support is not for sale,', kind: 'direct', written: 'the letter', cue: 'reads', clause: null },
        { text: 'the governor', kind: 'indirect', written: 'it', cue: 'attacked', clause: null },
        { text: 'that he had failed', kind: 'indirect', written: 'it', cue: 'saying', clause: null },
      ],
    },
    {
      name: 'a document is the subject of a reporting verb; a noun before a reporting verb is no cue',
      text: 'The statement said that the talks had failed. A news report said the border was closed. The report published Friday found that prices rose.',
      want: [
        { text: 'that the talks had failed', kind: 'indirect', written: 'The statement', cue: 'said', clause: null },
        { text: 'the border was closed', kind: 'indirect', written: 'A news report', cue: 'said', clause: null },
        { text: 'that prices rose', kind: 'indirect', written: 'The report published Friday', cue: 'found', clause: null },
      ],
    },
    {
      name: '"X quoted/reported Y as saying" at the end of a sentence: the clause before X\'s comma is Y\'s; "reported Y as saying …" reads at "saying" like "quoted"',
      text: 'If the traders are found guilty, they could face a jail term, Reuters reported the regulator as saying. Prices will rise, Interfax quoted the minister as saying. Interfax reported Putin as saying the talks had failed.',
      want: [
        { text: 'If the traders are found guilty, they could face a jail term', kind: 'indirect', written: 'the regulator', cue: 'reported', clause: null },
        { text: 'Prices will rise', kind: 'indirect', written: 'the minister', cue: 'quoted', clause: null },
        { text: 'the talks had failed', kind: 'indirect', written: 'Putin', cue: 'reported', clause: null },
      ],
    },
    {
      name: 'what was asked keeps its "if", "whether" or wh-word (no hearer before it) and is a question',
      text: 'A reporter asked if the deployments meant that he was reversing his pledge. He asked who would pay. She asked the minister whether talks would resume.',
      want: [
        { text: 'if the deployments meant that he was reversing his pledge', kind: 'indirect', written: 'A reporter', cue: 'asked', clause: null },
        { text: 'who would pay', kind: 'indirect', written: 'He', cue: 'asked', clause: null },
        { text: 'whether talks would resume', kind: 'indirect', written: 'She', cue: 'asked', clause: null },
      ],
    },
    {
      name: 'a relative clause on the subject of a that-clause whose verb is still to come stays in the clause; after the verb it ends it',
      text: 'The company pointed out that the farm, which employs 300 workers, provides meat for the home market. The minister said the plan would fail, which angered Kyiv.',
      want: [
        { text: 'that the farm, which employs 300 workers, provides meat for the home market', kind: 'indirect', written: 'The company', cue: 'pointed out', clause: null },
        { text: 'the plan would fail', kind: 'indirect', written: 'The minister', cue: 'said', clause: null },
      ],
    },
    {
      name: 'a bare plural noun of claiming after a comma ("…, claims that experts said …") ends the reported clause before it',
      text: 'The rebels said they launched a counteroffensive, claims that many experts said were propaganda.',
      want: [
        { text: 'they launched a counteroffensive', kind: 'indirect', written: 'The rebels', cue: 'said', clause: null },
        { text: 'were propaganda', kind: 'indirect', written: 'many experts', cue: 'said', clause: null },
      ],
    },
    {
      name: 'a semicolon inside brackets ends no reported clause ("1bn euros ($1.3bn; £0.8bn)")',
      text: 'Sergei Glazyev said the US was spending $20m (£12.3m; 14.8m euros) a week on opposition groups. The firm said its profits were 40m rupees ($915,000; £486,000) for the quarter; sales fell.',
      want: [
        { text: 'the US was spending $20m (£12.3m; 14.8m euros) a week on opposition groups', kind: 'indirect', written: 'Sergei Glazyev', cue: 'said', clause: null },
        { text: 'its profits were 40m rupees ($915,000; £486,000) for the quarter', kind: 'indirect', written: 'The firm', cue: 'said', clause: null },
      ],
    },
    {
      name: '"as X, an appositive, put it:" names X with the appositive; "As a lawyer, X said" does not; a thing "that said" speaks through its relative pronoun',
      text: 'Or, as Tom Ridge, a former secretary of homeland security, put it: “The barbarians are inside.” As a trial lawyer, the Senate leader said: “I settled that case.” They passed out water bottles that said, “The party welcomes you.”',
      want: [
        { text: 'The barbarians are inside.', kind: 'direct', written: 'Tom Ridge, a former secretary of homeland security', cue: 'put it', clause: null },
        { text: 'I settled that case.', kind: 'direct', written: 'the Senate leader', cue: 'said', clause: null },
        { text: 'The party welcomes you.', kind: 'direct', written: 'that', cue: 'said', clause: null },
      ],
    },
    {
      name: 'a quote right after the colon of a clause whose subject can speak is that subject\'s, whatever the verb; past an opening subordinate clause',
      text: 'Kaine has adopted the stance common among Catholics in office: “I am pro-life in my personal life.” When Trump suggested that Cuba would sue, Rubio fired back forcefully: “They are going to lose.” Mr Dean is confident though: “The images pop off the screen.”',
      want: [
        { text: 'I am pro-life in my personal life.', kind: 'direct', written: 'Kaine', cue: 'adopted', clause: null },
        { text: 'that Cuba would sue', kind: 'indirect', written: 'Trump', cue: 'suggested', clause: null },
        { text: 'They are going to lose.', kind: 'direct', written: 'Rubio', cue: 'fired', clause: null },
        { text: 'The images pop off the screen.', kind: 'direct', written: 'Mr Dean', cue: 'confident', clause: null },
      ],
    },
    {
      name: 'a cue that names its object "as" quoted words says the object and the words; a reported clause of the cue wins, an aside does not count',
      text: 'A friend referred to him as “the most beautiful soul I’ve ever met.” The lawyer described the ban as “ridiculous” and “badly thought out”. A spokeswoman for the brand - a firm pitched as “the best” - was not available.',
      want: [
        { text: 'the most beautiful soul I’ve ever met.', kind: 'partial', written: 'A friend', cue: 'referred', clause: 'him as “the most beautiful soul I’ve ever met.' },
        { text: 'ridiculous', kind: 'partial', written: 'The lawyer', cue: 'described', clause: 'the ban as “ridiculous” and “badly thought out”' },
        { text: 'badly thought out', kind: 'partial', written: 'The lawyer', cue: 'described', clause: null },
      ],
    },
    {
      name: 'coordinated subjects that open their clause are one source',
      text: 'His advisers and allies said that he would resign. He and his lawyer said they were innocent. But private companies and ordinary traders say prices rose.',
      want: [
        { text: 'that he would resign', kind: 'indirect', written: 'His advisers and allies', cue: 'said', clause: null },
        { text: 'they were innocent', kind: 'indirect', written: 'He and his lawyer', cue: 'said', clause: null },
        { text: 'prices rose', kind: 'indirect', written: 'private companies and ordinary traders', cue: 'say', clause: null },
      ],
    },
    {
      name: 'a participle\'s subject: past an inverted frame, a pronoun alone, a noun before a past tense, not an adverb',
      text: '“It is a change,” said Olga Petrenko, who chairs the department, adding that it was big. The billionaire businessman began the speech, saying that he would win. Authorities never quite explained it, saying that the case was closed.',
      want: [
        { text: 'It is a change,', kind: 'direct', written: 'Olga Petrenko, who chairs the department', cue: 'said', clause: null },
        { text: 'that it was big', kind: 'indirect', written: 'Olga Petrenko, who chairs the department', cue: 'adding', clause: null },
        { text: 'that he would win', kind: 'indirect', written: 'The billionaire businessman', cue: 'saying', clause: null },
        { text: 'that the case was closed', kind: 'indirect', written: 'Authorities', cue: 'saying', clause: null },
      ],
    },
    {
      name: 'sources: a name right before a participle, a name before a statement noun, a negated auxiliary, a dash before the subject',
      text: 'The film uses footage of Angela Merkel asking, “Why are we waiting?” Officials doubted a Pentagon statement that the strike was precise. His aides haven’t said that he will run. The figures were made public ― Orban boasted, “That makes us strong.”',
      want: [
        { text: 'Why are we waiting?', kind: 'direct', written: 'Angela Merkel', cue: 'asking', clause: null },
        { text: 'that the strike was precise', kind: 'indirect', written: 'a Pentagon', cue: 'statement', clause: null },
        { text: 'that he will run', kind: 'indirect', written: 'His aides', cue: 'said', clause: null },
        { text: 'That makes us strong.', kind: 'direct', written: 'Orban', cue: 'boasted', clause: null },
      ],
    },
    {
      name: 'frames: "As X pointed out, “…”", verbs that report only next to a quotation, a colon frame in the paragraph before',
      text: 'As the analyst Ruth Keller pointed out in December, “Before the thaw, the front barely moved.” “Would it be negotiable?” the interviewer pressed. “It was the envoy,” Ms. Sato answered. Zelenskyy continued:\n\n“You look at the map.”',
      want: [
        { text: 'Before the thaw, the front barely moved.', kind: 'direct', written: 'the analyst Ruth Keller', cue: 'pointed', clause: null },
        { text: 'Would it be negotiable?', kind: 'direct', written: 'the interviewer', cue: 'pressed', clause: null },
        { text: 'It was the envoy,', kind: 'direct', written: 'Ms. Sato', cue: 'answered', clause: null },
        { text: 'You look at the map.', kind: 'direct', written: 'Zelenskyy', cue: 'continued', clause: null },
      ],
    },
    {
      name: 'frames: a person named right before a colon, a sentence that is nothing but a frame after the quote',
      text: 'The offensive does not surprise military analyst Mark Halden: “Historically, spring offensives start late.” “I hope you find the documents that are missing.” Erdogan said.',
      want: [
        { text: 'Historically, spring offensives start late.', kind: 'direct', written: 'military analyst Mark Halden', cue: ':', clause: null },
        { text: 'I hope you find the documents that are missing.', kind: 'direct', written: 'Erdogan', cue: 'said', clause: null },
      ],
    },
    {
      name: 'a short quote framed after its comma is a statement, and the next unframed quote goes on from it, not from the one before',
      text: '“No one will dictate our line,” the prime minister said. The meeting produced “far too little,” she added on Twitter. “Without a new policy, the bloc will not last.” It reads as “too soft” to some.',
      want: [
        { text: 'No one will dictate our line,', kind: 'direct', written: 'the prime minister', cue: 'said', clause: null },
        { text: 'far too little,', kind: 'partial', written: 'she', cue: 'added', clause: 'The meeting produced “far too little,' },
        { text: 'Without a new policy, the bloc will not last.', kind: 'direct', written: 'she', cue: null, clause: null },
      ],
    },
    {
      name: 'an opening participle clause ("After saying", "In declaring") is reported by the subject after it; a colon frame\'s subject is in the noun\'s own clause',
      text: 'After saying the war was over, Putin left the hall. In declaring the plan as “not workable,” the envoy angered Kyiv. He grew so angry that I had to change my reply: “Of course I agree.”',
      want: [
        { text: 'the war was over', kind: 'indirect', written: 'Putin', cue: 'saying', clause: null },
        { text: 'not workable,', kind: 'partial', written: 'the envoy', cue: 'declaring', clause: 'the plan as “not workable,' },
        { text: 'Of course I agree.', kind: 'direct', written: 'I', cue: 'reply', clause: null },
      ],
    },
    {
      name: 'a nickname in quote marks is part of the name; a possessive name phrase before an appositive is the source',
      text: '“This is our moment to rebuild!” Brandt’s niece, state Del. Laura “Lolly” Marsh (D-Norfolk), shouted to the crowd.',
      want: [
        { text: 'This is our moment to rebuild!', kind: 'direct', written: 'Brandt’s niece, state Del. Laura “Lolly” Marsh (D-Norfolk)', cue: 'shouted', clause: null },
      ],
    },
    {
      name: 'sources: a time governed by a preposition stays in a description, a participle phrase goes with it; "groups of protesters"',
      text: 'Nina Kowalski, who was envoy to Georgia from 2015 until earlier this year, said Blinken called her. A Kyiv International Institute survey released in late August found that most Ukrainians agreed. Small groups of farmers kept marching, saying they were angry.',
      want: [
        { text: 'Blinken called her', kind: 'indirect', written: 'Nina Kowalski, who was envoy to Georgia from 2015 until earlier this year', cue: 'said', clause: null },
        { text: 'that most Ukrainians agreed', kind: 'indirect', written: 'A Kyiv International Institute survey', cue: 'found', clause: null },
        { text: 'they were angry', kind: 'indirect', written: 'Small groups of farmers', cue: 'saying', clause: null },
      ],
    },
    {
      name: 'without a reporting verb, quoted words are the words of the clause\'s subject: a name, a role noun or a pronoun; the clause runs to its end',
      text: 'Senator Moreau has gone after the minister as a “political arsonist” for weeks. The nominee openly admires the general as a “strong leader.” In a speech, she attacked “the ideology of hate.”',
      want: [
        { text: 'political arsonist', kind: 'partial', written: 'Senator Moreau', cue: 'gone', clause: 'the minister as a “political arsonist” for weeks' },
        { text: 'strong leader.', kind: 'partial', written: 'The nominee', cue: 'admires', clause: 'the general as a “strong leader.”' },
        { text: 'the ideology of hate.', kind: 'partial', written: 'she', cue: 'attacked', clause: '“the ideology of hate.”' },
      ],
    },
    {
      name: 'a slogan chanted or shouted is quoted words even in Title Case; "calls it “…”" after a noun is the verb',
      text: 'Hundreds of miners marched on the ministry, chanting “Pay Us Now.” The regional newspaper calls it “a betrayal” of the valley. Rana Odeh, a union organiser, calls Horgos “a mistake” for the port.',
      want: [
        { text: 'Pay Us Now.', kind: 'partial', written: 'Hundreds of miners', cue: 'chanting', clause: null },
        { text: 'a betrayal', kind: 'partial', written: 'The regional newspaper', cue: 'calls', clause: 'it “a betrayal” of the valley' },
        { text: 'a mistake', kind: 'partial', written: 'Rana Odeh, a union organiser', cue: 'calls', clause: 'Horgos “a mistake” for the port' },
      ],
    },
    {
      name: '"referred to X as “…”" introduces a partial quote; ", referring to …" between the pieces of a split quote does not (it is a reference of its own, up to the quote)',
      text: 'A neighbour referred to him as “the kindest man on the street” in a post. “Every time you say that,” Mayor Ilse Brandt said, referring to the excuse, “you help the people who want the plant shut.”',
      want: [
        { text: 'the kindest man on the street', kind: 'partial', written: 'A neighbour', cue: 'referred', clause: 'him as “the kindest man on the street' },
        { text: 'Every time you say that,', kind: 'direct', written: 'Mayor Ilse Brandt', cue: 'said', clause: null },
        { text: 'the excuse', kind: 'indirect', written: 'Mayor Ilse Brandt', cue: 'referring to', clause: null },
        { text: 'you help the people who want the plant shut.', kind: 'partial', written: 'Mayor Ilse Brandt', cue: 'said', clause: null },
      ],
    },
    {
      name: 'past an opening subordinate clause, the quoted words belong to the main clause\'s subject',
      text: 'Although Kovac did not single out the minister, Petrenko lampooned his “reckless gamble” in the port.',
      want: [{ text: 'reckless gamble', kind: 'partial', written: 'Petrenko', cue: 'lampooned', clause: 'his “reckless gamble” in the port' }],
    },
    {
      name: 'after quoted words, a but-clause, a dash or a participle is the writer\'s comment, not the statement',
      text: 'Scholz described the incident as a “terrible provocation,” but stopped short of blaming anyone. Kallas likened the plan to “rewarding the aggressor” — a charge that stung. Senator Ruiz blasted the ministry for failing to say the truce was only “partial,” meaning it covered little.',
      want: [
        { text: 'terrible provocation,', kind: 'partial', written: 'Scholz', cue: 'described', clause: 'the incident as a “terrible provocation,' },
        { text: 'rewarding the aggressor', kind: 'partial', written: 'Kallas', cue: 'likened', clause: 'the plan to “rewarding the aggressor”' },
        { text: 'the ministry for failing to say the truce was only “partial', kind: 'indirect', written: 'Senator Ruiz', cue: 'blasted', clause: null },
      ],
    },
    {
      name: 'quoted words right after a cue that the clause goes on from open reported speech, not a direct quote',
      text: 'He gave no figure, though he said “frozen assets” and new levies would help pay.',
      want: [
        { text: '“frozen assets” and new levies would help pay', kind: 'indirect', written: 'he', cue: 'said', clause: null },
        { text: 'frozen assets', kind: 'partial', written: 'he', cue: 'said', clause: null },
      ],
    },
  ];
  for (const c of cases) it(c.name, () => {
    const got = analyzeText({ text: c.text }).quotes;
    assert.deepEqual(got.map((q) => [q.kind, q.text]), c.want.map((w) => [w.kind, w.text]));
    c.want.forEach((w, i) => {
      const q = got[i]!;
      assert.equal(c.text.slice(q.start, q.end), w.text);
      assert.equal(c.text.slice(q.speaker!.start!, q.speaker!.end!), w.written);
      assert.equal(q.cue, w.cue);
      assert.equal(q.clause ? c.text.slice(q.clause.start, q.clause.end) : null, w.clause);
    });
  });
});
