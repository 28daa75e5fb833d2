import { kbIndex, type Tenure } from '../../kb/kb.js';
import type { Mention, Speaker } from '../../model/layers.js';
import type { Context, Draft } from './extract.js';
import { mainSubject } from './extract.js';
import { DETERMINERS, PERSON_NOUNS, PREPOSITIONS, PRONOUNS, isCap, isTimeWord, lower, parenOpen, subjectBefore, type TokRange } from './phrases.js';
import { cueInfo } from './lexicon.js';

/** Words that make a noun phrase an organisation ("the defence ministry", "Ukraine’s air force"). */
export const ORG_WORDS = /\b(?:ministry|department|force|forces|army|navy|council|kremlin|government|party|committee|agency|office|administration|commission|union|court|parliament|military|police|service|company|group|bank|fund|organization|organisation|campaign|command|staff|embassy|authorities|officials|media)\b/i;

/**
 * Turns each draft's source range into a Speaker: the canonical entity when the entities stage linked a
 * mention there (pronouns included), else the name as written; a pronoun without entities takes the
 * nearest fitting name before it; a continuation takes the speaker of the quote it continues.
 */
export function resolveSpeakers(ctx: Context, drafts: readonly Draft[]): Map<Draft, Speaker | null> {
  const out = new Map<Draft, Speaker | null>();
  const people = candidates(ctx, drafts);
  for (const d of drafts) {
    if (d.continues ?? d.framedBy) continue;
    // (the names in the content matter only to a lone pronoun's antecedent: skip the scan for every other source)
    const pronoun = !!d.source && d.source.first === d.source.last && PRONOUNS.has(lower(ctx.tokens[d.source.first]));
    out.set(d, d.source ? speakerFor(ctx, d.source, people, pronoun ? namedWithin(ctx, d) : undefined) : null);
  }
  // continuations last: a piece may continue a later one (a multi-paragraph quote attributed at its end)
  const follow = (d: Draft, depth: number): Speaker | null => {
    if (out.has(d)) return out.get(d) ?? null;
    const on = d.continues ?? d.framedBy;
    const s = on && depth < 50 ? follow(on, depth + 1) : null;
    out.set(d, s);
    return s;
  };
  for (const d of drafts) follow(d, 0);
  // "“… We want choice on the consumer's terms …,” she said": I/we inside a direct quote is its speaker
  const direct = drafts.filter((d) => d.kind === 'direct');
  for (const d of drafts) {
    if (!d.source || d.source.first !== d.source.last || !/^(?:i|we|me|us)$/.test(lower(ctx.tokens[d.source.first]))) continue;
    const at = ctx.tokens[d.source.first]!.start;
    const q = direct.find((x) => x !== d && x.start <= at && at < x.end);
    const spk = q ? out.get(q) : null;
    const s = out.get(d);
    if (spk && s) out.set(d, { ...spk, start: s.start, end: s.end });
  }
  // "the statement said", "the appeal said": a document speaks for its author, named with it earlier
  // ("the Saturday appeal of President Petro Poroshenko stated … “…,” the statement said")
  let author: Speaker | null = null;
  for (const d of drafts) {
    const s = out.get(d);
    if (!s || !d.source) continue;
    const written = ctx.text.slice(s.start ?? 0, s.end ?? 0);
    if (!DOCUMENT.test(written)) continue;
    if (s.entity) { author = s; continue; }
    if (author && /^(?:the|this|that|its|his|her|their)\s+(?:\p{Ll}+\s+)?\p{Ll}+$/u.test(written)) out.set(d, { ...author, start: s.start, end: s.end });
  }
  return out;
}

/** A definite description of a person by office ("The prime minister", "the Russian president"). */
const DESCRIBED = new RegExp(`^the\\s+(?:[\\p{L}-]+\\s+){0,3}(?:${PERSON_NOUNS.source.slice(4, -2)})$`, 'iu');

/** Nouns for a document that speaks for its author. */
const DOCUMENT = /\b(?:statement|appeal|letter|decree|communiqu[eé]|message|address|declaration|release|post|op-ed|editorial|memo)\b/i;

/** Lower-case role words that stand right before a person's name ("chairman Trevor Phillips"). */
const ROLE_WORDS = new RegExp(`${PERSON_NOUNS.source}|^(?:chairman|chairwoman|chairperson|chair|executive|spokesman|spokeswoman|deputy|boss|founder|editor|correspondent|coordinator|commissioner|attorney|prosecutor|general|colonel|captain|lieutenant|sergeant)$`, 'i');

/** Heads of plural descriptions of people ("former colleagues", "residents"). */
export const GROUP_NOUNS = new RegExp(`${PERSON_NOUNS.source}|^(?:colleague|acquaintance|friend|relative|neighbou?r|member|voter|protester|demonstrator|worker|student|parent|citizen|villager|local|observer|monitor|investigator|researcher|scientist|doctor|medic|lawyer|rebel|separatist|militant|fighter|troop|volunteer|refugee|survivor|victim)$`, 'i');

/** Heads that name a person by relation, or a part of a group: the phrase after their "of" is not who speaks. */
const KIN_OR_PART = /^(?:widow|widower|daughter|son|wife|husband|mother|father|brother|sister|child|children|family|friend|friends|relative|relatives|heir|parent|parents|grandson|granddaughter|nephew|niece|cousin|fiancée?|partner|one|some|many|most|all|none|each|any|several|few|both|either|neither|majority|minority|rest|half|dozens|hundreds|thousands|millions|group|members?)$/;

/** Endings of nouns for people that the lists above miss ("producers", "investors", "scientists", "applicants"). */
const PEOPLE_ENDING = /(?:er|or|ist|ian|ant|ent|ee)s?$/;

