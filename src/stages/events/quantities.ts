import type { Quantity } from '../../model/layers.js';
import { parseNumber } from './numbers.js';

/** A word of a sentence with its place in the text (lower-cased, apostrophes straightened). */
export interface Word {
  w: string;
  start: number;
  end: number;
}

/** Counted nouns → the unit reported, singular. Weapons, people, places, money. */
const UNIT_NOUNS: Record<string, string> = {
  drone: 'drone', drones: 'drone', uav: 'drone', uavs: 'drone', shahed: 'drone', shaheds: 'drone', missile: 'missile', missiles: 'missile',
  rocket: 'rocket', rockets: 'rocket', shell: 'shell', shells: 'shell', bomb: 'bomb', bombs: 'bomb', projectile: 'projectile',
  projectiles: 'projectile', aircraft: 'aircraft', jet: 'aircraft', jets: 'aircraft', planes: 'aircraft', helicopters: 'helicopter',
  tanks: 'tank', tank: 'tank', people: 'person', persons: 'person', person: 'person', civilians: 'civilian', civilian: 'civilian',
  soldiers: 'soldier', soldier: 'soldier', troops: 'troops', servicemen: 'soldier', serviceman: 'soldier', paratroopers: 'soldier',
  marines: 'soldier', conscripts: 'soldier', fighters: 'fighter', militants: 'militant', guards: 'guard', guard: 'guard',
  guardsmen: 'guard', policemen: 'police officer', policeman: 'police officer', gunmen: 'militant', separatists: 'militant',
  insurgents: 'militant', volunteers: 'volunteer', pilots: 'pilot', sailors: 'sailor', miners: 'worker', pensioners: 'person',
  rebels: 'rebel', children: 'child', protesters: 'protester', demonstrators: 'protester', prisoners: 'prisoner', hostages: 'hostage',
  refugees: 'refugee', residents: 'resident', police: 'police officer', officers: 'officer', journalists: 'journalist',
  women: 'person', men: 'person', members: 'person', activists: 'activist', workers: 'worker', migrants: 'migrant',
  regions: 'region', region: 'region', provinces: 'region', oblasts: 'region', districts: 'district', cities: 'city',
  towns: 'town', villages: 'village', settlements: 'settlement', countries: 'country',
  dollars: 'USD', euros: 'EUR', pounds: 'GBP', shillings: 'shilling', rubles: 'RUB', hryvnias: 'UAH', tons: 'ton', tonnes: 'ton',
};
const PLACE_UNITS = new Set(['region', 'district', 'city', 'town', 'village', 'settlement', 'country']);
const PEOPLE_UNITS = new Set(['person', 'civilian', 'soldier', 'fighter', 'militant', 'rebel', 'child', 'protester', 'prisoner',
  'hostage', 'refugee', 'resident', 'police officer', 'officer', 'journalist', 'activist', 'worker', 'migrant', 'troops', 'guard',
  'volunteer', 'pilot', 'sailor']);
/** Roles only people take: a bare count in them counts people ("killed 12 and wounded 30"). */
const PEOPLE_ROLES = new Set(['killed', 'injured', 'detained', 'displaced']);
const MONEY_SYMBOL: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP' };

/** Words after a counted noun that give its role ("47 drones were intercepted", "12 people killed"). */
const ROLE_AFTER: Array<[RegExp, string]> = [
  [/^(?:intercepted|downed|destroyed|neutrali[sz]ed|repelled|suppressed)$/, 'intercepted'],
  [/^(?:failed|lost|crashed|missed|jammed)$/, 'lost'],
  [/^(?:killed|dead|died|perished|slain)$/, 'killed'],
  [/^(?:wounded|injured|hurt)$/, 'injured'],
  [/^(?:detained|arrested|jailed|captured|held)$/, 'detained'],
  [/^(?:displaced|fled|evacuated|homeless)$/, 'displaced'],
  [/^(?:launched|fired)$/, 'launched'],
];
/** Words before a counted noun that give its role ("killing 12 people", "shot down 31 drones"). */
const ROLE_BEFORE: Array<[RegExp, string]> = [
  [/^(?:intercepted|intercepting|downed|downing|destroyed|destroying|neutrali[sz]ed|down)$/, 'intercepted'],
  [/^(?:killed|killing|kills)$/, 'killed'],
  [/^(?:wounded|wounding|injured|injuring)$/, 'injured'],
  [/^(?:arrested|arresting|detained|detaining|jailed)$/, 'detained'],
  [/^(?:displaced|displacing|uprooted)$/, 'displaced'],
  [/^(?:launched|launching|launches|launch|fired|firing|fires|sent|sending)$/, 'launched'],
  [/^(?:deployed|deploying|amassed|amassing|mobili[sz]ed|mobili[sz]ing|stationed|massed|sent)$/, 'troops'],
  [/^(?:over|across|in|inside|throughout)$/, 'location-count'],
];
const SKIPPABLE = /^(?:attack|combat|ukrainian|russian|israeli|american|enemy|armed|ballistic|cruise|guided|hypersonic|more|other|additional|foreign|unmanned|kamikaze|strike|of|the|its|their|new|military|explosive|[a-z]+-made|long-range|short-range|more|border|security|government|pro-russian|pro-kremlin|pro-kiev|pro-kyiv|riot|traffic|national|young|local|innocent|unarmed)$/;

