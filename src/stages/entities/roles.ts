import type { Place } from '../../kb/places.js';
import { gazetteer } from '../../kb/places.js';
import type { DocView } from './context.js';
import { MAX_TITLE_TOKENS, ROLE_FIELDS, ROLE_KEPT_MODIFIERS, TITLE_MODIFIERS, TITLES, type TitleInfo } from './data/lexicon.js';

/** A title phrase found in the text and what it says. */
export interface TitleMatch {
  /** Token range of the whole title phrase, qualifiers included ("former U.S. President"). */
  t0: number;
  t1: number;
  /** Token range of the title words alone ("President"). */
  h0: number;
  h1: number;
  info: TitleInfo;
  /** Country the office belongs to, from a demonym, country name or possessive. */
  country?: Place;
  /** A non-state area the office is for ("Middle East envoy"). */
  area?: Place;
  /** An institution that qualifies it ("Kremlin spokesman", "NATO chief", "the Senate's deputy speaker"). */
  org?: { name: string; the?: boolean };
  /** Modifiers kept in the role ("former", "deputy"). */
  modifiers: string[];
  /** Free modifiers kept as a field ("foreign policy" adviser). */
  field: string[];
  /** The person whose office it is ("Putin's spokesman"), with that person's role when known. */
  ofPerson?: { name: string; role?: string | undefined };
  /** What the office is of, to or for, as written ("of the Reserve Bank", "to the United Nations"). */
  objectPhrase?: { prep: string; text: string };
}

const TITLE_FIRST = new Set(Object.keys(TITLES).map((k) => k.split(' ')[0]!));
const TITLE_LAST = new Set(Object.keys(TITLES).map((k) => k.split(' ').pop()!));
const key = (w: string) => w.toLowerCase().replace(/\.$/, '').replace(/\./g, '');

/**
 * The title whose last token is `end - 1`, longest first.
 *
 * @example
 * titleEndingAt(view, 3) // for "Russian Foreign Minister Sergei": { start: 1, info: { title: 'Foreign Minister', … } }
 */
export function titleEndingAt(v: DocView, end: number): { start: number; info: TitleInfo } | null {
  if (!TITLE_LAST.has(key(v.lower(end - 1)))) return null;
  for (let n = Math.min(MAX_TITLE_TOKENS, end); n >= 1; n--) {
    const start = end - n;
    const words: string[] = [];
    let ok = true;
    for (let i = start; i < end; i++) {
      const t = v.tokens[i]!;
      if (t.kind !== 'word' || t.sentence !== v.tokens[end - 1]!.sentence) { ok = false; break; }
      words.push(key(t.text));
    }
    if (!ok) continue;
    const info = TITLES[words.join(' ')];
    if (info) return { start, info };
  }
  return null;
}

/**
 * The title whose first token is `start`, longest first.
 *
 * @example
 * titleStartingAt(view, 0) // for "secretary of state said": { end: 3, info: { title: 'Secretary of State', … } }
 */
export function titleStartingAt(v: DocView, start: number): { end: number; info: TitleInfo } | null {
  if (!TITLE_FIRST.has(key(v.lower(start)))) return null;
  for (let n = MAX_TITLE_TOKENS; n >= 1; n--) {
    const end = start + n;
    if (end > v.tokens.length) continue;
    const words: string[] = [];
    let ok = true;
    for (let i = start; i < end; i++) {
      const t = v.tokens[i]!;
      if (t.kind !== 'word' || t.sentence !== v.tokens[start]!.sentence) { ok = false; break; }
      words.push(key(t.text));
    }
    if (!ok) continue;
    const info = TITLES[words.join(' ')];
    if (info) return { end, info };
  }
  return null;
}

/**
 * Reads the qualifiers before a title backwards from `h0`: a country (demonym, name, possessive
 * "Russia's"), an area ("Middle East"), an institution ("Kremlin") and modifiers ("former").
 */
/**
 * Finds an organisation (or, before a possessive, a person) named by a mention ending at token `end - 1`.
 * A person comes with the role known so far.
 */
export type OrgAt = (end: number) => { start: number; name: string; the?: boolean; person?: { role?: string | undefined } } | null;

