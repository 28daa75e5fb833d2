import type { Entity, EntityType, Mention, MentionKind, NameMention, Sentence, Token } from '../../model/layers.js';
import type { Span } from '../../model/span.js';
import { kbIndex, type Tenure } from '../../kb/kb.js';
import { knownOrg, knownOrgsIn, orgSeatedIn } from '../../kb/orgs.js';
import { gazetteer, placeKey, slug, type Place } from '../../kb/places.js';
import { AMBIGUOUS_COUNTRY_NAMES } from '../../kb/data/places-curated.js';
import { DocView, type Draft, type MentionDraft } from './context.js';
import { CALENDAR_WORDS, FEMALE_NAMES, HONORIFICS, INSTITUTION_ADJECTIVE, MALE_NAMES, MAX_ORG_TOKENS, ORG_NOUNS, TITLE_MODIFIERS, TITLES, type OrgNoun } from './data/lexicon.js';
import { actsAsState } from './metonymy.js';
import { chooseNamesake, jurisdictionIn, namesakesOf, type Namesake } from './namesakes.js';
import { knownPerson } from './people.js';
import { resolvePronouns } from './pronouns.js';
import { descriptionAt, placeBefore, roleOf, titleBefore, titleStartingAt, type TitleMatch } from './roles.js';
import { isRolePhrase, OFFICE_AFTER_STYLE, PEER_GENDER, PEER_STYLES, peerName, peerSurname } from './styles.js';

/** What linking reads. */
export interface LinkInput {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  names: readonly NameMention[];
  dateline?: (Span & { place: Span & { text: string } }) | null;
  /** Publication date (ISO): decides between namesakes ("Kallas" in 2002 is Siim, in 2022 Kaja). */
  publishedAt?: string | null;
}

/** What linking returns: every mention, and the entities that hold them. */
export interface LinkOutput {
  mentions: Mention[];
  entities: Entity[];
}


/** Head nouns of institutions whose name goes on with "of" ("Ministry of Defence", "Bank of England"). */
const INSTITUTION_HEADS = new Set(['ministry', 'department', 'bank', 'university', 'commission', 'council', 'committee', 'agency', 'office',
  'court', 'academy', 'institute', 'bureau', 'league', 'organisation', 'organization', 'party', 'church', 'house', 'chamber', 'assembly',
  'federation', 'union', 'service', 'college', 'school', 'association', 'society', 'board', 'directorate', 'command']);

/** Titles that say little about the office; a specific one replaces them as the role. */
const GENERIC_TITLES = new Set(['Leader', 'Head', 'Chief', 'Minister', 'Diplomat', 'Lawmaker', 'Aide']);
const ORG_FIRST = new Set(Object.keys(ORG_NOUNS).map((k) => k.split(' ')[0]!));
const REGION_WORDS = new Set(['region', 'oblast', 'province', 'krai', 'territory', 'district', 'governorate', 'state', 'prefecture']);
/** Months that also end names ("Theresa May", "Million Man March"). */
const NAME_LIKE_MONTHS = new Set(['May', 'March', 'August', 'June', 'April']);

/** Lower-case words that never stand inside a name: verbs and auxiliaries a tagged span ran over. */
const NAME_BREAKERS = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'said', 'says', 'told', 'can', 'could', 'may', 'might', 'should', 'must', 'did', 'does', 'do', 'been', 'being']);

/** Bare title words that refer back to a more specific office ending in them ("the minister" → "Foreign Minister"). */
const GENERIC_HEADS = new Set(['minister', 'secretary', 'adviser', 'envoy', 'commander', 'negotiator', 'prosecutor', 'director', 'ambassador', 'spokesperson']);
const NAME_KINDS: ReadonlySet<MentionKind> = new Set(['name', 'metonym', 'demonym']);

/** Working state of one article's linking. */
class Linker {
  readonly v: DocView;
  readonly gaz = gazetteer();
  readonly drafts = new Map<string, Draft>();
  readonly mentions: MentionDraft[] = [];
  /** Lower-case surnames of the full person names in the article. */
  readonly surnames = new Set<string>();
  /** Organisations by the acronym of their long name ("OSCE"), for a later short form. */
  readonly acronyms = new Map<string, Draft>();
  /** Token ranges already explained by a title, appositive or description. */
  readonly used = new Set<number>();
  /** Person clusters whose name fits several listed people, decided once roles are known. */
  readonly namesakes = new Map<Draft, Namesake[]>();

  constructor(readonly input: LinkInput) {
    this.v = new DocView(input.text, input.tokens, input.sentences);
  }

  draft(key: string, init: () => Omit<Draft, 'key' | 'aliases' | 'mentions'>): Draft {
    let d = this.drafts.get(key);
    if (!d) {
      d = { key, aliases: new Set(), mentions: [], ...init() };
      this.drafts.set(key, d);
    }
    return d;
  }

  placeDraft(p: Place): Draft {
    return this.draft(p.kbId, () => {
      const d: Omit<Draft, 'key' | 'aliases' | 'mentions'> = {
        name: p.name, type: p.kind === 'seat' ? 'ORG' : p.type, kbId: p.kbId, fixedName: true, place: p,
      };
      if (p.country) d.country = p.country;
      if (p.geo) d.geo = p.geo;
      return d;
    });
  }

  countryDraft(code: string): Draft | undefined {
    const p = this.gaz.country(code);
    return p ? this.placeDraft(p) : undefined;
  }

  add(span: Span, kind: MentionKind, type: EntityType, d: Draft): MentionDraft {
    const [t0, t1] = this.v.tokenRange(span);
    const m: MentionDraft = {
      start: span.start, end: span.end, kind, type, draft: d, t0, t1,
      sentence: this.v.sentenceOf(t0), quote: this.v.quoteOf[t0] ?? -1,
    };
    d.mentions.push(m);
    this.mentions.push(m);
    return m;
  }