/**
 * Counted quantities in a run of words, each with a role read from the words around it.
 * `defaultRole` is the role of a count that is the trigger's object ("launched 90 drones" → launched).
 * A number without a noun ("while 33 failed") takes the unit of the count before it.
 *
 * @example
 * const ws = words('47 drones were intercepted'); findQuantities(ws, ws.length)[0] // { value: 47, unit: 'drone', role: 'intercepted' … }
 */
export function findQuantities(words: readonly Word[], end = words.length, defaultRole?: (index: number) => string | null): Quantity[] {
  const lw = words.map((x) => x.w);
  const out: Quantity[] = [];
  let lastUnit: string | null = null;
  for (let i = 0; i < end; i++) {
    if (/^\d+-(?:year|month|day|week|hour)/.test(lw[i]!)) continue;
    const money = MONEY_SYMBOL[lw[i]!];
    const n = parseNumber(lw, money ? i + 1 : i);
    if (!n) continue;
    if (n.value >= 1900 && n.value <= 2100 && /^\d{4}$/.test(lw[n.next - 1] ?? '')) { i = n.next - 1; continue; } // years
    const first = money ? i : n.first;
    let k = n.next;
    let unit: string | null = money ?? null;
    if (!unit) {
      let j = k;
      while (j < end && j < k + 3 && (SKIPPABLE.test(lw[j]!) || /^[a-z]+(?:ian|ean|ese|ish|i)$/.test(lw[j]!)) && !(lw[j]! in UNIT_NOUNS)) j++;
      if (j < end && lw[j]! in UNIT_NOUNS) { unit = UNIT_NOUNS[lw[j]!]!; k = j + 1; }
    }
    let role: string | null = null;
    if (unit && /^(?:USD|EUR|GBP|RUB|UAH|shilling)$/.test(unit)) role = 'money';
    const before = lw[first - 1] ?? '';
    const before2 = lw[first - 2] ?? '';
    const placePrep = /^(?:over|across|in|inside|throughout|on)$/;
    let qualifier = n.qualifier;
    if (!role && unit && PLACE_UNITS.has(unit) && (placePrep.test(before) || placePrep.test(qualifier ?? ''))) { role = 'location-count'; if (placePrep.test(qualifier ?? '')) qualifier = undefined; }
    if (!role) {
      // the role from the words after: "were intercepted", "failed", "killed"
      for (let j = k; j < Math.min(end, k + 4); j++) {
        const w = lw[j]!;
        if (w === ',' || w === ';' || w === 'and') break;
        if (w === 'shot') { role = lw[j + 1] === 'down' ? 'intercepted' : lw[j + 1] === 'dead' ? 'killed' : null; if (role) break; continue; }
        const hit = ROLE_AFTER.find(([re]) => re.test(w));
        if (hit) { role = hit[1]; if (!unit && !lastUnit) unit = null; break; }
      }
    }
    if (!role) {
      const hit = ROLE_BEFORE.find(([re]) => re.test(before) || (before === 'down' && re.test(before2)));
      if (hit && !(hit[1] === 'location-count' && !(unit && PLACE_UNITS.has(unit)))) role = hit[1];
      if (role === 'troops' && unit && !PEOPLE_UNITS.has(unit)) role = null;
    }
    if (!role && defaultRole) role = defaultRole(first);
    if (!role && unit === 'troops') role = 'troops';
    if (!unit && role && lastUnit && role !== 'location-count') unit = lastUnit;
    // "The shelling killed 12 and wounded 30", "12 were killed": a bare count of the dead, hurt or held counts people
    // (not when a noun follows that is no unit we know: "killed 12 cattle")
    if (!unit && role && PEOPLE_ROLES.has(role) && !/^[a-z][a-z-]*$/.test(lw[k] ?? '') ) unit = 'person';
    if (!unit && role && PEOPLE_ROLES.has(role) && /^(?:and|or|were|was|are|have|had|more|others|in|on|at|during|when|after)$/.test(lw[k] ?? '')) unit = 'person';
    if (unit && role) {
      out.push({ value: n.value, unit, role, span: { start: words[first]!.start, end: words[k - 1]!.end }, ...(qualifier ? { qualifier } : {}) });
    }
    if (unit && !PLACE_UNITS.has(unit)) lastUnit = unit;
    i = k - 1;
  }
  return out;
}