function qualifiers(v: DocView, h0: number, m: TitleMatch, orgAt?: OrgAt): number {
  const gaz = gazetteer();
  let i = h0;
  for (let steps = 0; steps < 6 && i > 0; steps++) {
    const w = v.tokens[i - 1]!;
    if (w.kind !== 'word' || w.sentence !== v.tokens[h0]!.sentence) break;
    const lw = key(w.text);
    if (TITLE_MODIFIERS.has(lw) && !/^\p{Lu}{2}/u.test(w.text)) { m.modifiers.unshift(lw); i--; continue; }
    // "EU foreign policy chief", "Opposition leader": a field word, lower case or opening the sentence
    if (ROLE_FIELDS.has(lw) && m.field.length < 3 && !m.country && !m.org && !m.area
      && (/^\p{Ll}/u.test(w.text) || i - 1 === 0 || v.sentenceOf(i - 2) !== v.sentenceOf(i - 1))) {
      m.field.unshift(lw); i--; continue;
    }
    if (v.isPossessive(i - 1)) {
      // "Russia's foreign minister"
      const p = placeBefore(v, i - 1);
      if (p && !m.country && (p.place.kind === 'country')) { m.country = p.place; i = p.start; continue; }
      if (p && p.place.kind === 'seat' && !m.org) { m.org = p.place; i = p.start; continue; }
      const o = orgAt?.(i - 1);
      // "Putin's spokesman Dmitry Peskov"
      if (o?.person && !m.ofPerson) { m.ofPerson = { name: o.name, role: o.person.role }; i = o.start; continue; }
      if (o && !o.person && !m.org) { m.org = o; i = o.start; continue; }
      break;
    }
    if (/^\p{Lu}/u.test(w.text) || /^[A-Z.]+$/.test(w.text)) {
      const p = placeBefore(v, i);
      if (p) {
        if (p.place.kind === 'country' && !m.country) { m.country = p.place; i = p.start; continue; }
        if (p.place.kind === 'area' && !m.area) { m.area = p.place; i = p.start; continue; }
        if (p.place.kind === 'seat' && !m.org) { m.org = p.place; i = p.start; continue; }
        break;
      }
      const o = orgAt?.(i);
      if (o && !o.person && !m.org) { m.org = o; i = o.start; continue; }
      const d = gaz.demonym(w.text);
      if (d && !m.country && d.kind === 'country') { m.country = d; i--; continue; }
      if (d && !m.area && d.kind === 'area') { m.area = d; i--; continue; }
      // a two-word demonym ("North Korean")
      if (i >= 2) {
        const d2 = gaz.demonym(`${v.word(i - 2)} ${w.text}`);
        if (d2 && !m.country && d2.kind === 'country') { m.country = d2; i -= 2; continue; }
      }
      break;
    }
    break;
  }
  return i;
}

/**
 * A country, area or seat whose name ends at token `end - 1` (1–3 tokens).
 *
 * @example
 * placeBefore(view, 2) // for "North Korea 's": { start: 0, place: { name: 'North Korea', … } }
 */
export function placeBefore(v: DocView, end: number): { start: number; place: Place } | null {
  const gaz = gazetteer();
  for (let n = Math.min(3, end); n >= 1; n--) {
    const s = end - n;
    if (!v.isCap(s)) continue;
    let ok = true;
    for (let i = s; i < end; i++) if (v.tokens[i]!.kind !== 'word') ok = false;
    if (!ok) continue;
    const p = gaz.lookup(v.text.slice(v.tokens[s]!.start, v.tokens[end - 1]!.end));
    if (p && (p.kind === 'country' || p.kind === 'area' || p.kind === 'seat')) return { start: s, place: p };
  }
  return null;
}

/**
 * The title phrase that ends right before a name at token `nameStart` ("Russian Foreign Minister
 * Sergei Lavrov"), with its qualifiers, or null.
 *
 * @example
 * titleBefore(view, 3) // for "Russian Foreign Minister Sergei Lavrov": country Russia, title Foreign Minister, t0 0
 */
export function titleBefore(v: DocView, nameStart: number, orgAt?: OrgAt): TitleMatch | null {
  const t = titleEndingAt(v, nameStart);
  if (!t) return titleOfBefore(v, nameStart, orgAt);
  // Lower-case title words before a name only count when the title is a known pre-name form
  // ("envoy Steve Witkoff" yes, "the adviser Steve" unlikely but harmless).
  const m: TitleMatch = { t0: t.start, t1: nameStart, h0: t.start, h1: nameStart, info: t.info, modifiers: [], field: [] };
  m.t0 = qualifiers(v, t.start, m, orgAt);
  return m;
}