  /**
   * A tagged name repaired into a well-formed name:
   * - a title inside it starts the person after it ("Lib Dem leader Charles" → "Charles Kennedy");
   * - a known given name and surname closing a non-person name are the person ("Transport Maxim Sokolov");
   * - a month after a time preposition does not open it ("in March Russia");
   * - a verb, or in a person's or place's name a number, ends it ("Shanda has 20% of Sina", "A. Dale 69");
   * - it never ends on a lower-case word, a weekday or month, punctuation or a quote mark ("the West was a
   *   turning point" tagged up to "turning", "Lindsey said", "Donetsk July").
   * Inner lower-case words stay ("Bank of England", "Kengo wa Dondo", "Palestinian self-rule Authority"); a
   * closing bracket stays when the name opened it. Null when nothing of it is left.
   */
  wellFormed(n: NameMention): NameMention | null {
    const [a, b] = this.v.tokenRange(n);
    const toks = this.v.tokens;
    // "Lib Dem leader Charles" (PERSON) or "Labour MP Lord Janner" (MISC): a title inside a tagged name; the person
    // is what follows it, running on over capitalised words the tagger left out ("… Charles Kennedy")
    for (let k = a + 1; k < b - 1; k++) {
      const t = toks[k]!;
      const key = t.text.toLowerCase().replace(/\.$/, '');
      const titled = t.kind === 'word' && TITLES[key] !== undefined && (/^\p{Ll}/u.test(t.text) || /^\p{Lu}{2,3}$/u.test(t.text));
      if (!titled) continue;
      if (!toks.slice(k + 1, b).every((x) => x.kind === 'word' && /^\p{Lu}/u.test(x.text))) break;
      let e = b;
      const taken = (i: number) => this.input.names.some((o) => o !== n && o.start < toks[i]!.end && toks[i]!.start < o.end);
      while (e < toks.length && e < b + 2 && toks[e]!.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(toks[e]!.text)
        && toks[e]!.sentence === toks[b - 1]!.sentence && toks[e]!.start - toks[e - 1]!.end === 1 && !taken(e)) e++;
      // (a hyphenated surname the tagger cut: "MEP Robert Kilroy-Silk")
      while (e + 1 < toks.length && /^[-‐]$/.test(toks[e]!.text) && toks[e]!.start === toks[e - 1]!.end && toks[e + 1]!.start === toks[e]!.end
        && /^\p{Lu}\p{Ll}/u.test(toks[e + 1]!.text) && !taken(e + 1)) e += 2;
      const s = toks[k + 1]!.start, end = toks[e - 1]!.end;
      return { ...n, start: s, end, type: 'PERSON', text: this.input.text.slice(s, end) };
    }
    // "the Deputy Head said", "the Chief Executive told": a capitalised office after "the" or a possessive describes
    // someone and names nobody
    if (this.roleNotName(a, b)) return null;
    // "Deputy Head Anna Smith" tagged as one person: the office before the name is no part of it
    if (n.type === 'PERSON') {
      const cut = this.officeOpening(a, b);
      if (cut > a) return this.wellFormed({ ...n, start: toks[cut]!.start, text: this.input.text.slice(toks[cut]!.start, n.end) });
    }
    // "Lord Woolf" tagged ORG, "Baroness Ashton" LOC: a peer's or knight's style before a name makes a person, unless
    // it opens an office ("Lord Chancellor", "Lord Mayor", "Lady Justice")
    if (n.type !== 'PERSON' && b - a >= 2 && /^(?:Lord|Lady|Baroness|Baron|Sir|Dame)$/.test(toks[a]!.text)
      && toks.slice(a + 1, b).every((t) => t.kind === 'word' && /^\p{Lu}/u.test(t.text) || /^[-‐]$/.test(t.text))
      && !OFFICE_AFTER_STYLE.test(toks[a + 1]!.text)) {
      return { ...n, type: 'PERSON' };
    }
    // "the Earl of Wessex" tagged ORG, "Lord Ahmad of Wimbledon" as one name: a peer's territorial title is the person,
    // unless a capitalised word goes on after it ("the Duke of Edinburgh's Award")
    if (n.type !== 'PERSON' && this.peerTitle(stripPossessive(n.text).split(/\s+/)) && !this.capitalAfter(b)) return { ...n, type: 'PERSON' };
    // "the Prince of Wales" with only "Wales" tagged: a territorial title is the person, not a mention of the place
    if (a > 1 && this.v.lower(a - 1) === 'of' && /^\p{Lu}/u.test(toks[a - 2]!.text) && PEER_STYLES.has(this.v.lower(a - 2))
      && toks[a - 2]!.sentence === toks[a]!.sentence && !this.input.names.some((o) => o !== n && o.start < toks[a - 1]!.end && toks[a - 2]!.start < o.end)
      && toks.slice(a, b).every((t) => t.kind === 'word' && /^\p{Lu}/u.test(t.text)) && !this.capitalAfter(b)
      && this.peerTitle([toks[a - 2]!.text, 'of', ...stripPossessive(n.text).split(/\s+/)])) {
      const s = toks[a - 2]!.start;
      return { ...n, start: s, type: 'PERSON', text: this.input.text.slice(s, n.end) };
    }
    // "The Lord Chancellor, Lord Falconer" or "Lord Chancellor Lord Falconer" tagged as one name: an office, maybe a
    // comma, and a peer or knight; the person is what follows the office
    for (let k = a + 1; k < b - 1; k++) {
      const comma = toks[k]!.text === ',';
      const style = comma ? k + 1 : k;
      if (style >= b - 1 || !/^(?:Lord|Lady|Baroness|Baron|Sir|Dame)$/.test(toks[style]!.text)) { if (comma) break; continue; }
      if (toks.slice(style + 1, b).every((t) => t.kind === 'word' && /^\p{Lu}/u.test(t.text))
        && toks.slice(a, k).every((t) => t.kind === 'word' && /^\p{Lu}/u.test(t.text)) && isRolePhrase(this.input.text.slice(toks[a]!.start, toks[k - 1]!.end))) {
        const s = toks[style]!.start;
        return this.wellFormed({ ...n, start: s, text: this.input.text.slice(s, n.end), type: 'PERSON' });
      }
      break;
    }
    // "Baroness" left out of a name the tagger calls a place ("Baroness [Scotland]"): the style and the word are the peer;
    // only one word, since a longer name after a style may be a work's title ("Lady [Macbeth of Mtsensk]", an opera)
    if (n.type !== 'PERSON' && b - a === 1 && a > 0 && /^(?:Lord|Lady|Baroness|Baron)$/.test(toks[a - 1]!.text) && toks[a - 1]!.sentence === toks[a]!.sentence
      && !this.input.names.some((o) => o.start < toks[a - 1]!.end && toks[a - 1]!.start < o.end)
      && peerName([toks[a - 1]!.text, ...stripPossessive(n.text).split(/\s+/)]) && !this.capitalAfter(b)) {
      const s = toks[a - 1]!.start;
      return { ...n, start: s, type: 'PERSON', text: this.input.text.slice(s, n.end) };
    }
    // "Minister of Transport Maxim Sokolov" tagged ORG "Transport Maxim Sokolov": a known given name and a
    // surname closing a non-person name are the person
    if (n.type !== 'PERSON' && b - a >= 3) {
      for (let k = a + 1; k <= b - 2; k++) {
        const g = toks[k]!.text.toLowerCase();
        if (!(MALE_NAMES.has(g) || FEMALE_NAMES.has(g))) continue;
        if (!toks.slice(k, b).every((t) => t.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(t.text))) break;
        const s = toks[k]!.start;
        return { ...n, start: s, type: 'PERSON', text: this.input.text.slice(s, n.end) };
      }
    }
    // "Don't let them …", "Won't anyone …": a capitalised auxiliary before a contracted "n't" is no name
    const after = toks[b];
    if (after && /^[’']t$/.test(after.text) && after.start === toks[b - 1]!.end && /n$/i.test(toks[b - 1]!.text)) {
      if (b - a === 1) return null;
      return this.wellFormed({ ...n, end: toks[b - 2]!.end, text: this.input.text.slice(n.start, toks[b - 2]!.end) });
    }
    const opened = n.text.includes('(');
    const bad = (k: number) => {
      const t = toks[k]!;
      // "al-Saadani" is a name; a month or weekday closing a name is a date the tagger ran into ("Donetsk July 25")
      if (t.kind === 'word') return (/^\p{Ll}/u.test(t.text) && !/^\p{Ll}+-\p{Lu}/u.test(t.text)) || (CALENDAR_WORDS.has(t.text.toLowerCase()) && !NAME_LIKE_MONTHS.has(t.text));
      if (t.kind !== 'punct' && t.kind !== 'quote') return false;
      if (opened && t.text === ')') return false;
      // the dot of an abbreviation that ends the name ("Fla.", "Corp.")
      return !(t.text === '.' && k > a && toks[k - 1]!.end === t.start && /^\p{Lu}\p{L}{0,3}$/u.test(toks[k - 1]!.text));
    };
    // "in March Russia annexed": a month after a time preposition opens no name
    if (b - a >= 2 && CALENDAR_WORDS.has(toks[a]!.text.toLowerCase()) && /^(?:in|on|since|by|until|through|during|from|last|next|early|late|mid)$/i.test(toks[a - 1]?.text ?? '')) {
      const s2 = toks[a + 1]!.start;
      return this.wellFormed({ ...n, start: s2, text: this.input.text.slice(s2, n.end) });
    }
    let end = b;
    // a verb inside a tagged name ends it ("Shanda has 20% of Sina"), and so does a number inside a
    // person's or place's name ("A. Dale 69", "Calif 1996-08-30"); events and products keep theirs ("Euro 96")
    const numbered = n.type !== 'MISC' && n.type !== 'ORG';
    for (let k = a + 1; k < b; k++) {
      const t = toks[k]!;
      // (a lower-case past form inside a name is a verb the tagger ran over: "… Victoria Nuland claimed Russian")
      if ((t.kind === 'word' && (NAME_BREAKERS.has(t.text) || /^\p{Ll}{2,}ed$/u.test(t.text))) || (numbered && (t.kind === 'number' || t.text === '%'))) { end = k; break; }
    }
    while (end > a + 1 && bad(end - 1)) end--;
    if (end === b) return n;
    if (bad(end - 1)) return null;
    const e = toks[end - 1]!.end;
    return { ...n, end: e, text: this.input.text.slice(n.start, e) };
  }

  /**
   * Whether the tagged tokens [a, b) are an office written with capitals after "the", a determiner or a possessive
   * ("the Deputy Head said", "the company's Chief Executive", "its Secretary-General"): a description, not a name.
   * Capitalised modifiers the tagger left out count with it ("the Deputy [Head]"); monarchs and popes, whom British
   * copy names "the Queen", keep the tagger's name.
   */
  roleNotName(a: number, b: number): boolean {
    const v = this.v, toks = v.tokens;
    let e = b;
    // (a verb or punctuation the tagger ran into is cut later: "[Lord Chancellor said]")
    while (e - 1 > a && !v.isCap(e - 1) && !/^[-‐]$/.test(toks[e - 1]!.text)) e--;
    if (e - 1 > a && v.isPossessive(e - 1)) e--;
    const phrase = (s: number) => this.input.text.slice(toks[s]!.start, toks[e - 1]!.end);
    if (!toks.slice(a, e).every((t, i) => t.kind === 'word' ? v.isCap(a + i) : /^[-‐]$/.test(t.text))) return false;
    if (/^(?:king|queen|pope|emperor|empress)$/.test(v.lower(e - 1))) return false;
    // the longest office ending here, over up to three capitalised words the tagger left out ("the Chief [Constable]")
    let s = -1;
    for (let k = a; k >= a - 3 && k >= 0 && v.sentenceOf(k) === v.sentenceOf(a) && (k === a || v.isCap(k)); k--) if (isRolePhrase(phrase(k))) s = k;
    if (s < 0) return false;
    // lower-case modifiers before it ("the former Chief Executive")
    while (s > 0 && v.sentenceOf(s - 1) === v.sentenceOf(a) && TITLE_MODIFIERS.has(v.lower(s - 1)) && !v.isCap(s - 1)) s--;
    if (s === 0 || v.sentenceOf(s - 1) !== v.sentenceOf(a)) return false;
    // (a possessive clings to its owner: "the firm's Chief Executive", not "Brian 'Head' Welch")
    return /^(?:the|a|an|its|his|her|their|our|my|your|this|that)$/.test(v.lower(s - 1)) || (s > 1 && v.isPossessive(s - 1) && toks[s - 1]!.start === toks[s - 2]!.end);
  }

  /**
   * Where the name starts in a tagged person that opens with a capitalised office ("Deputy Head Anna Smith",
   * "Chief Executive Jan Holm"): after the office, when at least two capitalised name words follow it; else `a`.
   * Monarchs' and popes' styles stay ("King Abdullah II").
   */
  officeOpening(a: number, b: number): number {
    const v = this.v, toks = v.tokens;
    for (let k = a; k < b - 2 && v.isCap(k); k++) {
      const t = titleStartingAt(v, k);
      if (t && /^(?:king|queen|pope)$/.test(t.info.title.toLowerCase())) return a;
      if (t && t.end <= b - 2 && toks.slice(t.end, b).every((x) => x.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(x.text))
        && toks.slice(k, t.end).every((x, i) => v.isCap(k + i))) return t.end;
      if (!TITLE_MODIFIERS.has(v.lower(k)) && !/^(?:vice|assistant)$/.test(v.lower(k))) return a;
    }
    return a;
  }

  /**
   * A peer's name (see peerName), where a prince or princess needs a place of the gazetteer below the level of a
   * country after "of" ("the Prince of Wales"; not "Prince of Persia", a game, nor "the Prince of Darkness").
   */
  peerTitle(words: string[]): string[] | null {
    const name = peerName(words);
    if (!name || !/^princes?s?$/i.test(name[0]!)) return name;
    const place = this.gaz.lookup(name.slice(name.indexOf('of') + 1).join(' '));
    return place && place.kind !== 'country' ? name : null;
  }

  /** Whether a capitalised word follows token `b - 1` in its sentence, over a possessive ("Duke of Edinburgh's Award"). */
  capitalAfter(b: number): boolean {
    const v = this.v;
    const k = v.isPossessive(b) ? b + 1 : b;
    return k < v.tokens.length && v.sentenceOf(k) === v.sentenceOf(b - 1) && v.isCap(k);
  }

  /**
   * A peer's territorial title after a tagged person ("Lord Ahmad" + "of Wimbledon", "Lord Irvine of Lairg" with
   * "Lairg" tagged a place): one person's name to the end of the place, and no place mention inside it. Only after
   * a peerage style, written in the name or just before it.
   */
  peerTitlesOfPlaces(names: NameMention[]): NameMention[] {
    const v = this.v, toks = v.tokens, text = this.input.text;
    const out: NameMention[] = [];
    for (let i = 0; i < names.length; i++) {
      const n = names[i]!;
      const [a, b] = v.tokenRange(n);
      const sent = v.sentenceOf(a);
      const styled = (k: number) => k >= 0 && v.isCap(k) && PEER_STYLES.has(v.lower(k)) && v.sentenceOf(k) === sent;
      const style = styled(a) ? a : styled(a - 1) ? a - 1 : -1;
      if (n.type !== 'PERSON' || style < 0 || v.lower(b) !== 'of' || !v.isCap(b + 1) || v.sentenceOf(b + 1) !== sent) { out.push(n); continue; }
      let e = b + 1;
      while (e < toks.length && e < b + 4 && v.isCap(e) && v.sentenceOf(e) === sent) e++;
      const end = toks[e - 1]!.end;
      if (!this.peerTitle(text.slice(toks[style]!.start, end).split(/\s+/))) { out.push(n); continue; }
      // names inside the place part go; one running past it stops the join
      let j = i + 1;
      while (j < names.length && names[j]!.start < end && names[j]!.end <= end) j++;
      if (j < names.length && names[j]!.start < end) { out.push(n); continue; }
      out.push({ ...n, end, text: text.slice(n.start, end) });
      i = j - 1;
    }
    return out;
  }

  /**
   * Two capitalised words joined by "&" are one organisation or brand where the tagger read a part of it ("Marks" LOC
   * and "Spencer" PERSON, "Head" PERSON before "& Shoulders"); not two places ("Serbia & Montenegro" stays as tagged)
   * nor two people named in full ("Matt Lucas & David Walliams").
   */
  ampersandNames(names: NameMention[]): NameMention[] {
    const v = this.v, toks = v.tokens, text = this.input.text;
    let out = names;
    for (let i = 1; i + 1 < toks.length; i++) {
      if (toks[i]!.text !== '&' || !v.isCap(i - 1) || !v.isCap(i + 1) || v.sentenceOf(i - 1) !== v.sentenceOf(i + 1)) continue;
      const at = (k: number) => out.find((n) => n.start <= toks[k]!.start && toks[k]!.end <= n.end);
      if (at(i)) continue;
      const left = at(i - 1), right = at(i + 1);
      if (!left && !right) continue;
      if (left && right && coarse(left.type) === 'LOC' && coarse(right.type) === 'LOC') continue;
      // two people by full name ("Matt Lucas & David Walliams"); a firm of surnames stays one ("Marsh & McLennan")
      if (left && right && left.type === 'PERSON' && right.type === 'PERSON' && (/\s/.test(left.text) || /\s/.test(right.text))) continue;
      const start = left ? left.start : toks[i - 1]!.start;
      let end = right ? right.end : toks[i + 1]!.end;
      if (!right) for (let k = i + 2; k < i + 4 && k < toks.length && v.isCap(k) && v.sentenceOf(k) === v.sentenceOf(i) && !at(k); k++) end = toks[k]!.end;
      out = out.filter((n) => n.end <= start || n.start >= end);
      out.push({ start, end, text: text.slice(start, end), type: 'ORG' });
      out.sort((a, b) => a.start - b.start);
    }
    return out;
  }

  /**
   * The name words a person mention is linked by: titles and honorifics dropped, except a peerage style, which stays
   * with the title of a peer ("Baroness Scotland", "Lord Ahmad of Wimbledon"; the style may stand just before the
   * tagged name).
   */
  personNameTokens(n: NameMention): string[] {
    const base = personTokens(n.text);
    if (PEER_STYLES.has(base[0]!.toLowerCase())) return peerName(base) ?? base;
    const words = stripPossessive(n.text).split(/\s+/);
    const j = words.findIndex((w) => w.replace(/[’']s$/u, '') === base[0]);
    let style: string | undefined;
    if (j > 0) style = words[j - 1];
    else if (j === 0) {
      const [t0] = this.v.tokenRange(n);
      if (t0 > 0 && this.v.sentenceOf(t0 - 1) === this.v.sentenceOf(t0)) style = this.v.word(t0 - 1);
    }
    if (!style || !PEER_STYLES.has(style.toLowerCase()) || !/^\p{Lu}/u.test(style)) return base;
    return peerName([style, ...base]) ?? base;
  }

  /**
   * An institution's name runs on over "of" and the capitalised words after it ("the Ministry of Defence",
   * "Bank of England", "Party of Regions"), as CoNLL annotates it, where the tagger split it in two ("Ukrainian
   * Ministry" + "Defence") or stopped at "of". Only after a head noun of institutions, within one sentence, and over
   * at most four capitalised words: "the Minister of Defence" is a title and "Ukraine's Ministry" an owner.
   */
  joinOfPhrases(names: NameMention[]): NameMention[] {
    const v = this.v, toks = v.tokens, text = this.input.text;
    const out: NameMention[] = [];
    for (let i = 0; i < names.length; i++) {
      const n = names[i]!;
      const [a, b] = v.tokenRange(n);
      if (n.type !== 'ORG' || !INSTITUTION_HEADS.has(v.lower(b - 1)) || v.lower(b) !== 'of' || !v.isCap(b + 1)
        || v.sentenceOf(b + 1) !== v.sentenceOf(a)) { out.push(n); continue; }
      let e = b + 1;
      const next = names[i + 1];
      if (next && next.start === toks[b + 1]!.start && next.type !== 'PERSON') {
        e = v.tokenRange(next)[1];
        i++;
      } else {
        while (e < toks.length && e < b + 5 && v.isCap(e) && v.sentenceOf(e) === v.sentenceOf(a) && !names.some((o) => o.start <= toks[e]!.start && toks[e]!.start < o.end)) e++;
      }
      const end = toks[e - 1]!.end;
      out.push({ ...n, end, text: text.slice(n.start, end) });
    }
    return out;
  }

  /**
   * The first paragraph when it is a Title Case headline: short, without a closing full stop, most of its longer
   * words capitalised.
   */
  headline(): Span | null {
    const { sentences, text } = this.input;
    const first = sentences[0];
    if (!first) return null;
    let end = first.end;
    for (const s of sentences) if (s.paragraph === first.paragraph) end = s.end;
    if (sentences.every((s) => s.paragraph === first.paragraph)) return null;
    const line = text.slice(first.start, end);
    const words = line.match(/\p{L}[\p{L}’'-]{3,}/gu) ?? [];
    if (words.length < 4 || words.length > 20 || /[.!?]["”’]?\s*$/.test(line)) return null;
    const caps = words.filter((w) => /^\p{Lu}/u.test(w)).length;
    return caps / words.length >= 0.6 ? { start: first.start, end } : null;
  }

  /** A name the knowledge base knows: an organisation, a place or a person. */
  knownName(n: NameMention): boolean {
    const surface = stripPossessive(n.text);
    return !!knownOrg(surface) || !!this.gaz.lookup(surface) || !!this.gaz.demonym(surface) || !!knownPerson(personTokens(surface));
  }

  /** Names plus gazetteer finds the tagger missed (dateline place, capitalised country and city names). */
  names(): NameMention[] {
    const { text } = this.input;
    let out = this.ampersandNames(this.peerTitlesOfPlaces(this.joinOfPhrases(this.input.names.map((n) => this.wellFormed(n)).filter((n): n is NameMention => n !== null)
      .sort((a, b) => a.start - b.start || b.end - a.end))));
    // a known organisation the tagger read in pieces ("Save" + "Children") is one name
    for (const k of knownOrgsIn(text)) {
      const inside = (n: Span) => n.start >= k.start && n.end <= k.end;
      if (out.some((n) => n.start < k.end && k.start < n.end && !inside(n))) continue;
      out = out.filter((n) => !inside(n));
      out.push({ start: k.start, end: k.end, text: text.slice(k.start, k.end), type: 'ORG' });
    }
    // a Title Case headline opening the text capitalises every word, and the tagger reads names into it ("Closes Nine
    // Coal Mines Over Power Outage"): there a name counts only when the body repeats it or the KB knows it
    const head = this.headline();
    if (head) {
      const body = text.slice(head.end);
      out = out.filter((n) => n.start >= head.end || n.end <= head.start || this.knownName(n) || body.includes(stripPossessive(n.text))
        || (n.text.includes(' ') && new RegExp(`\\b${stripPossessive(n.text).split(/\s+/).pop()!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(body)));
    }
    // a law or treaty is no place or person, whatever the tagger says ("the 1989 Children Act", "Minsk Protocol")
    out = out.map((n) => n.type !== 'MISC' && /\s(?:Act|Bill|Treaty|Accords?|Protocol|Charter|Convention|Doctrine)$/.test(n.text) ? { ...n, type: 'MISC' as const } : n);
    out.sort((a, b) => a.start - b.start || b.end - a.end);
    const toks = this.v.tokens;
    // tokens a name already covers, so that each check is O(span) rather than O(names)
    const mark = new Uint8Array(toks.length + 1);
    const cover = (sp: Span) => { const [a, b] = this.v.tokenRange(sp); for (let k = a; k < b; k++) mark[k] = 1; };
    const covered = (sp: Span) => { const [a, b] = this.v.tokenRange(sp); for (let k = a; k < b; k++) if (mark[k]) return true; return false; };
    for (const n of out) cover(n);
    const dl = this.input.dateline?.place;
    if (dl && !covered(dl)) {
      const p = this.gaz.lookup(dl.text);
      if (p && (p.kind === 'country' || p.kind === 'city' && (p.curated || p.capitalOf || (p.population ?? 0) >= 100000))) {
        out.push({ start: dl.start, end: dl.end, text: dl.text, type: 'GPE' });
        cover(dl);
      }
    }
    for (let i = 0; i < toks.length; i++) {
      if (!this.v.isCap(i) || (i > 0 && this.v.isCap(i - 1) && toks[i - 1]!.sentence === toks[i]!.sentence)) continue;
      const multi = this.gaz.startsName(placeKey(this.v.lows[i]!));
      for (let n = multi ? 3 : 1; n >= 1; n--) {
        const j = i + n;
        if (j > toks.length) continue;
        let ok = true;
        for (let k = i; k < j; k++) if (!this.v.isCap(k) && !(k > i && k < j - 1 && this.v.lower(k) === 'of')) ok = false;
        if (!ok || this.v.isCap(j)) continue;
        let hit = false;
        for (let k = i; k < j; k++) if (mark[k]) hit = true;
        if (hit) continue;
        const s = toks[i]!.start, e = toks[j - 1]!.end;
        const surface = text.slice(s, e);
        const p = this.gaz.lookup(surface);
        if (!p || /^\p{Lu}+$/u.test(surface) && surface.length <= 3 && surface !== 'US' && surface !== 'UK') continue;
        const good = (p.kind === 'country' && !AMBIGUOUS_COUNTRY_NAMES.has(placeKey(surface)))
          || (p.kind === 'city' && this.plausibleCity(p, surface, i, j));
        if (good) { out.push({ start: s, end: e, text: surface, type: 'GPE' }); for (let k = i; k < j; k++) mark[k] = 1; break; }
      }
    }
    return out.sort((a, b) => a.start - b.start);
  }

  /**
   * A capitalised city name the tagger missed counts only when it is a well-known city in running
   * prose: curated, or a capital or city of a million, not a given name, not sentence-initial, and not
   * in a table of scores (numbers on either side).
   */
  plausibleCity(p: Place, surface: string, i: number, j: number): boolean {
    const v = this.v;
    if (!(p.curated || (p.capitalOf && (p.population ?? 0) >= 200000) || (p.population ?? 0) >= 1000000)) return false;
    const k = surface.toLowerCase();
    if (surface.length <= 3 || MALE_NAMES.has(k) || FEMALE_NAMES.has(k)) return false;
    if (i === 0 || v.sentenceOf(i - 1) !== v.sentenceOf(i)) return false;
    return v.tokens[i - 1]?.kind !== 'number' && v.tokens[j]?.kind !== 'number';
  }

  run(): LinkOutput {
    const names = this.names();
    const persons: { n: NameMention; tokens: string[]; span: Span }[] = [];
    const later: NameMention[] = [];
    // surnames of full names in this article: a bare "Jordan" after "Michael Jordan" stays the person
    // (a peer's title is no full name: "Baroness Scotland" makes no later "Scotland" a person)
    for (const n of names) if (n.type === 'PERSON') { const t = this.personNameTokens(n); if (t.length > 1 && !isPeer(t)) this.surnames.add(t[t.length - 1]!.toLowerCase()); }
    // "Mr Irish", "Mr German": a one-word demonym after an honorific is a surname
    const surnameDemonym = (n: NameMention) => {
      const [t0] = this.v.tokenRange(n);
      return !/\s/.test(n.text) && t0 > 0 && /^(?:mr|mrs|ms|miss|dr)$/.test(this.v.lower(t0 - 1).replace(/\.$/, '')) && !!this.gaz.demonym(stripPossessive(n.text));
    };
    for (const n of names) {
      // a known organisation the tagger called a person ("RIA Novosti said") is the organisation
      if (n.type === 'PERSON' && knownOrg(stripPossessive(n.text))) later.push({ ...n, type: 'ORG' });
      else if (surnameDemonym(n)) persons.push({ n: { ...n, type: 'PERSON' }, tokens: this.personNameTokens(n), span: n });
      else if (n.type === 'PERSON' && !this.placeNotPerson(n)) persons.push({ n, tokens: this.personNameTokens(n), span: n });
      else later.push(n);
    }
    this.linkPersons(persons, later);
    for (const n of later) this.linkName(n);
    this.acronymsJoinLaterLongForms();
    this.regionsAbsorbBareNames();
    this.rolesFromTitles();
    this.appositivesAndDescriptions();
    this.possessiveOrgs();
    this.resolveNamesakes();
    resolvePronouns(this);
    return this.finish();
  }

  /** Persons: full names first, then single names by surname to the nearest fitting full name. */
  linkPersons(persons: { n: NameMention; tokens: string[] }[], others: NameMention[]): void {
    const clusters: Draft[] = [];
    const byFull = new Map<string, Draft>();
    // indexes by lower-case surname and given name, and where each cluster was named (for "nearest")
    const bySurname = new Map<string, Draft[]>();
    const byGiven = new Map<string, Draft[]>();
    const seenAt = new Map<Draft, number[]>();
    const push = <K, V>(m: Map<K, V[]>, k: K, v: V) => { const a = m.get(k); if (a) a.push(v); else m.set(k, [v]); };
    const newCluster = (key: string, tokens: string[]): Draft => {
      const d = this.draft(key, () => ({ name: tokens.join(' '), type: 'PERSON', kbId: '', nameTokens: tokens }));
      if (!seenAt.has(d)) {
        clusters.push(d);
        seenAt.set(d, []);
        const surname = surnameOf(tokens);
        if (surname) push(bySurname, surname.toLowerCase(), d);
        if (tokens.length > 1 && !isPeer(tokens)) push(byGiven, tokens[0]!.toLowerCase(), d);
      }
      return d;
    };
    // a fuller form replaces the name; a peer's cluster named now by a given name is found by it too ("Lord
    // Callaghan", then "Jim Callaghan", then "Jim")
    const rename = (d: Draft, tokens: string[]) => {
      if (isPeer(d.nameTokens!) && !isPeer(tokens)) push(byGiven, tokens[0]!.toLowerCase(), d);
      d.nameTokens = tokens;
    };
    const multi = persons.filter((p) => p.tokens.length >= 2);
    const single = persons.filter((p) => p.tokens.length < 2);
    const assign = new Map<NameMention, Draft>();
    const assignTo = (n: NameMention, d: Draft) => { assign.set(n, d); seenAt.get(d)?.push(n.start); };
    for (const p of multi) {
      const full = p.tokens.join(' ').toLowerCase();
      let d = byFull.get(full);
      if (d && betterName(p.tokens, d.nameTokens!)) rename(d, p.tokens);
      if (!d) {
        const pt = p.tokens.map((x) => x.toLowerCase());
        const last = surnameOf(p.tokens)?.toLowerCase(), first = pt[0]!;
        d = (last ? bySurname.get(last) ?? [] : []).find((c) => {
          const ct = c.nameTokens!.map((x) => x.toLowerCase());
          if (ct[0] === first || ct[0]![0] === first[0] && (first.length <= 2 || ct[0]!.length <= 2)) return true;
          // a peer beside the given name of the same surname ("Lord Kinnock", "Neil Kinnock"), when the genders agree
          if (isPeer(p.tokens) !== isPeer(c.nameTokens!)) {
            const g1 = genderOfTokens(p.tokens), g2 = genderOfTokens(c.nameTokens!);
            return !g1 || !g2 || g1 === g2;
          }
          // two styles of one peer ("Baroness Morgan", "Lady Morgan"; not "Lord Kinnock" and "Lady Kinnock")
          if (isPeer(p.tokens) && isPeer(c.nameTokens!)) return genderOfTokens(p.tokens) === genderOfTokens(c.nameTokens!);
          // one is the tail of the other: "Baez Silva" after "Carlos Baez Silva"
          const [short, long] = pt.length < ct.length ? [pt, ct] : [ct, pt];
          return short.length < long.length && short.every((w, i) => long[long.length - short.length + i] === w);
        });
        if (d) { if (betterName(p.tokens, d.nameTokens!)) rename(d, p.tokens); }
        else d = newCluster(`person:${full}`, p.tokens);
        byFull.set(full, d);
      }
      assignTo(p.n, d);
    }
    const pick = (word: string, at: number): Draft | undefined => {
      const w = word.toLowerCase();
      const cands = bySurname.get(w) ?? (byGiven.get(w) ?? []);
      if (cands.length <= 1) return cands[0];
      let best: Draft | undefined, bestPos = -Infinity;
      for (const c of cands) for (const s of seenAt.get(c) ?? []) if (s < at && s > bestPos) { bestPos = s; best = c; }
      return best ?? cands[0];
    };
    for (const p of single) {
      const word = p.tokens[0] ?? stripPossessive(p.n.text);
      const d = pick(word, p.n.start) ?? newCluster(`person:${word.toLowerCase()}`, [word]);
      assignTo(p.n, d);
    }
    // MISC single names equal to a person's surname are that person ("Trump administration" tagged MISC).
    // An ORG or LOC one is the person too when it is no known place or organisation and the article names
    // the person at least as often as it uses the bare word ("Antyufeyev" tagged ORG once beside four
    // "Vladimir Antyufeyev"); otherwise it keeps its own entity ("Ford" the company beside "Bill Ford").
    // sure of the person: a known given name, or the tagger itself calls the bare surname a person elsewhere
    // ("Nissan Motor" tagged PERSON once does not draw in every "Nissan")
    const surelyPerson = (d: Draft, surname: string) => d.nameTokens![d.nameTokens!.length - 1]!.toLowerCase() === surname.toLowerCase()
      && (MALE_NAMES.has(d.nameTokens![0]!.toLowerCase()) || FEMALE_NAMES.has(d.nameTokens![0]!.toLowerCase())
        || [...assign].some(([m, x]) => x === d && m.type === 'PERSON' && personTokens(m.text).join(' ').toLowerCase() === surname.toLowerCase()));
    const bare = new Map<string, number>();
    for (const n of others) if (n.type !== 'MISC' && personTokens(n.text).length === 1) bare.set(stripPossessive(n.text), (bare.get(stripPossessive(n.text)) ?? 0) + 1);
    for (let i = others.length - 1; i >= 0; i--) {
      const n = others[i]!;
      const toks = personTokens(n.text);
      if (toks.length !== 1 || this.gaz.demonym(n.text) || knownOrg(n.text)) continue;
      const place = this.gaz.lookup(n.text);
      // a small town that shares the surname does not stop it ("Sokol"), a well-known place does
      if (place && (n.type === 'MISC' || place.kind !== 'city' || place.capitalOf || place.curated || (place.population ?? 0) >= 100000)) continue;
      if (n.type !== 'MISC' && !/^\p{Lu}\p{Ll}+$/u.test(toks[0]!)) continue; // "GM", "BBC" are no surnames
      const d = pick(toks[0]!, n.start);
      if (!d) continue;
      if (n.type !== 'MISC' && !(d.nameTokens && d.nameTokens.length > 1 && (seenAt.get(d)?.length ?? 0) >= (bare.get(stripPossessive(n.text)) ?? 0) && surelyPerson(d, toks[0]!))) continue;
      assignTo(n, d); others.splice(i, 1);
    }
    // Known people: one canonical spelling, and clusters of the same person under two spellings merge.
    const byKnown = new Map<string, Draft>();
    const merged = new Map<Draft, Draft>();
    for (const d of clusters) {
      // a name several listed people bear waits for its roles and the date (resolveNamesakes)
      // (a peer by the surname alone: "Baroness Ashton" is Catherine Ashton; "Earl of Wessex" by no name word)
      const kbTokens = isPeer(d.nameTokens!) ? [surnameOf(d.nameTokens!)].filter((w): w is string => !!w) : d.nameTokens!;
      const ns = namesakesOf(kbTokens);
      if (ns.length > 0) { this.namesakes.set(d, ns); continue; }
      const kp = knownPerson(kbTokens);
      if (!kp) continue;
      const into = byKnown.get(kp.name);
      if (into) { merged.set(d, into); continue; }
      byKnown.set(kp.name, d);
      d.nameTokens = kp.name.split(' ');
      d.kbId = `person:${slug(kp.name)}`;
      d.gender = kp.gender;
    }
    for (const [n, d] of assign) if (merged.has(d)) assign.set(n, merged.get(d)!);
    for (const [n, d] of [...assign].sort((a, b) => a[0].start - b[0].start)) {
      const type: EntityType = n.type;
      const m = this.add(n, 'name', type, d);
      // "Mrs Thatcher": the honorific may be inside the tagged span or just before it
      const honor = honorificOf(n.text) ?? (m.t0 > 0 ? HONORIFICS[this.v.lower(m.t0 - 1).replace(/\.$/, '')] ?? undefined : undefined);
      if (honor && !d.gender) d.gender = honor;
    }
    for (const d of clusters) {
      if (!d.gender && d.nameTokens!.length > 1) d.gender = genderOfTokens(d.nameTokens!);
      d.name = d.nameTokens!.join(' ');
    }
  }

  /**
   * A one-word "person" that is a country, demonym, capital or curated city and no given name is the
   * tagger's slip: it is linked as the place (its mention keeps the tagger's type).
   */
  placeNotPerson(n: NameMention): boolean {
    const surface = stripPossessive(n.text);
    // "Baroness Scotland", "Lord Ahmad of Wimbledon": a peer's title names a place and a person
    if (isPeer(this.personNameTokens(n))) return false;
    // a curated town of several words ("Khan Younis") is the town whatever the tagger says
    // and so is a seat of government ("Downing Street", "White House")
    if (/\s/.test(surface)) { const p = this.gaz.lookup(surface); return p?.curated === true || p?.kind === 'seat'; }
    const k = surface.toLowerCase();
    if (MALE_NAMES.has(k) || FEMALE_NAMES.has(k) || this.surnames.has(k) || AMBIGUOUS_COUNTRY_NAMES.has(k)) return false;
    if (this.gaz.demonym(surface)) return true;
    const p = this.gaz.lookup(surface);
    // (an area of the curated list too: "Scotland" after "Baroness Scotland" is the nation again)
    return !!p && (p.kind === 'country' || p.kind === 'seat' || p.kind === 'area' || (p.kind === 'city' && (p.curated === true || p.capitalOf !== undefined)));
  }

  /** Places, demonyms, seats, organisations and everything else the tagger named. */
  linkName(n: NameMention): void {
    const v = this.v;
    const [t0, t1] = v.tokenRange(n);
    const surface = stripPossessive(n.text);
    const cls = coarse(n.type);
    // "X region", "X Oblast"
    if (cls === 'LOC' || cls === 'ORG' || cls === 'MISC') {
      const nextWord = v.lower(t1);
      const inner = /\s(region|oblast|province|krai)$/i.exec(surface);
      const base = inner ? surface.slice(0, inner.index) : surface;
      if ((inner || REGION_WORDS.has(nextWord)) && this.gaz.region(base) && cls !== 'ORG') {
        const p = this.gaz.region(base)!;
        const d = this.placeDraft(p);
        this.add(n, 'name', refine(n.type, p), d);
        d.aliases.add(inner ? surface : `${surface} ${v.word(t1)}`);
        return;
      }
    }
    {
      // "Russian" is Russia's demonym whatever class the tagger gave it; only MISC becomes NORP
      const p = this.gaz.demonym(surface);
      const asPlace = p ? this.gaz.lookup(surface) : undefined;
      if (p && (p.kind === 'country' || p.kind === 'area') && !(asPlace && (asPlace.kind !== 'city' || asPlace.curated))) {
        const d = this.placeDraft(p);
        this.add(n, 'demonym', cls === 'MISC' ? 'NORP' : n.type, d);
        return;
      }
    }
    // a known organisation under any of its names ("the EU", "the European Union"): one entity, one kbId
    if (cls !== 'PER') {
      const known = knownOrg(surface);
      if (known) {
        const d = this.draft(known.kbId, () => ({ name: known.name, type: 'ORG', kbId: known.kbId, fixedName: true }));
        this.add(n, 'name', n.type, d);
        if (surface.replace(/^the\s+/i, '') !== known.name) d.aliases.add(surface.replace(/^the\s+/i, ''));
        return;
      }
    }
    if (cls === 'ORG') {
      // "Ukrainian Ministry of Defence" tagged as one name: the demonym inside it is the owner
      const inner = /^(?:the\s+)?(\S+)\s+(.+)$/i.exec(surface);
      const innerOwner = inner && orgNoun(inner[2]!) ? this.gaz.demonym(inner[1]!) : undefined;
      const org = orgNoun(surface) ?? (innerOwner?.kind === 'country' ? orgNoun(inner![2]!) : undefined);
      if (org) {
        const owner = (innerOwner?.kind === 'country' ? innerOwner : undefined) ?? this.ownerBefore(t0) ?? (org.country ? this.gaz.country(org.country) : undefined);
        if (owner || org.country) {
          const d = this.orgDraft(org, owner);
          this.add(n, 'name', n.type, d);
          const from = this.ownerStart ?? t0;
          if (from < t0) d.aliases.add(this.input.text.slice(v.tokens[from]!.start, n.end));
          return;
        }
      }
    }
    const p = cls === 'MISC' ? undefined : this.gaz.lookup(surface);
    // an area or region named exactly ("Donbass" tagged ORG) is the place; only well-known cities are
    // trusted over an ORG or PERSON tag, since many towns share names with firms and people
    if (p && (cls === 'LOC' || p.kind === 'country' || p.kind === 'seat' || (cls === 'ORG' && (p.kind === 'area' || p.kind === 'region')) || (cls === 'PER' && p.kind === 'area')
      || ((cls === 'ORG' || cls === 'PER') && p.kind === 'city' && (p.capitalOf || p.curated)))) {
      const type = cls === 'LOC' ? refine(n.type, p) : n.type;
      if (p.kind === 'seat') {
        const d = this.placeDraft(p);
        const c = this.countryDraft(p.capitalOf!);
        if (c) { d.standsFor = c; c.aliases.add(articleForm(this.input.text, n, v, t0)); }
        this.add(n, 'name', type, d);
        return;
      }
      if (p.kind === 'city' && p.capitalOf && !this.isDateline(n) && actsAsState(v, t0, t1)) {
        // ("Brussels has made it clear …": the seat of an organisation acts for it, not for its country)
        const org = orgSeatedIn(p.name);
        if (org) {
          const d = this.draft(org.kbId, () => ({ name: org.name, type: 'ORG', kbId: org.kbId, fixedName: true }));
          this.add(n, 'metonym', 'ORG', d);
          d.aliases.add(p.name);
          return;
        }
        const c = this.countryDraft(p.capitalOf);
        if (c) { this.add(n, 'metonym', type, c); c.aliases.add(p.name); return; }
      }
      const d = this.placeDraft(p);
      this.add(n, 'name', type, d);
      if (placeKey(surface) !== placeKey(p.name)) d.aliases.add(surface);
      return;
    }
    // unknown name: cluster by normalised text; ORG acronyms join their long form
    const k = placeKey(surface);
    const typeKey = cls === 'LOC' ? 'place' : cls === 'ORG' ? 'org' : cls === 'PER' ? 'person' : 'misc';
    let d = this.drafts.get(`${typeKey}:${k}`);
    if (!d && cls === 'ORG' && /^\p{Lu}{2,6}$/u.test(surface)) d = this.acronyms.get(surface);
    if (!d) {
      const type: EntityType = cls === 'LOC' ? (n.type === 'GPE' || n.type === 'FAC' ? n.type : 'LOC') : n.type;
      d = this.draft(`${typeKey}:${k}`, () => ({ name: surface.replace(/^the\s+/i, ''), type, kbId: '' }));
      if (cls === 'ORG' && /\s/.test(surface)) {
        const a = acronym(surface);
        if (a.length >= 2 && !this.acronyms.has(a)) this.acronyms.set(a, d);
      }
    }
    this.add(n, 'name', n.type, d);
  }

  isDateline(n: Span): boolean {
    const dl = this.input.dateline;
    return !!dl && n.start >= dl.start && n.end <= dl.end;
  }

  ownerStart: number | undefined;

  /** The country owning an organisation named from token `t0` on: "Russia's", "the Russian", "Ukrainian". */
  ownerBefore(t0: number): Place | undefined {
    const v = this.v;
    this.ownerStart = undefined;
    if (v.isPossessive(t0 - 1)) {
      const p = placeBefore(v, t0 - 1);
      if (p && p.place.kind === 'country') { this.ownerStart = p.start; return p.place; }
      return undefined;
    }
    if (v.isCap(t0 - 1)) {
      const d = this.gaz.demonym(v.word(t0 - 1));
      if (d?.kind === 'country') { this.ownerStart = t0 - 1; return d; }
      const c = this.gaz.lookup(v.word(t0 - 1));
      if (c?.kind === 'country' && /^[A-Z.]+$/.test(v.word(t0 - 1))) { this.ownerStart = t0 - 1; return c; }
    }
    return undefined;
  }

  orgDraft(org: OrgNoun, owner: Place | undefined): Draft {
    const code = org.country ?? owner?.country ?? '';
    const adj = INSTITUTION_ADJECTIVE[code] ?? owner?.adjective ?? this.gaz.country(code)?.adjective ?? '';
    const name = org.name.replace('{adj}', adj).replace(/\s+/g, ' ').trim();
    const d = this.draft(`org:${slug(name)}`, () => ({ name, type: 'ORG', kbId: `org:${slug(name)}`, fixedName: true }));
    if (code) {
      d.country = code;
      const c = this.countryDraft(code);
      if (c && c !== d) d.standsFor = c;
    }
    return d;
  }

  /**
   * An acronym named before its long form ("the OUN … the Organisation of Ukrainian Nationalists") joins
   * it, as one named after it already does in linkName.
   */
  acronymsJoinLaterLongForms(): void {
    for (const [a, long] of this.acronyms) {
      const short = this.drafts.get(`org:${placeKey(a)}`);
      if (!short || short === long || short.kbId || short.mentions.length === 0) continue;
      for (const m of short.mentions) { m.draft = long; long.mentions.push(m); }
      short.mentions = [];
      long.aliases.add(a);
    }
  }

  /** A bare "Kursk" in an article that speaks of the "Kursk region" is the region. */
  regionsAbsorbBareNames(): void {
    for (const d of [...this.drafts.values()]) {
      if (d.place?.kind !== 'city' || d.place.capitalOf) continue; // "Moscow" stays the city beside "Moscow region"
      const r = this.gaz.region(d.place.name);
      if (!r || r.country !== d.place.country) continue;
      const rd = this.drafts.get(r.kbId);
      if (!rd || rd.mentions.length === 0) continue;
      for (const m of d.mentions) {
        if (this.isDateline(m)) continue;
        m.draft = rd;
        rd.mentions.push(m);
        rd.aliases.add(this.input.text.slice(m.start, m.end));
      }
      d.mentions = d.mentions.filter((m) => m.draft === d);
    }
  }

  /**
   * A person name several listed people bear ("Kallas": Kaja and Siim) goes to the one its initial, gender,
   * written role or the publication date picks out (see chooseNamesake); when nothing decides it keeps the name
   * as written and no knowledge-base id, so that no article is filed under an arbitrary namesake. A full name
   * in the article never gets here: its bare surname joined that cluster earlier.
   */
  resolveNamesakes(): void {
    if (this.namesakes.size === 0) return;
    const v = this.v;
    // what the article speaks of, for telling two office holders of the same day apart
    const ids = new Set<string>(), countries = new Set<string>();
    for (const d of this.drafts.values()) {
      if (d.mentions.length === 0 || this.namesakes.has(d)) continue;
      if (d.kbId) ids.add(d.kbId);
      if (d.country) countries.add(d.country);
      if (d.roleCountry) countries.add(d.roleCountry);
    }
    const speaksOf = (j: string) => jurisdictionIn(j, ids, countries);
    const byId = new Map<string, Draft>();
    for (const d of this.drafts.values()) if (d.type === 'PERSON' && d.kbId && d.mentions.length > 0) byId.set(d.kbId, d);
    for (const [d, cands] of this.namesakes) {
      if (d.mentions.length === 0) continue;
      const roles: string[] = [...d.aliases];
      if (d.role) roles.push(d.role);
      for (const m of d.mentions) {
        if (m.kind === 'title' || m.kind === 'description') roles.push(this.input.text.slice(m.start, m.end));
        if (m.kind !== 'name') continue;
        // capitalised title words before the name that the title lexicon reads only in part ("EU High Representative Kallas")
        let j = m.t0;
        while (j > m.t0 - 5 && j > 0 && v.isCap(j - 1) && v.sentenceOf(j - 1) === m.sentence && !this.nameAt(j - 1)) j--;
        if (j < m.t0) roles.push(this.input.text.slice(v.tokens[j]!.start, v.tokens[m.t0 - 1]!.end));
        // an appositive the role lexicon does not read ("Kallas, the EU foreign policy chief, said")
        if (v.word(m.t1) !== ',') continue;
        let k = m.t1 + 1;
        while (k < m.t1 + 11 && k < v.tokens.length && v.sentenceOf(k) === m.sentence && !/^[,.;:!?]$/.test(v.word(k)) && !this.personStarts.has(k)) k++;
        if (k > m.t1 + 1 && k < m.t1 + 11) roles.push(this.input.text.slice(v.tokens[m.t1 + 1]!.start, v.tokens[k - 1]!.end));
      }
      const tokens = d.nameTokens!;
      const initial = tokens.length === 2 && /^\p{Lu}\.?$/u.test(tokens[0]!) ? tokens[0] : undefined;
      const choice = chooseNamesake(cands, { date: this.input.publishedAt ?? null, roles, roleCountry: d.roleCountry, gender: d.gender, speaksOf }, initial);
      const p = choice.person;
      // someone else ("E Miller", "Foreign Minister Miller"): an unlisted person like any other
      if (!p) { if (choice.by === 'undecided') d.noKbId = true; continue; }
      const into = byId.get(p.id);
      if (into && into !== d) {
        // the same person under another name form in this article: one entity
        for (const m of d.mentions) { m.draft = into; into.mentions.push(m); }
        for (const a of d.aliases) into.aliases.add(a);
        into.aliases.add(d.name);
        if (d.role && !into.role) { into.role = d.role; into.roleScore = d.roleScore; into.titleFamily = d.titleFamily; into.roleCountry = d.roleCountry; }
        d.mentions = [];
        continue;
      }
      d.aliases.add(d.name);
      d.name = p.known?.name ?? p.name;
      d.nameTokens = d.name.split(' ');
      d.kbId = p.id;
      if (p.known) d.gender = p.known.gender;
      byId.set(p.id, d);
    }
  }

  /** Whether token `i` lies in a person's name mention. */
  nameAt(i: number): boolean {
    if (!this.personTokenSet) {
      this.personTokenSet = new Set();
      for (const m of this.mentions) if (m.kind === 'name' && m.draft.type === 'PERSON') for (let k = m.t0; k < m.t1; k++) this.personTokenSet.add(k);
    }
    return this.personTokenSet.has(i);
  }

  personTokenSet: Set<number> | undefined;

  /** Titles before person names give roles and title mentions. */
  rolesFromTitles(): void {
    const orgEnds = new Map<number, MentionDraft>();
    for (const m of this.mentions) if (m.kind === 'name' && (m.draft.type === 'ORG' || m.draft.type === 'PERSON')) orgEnds.set(m.t1, m);
    const orgAt = (end: number) => {
      const o = orgEnds.get(end);
      if (!o) return null;
      return o.draft.type === 'PERSON'
        ? { start: o.t0, name: o.draft.name, person: { role: o.draft.role } }
        : { start: o.t0, name: o.draft.name, the: this.v.lower(o.t0 - 1) === 'the' };
    };
    for (const m of [...this.mentions]) {
      if (m.draft.type !== 'PERSON' || m.kind !== 'name') continue;
      // the tagger may have taken the title into the name ("President Putin")
      const inner = titleStartingAt(this.v, m.t0);
      const t = titleBefore(this.v, inner && inner.end < m.t1 ? inner.end : m.t0, orgAt);
      if (!t) continue;
      this.applyRole(m.draft, t, null);
      const span = { start: this.v.tokens[t.h0]!.start, end: this.v.tokens[t.h1 - 1]!.end };
      this.add(span, 'title', 'PERSON', m.draft);
      for (let i = t.t0; i < t.t1; i++) this.used.add(i);
      m.draft.aliases.add(this.input.text.slice(this.v.tokens[t.t0]!.start, m.end));
    }
  }

  applyRole(d: Draft, t: TitleMatch, object: Draft | null): void {
    const role = roleOf(t, object ? { role: object.role, name: object.name } : null);
    // the most telling role wins: one with a country or institution, then a specific office over "leader"
    const score = (t.country || t.org || t.area || object || t.objectPhrase || t.ofPerson ? 2 : 0) + (GENERIC_TITLES.has(t.info.title) ? 0 : 1);
    if (d.role === undefined || score > (d.roleScore ?? 0)) {
      d.role = role;
      d.roleScore = score;
      d.titleFamily = t.info.family;
      if (t.country) d.roleCountry = t.country.country;
    }
    if (t.country) d.country ??= t.country.country;
    if (t.info.gender && !d.gender) d.gender = t.info.gender;
  }

  /** ", a senior adviser to Putin," after a name; "the Ukrainian president" on its own. */
  appositivesAndDescriptions(): void {
    const v = this.v;
    const byStart = new Map<number, MentionDraft>();
    for (const m of this.mentions) if (m.kind === 'name' || m.kind === 'metonym') byStart.set(m.t0, m);
    // appositives
    for (const m of [...this.mentions]) {
      if (m.draft.type !== 'PERSON' || m.kind !== 'name' || v.word(m.t1) !== ',') continue;
      const det = v.lower(m.t1 + 1);
      if (det !== 'a' && det !== 'an' && det !== 'the' && !v.isCap(m.t1 + 1)) continue;
      const t = descriptionAt(v, m.t1 + 1);
      if (!t || this.personStartsWithin(t.t1, 8)) continue; // "Chemezov, Deputy Prime Minister Dmitry Kozak": a title of the next name
      const obj = t.object ? byStart.get(t.object[0])?.draft ?? null : null;
      this.applyRole(m.draft, t, obj?.type === 'PERSON' ? obj : null);
      const span = { start: v.tokens[t.t0]!.start, end: v.tokens[t.t1 - 1]!.end };
      this.add(span, 'description', 'PERSON', m.draft);
      for (let i = t.t0; i < t.t1; i++) this.used.add(i);
    }
    // standalone descriptions: "the Ukrainian president", "Russia's foreign minister"
    const toks = v.tokens;
    for (let i = 0; i < toks.length; i++) {
      if (this.used.has(i)) continue;
      const lw = v.lower(i);
      const start = lw === 'the' ? i : v.isPossessive(i + 1) && v.isCap(i) ? i : -1;
      if (start < 0) continue;
      const t = descriptionAt(v, i, 1);
      if (!t) continue;
      if (lw === 'the' && this.descriptionBeforeName(t, i, byStart)) continue;
      if (t.object || t.field.length > 0) continue;
      if (v.isCap(t.t1) || v.lower(t.t1) === ',' && v.isCap(t.t1 + 1)) continue; // a title before a name, handled elsewhere
      // "the leader of one of the opposition parties", "the president of a charity": an office of something indefinite
      // is someone not met yet
      if (v.lower(t.t1) === 'of' && /^(?:one|a|an|another|some)$/.test(v.lower(t.t1 + 1))) continue;
      if (/s$/.test(v.lower(t.h1 - 1)) && !TITLES[v.lower(t.h1 - 1)]) continue;
      const target = this.describedPerson(t, i);
      if (!target) continue;
      const span = { start: toks[t.t0]!.start, end: toks[t.t1 - 1]!.end };
      this.add(span, 'description', 'PERSON', target);
      target.aliases.add(this.input.text.slice(span.start, span.end));
      for (let k = t.t0; k < t.t1; k++) this.used.add(k);
      i = t.t1 - 1;
    }
  }

  /**
   * "The head of Ukraine’s security service, Vasyl Maliuk, said": a description set before a person's
   * name between commas gives that person the role, its object extended over a possessive noun phrase
   * ("Ukraine’s security service") or a head noun ("the Fatherland party"). Returns whether it applied.
   */
  descriptionBeforeName(t: TitleMatch & { object?: [number, number] }, i: number, byStart: Map<number, MentionDraft>): boolean {
    const v = this.v;
    let end = t.t1;
    if (t.object) {
      // a possessive ("Ukraine’s security service") or a head noun ("the Fatherland party"): up to
      // four lower-case words up to the comma
      const from = v.isPossessive(end) ? end + 1 : end;
      let k = from;
      while (k < from + 4 && v.tokens[k]?.kind === 'word' && /^\p{Ll}/u.test(v.word(k)) && v.sentenceOf(k) === v.sentenceOf(i)) k++;
      if (k > from && v.word(k) === ',') {
        end = k;
        t.objectPhrase = { prep: t.objectPhrase!.prep, text: `${t.objectPhrase!.text}${v.text.slice(v.tokens[t.object[1] - 1]!.end, v.tokens[k - 1]!.end)}` };
        t.t1 = k;
      }
    }
    if (v.word(end) !== ',') return false;
    const person = byStart.get(end + 1);
    if (!person || person.draft.type !== 'PERSON' || person.kind !== 'name' || v.word(person.t1) !== ',') return false;
    const obj = t.object ? byStart.get(t.object[0])?.draft ?? null : null;
    this.applyRole(person.draft, t, obj?.type === 'PERSON' ? obj : null);
    const span = { start: v.tokens[t.t0]!.start, end: v.tokens[end - 1]!.end };
    this.add(span, 'description', 'PERSON', person.draft);
    for (let k = t.t0; k < end; k++) this.used.add(k);
    return true;
  }

  /** Whether a person's name starts within `n` tokens from `from`, before any punctuation. */
  personStartsWithin(from: number, n: number): boolean {
    const v = this.v;
    for (let k = from; k < from + n && k < v.tokens.length; k++) {
      if (this.personStarts.has(k)) return true;
      if (v.tokens[k]!.kind !== 'word') return false;
    }
    return false;
  }

  get personStarts(): Set<number> {
    return (this.personStartSet ??= new Set(this.mentions.filter((m) => m.kind === 'name' && m.draft.type === 'PERSON').map((m) => m.t0)));
  }

  personStartSet: Set<number> | undefined;

  /** The person a description refers to: same office (and country when given), most recently mentioned. */
  describedPerson(t: TitleMatch, at: number): Draft | undefined {
    const sent = this.v.sentenceOf(at);
    let best: Draft | undefined, bestPos = -1, count = 0;
    for (const d of this.drafts.values()) {
      if (d.type !== 'PERSON' || !d.titleFamily) continue;
      const fam = t.info.family;
      // "the minister" after "Foreign Minister Lavrov": a bare head word covers the offices it ends
      if (d.titleFamily !== fam && !(GENERIC_HEADS.has(fam) && d.titleFamily.endsWith(` ${fam}`))) continue;
      if (t.info.title !== 'Leader' && TITLES[t.info.title.toLowerCase()] && d.role && !d.role.toLowerCase().includes(t.info.title.toLowerCase())) continue;
      if (t.country && d.roleCountry !== t.country.country) continue;
      let last = -1;
      for (const m of d.mentions) if (m.start < this.v.tokens[at]!.start && m.start > last) last = m.start;
      if (last < 0) continue;
      const lastSent = this.v.sentenceOf(this.v.tokenAtOrAfter(last));
      if (!t.country && sent - lastSent > 5) continue;
      count++;
      if (last > bestPos) { bestPos = last; best = d; }
    }
    if (!t.country && count > 1) return undefined;
    if (best || t.country || t.org) return best;
    // No one holds that office by title: when the article so far has named exactly one person, and that
    // person has no other role, "the minister" is that person (a BBC report names "Patricia Hewitt" and
    // then speaks of "the minister").
    let only: Draft | undefined;
    const before = this.v.tokens[at]!.start;
    for (const d of this.drafts.values()) {
      if (d.type !== 'PERSON' || !d.mentions.some((m) => m.start < before && m.kind === 'name')) continue;
      if (only) return undefined;
      only = d;
    }
    if (!only || only.role !== undefined || (t.info.gender && only.gender && t.info.gender !== only.gender)) return undefined;
    return only;
  }

  /** "Ukraine's air force", "the Russian army", "the State Department" when the tagger did not name them. */
  possessiveOrgs(): void {
    const v = this.v;
    const toks = v.tokens;
    const named = new Set<number>();
    const nameAt: (MentionDraft | undefined)[] = new Array(toks.length);
    for (const m of this.mentions) {
      if (m.kind !== 'name') continue;
      for (let i = m.t0; i < m.t1; i++) { nameAt[i] = m; if (m.draft.type === 'ORG') named.add(i); }
    }
    for (let i = 0; i < toks.length; i++) {
      if (named.has(i) || !ORG_FIRST.has(v.lows[i]!)) continue;
      for (let n = MAX_ORG_TOKENS; n >= 1; n--) {
        const j = i + n;
        if (j > toks.length) continue;
        const words: string[] = [];
        for (let k = i; k < j; k++) words.push(v.lower(k));
        const org = ORG_NOUNS[words.join(' ')];
        if (!org) continue;
        const owner = this.ownerBefore(i);
        const from = this.ownerStart;
        if (!owner && !(org.country && v.isCap(i))) break;
        const d = this.orgDraft(org, owner);
        const start = toks[from ?? i]!.start;
        const span = { start: from !== undefined ? start : toks[i]!.start, end: toks[j - 1]!.end };
        d.aliases.add(this.input.text.slice(span.start, span.end));
        // the tagger named part of it ("Russian Armed [Forces]"): that name is this organisation
        const inside: MentionDraft[] = [];
        for (let k = i; k < j; k++) {
          const m = nameAt[k];
          if (m && m.t0 >= i && m.t1 <= j && (m.draft.type === 'ORG' || m.draft.type === 'MISC') && !inside.includes(m)) inside.push(m);
        }
        if (inside.length > 0) for (const m of inside) this.move(m, d);
        else this.add(span, 'description', 'ORG', d);
        i = j - 1;
        break;
      }
    }
  }

  /** Moves a mention to another draft. */
  move(m: MentionDraft, to: Draft): void {
    const from = m.draft;
    from.mentions = from.mentions.filter((x) => x !== m);
    m.draft = to;
    to.mentions.push(m);
  }

  finish(): LinkOutput {
    const text = this.input.text;
    const live = [...this.drafts.values()].filter((d) => d.mentions.length > 0);
    const first = new Map<Draft, number>();
    for (const d of live) { let f = Infinity; for (const m of d.mentions) if (m.start < f) f = m.start; first.set(d, f); }
    live.sort((a, b) => first.get(a)! - first.get(b)!);
    const ids = new Map<Draft, string>();
    live.forEach((d, i) => ids.set(d, `e${i + 1}`));
    const entities: Entity[] = [];
    const mentions: Mention[] = [];
    for (const d of live) {
      const id = ids.get(d)!;
      const ms = [...d.mentions].sort((a, b) => a.start - b.start || a.end - b.end);
      if (!d.fixedName && d.type !== 'PERSON') {
        // canonical: the longest name form
        for (const m of ms) if (m.kind === 'name') {
          const s = stripPossessive(text.slice(m.start, m.end)).replace(/^the\s+/i, '');
          if (s.length > d.name.length || (s.length === d.name.length && d.name === d.name.toUpperCase() && s !== s.toUpperCase())) d.name = s;
        }
      }
      const own = (m: MentionDraft): Mention => ({ start: m.start, end: m.end, text: text.slice(m.start, m.end), entity: id, kind: m.kind, type: m.type });
      const all = ms.map(own);
      mentions.push(...all);
      const aliases = new Set<string>();
      for (const m of all) if (m.kind !== 'pronoun' && m.kind !== 'title') aliases.add(stripPossessive(m.text));
      for (const a of d.aliases) aliases.add(stripPossessive(a));
      aliases.delete(d.name);
      // a tagger that calls "Thursday" a person still gets its mention, but no PERSON/ORG/place entity
      const type: EntityType = d.mentions.every((m) => m.kind !== 'name' || CALENDAR_WORDS.has(text.slice(m.start, m.end).toLowerCase())) && d.mentions.some((m) => m.kind === 'name') ? 'MISC' : d.type;
      const e: Entity = {
        id, name: d.name, type, aliases: [...aliases],
        mentions: all.filter((m) => NAME_KINDS.has(m.kind)),
      };
      if (!d.noKbId) e.kbId = d.kbId || kbIdOf(d);
      const refs = all.filter((m) => !NAME_KINDS.has(m.kind));
      if (refs.length) e.references = refs;
      if (d.role) e.role = currentRole(d.role, e.kbId, d.roleCountry, this.input.publishedAt ?? null);
      if (d.country ?? d.roleCountry) e.country = d.country ?? d.roleCountry!;
      if (d.geo) e.geo = d.geo;
      if (d.standsFor && ids.has(d.standsFor)) e.standsFor = ids.get(d.standsFor)!;
      entities.push(e);
    }
    mentions.sort((a, b) => a.start - b.start || a.end - b.end);
    return { mentions, entities };
  }
}

/**
 * The role to report for a person on the publication date: as the article writes it, except where the knowledge base
 * knows better — a "former" office the person holds ("former U.S. President Donald Trump" in March 2025 is the President
 * of the United States) or an office the person has left ("President Joe Biden" then is a former President). The stale
 * title itself is the role-conflict finding's to report.
 *
 * @example
 * currentRole('former President of the United States', 'person:donald-trump', 'US', '2025-03-16') // 'President of the United States'
 */
export function currentRole(role: string, kbId: string | undefined, country: string | undefined, publishedAt: string | null): string {
  if (!kbId?.startsWith('person:') || !publishedAt) return role;
  const day = publishedAt.slice(0, 10);
  const former = /^former\s+(.+)$/i.exec(role);
  const rest = former ? former[1]! : role;
  const sameOffice = (t: Tenure) => (rest.toLowerCase() === t.office.title.toLowerCase() || rest.toLowerCase().startsWith(`${t.office.title.toLowerCase()} `))
    && (!country || t.office.jurisdiction === `country:${country}`);
  const terms = kbIndex().tenures(kbId).filter(sameOffice);
  const holds = terms.some((t) => t.term.start.slice(0, 10) <= day && (!t.term.end || day < t.term.end.slice(0, 10)));
  if (former) return holds ? rest : role;
  // ("President Joe Biden" in an article of March 2025: the office he held, and left before the publication date, with
  // the country named so that the office is surely the KB's; a modifier of its own, "acting", "deputy", stays as written)
  if (!country || holds || terms.length === 0 || /^(?:acting|interim|deputy|vice|ex-|then-|outgoing|incoming)/i.test(role)) return role;
  const left = terms.every((t) => t.term.end && t.term.end.slice(0, 10) <= day);
  return left ? `former ${role}` : role;
}

function kbIdOf(d: Draft): string {
  switch (d.type) {
    case 'PERSON': return `person:${slug(d.name)}`;
    case 'ORG': return `org:${slug(d.name)}`;
    case 'GPE': case 'LOC': case 'FAC': return `place:${slug(d.name)}`;
    default: return `misc:${slug(d.name)}`;
  }
}

function coarse(t: EntityType): 'PER' | 'ORG' | 'LOC' | 'MISC' {
  return t === 'PERSON' ? 'PER' : t === 'ORG' ? 'ORG' : t === 'GPE' || t === 'LOC' || t === 'FAC' ? 'LOC' : 'MISC';
}

/** A tagger LOC refined by the gazetteer, never leaving the LOC class. */
function refine(tagged: EntityType, p: Place): EntityType {
  if (coarse(tagged) !== 'LOC') return tagged;
  return p.type;
}

function stripPossessive(s: string): string {
  return s.replace(/[’']s?$/u, '').trim();
}

/** Name words of a person mention: titles, honorifics and possessives dropped. */
export function personTokens(text: string): string[] {
  const words = stripPossessive(text).replace(/[[\](){}"“”]/g, ' ').split(/\s+/).filter(Boolean);
  while (words.length > 1) {
    const w = words[0]!.toLowerCase().replace(/\.$/, '');
    if (w in HONORIFICS || TITLES[w] || TITLE_MODIFIERS.has(w) || LEADING_FUNCTION_WORDS.has(w)) words.shift(); else break;
  }
  while (words.length > 1 && /^(jr|sr|ii|iii|iv)\.?$/i.test(words[words.length - 1]!)) words.pop();
  return words.map((w) => w.replace(/[’']s$/u, ''));
}

/** Sentence-initial words a tagger sometimes glues to a name ("During Yanukovich"). */
const LEADING_FUNCTION_WORDS = new Set(['during', 'after', 'before', 'when', 'while', 'meanwhile', 'but', 'and', 'as', 'if', 'since', 'under', 'with', 'without', 'despite', 'following', 'like', 'unlike', 'then', 'so', 'also', 'although', 'though', 'because', 'including', 'for', 'from', 'in', 'on', 'at', 'by', 'to', 'of', 'the', 'a', 'an', 'that', 'this', 'yet', 'now', 'today', 'yesterday', 'dear']);

/**
 * A fuller name form, or the same in normal case rather than capitals ("Vladimir Putin" over "VLADIMIR PUTIN"); a
 * given name and surname over a peer's title ("Neil Kinnock" over "Lord Kinnock of Bedwellty").
 */
function betterName(cand: string[], cur: string[]): boolean {
  if (isPeer(cand) !== isPeer(cur)) return isPeer(cur);
  if (cand.length !== cur.length) return cand.length > cur.length;
  const caps = (t: string[]) => t.every((w) => w === w.toUpperCase());
  return caps(cur) && !caps(cand);
}

/** Whether name words are a peer's title with its style ("Baroness Scotland", "Earl of Wessex"). */
function isPeer(tokens: readonly string[]): boolean {
  return tokens.length >= 2 && PEER_STYLES.has(tokens[0]!.toLowerCase()) && peerName(tokens) !== null;
}

/** The word name forms of one person share: a peer's name before "of", else the last word; none for "Earl of Wessex". */
function surnameOf(tokens: readonly string[]): string | null {
  return isPeer(tokens) ? peerSurname(tokens) : tokens[tokens.length - 1] ?? null;
}

/** Gender from the first name word: a given name or a peerage style. */
function genderOfTokens(tokens: readonly string[]): 'm' | 'f' | undefined {
  const first = tokens[0]!.toLowerCase();
  if (tokens.length < 2) return undefined;
  return MALE_NAMES.has(first) ? 'm' : FEMALE_NAMES.has(first) ? 'f' : isPeer(tokens) ? PEER_GENDER[first] : undefined;
}

function honorificOf(text: string): 'm' | 'f' | undefined {
  const w = text.split(/\s+/)[0]!.toLowerCase().replace(/\.$/, '');
  return HONORIFICS[w] ?? undefined;
}

function orgNoun(surface: string): OrgNoun | undefined {
  const k = surface.toLowerCase().replace(/^the\s+/, '');
  if (k.split(' ').length > MAX_ORG_TOKENS) return undefined;
  return ORG_NOUNS[k];
}

function acronym(name: string): string {
  return name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
}

/** "the Kremlin" when the text has the article, else the name as written. */
function articleForm(text: string, n: Span, v: DocView, t0: number): string {
  const prev = v.tokens[t0 - 1];
  const name = stripPossessive(text.slice(n.start, n.end));
  return prev && prev.text.toLowerCase() === 'the' ? `the ${name}` : name;
}

/**
 * Links tagged names into one entity per referent, adds titles, descriptions, possessive
 * organisations, metonyms and pronouns, and returns the `mentions` and `entities` layers.
 *
 * @example
 * const text = 'Russian President Vladimir Putin spoke. Putin said he would go.';
 * link({ text, tokens, sentences, names: [{ start: 18, end: 32, text: 'Vladimir Putin', type: 'PERSON' }, …] })
 *   .entities[1] // { name: 'Vladimir Putin', role: 'President of Russia', kbId: 'person:vladimir-putin', … }
 */
export function link(input: LinkInput): LinkOutput {
  return new Linker(input).run();
}