/** A phrase a later pronoun may point back to; `group` marks a plural description ("former colleagues"), only a "they". */
interface Candidate { at: number; name: string; person: boolean; group?: boolean; text?: boolean }

/** Heads of a noun phrase for a text or a study that speaks as "it" in the next sentence ("The report … It said …"). */
const TEXT_HEADS = /^(?:report|study|survey|poll|research|book|paper|document|statement|letter|review|analysis|assessment|audit|inquiry|magazine|newspaper|journal|website|article|memo|dossier|communiqu[eé]|declaration|resolution|draft)$/i;

/**
 * The entities named in a statement's own content. A pronoun that frames the statement cannot mean them: in "Mr Blair
 * has failed, he claimed" (or "“Blair is wrong,” he said") the writer would have put the name on the speaker.
 */
function namedWithin(ctx: Context, d: Draft): ReadonlySet<string> {
  const out = new Set<string>();
  // (not the source itself inside the content's span: "For now, Okuyeva added, most of …")
  const src = d.source ? ctx.span(d.source) : null;
  for (const m of ctx.mentions) {
    if (m.kind !== 'name' || !m.entity || m.start < d.start || m.end > d.end) continue;
    if (src && m.start < src.end && src.start < m.end) continue;
    out.add(m.entity);
  }
  return out;
}