/**
 * "Minister of Transport Maxim Sokolov", "Secretary of State Jane Doyle": a title, "of" and a capitalised
 * field (one to three words) right before a name; the field is kept as what the office is of.
 */
function titleOfBefore(v: DocView, nameStart: number, orgAt?: OrgAt): TitleMatch | null {
  for (let n = 1; n <= 3; n++) {
    const of = nameStart - n - 1;
    if (of < 1 || v.lower(of) !== 'of') return null;
    let caps = true;
    for (let k = of + 1; k < nameStart; k++) if (!v.isCap(k) || v.tokens[k]!.sentence !== v.tokens[nameStart]!.sentence) caps = false;
    if (!caps) continue;
    const t = titleEndingAt(v, of);
    if (!t) continue;
    const field = v.text.slice(v.tokens[of + 1]!.start, v.tokens[nameStart - 1]!.end);
    const info: TitleInfo = { ...t.info, title: `${t.info.title} of ${field}` };
    const m: TitleMatch = { t0: t.start, t1: nameStart, h0: t.start, h1: of, info, modifiers: [], field: [] };
    m.t0 = qualifiers(v, t.start, m, orgAt);
    return m;
  }
  return null;
}

/**
 * An appositive or description after its determiner at token `i`: "(a|an|the) [country] [modifiers]
 * title [to|of|for X]", e.g. "a senior foreign policy adviser to Putin". Returns the title and where
 * the phrase ends, the object of "to/of/for" as a token range.
 *
 * @example
 * descriptionAt(view, 5) // for ", a senior foreign policy adviser to Putin,": adviser, field "foreign policy", object Putin
 */
export function descriptionAt(v: DocView, i: number, maxModifiers = 4): (TitleMatch & { object?: [number, number] }) | null {
  const sent = v.sentenceOf(i);
  let j = i;
  const det = v.lower(j);
  if (det === 'a' || det === 'an' || det === 'the') j++;
  const m: TitleMatch & { object?: [number, number] } = { t0: i, t1: i, h0: j, h1: j, info: TITLES.president!, modifiers: [], field: [] };
  const gaz = gazetteer();
  // country: demonym or "Russia's"
  for (let k = 0; k < 2; k++) {
    if (v.isCap(j)) {
      const d = gaz.demonym(v.word(j));
      if (d?.kind === 'country' && !m.country) { m.country = d; j++; continue; }
      const two = v.isCap(j + 1) ? gaz.demonym(`${v.word(j)} ${v.word(j + 1)}`) : undefined;
      if (two?.kind === 'country' && !m.country) { m.country = two; j += 2; continue; }
      const p = gaz.lookup(v.word(j));
      if (p && v.isPossessive(j + 1) && p.kind === 'country' && !m.country) { m.country = p; j += 2; continue; }
      if (p && p.kind === 'seat' && !m.org) { m.org = p; j++; continue; }
    }
    break;
  }
  let found: { end: number; info: TitleInfo } | null = null;
  let mods = 0;
  while (j < v.tokens.length && v.sentenceOf(j) === sent) {
    found = titleStartingAt(v, j);
    if (found) break;
    const w = v.tokens[j]!;
    if (w.kind !== 'word' || !/^\p{Ll}[\p{Ll}-]*$/u.test(w.text) || mods >= maxModifiers) return null;
    const lw = w.text.toLowerCase();
    if (STOP.has(lw)) return null;
    if (TITLE_MODIFIERS.has(lw)) m.modifiers.push(lw); else m.field.push(lw);
    mods++;
    j++;
  }
  if (!found) return null;
  // "chief economist": a title word that a noun follows is only a modifier of that noun
  const after = v.tokens[found.end];
  if (NOUN_MODIFIER_TITLES.has(v.lower(found.end - 1)) && after && after.kind === 'word' && /^\p{Ll}/u.test(after.text) && !STOP.has(v.lower(found.end)) && !AFTER_TITLE.has(v.lower(found.end))) return null;
  m.h0 = j; m.h1 = found.end; m.info = found.info; m.t1 = found.end;
  const nxt = v.lower(found.end);
  if (nxt === 'to' || nxt === 'of' || nxt === 'for') {
    let k = found.end + 1;
    const the = v.lower(k) === 'the';
    if (the) k++;
    const s = k;
    while (v.isCap(k) && v.sentenceOf(k) === sent) k++;
    if (k > s) {
      m.object = [s, k];
      m.t1 = k;
      m.objectPhrase = { prep: nxt, text: `${the ? 'the ' : ''}${v.text.slice(v.tokens[s]!.start, v.tokens[k - 1]!.end)}` };
    }
  }
  return m;
}

