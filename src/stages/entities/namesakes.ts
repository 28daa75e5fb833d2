import { kbIndex, nameKey, termCovers, type KbPerson, type OfficeRole, type Tenure } from '../../kb/kb.js';
import { knownOrg } from '../../kb/orgs.js';
import { slug } from '../../kb/places.js';
import { PEOPLE, type KnownPerson } from './data/people.js';
import { FEMALE_NAMES, MALE_NAMES } from './data/lexicon.js';

/**
 * Namesakes: a person name that fits more than one listed person — of the knowledge base of office holders
 * (src/kb/data/people.json with the terms of offices.json) or of the curated well-known people
 * (./data/people.ts) — such as a bare "Kallas" (Kaja and Siim) or "Bush" (George H. W. and George W.).
 * The choice is made from evidence only: an initial, a role written beside the name, the publication
 * date against the terms of office; when nothing decides, the name stays unlinked rather than going to
 * whichever person a list happens to hold.
 */

/** One person a name may refer to. */
export interface Namesake {
  /** `person:<slug>`, the same id the knowledge base and the entities stage use. */
  id: string;
  name: string;
  kb?: KbPerson;
  known?: KnownPerson;
}

/** What an article says that can decide between namesakes. */
export interface NamesakeClues {
  /** Publication date (ISO), or null. */
  date: string | null;
  /** Texts that give the person's role: titles, appositives, descriptions ("Estonian Prime Minister Kallas"). */
  roles: readonly string[];
  /** Country code the written role belongs to ("EE" for "Estonian Prime Minister"). */
  roleCountry?: string | undefined;
  /** Gender the text gives the person ("Mrs Kallas", "she"), if any. */
  gender?: 'm' | 'f' | undefined;
  /** Whether the article speaks of a jurisdiction of the knowledge base (`country:EE`, `org:nato`). */
  speaksOf(jurisdiction: string): boolean;
}

/** How a namesake was chosen, or why none was. */
export interface NamesakeChoice {
  person: Namesake | null;
  /** `someone-else`: the initial or the written role fits none of them, so the name is of another person. */
  by: 'initial' | 'gender' | 'role' | 'date' | 'undecided' | 'someone-else';
}

const fold = (s: string) => nameKey(s);

let known: { bySurname: Map<string, KnownPerson[]>; byName: Map<string, KnownPerson[]> } | undefined;

/** The curated well-known people indexed once by every full-name and surname spelling. */
function knownIndex(): NonNullable<typeof known> {
  if (known) return known;
  const bySurname = new Map<string, KnownPerson[]>(), byName = new Map<string, KnownPerson[]>();
  const add = (m: Map<string, KnownPerson[]>, k: string, p: KnownPerson) => {
    const list = m.get(k) ?? [];
    if (!list.includes(p)) list.push(p);
    m.set(k, list);
  };
  for (const p of PEOPLE) {
    for (const n of [p.name, ...p.variants]) {
      if (/\s/.test(n)) add(byName, fold(n), p);
      // East Asian names put the family name first: their last word is no surname (as in people.ts)
      if (!/^(Xi|Kim|Li|Wang|Zhang|Moon|Park) /.test(p.name)) add(bySurname, fold(n.split(/\s+/).pop()!), p);
    }
  }
  return (known = { bySurname, byName });
}

/** Curated well-known people by every surname spelling (last word of a name or variant, one-word variants). */
const knownWithSurname = (word: string) => knownIndex().bySurname.get(fold(word)) ?? [];

function union(kb: readonly KbPerson[], known: readonly KnownPerson[]): Namesake[] {
  const out = new Map<string, Namesake>();
  for (const p of kb) out.set(p.id, { id: p.id, name: p.name, kb: p });
  for (const p of known) {
    const id = `person:${slug(p.name)}`;
    const cur = out.get(id);
    if (cur) cur.known = p;
    else out.set(id, { id, name: p.name, kb: kbIndex().person(id), known: p });
  }
  return [...out.values()];
}

const INITIAL = /^\p{Lu}\.?$/u;

