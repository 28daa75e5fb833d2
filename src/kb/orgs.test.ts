import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { knownOrg, knownOrgsIn } from './orgs.js';

describe('known organisations', () => {
  const cases: Array<[string, string | undefined]> = [
    ['the E.U.', 'European Union'],
    ['Organisation for Security and Co-operation in Europe', 'OSCE'],
    ['ISW', 'Institute for the Study of War'],
    ['SIPRI', 'Stockholm International Peace Research Institute'],
    ['who', undefined], // an acronym only in capitals
  ];
  for (const [surface, name] of cases) it(`${surface} → ${name ?? 'none'}`, () => assert.equal(knownOrg(surface)?.name, name));

  it('finds names with lower-case words where a tagger would cut them ("… Study of War")', () => {
    const text = 'The Institute for the Study of War said so, and Save the Children agreed.';
    assert.deepEqual(knownOrgsIn(text).map((m) => text.slice(m.start, m.end)), ['Institute for the Study of War', 'Save the Children']);
  });
});
