import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { segment } from '../segment/index.js';
import { addKnownSurnames } from './known-surnames.js';

const found = (text: string) => {
  const { tokens } = segment(text);
  return addKnownSurnames({ text, tokens }, []).map((n) => [text.slice(n.start, n.end), n.type]);
};

describe('bare surnames of well-known people', () => {
  const cases: Array<[string, string, Array<[string, string]>]> = [
    ['before a verb of saying', 'Peskov told reporters the talks had stalled.', [['Peskov', 'PERSON']]],
    ['after an honorific', 'The meeting ended before Mr Peskov arrived.', [['Peskov', 'PERSON']]],
    // a person whichever namesake it is: the entities stage chooses (namesakes.ts)
    ['a surname two people of the knowledge base bear', 'Kallas said the talks had stalled.', [['Kallas', 'PERSON']]],
    ['part of a longer name', 'Peskov Street was closed after the blast.', []],
    ['without a verb of saying or an honorific', 'A road was named after Peskov last year.', []],
    ['an unknown surname', 'Hnatyuk told reporters the talks had stalled.', []],
  ];
  for (const [name, text, want] of cases) it(name, () => assert.deepEqual(found(text), want));
});