/**
 * The listed people a person name (its name words, titles dropped) could be, when it fits more than one:
 * a bare surname two people bear ("Kallas"), a full name two people bear ("Andris Bērziņš"), or an initial
 * and a shared surname ("S. Kallas", narrowed later by the initial). Empty when the name fits one listed
 * person or none — then nothing is in doubt here. A map lookup per name, never a scan of the lists.
 *
 * @example
 * namesakesOf(['Kallas']).map((p) => p.id) // ['person:kaja-kallas', 'person:siim-kallas']
 * namesakesOf(['Siim', 'Kallas']) // []: one person has that name
 */
export function namesakesOf(tokens: readonly string[]): Namesake[] {
  if (tokens.length === 0) return [];
  const idx = kbIndex();
  const last = tokens[tokens.length - 1]!;
  if (tokens.length === 1) {
    if (fold(last).length < 3) return [];
    const cands = union(idx.peopleWithSurname(last), knownWithSurname(last));
    return cands.length > 1 ? cands : [];
  }
  const full = tokens.join(' ');
  const named = union(idx.peopleNamed(full), knownIndex().byName.get(fold(full)) ?? []);
  if (named.length > 1) return named;
  if (named.length === 1 || tokens.length !== 2 || !INITIAL.test(tokens[0]!)) return [];
  const cands = union(idx.peopleWithSurname(last), knownWithSurname(last));
  return cands.length > 1 ? cands : [];
}

/** Kinds of office a written role names, by the words English news uses for them. */
const ROLE_WORDS: Array<[RegExp, OfficeRole]> = [
  [/\bforeign (?:minister|secretary|affairs|policy chief)|\bsecretary of state\b|\btop diplomat\b|\bhigh representative\b|\bminister (?:of|for) foreign\b/i, 'foreign-minister'],
  [/\bdefen[cs]e (?:minister|secretary|chief)|\bsecretary of defen[cs]e\b|\bminister (?:of|for) defen[cs]e\b/i, 'defence-minister'],
  [/\bprime minister\b|\bpremier\b|\bchancellor\b|\bhead of government\b/i, 'head-of-government'],
  [/\bpresident\b|\bhead of state\b|\bking\b|\bqueen\b|\bemir\b/i, 'head-of-state'],
  [/\bsecretary[- ]general\b/i, 'secretary-general'],
];

/** The kinds of office the role texts name, and the office titles of the knowledge base they spell out. */
function rolesNamed(texts: readonly string[]): Set<OfficeRole> {
  const out = new Set<OfficeRole>();
  for (const t of texts) for (const [re, role] of ROLE_WORDS) if (re.test(t)) out.add(role);
  return out;
}

/** Whether a tenure is of an office the written role names, in the written role's country when it gives one. */
function fitsRole(t: Tenure, kinds: ReadonlySet<OfficeRole>, country: string | undefined): boolean {
  // "President of the European Commission" is a head of government in the knowledge base: its own title counts too
  const kind = kinds.has(t.office.role) || (t.office.role === 'head-of-government' && kinds.has('head-of-state') && /^President\b/.test(t.office.title));
  return kind && (!country || t.office.jurisdiction === `country:${country}`);
}

function genderOf(p: Namesake): 'm' | 'f' | undefined {
  if (p.known) return p.known.gender;
  const first = fold(p.name.split(/\s+/)[0]!);
  return MALE_NAMES.has(first) ? 'm' : FEMALE_NAMES.has(first) ? 'f' : undefined;
}

