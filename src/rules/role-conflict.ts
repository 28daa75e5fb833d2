import { gazetteer } from '../kb/places.js';
import { kbIndex, nameKey, termCovers, type KbIndex, type KbPerson, type OfficeRole, type Tenure } from '../kb/kb.js';
import type { Finding, Sentence } from '../model/layers.js';
import { daysBetween, finding, sentenceAt, sentencesOf, type CheckInput } from './util.js';

/** Titles written before a name, and the kind of office each names. Longest first. */
const TITLES: Array<[string, OfficeRole]> = [
  ['Secretary of State', 'foreign-minister'],
  ['Secretary of Defense', 'defence-minister'],
  ['Foreign Affairs Minister', 'foreign-minister'],
  ['External Affairs Minister', 'foreign-minister'],
  ['Foreign Minister', 'foreign-minister'],
  ['Foreign Secretary', 'foreign-minister'],
  ['Defence Minister', 'defence-minister'],
  ['Defense Minister', 'defence-minister'],
  ['Defence Secretary', 'defence-minister'],
  ['Defense Secretary', 'defence-minister'],
  ['Prime Minister', 'head-of-government'],
  ['Premier', 'head-of-government'],
  ['Chancellor', 'head-of-government'],
  ['President', 'head-of-state'],
];

/** Office titles in the KB that an article title may stand for. */
function titleFits(written: string, officeTitle: string): boolean {
  const w = written.toLowerCase().replace('defense', 'defence');
  const o = officeTitle.toLowerCase().replace('defense', 'defence');
  if (w === o) return true;
  if (w === 'president') return o === 'president';
  if (w === 'premier' || w === 'prime minister') return o === 'premier' || o === 'prime minister';
  if (w === 'chancellor') return o === 'chancellor';
  // Foreign/defence: any of the national variants of the office.
  return true;
}

const TITLE_RE = new RegExp(
  String.raw`\b(?:([Ff]ormer|[Ee]x-|[Tt]hen-|[Ll]ate|[Oo]utgoing|[Ii]ncoming|[Aa]cting|[Ii]nterim|[Ff]uture|[Dd]eposed|[Oo]usted)\s*)?((?:[A-Z][A-Za-z.]*\.?|U\.S\.)\s+)?(` +
    TITLES.map(([t]) => t.replace(/ /g, String.raw`\s+`)).join('|') +
    String.raw`)(-elect|-designate)?\s+((?:(?:[A-Z]\.|[A-Z][\p{L}'’-]*|de|da|van|von|der|bin|zu|la|le|del)\s+){0,3}[A-Z][\p{L}'’-]+)`,
  'gu',
);

/** A title-and-name phrase found in the text. */
interface TitledName {
  start: number;
  end: number;
  modifier: string;
  qualifier: string | null;
  title: string;
  role: OfficeRole;
  name: string;
}

function findTitledNames(text: string): TitledName[] {
  const out: TitledName[] = [];
  for (const m of text.matchAll(TITLE_RE)) {
    if (m[4]) continue; // president-elect, minister-designate: not in office yet by definition
    const title = m[3]!.replace(/\s+/g, ' ');
    const role = TITLES.find(([t]) => t.toLowerCase() === title.toLowerCase())?.[1];
    if (!role) continue;
    // The capitalised word before the title may be a country qualifier ("U.S.", "Russian") or a sentence start.
    const qualifier = m[2]?.trim() ?? null;
    let start = m.index!;
    if (!m[1] && qualifier && !qualifierCountry(qualifier)) start += m[0].indexOf(m[3]!);
    while (/\s/.test(text[start] ?? '')) start++;
    out.push({ start, end: m.index! + m[0].length, modifier: (m[1] ?? '').toLowerCase(), qualifier: qualifier && qualifierCountry(qualifier) ? qualifier : null, title, role, name: m[5]! });
  }
  return out;
}