function speakerFor(ctx: Context, range: TokRange, people: Candidate[], avoid: ReadonlySet<string> = new Set()): Speaker {
  const r = trimSource(ctx, range);
  // "Trump’s claim": the source as written keeps its possessive mark; the speaker is its owner
  if (r.last > r.first && /^[’']s$/.test(ctx.tokens[r.last]!.text)) {
    const owner = speakerForRange(ctx, { first: r.first, last: r.last - 1 }, people);
    return { ...owner, end: ctx.tokens[r.last]!.end };
  }
  return speakerForRange(ctx, r, people, avoid);
}

/**
 * The source without what the subject finder carried past it: a comma closing an aside ("The report, published on
 * Tuesday, found" → "The report,"), or a relative clause it stopped inside ("The study, which was published …").
 */
function trimSource(ctx: Context, r: TokRange): TokRange {
  const { tokens } = ctx;
  let first = r.first;
  // "Earlier Tory leader Michael Howard", "However 60%": a sentence adverb without its comma opens no source
  if (first < r.last && /^(?:earlier|later|however|meanwhile|also|now|then|yet|still|but|and)$/.test(lower(tokens[first])) && isCap(tokens[first])) {
    first++;
    if (tokens[first]?.text === ',' && first < r.last) first++;
  }
  // "In his New Year message the Liberal Democrat leader", "At the capital’s airport the leader of …": a fronted
  // phrase without its comma; the source starts at the next determiner
  // (also after an adverb: "Later at their poster launch Tory co-chairman Liam Fox"; with no determiner, at the first
  // capitalised word after a lower-case noun)
  if (first < r.last - 1 && PREPOSITIONS.has(lower(tokens[first])) && tokens[first + 1]!.kind !== 'number') {
    let capital = -1;
    for (let k = first + 2; k <= r.last; k++) {
      if (/^(?:the|a|an|many|most|some|all|several)$/.test(tokens[k]!.text)) { capital = k; break; }
      if (tokens[k]!.text === ',' || tokens[k]!.kind === 'quote') { capital = -1; break; }
      if (capital < 0 && isCap(tokens[k]) && /^\p{Ll}+$/u.test(tokens[k - 1]!.text) && !PREPOSITIONS.has(lower(tokens[k - 1])) && !DETERMINERS.has(lower(tokens[k - 1]))) capital = k;
    }
    if (capital > 0) first = capital;
  }
  // ("Earlier in April Russians denounced …": a fronted time after the adverb, without its comma)
  if (first < r.last - 1 && PREPOSITIONS.has(lower(tokens[first])) && isTimeWord(tokens[first + 1])) {
    let k = first + 1;
    while (k < r.last && (isTimeWord(tokens[k]) || /^\d{1,4}$/.test(tokens[k]!.text))) k++;
    if (tokens[k]?.text === ',' && k < r.last) k++;
    first = k;
  }
  r = { first, last: r.last };
  let last = r.last;
  while (last > r.first && /^[,;:—–-]$/.test(tokens[last]!.text)) last--;
  // (a whole relative clause stays, as PolNeAR marks it about half the time: "Chris Cox, who runs the lobbying arm")
  let rel = -1;
  for (let k = r.first + 1; k < last; k++) if (tokens[k]!.text === ',' && /^(?:which|who)$/i.test(tokens[k + 1]?.text ?? '')) rel = k;
  const CUT = /^(?:which|who|is|was|are|were|has|have|had|will|would|be|been)$/i;
  if (rel > r.first && (CUT.test(tokens[last]!.text) || last - 1 > rel && CUT.test(tokens[last - 1]!.text))) last = rel - 1;
  return { first: r.first, last };
}

function speakerForRange(ctx: Context, r: TokRange, people: Candidate[], avoid: ReadonlySet<string> = new Set()): Speaker {
  const span = ctx.span(r);
  const written = ctx.text.slice(span.start, span.end);
  const headAt = headOf(ctx, r);
  const head = ctx.tokens[headAt]!;
  // "Council for Fair Housing chairman Ivan Moroz": a title before a closing name is the name's; the
  // person speaks, not the body in the title
  const closing = ctx.mentions.find((x) => x.type === 'PERSON' && x.end === span.end && x.start > span.start);
  const roleAt = closing ? ctx.tokens.findIndex((t) => t.end <= closing.start && t.end >= closing.start - 1 && t.start >= span.start) : -1;
  const roleBefore = roleAt >= 0 ? ctx.tokens[roleAt] : undefined;
  // (not a name in an appositive or after a preposition: "Rinat Akhmetov, a key backer of President Viktor Yanukovych" is
  // Akhmetov speaking)
  // (nor a name that a description's preposition governs: "A close associate of former Yukos boss Mikhail Khodorkovsky"
  // is the associate; "Council for Fair Housing chairman Ivan Moroz", a body's name, is still the chairman)
  const pAt = ctx.tokens.findIndex((t, k) => k > r.first && k < roleAt && PREPOSITIONS.has(lower(t)));
  const ofDescription = pAt > r.first && /^(?:a|an|the|one|another|two|three|several)$/i.test(ctx.tokens[r.first]!.text) && /^\p{Ll}+$/u.test(ctx.tokens[pAt - 1]!.text)
    && !DOCUMENT.test(ctx.tokens[pAt - 1]!.text);
  const described = roleAt > r.first && (PREPOSITIONS.has(lower(ctx.tokens[roleAt - 1])) || ctx.tokens.slice(r.first, roleAt).some((t) => t.text === ',') || ofDescription);
  // "The EU and the US have announced …", "Putin and Xi said": two named speakers together are one source, not the last
  // of them (a name with "and" in it, "Bosnia and Herzegovina", is one mention)
  const named = ctx.mentions.filter((x) => x.start >= span.start && x.end <= span.end && x.kind !== 'description' && x.kind !== 'pronoun');
  // (the two names are the whole source: not "Victor Shum, an analyst with Purvin and Gertz", "Ernst and Young's Sanjay
  // Mehta", "Umbro, which lost deals with Chelsea and Celtic")
  const joined = named.some((a) => /^(?:both\s+)?(?:the\s+)?$/i.test(ctx.text.slice(span.start, a.start)) && named.some((b) => b.start > a.end
    && b.end === span.end && /^\s+(?:and|&)\s+(?:the\s+)?$/i.test(ctx.text.slice(a.end, b.start))));
  const titled = !!closing && !!roleBefore && ROLE_WORDS.test(roleBefore.text) && !described;
  if (joined && !titled) return { entity: null, name: written, start: span.start, end: span.end };
  let m = titled ? closing : mentionIn(ctx.mentions, span, head);
  // "said the German": a singular demonym at the head is a person of that nation, not the country (the plural, "the
  // Russians say", is as often the state's side)
  if (m && m.kind === 'demonym' && !/s$/.test(m.text) && m.end === span.end) return { entity: null, name: written, start: span.start, end: span.end };
  // "Russia’s ambassador to the UN, Vitaly Churkin": a description, then the name after a comma
  // (not a name inside a relative clause, "The Ukrainian parliament, which abandoned Yanukovich after …"; "The Game,
  // whose real name is Jayceon Taylor" names the person)
  if (!m) {
    let c = r.last;
    while (c >= r.first && ctx.tokens[c]!.text !== ',') c--;
    if (c < r.first) c = -1;
    if (c >= 0 && !/^(?:which|who|whom|that|where|when)$/.test(lower(ctx.tokens[c + 1]))) m = ctx.mentions.find((x) => x.type === 'PERSON' && x.start >= ctx.tokens[c]!.end && x.end <= span.end) ?? null;
  }
  // "the appeal of President Petro Poroshenko": a document's author, named after of/by/from
  if (!m && DOCUMENT.test(head.text)) {
    const k = ctx.tokens.findIndex((t, i) => i > headAt && i <= r.last && /^(?:of|by|from)$/i.test(t.text));
    if (k > 0) m = ctx.mentions.find((x) => x.start >= ctx.tokens[k]!.end && x.end <= span.end && (x.type === 'PERSON' || x.type === 'ORG')) ?? null;
  }
  // "Mogherini’s 15 December statement", "the ministry’s statement": a document speaks for its owner
  if (!m && DOCUMENT.test(head.text)) {
    const k = ctx.tokens.findIndex((t, i) => i > r.first && i < headAt && /^[’']s$/.test(t.text));
    if (k > 0) m = ctx.mentions.find((x) => x.start >= span.start && x.end === ctx.tokens[k - 1]!.end && x.kind !== 'pronoun') ?? null;
  }
  // a "he" linked to a country or "it" linked to a person is a linking slip: fall back to the local search
  const pron = r.first === r.last ? lower(ctx.tokens[r.first]) : '';
  // (and a "she" linked to a man, by his title elsewhere in the text: "Mr Howard …. She wrote …")
  // (nor a pronoun linked to someone named in the statement it frames: see `namedWithin`)
  const slip = m && ((pron === 'he' || pron === 'she') && (m.type !== 'PERSON' || clashes(ctx, m.entity, pron)) || pron === 'it' && m.type === 'PERSON'
    || PRONOUNS.has(pron) && !!m.entity && avoid.has(m.entity));
  // "… repaid Lord Ashcroft after he predicted defeat. The prime minister ratcheted up … He insisted …": a person
  // described as the subject of a sentence after the linked entity was last named is the nearer antecedent
  if (m && !slip && (pron === 'he' || pron === 'she')) {
    const k = lastBefore(people, span.start);
    const c = k >= 0 ? people[k] : undefined;
    if (c && c.person && !c.group && DESCRIBED.test(c.name) && !ctx.mentions.some((x) => x.start <= c.at && c.at < x.end)) {
      const lastOfEntity = ctx.mentions.reduce((best, x) => x.entity === m.entity && x.end <= span.start && x !== m ? Math.max(best, x.start) : best, -1);
      // (unless the description is the linked person's own office: "Mr Straw … The foreign secretary said … He added" —
      // the role written in the article, or an office of the knowledge base the person held on the publication date, any
      // of them without a date: in 2005 "the prime minister" is not Gordon Brown)
      const ent = ctx.entities.find((x) => x.id === m.entity);
      const day = ctx.publishedAt?.slice(0, 10);
      const held = (t: Tenure) => !day || t.term.start.slice(0, 10) <= day && (!t.term.end || day <= t.term.end.slice(0, 10));
      const roles = [ent?.role ?? '', ...(ent?.kbId ? kbIndex().tenures(ent.kbId).filter(held).map((t) => t.office.title) : [])].join(' | ').toLowerCase();
      const own = roles.includes(c.name.toLowerCase().split(/\s+/).pop()!);
      if (lastOfEntity >= 0 && c.at > lastOfEntity && !own) return { entity: null, name: c.name, start: span.start, end: span.end };
    }
  }
  if (m && !slip) {
    const e = ctx.entities.find((x) => x.id === m.entity);
    return { entity: m.entity, name: e?.name ?? m.text, start: span.start, end: span.end };
  }
  const first = ctx.tokens[r.first]!;
  // "Senator Tom Barkley, who said …": a relative pronoun speaks for the phrase it follows
  // (and "that" after a noun: "water bottles that said, “…”")
  if (r.first === r.last && r.first > 0 && (/^(?:who|which)$/.test(lower(first)) || lower(first) === 'that' && ctx.tokens[r.first - 1]!.kind === 'word')) {
    const floor = ctx.sentTok[first.sentence]?.first ?? 0;
    // (the phrase before the comma, or right before the pronoun: "Officials who said …")
    const antecedent = subjectBefore(ctx.tokens, ctx.tokens[r.first - 1]!.text === ',' ? r.first - 1 : r.first, floor);
    // (else, or when the subject finder ran back over a verb, the noun phrase right before it: "denied by the Kiev side,
    // which said", "sued by a viewer who says", "met with protests by the National Council for Adoption, which said")
    const np = nounPhraseBefore(ctx, ctx.tokens[r.first - 1]!.text === ',' ? r.first - 2 : r.first - 1, floor);
    // (the subject finder's phrase wins when it ends at the pronoun and its head can speak, or the nearer phrase cannot:
    // "some members of the council, who said", "writers of all nationalities who say")
    const comma = ctx.tokens[r.first - 1]!.text === ',';
    const found = antecedent && (antecedent.last === r.first - 1 || comma && antecedent.last === r.first - 2) ? antecedent : null;
    // (when neither head is a known speaker, a head that reads as a noun for people keeps the finder's phrase — "writers
    // of all nationalities who say" — else the nearer phrase: "Monitors spoke with an employee at the depot who said")
    const peopleLike = (x: TokRange) => { const h = lower(ctx.tokens[headOf(ctx, x)]); return PEOPLE_ENDING.test(h) || KIN_OR_PART.test(h); };
    let a0 = !found ? np : !np || canSpeak(ctx, found) ? found : canSpeak(ctx, np) ? np : peopleLike(found) ? found : np;
    // ("the officers of the armed forces in Marinka, who stated": "who" is no place; the people before its preposition)
    const place = (x: TokRange) => ctx.mentions.some((m) => (m.type === 'GPE' || m.type === 'LOC' || m.type === 'FAC') && m.start <= ctx.tokens[x.first]!.start && ctx.tokens[x.last]!.end <= m.end);
    if (a0 && lower(first) === 'who' && place(a0) && /^(?:in|at|from|near|outside)$/.test(lower(ctx.tokens[a0.first - 1]))) {
      const before = nounPhraseBefore(ctx, a0.first - 2, floor);
      if (before) a0 = before;
    }
    // ("in the hands of separatists who say …": past an "of" whose head cannot speak, the people after it)
    // (not a relation of a person, "the widow of …", "the eldest daughter of …", nor a part of a group, "some of …")
    if (a0 && !canSpeak(ctx, a0) && !KIN_OR_PART.test(lower(ctx.tokens[headOf(ctx, a0)]))) {
      let of = -1;
      for (let k = a0.last - 1; k > a0.first; k--) if (lower(ctx.tokens[k]) === 'of') { of = k; break; }
      const tail = of > 0 ? { first: of + 1, last: a0.last } : null;
      if (tail && canSpeak(ctx, tail)) a0 = tail;
    }
    // ("…,” explains one young man, who says …": the inverted frame's verb is no part of the phrase)
    while (a0 && a0.first < a0.last && !isCap(ctx.tokens[a0.first]) && cueInfo(ctx.tokens[a0.first]!.text)?.tier === 'speech') a0 = { first: a0.first + 1, last: a0.last };
    if (a0) {
      const a = speakerForRange(ctx, a0, people);
      return { ...a, start: span.start, end: span.end };
    }
  }
  if (r.first === r.last && PRONOUNS.has(lower(first))) {
    const w = lower(first);
    // "I" and "we" are the writer or a quoted speaker, never the last name mentioned
    // (and "you" is the reader or anyone: "You might find that you want to …")
    if (/^(?:i|we|me|us|you)$/.test(w)) return { entity: null, name: written, start: span.start, end: span.end };
    const wantPerson = w === 'he' || w === 'she';
    let c: Candidate | undefined;
    for (let k = lastBefore(people, span.start); k >= 0 && !c; k--) {
      const p = people[k]!;
      if (avoid.size && p.person && avoid.has(personNamed(ctx, p.name)?.id ?? '')) continue;
      if (wantPerson ? p.person && !p.group && !clashes(ctx, personNamed(ctx, p.name)?.id, w) && !clashesTitle(p.name, w) : w === 'it' ? !p.person && !p.group && !pluralHead(p.name) && !pluralVerbAfter(ctx, p) : (!p.person || p.group || pluralName(ctx, p)) && !p.text) c = p;
    }
    const known = c && c.person ? personNamed(ctx, c.name) : undefined;
    if (known) return { entity: known.id, name: known.name, start: span.start, end: span.end };
    // ("The OSCE issued a report. … it said": a body named by the candidate whole, past its article, is that entity)
    const body = c && !c.person ? ctx.mentions.find((m) => m.kind === 'name' && m.entity && m.start >= c.at && m.start <= c.at + 4
      && m.end === c.at + c.name.length && /^(?:the\s+)?$/i.test(ctx.text.slice(c.at, m.start))) : undefined;
    const e = body ? ctx.entities.find((x) => x.id === body.entity) : undefined;
    if (body && e) return { entity: e.id, name: e.name, start: span.start, end: span.end };
    return { entity: null, name: c?.name ?? written, start: span.start, end: span.end };
  }
  return { entity: null, name: nameOf(ctx, r) ?? bareName(written), start: span.start, end: span.end };
}

/** A subject candidate whose verb is plural, past a bracket it opened ("SALW (Small Arms and Light Weapons) were"): no "it". */
function pluralVerbAfter(ctx: Context, p: Candidate): boolean {
  const rest = ctx.text.slice(p.at + p.name.length, p.at + p.name.length + 80);
  return /^(?:[^()]*\))?\s*(?:were|are|have)\b/.test(rest);
}

/** A description whose head noun is a lower-case plural ("Pro-Russian forces", "The company's shares"): no "it". */
function pluralHead(name: string): boolean {
  const head = name.split(/\s+(?:of|on|for|in|at|from|with|by|about|into|over)\s+/)[0]!;
  return /\s\p{Ll}+s$/u.test(head) && !/\s(?:news|series|species|politics|economics|headquarters)$/.test(head);
}

/**
 * A candidate a "they" can mean though it was read as a person: a description ending in a plural ("the local
 * residents") or one capitalised plural word no person name covers ("MPs", "Conservatives"), not "Lord Haskins".
 */
function pluralName(ctx: Context, p: Candidate): boolean {
  if (/\s\p{Ll}+s$/u.test(p.name)) return true;
  return /^\p{Lu}[\p{L}]*s$/u.test(p.name) && !ctx.mentions.some((m) => m.type === 'PERSON' && m.start <= p.at && p.at < m.end);
}

/** The head of a phrase is someone who can speak: a named person, body or country, or a noun for people or a body. */
function canSpeak(ctx: Context, r: TokRange): boolean {
  const t = ctx.tokens[headOf(ctx, r)]!;
  const w = lower(t);
  return ctx.mentions.some((m) => m.start <= t.start && t.end <= m.end && /^(?:PERSON|ORG|GPE|NORP)$/.test(m.type))
    || PERSON_NOUNS.test(w.replace(/s$/, '')) || GROUP_NOUNS.test(w.replace(/s$/, '')) || ORG_WORDS.test(w) || /^(?:people|those|men|women)$/.test(w);
}

/**
 * The noun phrase ending at token `last`, back to its determiner ("the Kiev side", "a make-up artist", "the head of the
 * agency"): words and possessive marks, through "of", stopping at punctuation, another preposition, a clause word or
 * a verb form. Null when it does not end in a noun-like word or runs past eight tokens.
 */
function nounPhraseBefore(ctx: Context, last: number, floor: number): TokRange | null {
  const { tokens } = ctx;
  const end = tokens[last];
  if (!end || last < floor || end.kind !== 'word' || PRONOUNS.has(lower(end)) || /^(?:\p{Ll}+ly|\p{Ll}+ing)$/u.test(end.text) || PREPOSITIONS.has(lower(end)) || DETERMINERS.has(lower(end))) return null;
  let first = last;
  for (let k = last - 1; k >= floor && last - k < 8; k--) {
    const t = tokens[k]!;
    const w = lower(t);
    if (DETERMINERS.has(w) || /^(?:his|her|their|its|our|my|your)$/.test(w)) { first = k; break; }
    if (/^[’']s$/.test(t.text) || w === 'of' || t.text === '-') { first = k; continue; }
    if (t.kind !== 'word' && t.kind !== 'number' || PREPOSITIONS.has(w) || PRONOUNS.has(w)
      || /^(?:and|or|but|that|which|who|is|are|was|were|be|been|has|have|had|will|would|said|says|as|than|like)$/.test(w) || /^\p{Ll}+ed$/u.test(t.text)
      // (an -ing word after its determiner is a modifier: "the filling station"; else a verb: "charging people")
      || /^\p{Ll}+ing$/u.test(t.text) && !DETERMINERS.has(lower(tokens[k - 1]))) break;
    first = k;
  }
  // (a phrase cut at "of" has lost its head: "of the agency" is no antecedent)
  if (lower(tokens[first]) === 'of') return null;
  // "an employee at the filling station who said", "respondents in nine countries who believed": the head noun before a
  // place or a group is the one who speaks
  // (not when the phrase after the preposition can speak itself: "interviews in the media with Russian soldiers, who said")
  const p = first - 1;
  if (/^(?:at|from|in|with|for)$/.test(lower(tokens[p])) && !canSpeak(ctx, { first, last }) && tokens[p - 1]?.kind === 'word' && /^\p{Ll}+$/u.test(tokens[p - 1]!.text)
    && !PREPOSITIONS.has(lower(tokens[p - 1])) && !/(?:ed|ly|ing)$/.test(lower(tokens[p - 1]))) {
    for (let k = p - 1; k >= Math.max(floor, p - 3); k--) {
      if (DETERMINERS.has(lower(tokens[k])) || /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|some|many|several)$/.test(lower(tokens[k]))) return { first: k, last };
      if (tokens[k]!.kind !== 'word' || PREPOSITIONS.has(lower(tokens[k]))) break;
    }
    // (a bare plural: "respondents in nine countries")
    if (/[^s]s$/.test(lower(tokens[p - 1])) && !/^(?:is|was|has|does)$/.test(lower(tokens[p - 1])) && (tokens[p - 2]?.kind !== 'word' || PREPOSITIONS.has(lower(tokens[p - 2])))) return { first: p - 1, last };
  }
  return { first, last };
}

/** Titles that tell a person's sex ("Mr Howard", "Baroness Scotland"). */
const MALE_TITLE = /\b(?:Mr|Sir|Lord|King|Prince|Duke|Earl|Baron|Count|Father|Brother)\.?\s+$/;
const FEMALE_TITLE = /\b(?:Mrs|Ms|Miss|Madam|Madame|Mme|Dame|Lady|Baroness|Queen|Princess|Duchess|Countess|Sister)\.?\s+$/;

/** Per text, the sexes its titles give the person entities (read once: pronouns ask for them again and again). */
const SEXES = new WeakMap<Context, Map<string, Set<'he' | 'she'>>>();

function sexesOf(ctx: Context): Map<string, Set<'he' | 'she'>> {
  let out = SEXES.get(ctx);
  if (out) return out;
  out = new Map();
  for (const x of ctx.mentions) {
    if (x.kind !== 'name') continue;
    // (the title before the name, or opening the mention itself; a title is a word before a name: "King" alone is a surname)
    const words = ctx.text.slice(x.start, x.end).split(/\s+/);
    for (const before of [ctx.text.slice(Math.max(0, x.start - 12), x.start), words.length > 1 ? words[0] + ' ' : '']) {
      const sex = MALE_TITLE.test(before) ? 'he' : FEMALE_TITLE.test(before) ? 'she' : null;
      if (!sex) continue;
      const set = out.get(x.entity) ?? new Set<'he' | 'she'>();
      set.add(sex);
      out.set(x.entity, set);
    }
  }
  SEXES.set(ctx, out);
  return out;
}

/** Whether the pronoun "he"/"she" cannot point to the entity: a title before one of its names says the other sex. */
function clashes(ctx: Context, entity: string | null | undefined, pronoun: string): boolean {
  if (!entity || (pronoun !== 'he' && pronoun !== 'she')) return false;
  return sexesOf(ctx).get(entity)?.has(pronoun === 'he' ? 'she' : 'he') ?? false;
}

/** The same, from a title inside a candidate's own words ("Mr Kennedy"). */
function clashesTitle(name: string, pronoun: string): boolean {
  const words = name.split(/\s+/);
  if (words.length < 2) return false;
  const head = words[0] + ' ';
  return pronoun === 'she' && MALE_TITLE.test(head) || pronoun === 'he' && FEMALE_TITLE.test(head);
}

/** The one person entity whose name ends in the candidate's last word ("Mr Molyneux" → Peter Molyneux). */
function personNamed(ctx: Context, name: string): { id: string; name: string } | undefined {
  const last = name.split(/\s+/).pop()?.replace(/[’']s$/, '');
  if (!last || last.length < 3) return undefined;
  const hits = ctx.entities.filter((e) => e.type === 'PERSON' && e.name.split(/\s+/).pop() === last);
  return hits.length === 1 ? { id: hits[0]!.id, name: hits[0]!.name } : undefined;
}

/**
 * The head token of a source: the last word before an appositive comma, or, in a description
 * ("a senior adviser to Putin", "Ukrainian defense officials"), the last word before its first preposition.
 */
function headOf(ctx: Context, r: TokRange): number {
  let end = r.last;
  for (let k = r.first + 1; k <= r.last; k++) {
    const t = ctx.tokens[k]!;
    // (a relative clause after the head is its modifier: "Clapton who joined Guy", "organizations that have endorsed
    // him"; not "that" before a subject of its own: "One area that Obama …" names the speaker after it)
    const next = ctx.tokens[k + 1];
    const relative = /^(?:who|whom|whose|which)$/.test(t.text) || t.text === 'that' && !!next && next.kind === 'word' && !isCap(next) && !PRONOUNS.has(lower(next)) && !DETERMINERS.has(lower(next));
    if (t.text === ',' || (!isCap(t) && PREPOSITIONS.has(lower(t))) || relative) { end = k - 1; break; }
    // ("A lawyer representing Mr Doherty": a participle after the head opens its modifier; "the ruling party" has none)
    // (its object follows: a determiner or a name, not the noun an -ing adjective qualifies: "the mining company")
    const obj = ctx.tokens[k + 1];
    if (/^\p{Ll}+ing$/u.test(t.text) && k < r.last && (DETERMINERS.has(lower(obj)) || isCap(obj)) && !DETERMINERS.has(lower(ctx.tokens[k - 1]))
      && ctx.tokens[k - 1]!.kind === 'word' && !isCap(ctx.tokens[k - 1]) && !/^[’']s$/.test(ctx.tokens[k - 1]!.text)) { end = k - 1; break; }
  }
  // "Sen. David Perdue (R-Ga.)": the head is the name before the parenthetical
  const po = parenOpen(ctx.tokens, end, r.first);
  if (po > r.first) end = po - 1;
  while (end > r.first && ctx.tokens[end]!.kind === 'punct') end--;
  return end;
}

/** The mention that covers a source's head, preferring the longest overlap with the whole source. */
function mentionIn(mentions: readonly Mention[], span: { start: number; end: number }, head: { start: number; end: number }): Mention | null {
  let best: Mention | null = null;
  let bestScore = -1;
  for (const m of mentions) {
    if (m.start > head.start || m.end < head.end) continue;
    const o = Math.min(m.end, span.end) - Math.max(m.start, span.start);
    if (o <= 0) continue;
    const score = o * 1000 + m.end - span.start;
    if (score > bestScore) { best = m; bestScore = score; }
  }
  return best;
}

/** A source's name without its appositive ("Simon Rosenberg, a Clinton supporter" → "Simon Rosenberg"). */
function nameOf(ctx: Context, r: TokRange): string | null {
  const toks = ctx.tokens.slice(r.first, r.last + 1);
  const comma = toks.findIndex((t) => t.text === ',');
  if (comma > 0 && toks.slice(0, comma).every((t) => isCap(t) || t.kind === 'punct')) {
    return ctx.text.slice(toks[0]!.start, toks[comma - 1]!.end);
  }
  return null;
}

/** Names that a later "he", "she" or "it" may point back to, in text order. */
function candidates(ctx: Context, drafts: readonly Draft[]): Candidate[] {
  const out: Candidate[] = [];
  const add = (r: TokRange | null) => {
    if (!r) return;
    const c = describe(ctx, r);
    if (c) out.push(c);
    // "Mr Brown's insistence he was not gloating …": the owner of a possessive subject is a referent too
    for (let k = r.first + 1; k < r.last; k++) {
      if (!/^[’']s$/.test(ctx.tokens[k]!.text)) continue;
      const owner = describe(ctx, { first: r.first, last: k - 1 });
      if (owner && owner.person) out.push(owner);
      break;
    }
  };
  for (let s = 0; s < ctx.sentTok.length; s++) {
    const st = ctx.sentTok[s]!;
    if (st.first < 0) continue;
    // (a text noun read as a verb leaves the subject finder with its article alone: "The report provided …" → "The")
    const ms = mainSubject(ctx, st.first, st.last);
    add(ms && !(ms.first === ms.last && DETERMINERS.has(lower(ctx.tokens[ms.first]))) ? ms : textSubject(ctx, st.first, st.last));
  }
  for (const d of drafts) add(d.source);
  // a name inside quoted words is not a referent for the narrative's "he"
  const quoted = drafts.filter((d) => d.kind !== 'indirect').sort((a, b) => a.start - b.start);
  out.sort((a, b) => a.at - b.at);
  let qi = 0;
  return out.filter((c) => {
    while (qi < quoted.length && quoted[qi]!.end <= c.at) qi++;
    return !(qi < quoted.length && quoted[qi]!.start <= c.at);
  });
}

/**
 * A sentence that opens with a text or a study as its subject ("The report provided a blow-by-blow account …", "The
 * research was carried out by …"), for a later "it said" when the subject finder found no speaker there.
 */
function textSubject(ctx: Context, first: number, last: number): TokRange | null {
  const { tokens } = ctx;
  if (!/^(?:the|this|that|its|their|his|her)$/i.test(tokens[first]!.text)) return null;
  for (let k = first + 1; k <= Math.min(last - 1, first + 5); k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') return null;
    if (TEXT_HEADS.test(t.text) && (tokens[k + 1]!.text === ',' || /^\p{Ll}/u.test(tokens[k + 1]!.text) && tokens[k + 1]!.kind === 'word' && !/^(?:of|on|by|from|for|in|into|about)$/.test(tokens[k + 1]!.text))) return { first, last: k };
  }
  return null;
}

function describe(ctx: Context, r: TokRange): Candidate | null {
  let toks = ctx.tokens.slice(r.first, r.last + 1);
  if (toks.length === 1 && PRONOUNS.has(lower(toks[0]))) return null;
  // a sentence adverb or a date opening the sentence is no one: "Subsequently, he added", "Tuesday, …"
  if (toks.length === 1 && /^\p{Lu}\p{Ll}+ly$/u.test(toks[0]!.text) && ctx.tokens[r.first + 1]?.text === ',') return null;
  if (toks.length <= 2 && toks.every((t) => isTimeWord(t) || /^\d+$/.test(t.text))) return null;
  // a lone capitalised word opening its sentence is a referent only when the entities stage named it ("Sales rose"), or
  // a plural of people ("People are wary …", "Residents say …")
  if (toks.length === 1 && ctx.mentions.length > 0 && ctx.sentTok[toks[0]!.sentence]?.first === r.first && !peoplePlural(toks[0]!.text)
    && !ctx.mentions.some((m) => m.start <= toks[0]!.start && toks[0]!.end <= m.end)) return null;
  // "That …", "Here …", "Thirdly through the media …": a clause opener, not a referent; "Nobody, he claimed, …": no one
  if (/^(?:that|this|these|those|there|here|it|whichever|whatever|however|then|\p{L}+ly)$/iu.test(toks[0]!.text)) return null;
  if (/^(?:nobody|somebody|someone|anyone|anybody|everyone|everybody|none|nothing|something|everything|anything)$/i.test(toks[0]!.text)) return null;
  // "Giving up the port to the army has hurt …": a gerund subject is an act, no one to point back to
  if (/^\p{Lu}\p{Ll}+ing$/u.test(toks[0]!.text) && !ctx.mentions.some((m) => m.start === toks[0]!.start)) return null;
  const at = toks[0]!.start;
  if (toks.length === 1 && peoplePlural(toks[0]!.text)) return { at, name: toks[0]!.text, person: true, group: true };
  // "The head of the citizenship department of the migration service, Valentina Kazakova, confirmed …": a description,
  // then the person's name after its comma — the name is who a later "she" means
  // (only after a description, not after a name with its appositive: "Mike McGuire, a research director at Gartner")
  const closingName = /^(?:the|a|an)$/i.test(toks[0]!.text) ? ctx.mentions.find((m) => m.type === 'PERSON' && m.end === toks[toks.length - 1]!.end && m.start > at
    && toks.some((t) => t.text === ',' && t.end <= m.start)) : undefined;
  if (closingName) return { at, name: closingName.text, person: true };
  const and = toks.findIndex((t) => lower(t) === 'and');
  if (and > 0) toks = toks.slice(0, and);
  const comma = toks.findIndex((t) => t.text === ',');
  if (comma > 0) toks = toks.slice(0, comma);
  const text = ctx.text.slice(toks[0]!.start, toks[toks.length - 1]!.end);
  const possessive = toks.some((t) => t.text === '’s' || t.text === "'s");
  const last = toks[toks.length - 1]!;
  if (!possessive && isCap(last)) {
    let k = toks.length - 1;
    while (k > 0 && isCap(toks[k - 1]) && !DETERMINERS.has(lower(toks[k - 1]))) k--;
    const name = ctx.text.slice(toks[k]!.start, last.end);
    // "The situation in Donetsk remained tense": a name after a preposition modifies the head before it; that head is
    // the referent, so a phrase whose head is no person, group or body is no one a later "they" or "it" can mean
    if (k > 1 && PREPOSITIONS.has(lower(toks[k - 1])) && !(lower(toks[k - 1]) === 'of' && isCap(toks[k - 2]))) {
      const head = lower(toks[k - 2]).replace(/s$/, '');
      if (PERSON_NOUNS.test(head)) return { at, name: text, person: true };
      if (!GROUP_NOUNS.test(head) && !ORG_WORDS.test(lower(toks[k - 2])) && !PEOPLE_ENDING.test(lower(toks[k - 2])) && !/^(?:people|staff|academics|executives)$/.test(lower(toks[k - 2]))) return null;
    }
    const theBefore = k > 0 && lower(toks[k - 1]) === 'the';
    // acronyms (EU, NATO, OSCE) are organisations, not a "he"
    const acronym = /^[\p{Lu}.]{2,6}$/u.test(name.replace(/\s+/g, ''));
    // (nor a name the entities stage typed as a place, a country or a body: "Russia, he said, was …")
    const typed = ctx.mentions.some((m) => m.type !== 'PERSON' && m.start <= toks[k]!.start && last.end <= m.end);
    const person = !theBefore && !acronym && !typed && !ORG_WORDS.test(name) && !placeLike(ctx, name);
    return { at, name: person ? name : text, person };
  }
  if (!possessive && PERSON_NOUNS.test(last.text) && toks.length <= 5) return { at, name: text, person: true };
  // "Petrenko’s neighbours and former colleagues say …": a plural description is a group a later "they" means
  const whole = ctx.tokens.slice(r.first, r.last + 1);
  if (/^\p{Ll}+s$/u.test(whole[whole.length - 1]!.text) && whole.length <= 7 && GROUP_NOUNS.test(whole[whole.length - 1]!.text.replace(/s$/, ''))) {
    return { at, name: ctx.text.slice(whole[0]!.start, whole[whole.length - 1]!.end), person: true, group: true };
  }
  if (ORG_WORDS.test(text)) return { at, name: text, person: false };
  // ("The report provided a blow-by-blow account … “…,” it said.": a text with its article is what a later "it" means)
  if (/^(?:the|this|that|its|their|his|her|a|an)$/i.test(toks[0]!.text) && TEXT_HEADS.test(last.text) && toks.length <= 6) return { at, name: text, person: false, text: true };
  return null;
}

/** A capitalised plural of people opening a sentence: "People", "Residents", "Protesters". */
function peoplePlural(word: string): boolean {
  return word === 'People' || /^\p{Lu}\p{Ll}+s$/u.test(word) && GROUP_NOUNS.test(word.slice(0, -1));
}

/** Index of the last candidate before `offset` (candidates sorted by position), or -1. */
function lastBefore(people: readonly Candidate[], offset: number): number {
  let lo = 0, hi = people.length - 1, best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (people[mid]!.at < offset) { best = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return best;
}

/** Per text: the capitalised names written after "in", "from", "into" … or before "region": places, not speakers. */
const placeNames = new WeakMap<object, Set<string>>();
function placeLike(ctx: Context, name: string): boolean {
  let names = placeNames.get(ctx);
  if (!names) {
    names = new Set();
    const cap = "\\p{Lu}[\\p{L}’'.-]*";
    const after = new RegExp(`\\b(?:in|from|into|across|inside|near|toward|towards|throughout)\\s+(?:the\\s+)?(${cap}(?:\\s+${cap}){0,3})`, 'gu');
    for (const m of ctx.text.matchAll(after)) {
      const words = m[1]!.split(/\s+/);
      // every leading run is a candidate place ("in Sumy Oblast" marks "Sumy" and "Sumy Oblast")
      for (let k = 1; k <= words.length; k++) {
        if (/(?:’s|'s)$/.test(words[k - 1]!)) break; // "in Trump’s campaign" says nothing of Trump
        names.add(words.slice(0, k).join(' '));
      }
    }
    const before = new RegExp(`(${cap}(?:\\s+${cap}){0,2})\\s+(?:region|oblast|province|city)\\b`, 'giu');
    for (const m of ctx.text.matchAll(before)) names.add(m[1]!);
    placeNames.set(ctx, names);
  }
  return names.has(name);
}

/** "a State Department statement" → "State Department": the source, not the document it issued. */
function bareName(written: string): string {
  const m = /^(?:an?|the)\s+(.+?)\s+(?:statement|report|release|announcement|communiqué|readout|post)$/iu.exec(written);
  // (a name or a body, not an adjective: "a written statement", "a new report" are no one's; "the company's statement"
  // is the company's)
  const who = m?.[1]!.replace(/[’']s$/, '');
  return who && !/\s(?:in|on|at)\s/.test(who) && (/^\p{Lu}/u.test(who) || ORG_WORDS.test(who)) ? who : written;
}