/**
 * Chooses between namesakes, strongest evidence first:
 * 1. an initial written with the surname ("S. Kallas");
 * 2. the gender the text gives ("Mrs Kallas") against a namesake's known gender;
 * 3. a role written beside a mention that one of them held ("Prime Minister", "the Russian defence minister"),
 *    whatever the date — a role that none of them held means someone else (as does an initial none of them has);
 * 4. the publication date: the one who held a listed office that day (the role's office when one is written).
 *    Without a written role, a person outside the curated well-known list also needs the article to speak
 *    of the jurisdiction of that office ("Fox" in 2004 is Mexico's president only in copy that speaks of
 *    Mexico): many shared surnames are common ones ("Miller", "Fox", "Singh").
 * Otherwise no one (`undecided`): the analyst sees the surname as written, with no knowledge-base id.
 *
 * @example
 * chooseNamesake(namesakesOf(['Kallas']), { date: '2022-05-01', roles: [], speaksOf: () => false }).person?.name // 'Kaja Kallas'
 * chooseNamesake(namesakesOf(['Kallas']), { date: null, roles: [], speaksOf: () => false }).by // 'undecided'
 */
export function chooseNamesake(cands: readonly Namesake[], clues: NamesakeClues, initial?: string): NamesakeChoice {
  const none: NamesakeChoice = { person: null, by: 'undecided' };
  let c = [...cands];
  if (initial) {
    const i = fold(initial)[0];
    c = c.filter((p) => [p.name, ...(p.kb?.aliases ?? []), ...(p.known?.variants ?? [])].some((n) => n.includes(' ') && fold(n)[0] === i));
    if (c.length === 1) return { person: c[0]!, by: 'initial' };
    if (c.length === 0) return { person: null, by: 'someone-else' };
  }
  if (clues.gender) {
    const fit = c.filter((p) => genderOf(p) !== (clues.gender === 'm' ? 'f' : 'm'));
    if (fit.length === 1 && fit.length < c.length && genderOf(fit[0]!) === clues.gender) return { person: fit[0]!, by: 'gender' };
    if (fit.length > 0) c = fit;
  }
  const tenures = (p: Namesake) => (p.kb ? kbIndex().tenures(p.kb.id) : []);
  const kinds = rolesNamed(clues.roles);
  if (kinds.size > 0) {
    const fit = c.filter((p) => tenures(p).some((t) => fitsRole(t, kinds, clues.roleCountry)));
    if (fit.length === 1) return { person: fit[0]!, by: 'role' };
    if (fit.length === 0) return { person: null, by: 'someone-else' };
    c = fit;
  }
  if (!clues.date) return none;
  const date = clues.date;
  const held = (p: Namesake, roleOnly: boolean) => tenures(p).filter((t) => termCovers(t.term, date) && (!roleOnly || fitsRole(t, kinds, clues.roleCountry)));
  let holders = kinds.size > 0 ? c.filter((p) => held(p, true).length > 0) : [];
  const roleOnly = holders.length > 0;
  if (!roleOnly) holders = c.filter((p) => held(p, false).length > 0);
  if (holders.length > 1) {
    // two namesakes in office the same day (Viktor Orbán and Ludovic Orban in 2020): the one whose country the article speaks of
    const spoken = holders.filter((p) => held(p, roleOnly).some((t) => clues.speaksOf(t.office.jurisdiction)));
    if (spoken.length !== 1) return none;
    return { person: spoken[0]!, by: 'date' };
  }
  const p = holders[0];
  if (!p) return none;
  if (kinds.size > 0 || p.known || held(p, false).some((t) => clues.speaksOf(t.office.jurisdiction))) return { person: p, by: 'date' };
  return none;
}

/**
 * Whether a jurisdiction of the knowledge base (`country:EE`, `org:eu`) is among an article's entity ids and
 * countries: a country by its code, an organisation under the id the organisations list gives its name.
 *
 * @example
 * jurisdictionIn('org:eu', new Set(['org:european-union'])) // true
 */
export function jurisdictionIn(jurisdiction: string, ids: ReadonlySet<string>, countries: ReadonlySet<string> = new Set()): boolean {
  if (ids.has(jurisdiction)) return true;
  const [kind, rest] = jurisdiction.split(':') as [string, string];
  if (kind === 'country') return countries.has(rest);
  // ids are slugs: "org:eu" is the acronym EU, "org:european-commission" the name
  const org = knownOrg(rest.replace(/-/g, ' ')) ?? knownOrg(rest.toUpperCase());
  return !!org && ids.has(org.kbId);
}