/** The jurisdiction a qualifier names ("U.S." → country:US, "Russian" → country:RU), or null. */
function qualifierCountry(word: string): string | null {
  const w = word.replace(/’s$|'s$/, '');
  if (/^(The|A|An|Then|Former|But|And|When|As|If|Under|With|By|For|In|On|At|Of|To|After|Before|While)$/.test(w)) return null;
  const g = gazetteer();
  const p = g.demonym(w) ?? g.lookup(w);
  return p && p.kind === 'country' ? p.kbId : null;
}

/**
 * The KB person a written name refers to, trying the full name, then shorter leading parts, then the surname
 * (a surname is accepted only when one candidate fits, or the article spells one candidate's full name).
 */
function resolvePerson(idx: KbIndex, written: string, text: string, fits: (p: KbPerson) => boolean): KbPerson | null {
  const words = written.replace(/[’']s$/, '').split(/\s+/);
  for (let n = words.length; n >= 2; n--) {
    const cands = idx.peopleNamed(words.slice(0, n).join(' ')).filter(fits);
    if (cands.length === 1) return cands[0]!;
    if (cands.length > 1) return null;
  }
  const surname = words[0]!.replace(/[’']s$/, '');
  const cands = idx.peopleWithSurname(surname).filter(fits);
  if (cands.length === 0) return null;
  const key = nameKey(text);
  const spelled = cands.filter((p) => [p.name, ...p.aliases].some((n) => n.includes(' ') && key.includes(nameKey(n))));
  if (spelled.length === 1) return spelled[0]!;
  return cands.length === 1 && spelled.length === 0 ? cands[0]! : null;
}

const PAST_CONTEXT = /\b(1[89]\d\d|20\d\d)\b|\bthen\b|\bat the time\b|\bwhen (?:he|she) was\b|\bhistory\b|\bera\b|\bunder\b/i;

/**
 * role-conflict: a title before a name that the knowledge base contradicts at the publication date —
 * "former President X" while X holds that office, or "President X" while X does not (and the sentence gives no
 * other time). Works from the text, the sentences and the KB alone; needs a publication date.
 *
 * @example
 * checkRoles({ text: 'Former U.S. President Donald Trump spoke.', publishedAt: '2025-03-16', layers: {} })[0]?.kind // 'role-conflict'
 */
export function checkRoles(doc: CheckInput, idx: KbIndex = kbIndex()): Finding[] {
  const date = doc.publishedAt?.slice(0, 10);
  const sentences = sentencesOf(doc);
  if (!date) return checkRolesInArticle(doc, sentences, []);
  const out: Finding[] = [];
  // One finding per person and kind of contradiction; later mentions add evidence.
  const byKey = new Map<string, Finding>();
  const add = (key: string, f: Finding) => {
    const prev = byKey.get(key);
    if (prev) prev.evidence.push(...f.evidence);
    else {
      byKey.set(key, f);
      out.push(f);
    }
  };
  for (const t of findTitledNames(doc.text)) {
    const jurisdiction = t.qualifier ? qualifierCountry(t.qualifier) : null;
    const matching = (p: KbPerson): Tenure[] =>
      idx.tenures(p.id).filter((x) => x.office.role === t.role && titleFits(t.title, x.office.title) && (!jurisdiction || x.office.jurisdiction === jurisdiction));
    const person = resolvePerson(idx, t.name, doc.text, (p) => matching(p).length > 0);
    if (!person) continue;
    const tenures = matching(person);
    const current = tenures.find((x) => termCovers(x.term, date));
    const span = { start: t.start, end: t.end };
    const written = doc.text.slice(t.start, t.end);
    if (t.modifier === 'former' || t.modifier === 'ex-') {
      // Leaving office soon after publication or just having entered it are honest edge cases: allow a week.
      if (current && daysBetween(current.term.start, date) > 7 && (current.term.end === null || daysBetween(date, current.term.end) > 7)) {
        add(`former|${person.id}`, finding('role-conflict', doc.text,
          `“${written}”: ${person.name} is called former ${t.title}, but holds the office (${current.office.title}, ${current.office.jurisdiction.replace(/^\w+:/, '')}) since ${current.term.start} (source: ${current.office.source})`,
          [span], { actual: `former ${t.title}`, expected: `${current.office.title} (in office since ${current.term.start})` }));
      }
      continue;
    }
    if (t.modifier) continue; // then-, late, acting …: the writer already places the title in time
    if (current) continue;
    const sentence = sentenceAt(sentences, t.start);
    const context = sentence ? doc.text.slice(sentence.start, sentence.end) : written;
    if (PAST_CONTEXT.test(context)) continue;
    // Speakers keep honorifics ("President Obama" years later): judge the writer's words, not quoted ones.
    if ((doc.layers.quotes ?? []).some((q) => q.start <= t.start && t.end <= q.end)) continue;
    // A time in the sentence that falls inside one of the person's terms places the title there.
    const timesHere = (doc.layers.times ?? []).filter((x) => sentence && x.start >= sentence.start && x.end <= sentence.end && /^\d{4}/.test(x.value));
    if (timesHere.some((x) => tenures.some((y) => x.value.slice(0, 10) >= y.term.start.slice(0, x.value.slice(0, 10).length) && (y.term.end === null || x.value.slice(0, 10) < y.term.end)))) continue;
    const near = tenures.some((x) => Math.abs(daysBetween(x.term.start, date)) <= 30 || (x.term.end !== null && Math.abs(daysBetween(x.term.end, date)) <= 30));
    if (near) continue;
    const last = [...tenures].sort((a, b) => a.term.start.localeCompare(b.term.start));
    const before = last.filter((x) => x.term.start <= date);
    const after = last.filter((x) => x.term.start > date);
    const holders = idx.holdersAt(date, { jurisdiction: (before[0] ?? after[0])!.office.jurisdiction, role: t.role }).map((h) => h.person.name);
    const status = before.length
      ? `left the office on ${before[before.length - 1]!.term.end}`
      : `only took the office on ${after[0]!.term.start}`;
    add(`title|${person.id}|${t.role}`, finding('role-conflict', doc.text,
      `“${written}”: on ${date} ${person.name} is not in that office (${status}${holders.length ? `; the holder then was ${holders.join(', ')}` : ''}; source: ${(before[0] ?? after[0])!.office.source})`,
      [span], { actual: t.title, expected: before.length ? `former ${t.title}` : `future ${t.title}` }));
  }
  return [...out, ...checkRolesInArticle(doc, sentences, out)];
}

/**
 * role-conflict from the article alone: one person called "former President X" and, elsewhere, "President X" with
 * no word placing that title in the past. Needs neither the KB nor a publication date; mentions already flagged
 * against the KB are left out.
 *
 * @example
 * checkRolesInArticle({ text: 'Former President Smith spoke. President Smith then left.', publishedAt: null, layers: {} }, [], [])
 */
export function checkRolesInArticle(doc: CheckInput, sentences: readonly Sentence[], already: readonly Finding[]): Finding[] {
  const titled = findTitledNames(doc.text);
  const flagged = (s: { start: number; end: number }) => already.some((f) => f.evidence.some((e) => e.start < s.end && s.start < e.end));
  const surname = (n: string) => n.split(/\s+/).pop()!.replace(/[’']s$/, '');
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const f of titled) {
    if ((f.modifier !== 'former' && f.modifier !== 'ex-') || flagged(f)) continue;
    const key = `${f.role}|${surname(f.name)}`;
    if (seen.has(key)) continue;
    const present = titled.filter((t) => !t.modifier && t.role === f.role && t.title.toLowerCase() === f.title.toLowerCase() && surname(t.name) === surname(f.name)
      && !PAST_CONTEXT.test(contextOf(doc.text, sentences, t.start)));
    if (!present.length) continue;
    seen.add(key);
    const a = doc.text.slice(f.start, f.end);
    const b = doc.text.slice(present[0]!.start, present[0]!.end);
    out.push(finding('role-conflict', doc.text, `the article calls the same person “${a}” and “${b}”: one of the titles is wrong`,
      [f, ...present].map((x) => ({ start: x.start, end: x.end })), { actual: a, expected: b }));
  }
  return out;
}

function contextOf(text: string, sentences: readonly Sentence[], pos: number): string {
  const s = sentenceAt(sentences, pos);
  return s ? text.slice(s.start, s.end) : text;
}
