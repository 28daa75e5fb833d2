import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isRolePhrase, peerName, peerSurname } from './styles.js';

describe('styles: peers keep their style', () => {
  const cases: Array<[string, string | null]> = [
    ['Baroness Scotland', 'Baroness Scotland'],
    ['Lord Falconer', 'Lord Falconer'],
    ['Lady Hale', 'Lady Hale'],
    ['Lord Ahmad of Wimbledon', 'Lord Ahmad of Wimbledon'],
    ['Earl of Wessex', 'Earl of Wessex'],
    ['Duchess of Cornwall', 'Duchess of Cornwall'],
    // a style before a given name and surname is an honorific; a knight's style goes with the given name
    ['Lord Alan Sugar', null],
    ['Sir Keir Starmer', null],
    ['Dame Judi Dench', null],
    // offices and things
    ['Lord Chancellor', null],
    ['Lord Mayor', null],
    ['Lord of the Rings', null],
    // territorial styles only before "of": given names otherwise
    ['Earl Scruggs', null],
    ['Duke Ellington', null],
    ['Prince Charles', null],
  ];
  for (const [name, expected] of cases) {
    it(`${name} → ${expected}`, () => assert.equal(peerName(name.split(' '))?.join(' ') ?? null, expected));
  }
  it('the surname a peer is matched on is the name before "of"; a title alone has none', () => {
    assert.deepEqual([['Lord', 'Kinnock', 'of', 'Bedwellty'], ['Lord', 'Falconer'], ['Earl', 'of', 'Wessex']].map(peerSurname), ['Kinnock', 'Falconer', null]);
  });
});

describe('styles: capitalised offices', () => {
  const cases: Array<[string, boolean]> = [
    ['Head', true], ['Deputy Head', true], ['Chief Executive', true], ['Secretary-General', true], ['Secretary - General', true],
    ['Vice President', true], ['Acting Chief Executive', true], ['Senior Adviser', true],
    ['Anna Smith', false], ['Head Anna Smith', false], ['General Assembly', false], ['Lords', false], ['Deputy', false],
  ];
  for (const [phrase, expected] of cases) it(`${phrase} → ${expected}`, () => assert.equal(isRolePhrase(phrase), expected));
});