/** Title words that often modify a following noun ("chief economist", "head coach", "general manager"). */
const NOUN_MODIFIER_TITLES = new Set(['chief', 'head', 'general', 'director', 'chair', 'commander', 'leader', 'minister']);

/** Lower-case words that may follow a title that ends its phrase. */
const AFTER_TITLE = new Set(['who', 'whose', 'said', 'says', 'told', 'added', 'has', 'had', 'is', 'was', 'will', 'would', 'also', 'then', 'since', 'until', 'when', 'while', 'after', 'before', 'during']);

const STOP = new Set(['and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'that', 'who', 'which', 'is', 'was', 'has', 'had', 'said', 'says', 'will', 'would', 'not', 'as']);

/**
 * How a country reads after "of".
 *
 * @example
 * countryPhrase('United States') // 'the United States'
 * countryPhrase('Russia') // 'Russia'
 */
export function countryPhrase(name: string): string {
  return /^(United |Czech Republic|Netherlands|Philippines|Bahamas|Gambia|Central African|Dominican Republic|Maldives|Comoros|Seychelles|Solomon|Marshall)/.test(name) ? `the ${name}` : name;
}

/** "the Kremlin", "the Reserve Bank", "the Senate" (as written), but "NATO", "Gazprom": seats, several-word names and names the text gives "the" take it. */
function orgPhrase(org: { name: string; the?: boolean }): string {
  // a street named as a seat takes no article ("of Downing Street"); the other seats do ("of the Kremlin")
  if (/\bStreet$/.test(org.name)) return org.name;
  const seat = 'kbId' in org;
  const spelled = /^\p{Lu}{2,5}$/u.test(org.name) && !WORD_ACRONYMS.has(org.name);
  return seat || org.the || spelled || (/\s/.test(org.name) && !/^\p{Lu}{2,}$/u.test(org.name)) ? `the ${org.name}` : org.name;
}

/**
 * Acronyms read as words, which English uses without "the" ("NATO chief"); acronyms spelled out
 * letter by letter take it ("the EU", "the UN", "the IMF").
 */
const WORD_ACRONYMS = new Set(['NATO', 'OPEC', 'UNESCO', 'UNICEF', 'ASEAN', 'NASA', 'FIFA', 'UEFA', 'UNITA', 'NAFTA']);

/**
 * The normalised role for a title match: "Foreign Minister of Russia", "Envoy to the Middle East",
 * "Foreign policy adviser to the President of Russia" (with an object whose role is "President of Russia").
 *
 * @example
 * roleOf({ info: TITLES['foreign minister'], country: russia, modifiers: [], field: [], … }) // 'Foreign Minister of Russia'
 */
export function roleOf(m: TitleMatch, object?: { role?: string | undefined; name: string } | null): string {
  const kept = m.modifiers.filter((x) => ROLE_KEPT_MODIFIERS.has(x));
  const field = m.field.length > 0 ? `${m.field.join(' ')} ` : '';
  let title = `${kept.length ? `${kept.join(' ')} ` : ''}${field}${field ? m.info.title.toLowerCase() : m.info.title}`;
  title = title.charAt(0).toUpperCase() + title.slice(1);
  if (kept.includes('former')) title = title.charAt(0).toLowerCase() + title.slice(1);
  const prep = m.objectPhrase?.prep ?? 'to';
  object ??= m.ofPerson;
  if (object) return `${title} ${prep} ${object.role ? `the ${object.role}` : object.name}`;
  let role = title;
  // an institution says more than its country ("Russian Defence Ministry spokesman")
  if (m.org) role = `${title} of ${orgPhrase(m.org)}`;
  else if (m.country) role = `${title} of ${countryPhrase(m.country.name)}`;
  else if (m.area) role = `${title} to ${countryPhrase(m.area.name).replace(/^(?!the )/, m.area.name.split(' ').length > 1 ? 'the ' : '')}`;
  // "Afghanistan's envoy to the United Nations", "Governor of the Reserve Bank"
  if (m.objectPhrase && !(m.country && prep === 'of')) role = `${role} ${prep} ${m.objectPhrase.text}`;
  return role;
}
