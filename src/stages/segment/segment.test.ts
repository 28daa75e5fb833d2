import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { segment } from './index.js';

const sentencesOf = (text: string) => segment(text).sentences.map((s) => text.slice(s.start, s.end));
const tokensOf = (text: string) => segment(text).tokens.map((t) => text.slice(t.start, t.end));

describe('sentences in news text', () => {
  const cases: Array<{ name: string; text: string; expect: string[] }> = [
    { name: 'dateline with an em dash stays in the first sentence', text: 'LONDON — Talks resumed. They failed.', expect: ['LONDON — Talks resumed.', 'They failed.'] },
    { name: 'AP-style dateline', text: 'KYIV, Ukraine (AP) — Sirens sounded. People hid.', expect: ['KYIV, Ukraine (AP) — Sirens sounded.', 'People hid.'] },
    { name: 'titles and initials do not end sentences', text: 'Gen. Mark A. Milley met Mr. Smith at St. Paul. Dr. Jones left.', expect: ['Gen. Mark A. Milley met Mr. Smith at St. Paul.', 'Dr. Jones left.'] },
    { name: 'U.S. inside a sentence', text: 'The U.S. Secretary of State spoke. He left.', expect: ['The U.S. Secretary of State spoke.', 'He left.'] },
    { name: 'U.S. at the end of a sentence', text: 'Aid came from the U.S. The next day it stopped.', expect: ['Aid came from the U.S.', 'The next day it stopped.'] },
    { name: 'an acronym spelled like a title ends its sentence ("the FT."); a title in capitals does not', text: 'He told the FT. The army left. MR. SMITH WON. Ft. Worth is calm.', expect: ['He told the FT.', 'The army left.', 'MR. SMITH WON.', 'Ft. Worth is calm.'] },
    { name: 'month abbreviation before a day', text: 'It began on Jan. 6 in Washington. Police came.', expect: ['It began on Jan. 6 in Washington.', 'Police came.'] },
    { name: 'quoted sentence ends after the closing quote', text: '“We will counter it.” He left.', expect: ['“We will counter it.”', 'He left.'] },
    { name: 'attribution after a quote is one sentence', text: '“This indicates an intention to attack,” he stated. “We are aware.”', expect: ['“This indicates an intention to attack,” he stated.', '“We are aware.”'] },
    { name: 'exclamation inside a quote with lowercase attribution', text: '"Get out!" she shouted. Nobody moved.', expect: ['"Get out!" she shouted.', 'Nobody moved.'] },
    { name: 'question mark inside straight quotes', text: 'He asked: "Why now?" The room fell silent.', expect: ['He asked: "Why now?"', 'The room fell silent.'] },
    { name: 'numbers with separators do not split', text: 'About 1,400 troops and 3.5 tonnes arrived. Some 400-500 left.', expect: ['About 1,400 troops and 3.5 tonnes arrived.', 'Some 400-500 left.'] },
    { name: 'text without paragraph breaks', text: 'Russia fired 90 drones. Ukraine shot down 47. The rest failed.', expect: ['Russia fired 90 drones.', 'Ukraine shot down 47.', 'The rest failed.'] },
    { name: 'each line is a paragraph and a boundary', text: 'Headline without a stop\nThe body starts here. It goes on.', expect: ['Headline without a stop', 'The body starts here.', 'It goes on.'] },
    { name: 'ellipsis inside a sentence', text: 'He said the talks were... difficult. Then he left.', expect: ['He said the talks were... difficult.', 'Then he left.'] },
    { name: 'company abbreviation before a starter', text: 'Shares of Acme Inc. fell. The company declined to comment.', expect: ['Shares of Acme Inc. fell.', 'The company declined to comment.'] },
  ];
  for (const c of cases) it(c.name, () => assert.deepEqual(sentencesOf(c.text), c.expect));

  it('blank-line paragraphs keep hard-wrapped lines together', () => {
    const text = 'The first paragraph is\nwrapped across lines.\n\nThe second one is not.';
    const r = segment(text);
    assert.deepEqual(r.paragraphs.map((p) => text.slice(p.start, p.end)), ['The first paragraph is\nwrapped across lines.', 'The second one is not.']);
    assert.deepEqual(r.sentences.map((s) => s.paragraph), [0, 1]);
  });

  it('a quote spanning paragraphs leaves each paragraph its own sentences', () => {
    const text = '“The first part of the quote.\n“The second part,” he said.';
    assert.deepEqual(sentencesOf(text), ['“The first part of the quote.', '“The second part,” he said.']);
  });
});

