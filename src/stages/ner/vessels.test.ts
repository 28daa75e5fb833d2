import { test } from 'node:test';
import assert from 'node:assert/strict';
import { retypeVessels } from './vessels.js';
import type { NameMention } from '../../model/layers.js';

/** A mention of the first occurrence of `surface` in `text`, typed as the tagger might. */
function at(text: string, surface: string, type: NameMention['type'], from = 0): NameMention {
  const start = text.indexOf(surface, from);
  assert.ok(start >= 0, surface);
  return { start, end: start + surface.length, text: surface, type };
}

const cases: Array<{ name: string; text: string; names: (t: string) => NameMention[]; want: Array<[string, NameMention['type']]> }> = [
  {
    name: 'a name after a ship\'s kind is a vessel, and so is its later bare mention',
    text: 'The frigate Admiral Essen left port. Later the Admiral Essen fired at drones.',
    names: (t) => [at(t, 'Admiral Essen', 'PERSON'), at(t, 'Admiral Essen', 'PERSON', 20)],
    want: [['Admiral Essen', 'MISC'], ['Admiral Essen', 'MISC']],
  },
  {
    name: 'a naval prefix before the name joins it; a prefix tagged alone takes the name after it',
    text: 'USS Carney shot down missiles while HMS Diamond waited off Aden.',
    names: (t) => [at(t, 'Carney', 'PERSON'), at(t, 'HMS', 'ORG'), at(t, 'Aden', 'LOC')],
    want: [['USS Carney', 'MISC'], ['HMS Diamond', 'MISC'], ['Aden', 'LOC']],
  },
  {
    name: 'no vessel: an airline after "carrier", a club after "SS", a person after a title',
    text: 'The national carrier Aeroflot cut flights. SS Lazio won. President Sandu spoke.',
    names: (t) => [at(t, 'Aeroflot', 'ORG'), at(t, 'SS Lazio', 'ORG'), at(t, 'Sandu', 'PERSON')],
    want: [['Aeroflot', 'ORG'], ['SS Lazio', 'ORG'], ['Sandu', 'PERSON']],
  },
];

for (const c of cases) {
  test(c.name, () => {
    const got = retypeVessels(c.text, c.names(c.text));
    assert.deepEqual(got.map((n) => [c.text.slice(n.start, n.end), n.type]), c.want);
    for (const n of got) assert.equal(n.text, c.text.slice(n.start, n.end));
  });
}
