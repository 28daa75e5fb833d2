import eventsData from './data/events.json' with { type: 'json' };
import officesData from './data/offices.json' with { type: 'json' };
import peopleData from './data/people.json' with { type: 'json' };

/**
 * The curated knowledge base: people, the offices they held with term dates, and key conflict dates.
 * Data lives in ./data/*.json (each office and event names its source); this module loads and queries it.
 */

/** Kinds of office the knowledge base covers. */
export type OfficeRole = 'head-of-state' | 'head-of-government' | 'foreign-minister' | 'defence-minister' | 'secretary-general';

/** How sure a date is: the exact day, or only the month (the day given is a best estimate). */
export type Precision = 'day' | 'month' | 'year';

export interface KbPerson {
  /** `person:<slug of the canonical full name>`, the form the entities stage produces. */
  id: string;
  name: string;
  aliases: string[];
}

export interface KbTerm {
  person: string;
  /** ISO date the term began. */
  start: string;
  /** ISO date the term ended (the successor's first day), or null while in office. */
  end: string | null;
  precision: Precision;
  acting?: boolean;
  note?: string;
}

export interface KbOffice {
  id: string;
  /** `country:UA` or `org:nato`. */
  jurisdiction: string;
  role: OfficeRole;
  /** Title as used before a name in English news ("President", "Chancellor", "Foreign Secretary"). */
  title: string;
  /** One holder at a time: terms may not overlap. */
  singleHolder: boolean;
  source: string;
  /** When the list of holders does not reach back to 2000: the first date it is complete from. */
  coveredFrom?: string;
  terms: KbTerm[];
}

export interface KbEvent {
  id: string;
  name: string;
  kind: string;
  start: string;
  end?: string;
  precision: Precision;
  source: string;
  /** The larger conflict this one is a phase of (the 2022 invasion is part of the war that began in 2014). */
  partOf?: string;
  /** Words that show an article speaks of this conflict. */
  keywords: string[];
  aliases?: string[];
}

/** The loaded knowledge base. */
export interface KnowledgeBase {
  people: KbPerson[];
  offices: KbOffice[];
  events: KbEvent[];
}

/** A term of office joined with its office and holder. */
export interface Tenure {
  office: KbOffice;
  term: KbTerm;
  person: KbPerson;
}

let loaded: KnowledgeBase | null = null;

/**
 * The shipped knowledge base (loaded once, frozen).
 *
 * @example
 * loadKb().people.find((p) => p.id === 'person:vladimir-putin')?.name // 'Vladimir Putin'
 */
export function loadKb(): KnowledgeBase {
  if (!loaded) {
    loaded = deepFreeze({
      people: peopleData.items as KbPerson[],
      offices: officesData.items as KbOffice[],
      events: eventsData.items as KbEvent[],
    });
  }
  return loaded;
}

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object' && !Object.isFrozen(o)) {
    Object.freeze(o);
    for (const v of Object.values(o)) deepFreeze(v);
  }
  return o;
}

/**
 * Normalises a name for matching: diacritics, case, dots, hyphens and apostrophes do not matter.
 *
 * @example
 * nameKey('Recep Tayyip Erdoğan') === nameKey('recep tayyip erdogan') // true
 * nameKey('Kassym-Jomart Tokayev') // 'kassym jomart tokayev'
 */
export function nameKey(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l').replace(/Ł/g, 'L').replace(/ı/g, 'i')
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/[.\-‐–]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when the term covers the date (start inclusive, end exclusive). Dates are ISO strings. */
export function termCovers(term: KbTerm, date: string): boolean {
  const d = date.slice(0, 10);
  return term.start <= d && (term.end === null || d < term.end);
}

/** Query helpers over a knowledge base. */
export interface KbIndex {
  kb: KnowledgeBase;
  person(id: string): KbPerson | undefined;
  /** People whose full name or alias is this name (normalised). */
  peopleNamed(name: string): KbPerson[];
  /** People whose last name (last word of the canonical name or an alias) is this word. */
  peopleWithSurname(word: string): KbPerson[];
  /** Every term a person held, with its office. */
  tenures(personId: string): Tenure[];
  /** Who held offices at a date, optionally narrowed by jurisdiction and role. */
  holdersAt(date: string, filter?: { jurisdiction?: string; role?: OfficeRole }): Tenure[];
  event(id: string): KbEvent | undefined;
}

let index: KbIndex | null = null;

/**
 * An index over the shipped knowledge base (or the one given).
 *
 * @example
 * kbIndex().holdersAt('2025-03-16', { jurisdiction: 'country:US', role: 'head-of-state' })[0]?.person.name // 'Donald Trump'
 */
export function kbIndex(kb?: KnowledgeBase): KbIndex {
  if (!kb && index) return index;
  const base = kb ?? loadKb();
  const byId = new Map(base.people.map((p) => [p.id, p]));
  const byName = new Map<string, KbPerson[]>();
  const bySurname = new Map<string, KbPerson[]>();
  const add = (m: Map<string, KbPerson[]>, k: string, p: KbPerson) => {
    const list = m.get(k) ?? [];
    if (!list.includes(p)) list.push(p);
    m.set(k, list);
  };
  for (const p of base.people) {
    for (const n of [p.name, ...p.aliases]) {
      const k = nameKey(n);
      add(byName, k, p);
      const words = k.split(' ');
      if (words.length > 1) add(bySurname, words[words.length - 1]!, p);
    }
  }
  const tenures = new Map<string, Tenure[]>();
  for (const office of base.offices) {
    for (const term of office.terms) {
      const person = byId.get(term.person);
      if (!person) continue;
      tenures.set(person.id, [...(tenures.get(person.id) ?? []), { office, term, person }]);
    }
  }
  const idx: KbIndex = {
    kb: base,
    person: (id) => byId.get(id),
    peopleNamed: (name) => byName.get(nameKey(name)) ?? [],
    peopleWithSurname: (word) => bySurname.get(nameKey(word)) ?? [],
    tenures: (id) => tenures.get(id) ?? [],
    holdersAt(date, filter = {}) {
      const out: Tenure[] = [];
      for (const office of base.offices) {
        if (filter.jurisdiction && office.jurisdiction !== filter.jurisdiction) continue;
        if (filter.role && office.role !== filter.role) continue;
        for (const term of office.terms) {
          const person = byId.get(term.person);
          if (person && termCovers(term, date)) out.push({ office, term, person });
        }
      }
      return out;
    },
    event: (id) => base.events.find((e) => e.id === id),
  };
  if (!kb) index = idx;
  return idx;
}