describe('tokens', () => {
  const cases: Array<{ text: string; expect: string[] }> = [
    { text: 'Ukraine’s air force', expect: ['Ukraine', '’s', 'air', 'force'] },
    { text: "Russia's Defense Ministry", expect: ['Russia', "'s", 'Defense', 'Ministry'] },
    { text: 'U.S.-Russia communication', expect: ['U.S.', '-', 'Russia', 'communication'] },
    { text: 'a 30-day ceasefire', expect: ['a', '30-day', 'ceasefire'] },
    { text: '1,400 / 3.5 / 400-500', expect: ['1,400', '/', '3.5', '/', '400-500'] },
    { text: 'at 10:30 a.m. on Jan. 6', expect: ['at', '10:30', 'a.m.', 'on', 'Jan.', '6'] },
    { text: '“horrible massacre”', expect: ['“', 'horrible', 'massacre', '”'] },
    { text: 'mid-flight — O’Brien said', expect: ['mid-flight', '—', 'O’Brien', 'said'] },
    { text: 'see https://example.org/a?b=1.', expect: ['see', 'https://example.org/a?b=1', '.'] },
    { text: 'Gen. J. R. Smith', expect: ['Gen.', 'J.', 'R.', 'Smith'] },
    { text: 'Lt.-Gen. Yvan Blondin and Lieut.-Col. Roe, Gen.-Smith', expect: ['Lt.-Gen.', 'Yvan', 'Blondin', 'and', 'Lieut.-Col.', 'Roe', ',', 'Gen.', '-', 'Smith'] },
    { text: 'He said no. Then', expect: ['He', 'said', 'no', '.', 'Then'] },
  ];
  for (const c of cases) it(c.text, () => assert.deepEqual(tokensOf(c.text), c.expect));

  it('token offsets index the text and carry kinds', () => {
    const text = 'Of these, 47 drones were intercepted.';
    const { tokens } = segment(text);
    for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text);
    assert.equal(tokens.find((t) => t.text === '47')?.kind, 'number');
    assert.equal(tokens.at(-1)?.kind, 'punct');
  });
});

describe('datelines', () => {
  const cases: Array<{ text: string; place: string | null }> = [
    { text: 'LONDON — Ukrainian President Volodymyr Zelenskyy has accused', place: 'LONDON' },
    { text: 'KYIV, Ukraine (AP) — Russia launched', place: 'KYIV' },
    { text: 'NEW YORK (Reuters) - Stocks fell', place: 'NEW YORK' },
    { text: 'The president said on Sunday that', place: null },
    { text: 'A — B', place: null },
    { text: 'Black Lawmakers Rip Trump As A Fraud.\n\nWASHINGTON ― Donald Trump’s obsession', place: 'WASHINGTON' },
    { text: 'The Latest: Trump urges supporters to vote.\n\nNEW YORK (AP) — The Latest on the race', place: 'NEW YORK' },
    { text: 'Talks resumed. Then they stopped.\n\nLONDON — Stocks fell', place: null },
  ];
  for (const c of cases) {
    it(c.text.slice(0, 30), () => {
      const d = segment(c.text).dateline;
      assert.equal(d ? c.text.slice(d.place.start, d.place.end) : null, c.place);
    });
  }
});
