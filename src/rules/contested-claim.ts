import type { Event, Finding, Quote, Sentence } from '../model/layers.js';
import type { Span } from '../model/span.js';
import { CLAIM_NOUNS } from '../stages/quotes/extract.js';
import { cueInfo } from '../stages/quotes/lexicon.js';
import topics from './data/claim-topics.json' with { type: 'json' };
import { CARDINAL_RE, cardinalValue, finding, sentenceAt, sentencesOf, type CheckInput } from './util.js';

/** Abstract nouns after "there is no" that make a judgement, not a denial of a fact ("there is no need"). */
const ABSTRACT = String.raw`(?:need|solution|alternative|doubt|reason|point|way|time|place|question|chance|hope|room|other|longer|one|sense|option|choice|excuse|justification|future|guarantee|turning\s+back|going\s+back|plan\s+b|better|military|political|diplomatic|easy|simple|magic|quick|substitute|difference|shortage|limit|end|rush|hurry|problem|danger|threat|risk)`;
/** A denial voiced inside a quote: "There is no encirclement", "This is not true", "these reports are false". */
const DENIAL_IN_QUOTE = new RegExp(String.raw`\bthere\s+(?:is|are|was|were|has\s+been|have\s+been)\s+(?:absolutely\s+|simply\s+)?no\s+(?!${ABSTRACT}\b)(?![a-z]+ing\b)[a-z]|\b(?:is|are|was|were|it[’']s|that[’']s)\s+(?:simply\s+|absolutely\s+|completely\s+|totally\s+)?(?:not\s+true|untrue|false|a\s+lie|lies|baseless|groundless|fabricated|a\s+fabrication|fake(?:\s+news)?)\b|\bno\s+such\s+(?:thing|attack|strike|incident|order|plan|troops|operation)\b`, 'i');
/** A reported denial naming the claim it denies: "dismissed claims that …", "pushed back against suggestions that …". */
const DENIED_CLAIM = /\b(?:denied|denies|deny|denying|refuted|refutes|disputed|disputes|pushed\s+back\s+(?:against|on)|rejected|rejects|dismissed|dismisses)\s+(?:any\s+|the\s+|all\s+|such\s+|these\s+|those\s+|recent\s+|western\s+|media\s+|reports\s+and\s+)?(?:suggestions?|claims?|reports?|allegations?|accusations?|assertions?|charges?|rumou?rs?)\b/i;
/** Lemmas of the quotes stage's cues that dispute what they report ("a claim Kyiv denied", "a charge London rejected"). */
const DISPUTING = new Set(['deny', 'dispute', 'reject', 'dismiss', 'refute', 'contest', 'challenge']);
/** Cues of a plea or a confession: the speaker answers for their own conduct ("He pleaded guilty to fraud"). */
const PLEA = /^(?:plead|pleads|pleaded|pled|pleading|confess|confesses|confessed|confessing)$/i;
/** Words before a denial cue that undo it: "refused to deny", "failed to", "challenged X to", "confirm or". */
const NOT_A_DENIAL = /(?:\b(?:refus\w*|fail\w*|declin\w*|unable|would\s+not|did\s+not|didn[’']t|won[’']t|not|never|yet)\s+(?:\w+\s+)?to\s*|\b(?:challeng\w*|urg\w*|ask\w*|invit\w*|call\w*\s+on|dar\w*)\s+(?:\w+\s+){1,3}to\s*|\bconfirm\s+or\s*|\bneither\s+confirm\w*\s+nor\s*|\b(?:would|will|could|can|may|might)\s+(?:not\s+)?|\bneither\s+\w+\s+nor\s*|\b(?:nobody|no\s+one|none\s+of\s+\w+)\s+(?:is|was|has|have|had|are|were)\s+|\bhad\s+(?:he|she|they|it|we|I)\s+|\bif\s+(?:he|she|they|it|we|I)\s+)$/i;

/** A bare reported denial: "X denied that …" — a finding only when an assertion by someone else answers it. */
const DENIED_THAT = /\b(?:denied|denies|denying)\s+(?:that|any|having|being|it|involvement|responsibility)\b/i;

interface Statement {
  span: Span;
  /** Words that say what the statement is about. */
  about: string;
  speaker: string | null;
  paragraph: number;
  denial: boolean;
  /** The denial names the claim it denies ("dismissed claims that …"): two sources even without a second statement. */
  namesClaim?: boolean;
  /** The claim is named only by "the claim(s)", "these reports": it points back to an earlier claim, not by topic. */
  anaphoric?: boolean;
  /** Sentence index the statement stands in. */
  sentence: number;
  /** A denial reported by the writer ("X denied that …"), not voiced in a quote. */
  reported?: boolean;
  /** A plea or confession ("pleaded guilty to fraud"): it answers a charge against its speaker and asserts nothing against another's denial. */
  plea?: boolean;
}

const STOP = new Set(('about above after again against among another around because before being below between could during every first further having other their there these thing those through under until which while would should where whose still since shall might could today yesterday week month year years said says told reported according people country countries government official officials statement statements added think know going really something nothing because forces region their ours' ).split(/\s+/));

/** Stems of the lowercase content words: names are left out, they say who and where, not what is claimed. */
function stems(text: string): Set<string> {
  return new Set((text.match(/(?<![\p{L}])[a-z][a-z-]{4,}/gu) ?? []).filter((w) => !STOP.has(w)).map((w) => w.slice(0, 6)));
}

const CLASSES = Object.entries(topics.classes as Record<string, string[]>).map(([name, words]) => ({
  name,
  re: new RegExp(`\\b(?:${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|')})`, 'i'),
}));

function topicClasses(text: string): Set<string> {
  return new Set(CLASSES.filter((c) => c.re.test(text)).map((c) => c.name));
}

/**
 * What links a denial to an assertion: a shared topic class, or (for reported denials, whose object is a
 * clause about the claim) at least three shared content stems. A quoted "there is no X" needs a topic class:
 * shared words alone pair statements that agree as often as ones that clash.
 */
function link(denial: string, claim: string, classOnly: boolean): string | null {
  const a = topicClasses(denial);
  for (const c of topicClasses(claim)) if (a.has(c)) return c;
  if (classOnly) return null;
  const da = stems(denial);
  const shared = [...stems(claim)].filter((s) => da.has(s));
  return shared.length >= 3 ? shared.join(', ') : null;
}

function speakerKey(s: string | null): string | null {
  if (!s) return null;
  const words = s.toLowerCase().replace(/[’']s\b/g, '').split(/\s+/).filter(Boolean);
  return words[words.length - 1] ?? null;
}

/** A quote's speaker as an identity: the entity id when linked, else the last word of the name. */
function quoteSpeaker(q: Quote): string | null {
  if (!q.speaker) return null;
  return q.speaker.entity ?? speakerKey(q.speaker.name);
}

const OPENERS = /^(?:The|A|An|But|And|In|On|At|As|After|Before|While|When|However|Meanwhile|Earlier|Later|Yet|So|It|This|That|These|Those|There|Officials?|Some|Many|Both)$/;

/** The subject named before a cue inside a sentence: the last capitalised name that is not a sentence opener. */
function subjectBefore(text: string, sentence: Sentence, at: number): string | null {
  const head = text.slice(sentence.start, at);
  const names = [...head.matchAll(/\b([A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+)*)/gu)].map((m) => m[1]!).filter((n) => !OPENERS.test(n));
  const last = names[names.length - 1];
  return last ? speakerKey(last) : null;
}

function statements(doc: CheckInput, sentences: readonly Sentence[]): Statement[] {
  const out: Statement[] = [];
  const quotes = doc.layers.quotes ?? [];
  const entityOf = new Map<string, string>();
  for (const q of quotes) {
    if (q.speaker?.entity) entityOf.set(speakerKey(q.speaker.name) ?? '', q.speaker.entity);
  }
  for (const q of quotes) {
    const s = sentenceAt(sentences, q.start);
    if (!s) continue;
    const denial = DENIAL_IN_QUOTE.exec(q.text);
    // "there is no X" denies X and nothing before it: words ahead of it in a long statement (a run-in headline, an
    // aside) would link it to claims it does not answer
    const context = q.kind === 'partial' ? doc.text.slice(s.start, s.end) : denial && /^there\b/i.test(denial[0]) ? q.text.slice(denial.index) : q.text;
    out.push({ span: { start: q.start, end: q.end }, about: context, speaker: quoteSpeaker(q), paragraph: s.paragraph, sentence: s.index, denial: !!denial, plea: PLEA.test(q.cue ?? '') });
  }
  for (const s of sentences) {
    const body = doc.text.slice(s.start, s.end);
    const named = DENIED_CLAIM.exec(body);
    const m = named ?? DENIED_THAT.exec(body);
    if (!m) continue;
    const before = body.slice(0, m.index);
    // "refused to deny", "challenged him to deny", "to confirm or deny": no denial was made.
    if (NOT_A_DENIAL.test(before)) continue;
    // A court that "rejected the claim" rules on a lawsuit; it does not dispute a statement.
    if (/\b(?:court|judge|judges|panel|tribunal|jury|appeal)\b/i.test(before) && /^reject/i.test(m[0])) continue;
    const at = s.start + m.index;
    const inQuote = quotes.find((q) => q.start <= at && at < q.end);
    const key = inQuote ? quoteSpeaker(inQuote) : subjectBefore(doc.text, s, at);
    const speaker = key ? entityOf.get(key) ?? key : null;
    const rest = body.slice(m.index + m[0].length);
    // "Europe, which disputes the claim, …": a claim named only by "the"/"these" points back to one made earlier, and
    // the words after it say nothing of what it was (the claim comes with "that …", "of …" or its own words)
    const anaphoric = !!named && /\b(?:the|these|those|such)\s+\S+$/i.test(m[0]) && /^\s*(?:[,.;:)]|$|as\b|and\b|but\b|saying\b|made\s+(?:in|by|on)\b)/i.test(rest);
    out.push({ span: { start: s.start, end: s.end }, about: rest, speaker, paragraph: s.paragraph, sentence: s.index, denial: true, reported: true, namesClaim: !!named, anaphoric });
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

const ROLE_WORDS: Array<[RegExp, string]> = [
  [/\b(killed|dead|deaths?|died)\b/i, 'killed'],
  [/\b(injured|wounded)\b/i, 'injured'],
];
/** A count: digits ("1,200") or a number word up to twenty, after an optional "about"/"at least". */
const COUNT = String.raw`(?:(?:about|around|nearly|almost|some|at\s+least|more\s+than|over)\s+)?(\d{1,3}(?:,\d{3})+|\d+|${CARDINAL_RE})`;
/** "12 people were killed", "seven others were wounded". */
const COUNT_RE = new RegExp(String.raw`(?<![\w.,])${COUNT}\s+(?:[a-z]+\s+){0,2}?(?:were\s+|have\s+been\s+|had\s+been\s+)?(killed|dead|died|injured|wounded)\b`, 'gi');
/** "killed one policeman and about 20 people": the verb first, a list of counted nouns after it, summed. */
const VERB_FIRST_RE = new RegExp(String.raw`\b(killed|killing|wounded|wounding|injured|injuring)\s+(${COUNT}\s+[a-z]+(?:\s+(?:and|,)\s+${COUNT}\s+(?:other\s+|more\s+)?[a-z]+)*)`, 'gi');
const LIST_ITEM = new RegExp(COUNT, 'gi');

/** Casualty counts stated by a speaker (in quotes and reported speech): "12 people were killed" (Ukraine) vs "3 died" (Russia). */
function countsFromQuotes(doc: CheckInput, sentences: readonly Sentence[]) {
  const out: Array<{ value: number; role: string; speaker: string; span: Span; said: Span; paragraph: number }> = [];
  for (const q of doc.layers.quotes ?? []) {
    const speaker = quoteSpeaker(q);
    const s = sentenceAt(sentences, q.start);
    if (!speaker || !s) continue;
    // reported speech runs to its sentence's end: a nested quote may have cut its span short ("… killed one policeman
    // and about 20 people that he called “terrorists”")
    const end = q.kind === 'indirect' ? Math.max(q.end, sentenceAt(sentences, Math.max(q.start, q.end - 1))?.end ?? q.end) : q.end;
    const said = doc.text.slice(q.start, end);
    const push = (value: number, roleWord: string, at: number, len: number) => {
      const role = ROLE_WORDS.find(([re]) => re.test(roleWord))?.[1];
      if (role && Number.isFinite(value)) out.push({ value, role, speaker, span: { start: q.start + at, end: q.start + at + len }, said: { start: q.start, end }, paragraph: s.paragraph });
    };
    const taken: Array<[number, number]> = [];
    for (const m of said.matchAll(VERB_FIRST_RE)) {
      const total = [...m[2]!.matchAll(LIST_ITEM)].reduce((n, x) => n + countOf(x[1]!), 0);
      push(total, m[1]!.replace(/ing$/, 'ed'), m.index!, m[0].length);
      taken.push([m.index!, m.index! + m[0].length]);
    }
    for (const m of said.matchAll(COUNT_RE)) {
      if (taken.some(([a, b]) => m.index! < b && a < m.index! + m[0].length)) continue;
      push(countOf(m[1]!), m[2]!, m.index!, m[0].length);
    }
  }
  return out;
}

/** Places named (not by a demonym) in what a source said. */
function placesIn(doc: CheckInput, s: Span): Set<string> {
  const out = new Set<string>();
  for (const e of doc.layers.entities ?? []) {
    if (e.type !== 'GPE' && e.type !== 'LOC' && e.type !== 'FAC') continue;
    if (e.mentions.some((m) => m.kind === 'name' && m.start >= s.start && m.end <= s.end)) out.add(e.id);
  }
  return out;
}

/** A sentence that opens with a clock time and a dash: an entry of a live blog, its own event. */
function liveEntry(text: string, sentences: readonly Sentence[], at: number): boolean {
  const s = sentenceAt(sentences, at);
  return !!s && /^\s*\d{1,2}[:.]\d{2}\s*(?:[-–—]|GMT|BST|CET|UTC)/.test(text.slice(s.start, s.start + 20));
}

function countOf(s: string): number {
  return /\d/.test(s) ? parseInt(s.replace(/,/g, ''), 10) : cardinalValue(s);
}

function sameEvent(a: Event, b: Event): boolean {
  if (a.type !== b.type) return false;
  const n = (r: Event['actor']) => r?.entity ?? r?.name?.toLowerCase() ?? null;
  return n(a.actor) !== null && n(a.actor) === n(b.actor) && n(a.target) === n(b.target);
}

/**
 * contested-claim: sources asserting opposite things about one subject — a denial ("There is no encirclement of
 * our troops") against another source's assertion on the same topic nearby (a warning of a "horrible massacre"
 * there), a claim and its denial in one sentence (the quotes stage's "a claim" statement by the denier, "…, the army
 * said, a claim Kyiv denied"), and different numbers for one event from different sources. Reads quotes (speakers)
 * and events; without quotes it still finds reported denials against events' sources.
 *
 * @example
 * checkContested({ text: 'The ministry dismissed claims that its jets struck the market.', publishedAt: null, layers: {} })[0]?.kind
 * // 'contested-claim'
 */
export function checkContested(doc: CheckInput): Finding[] {
  const sentences = sentencesOf(doc);
  const out: Finding[] = [];
  const all = statements(doc, sentences);
  const used = new Set<Statement>();
  for (const d of all) {
    if (!d.denial || used.has(d)) continue;
    // Denials by one speaker in one paragraph make one finding; a denial without a known speaker stands alone.
    const group = d.speaker ? all.filter((x) => x.denial && x.speaker === d.speaker && x.paragraph === d.paragraph) : [d];
    const about = group.map((g) => g.about).join(' ');
    let best: { claim: Statement; why: string } | null = null;
    // a denial of "the claim" answers one made before, which topic words cannot tell: it stands alone
    for (const c of d.speaker && !group.every((g) => g.anaphoric) ? all : []) {
      if (c.denial || c.plea || !c.speaker || c.speaker === d.speaker || Math.abs(c.paragraph - d.paragraph) > 2) continue;
      if (group.some((g) => g.sentence === c.sentence)) continue; // the denial's own sentence restates the claim
      const why = link(about, c.about, !group.some((g) => g.reported));
      if (!why) continue;
      if (!best || Math.abs(c.span.start - d.span.start) < Math.abs(best.claim.span.start - d.span.start)) best = { claim: c, why };
    }
    group.forEach((g) => used.add(g));
    if (!best) {
      const named = group.find((g) => g.namesClaim);
      if (named) {
        const text = clip(doc.text.slice(named.span.start, named.span.end));
        out.push(finding('contested-claim', doc.text, `a denial of others' claims: “${text}”`, group.map((g) => g.span)));
      }
      continue;
    }
    out.push(finding('contested-claim', doc.text,
      `“${clip(doc.text.slice(d.span.start, d.span.end))}” denies what another source asserts: “${clip(doc.text.slice(best.claim.span.start, best.claim.span.end))}” (shared subject: ${best.why})`,
      [...group.map((g) => g.span), best.claim.span]));
  }
  out.push(...appositiveDenials(doc, sentences));
  // Different numbers for one event from different sources.
  const events = (doc.layers.events ?? []).filter((e) => e.source?.name && !e.negated);
  for (let i = 0; i < events.length; i++) {
    for (let j = i + 1; j < events.length; j++) {
      const a = events[i]!;
      const b = events[j]!;
      if (!sameEvent(a, b) || (a.source!.entity ?? a.source!.name) === (b.source!.entity ?? b.source!.name)) continue;
      for (const qa of a.quantities) {
        const qb = b.quantities.find((q) => q.role === qa.role && q.unit === qa.unit && q.value !== qa.value);
        if (!qb) continue;
        out.push(finding('contested-claim', doc.text,
          `${a.source!.name} gives ${qa.value} ${qa.unit} ${qa.role}, ${b.source!.name} gives ${qb.value}`, [a.evidence, b.evidence], { actual: qb.value, expected: qa.value }));
        break;
      }
    }
  }
  const counts = countsFromQuotes(doc, sentences);
  for (let i = 0; i < counts.length; i++) {
    for (let j = i + 1; j < counts.length; j++) {
      const a = counts[i]!;
      const b = counts[j]!;
      if (a.role !== b.role || a.speaker === b.speaker || a.value === b.value || Math.abs(a.paragraph - b.paragraph) > 1) continue;
      // a toll, not one eyewitness's casualty; of one place, not two; and not two entries of a live blog ("19:31 - …")
      if (a.value < 2 || b.value < 2 || liveEntry(doc.text, sentences, a.said.start) || liveEntry(doc.text, sentences, b.said.start)) continue;
      const pa = placesIn(doc, a.said), pb = placesIn(doc, b.said);
      if (pa.size && pb.size && ![...pa].some((x) => pb.has(x))) continue;
      out.push(finding('contested-claim', doc.text, `different ${a.role} counts from different sources: ${a.value} and ${b.value}`, [a.span, b.span], { actual: b.value, expected: a.value }));
    }
  }
  return out;
}

/** Who said a quote, as the text writes it ("the mayor", "Kyiv"), else its name. */
function sourceAsWritten(text: string, q: Quote): string {
  const s = q.speaker;
  if (!s) return 'an unnamed source';
  return s.start !== undefined && s.end !== undefined ? text.slice(s.start, s.end) : s.name;
}

/**
 * A claim and its denial in one sentence: "…, the army said on Monday, a claim the mayor denied". The quotes stage
 * gives the denial as a statement of its own whose content is the claim noun ("a claim", source "the mayor", cue
 * "denied"); the claim is the other party's statement before it in the sentence. When the writer reports the claim
 * without a source ("Rebels shelled the port, a charge the army denies"), the clause before the appositive is it.
 */
function appositiveDenials(doc: CheckInput, sentences: readonly Sentence[]): Finding[] {
  const quotes = doc.layers.quotes ?? [];
  const out: Finding[] = [];
  for (const d of quotes) {
    if (!d.speaker || !d.cue || !DISPUTING.has(cueInfo(d.cue)?.lemma ?? '')) continue;
    const words = doc.text.slice(d.start, d.end).trim().split(/\s+/);
    if (words.length !== 2 || !/^(?:a|an|the)$/i.test(words[0]!) || !CLAIM_NOUNS.test(words[1]!.toLowerCase())) continue;
    // an appositive after a comma, before its verb: "…, a claim Kyiv denied" (not the object in "Kyiv denied the claims")
    if (!/,\s*$/.test(doc.text.slice(Math.max(0, d.start - 3), d.start)) || (d.cueSpan && d.cueSpan.start < d.end)) continue;
    const s = sentenceAt(sentences, d.start);
    if (!s) continue;
    // the denial as read: the noun, who denies and the verb ("a claim the mayor denied", "a claim denied by the mayor")
    const denial: Span = { start: d.start, end: Math.max(d.end, d.cueSpan?.end ?? d.end, d.speaker.end ?? d.end) };
    const who = quoteSpeaker(d);
    // the other party's statement closest before the denial (a partial quote inside it gives way to the whole)
    const claim = quotes
      .filter((c) => c !== d && c.start >= s.start && c.end <= d.start && quoteSpeaker(c) !== who)
      .sort((a, b) => b.end - a.end || (b.end - b.start) - (a.end - a.start))[0];
    const denier = sourceAsWritten(doc.text, d);
    if (claim) {
      out.push(finding('contested-claim', doc.text, `a claim by ${sourceAsWritten(doc.text, claim)}, disputed by ${denier}: “${clip(doc.text.slice(claim.start, claim.end))}”`, [{ start: claim.start, end: claim.end }, denial]));
      continue;
    }
    // the writer's own clause before the appositive's comma
    const head = doc.text.slice(s.start, d.start).replace(/[\s,]+$/, '');
    const lead = head.length - head.trimStart().length;
    if (head.trim().split(/\s+/).length < 3) continue;
    const clause: Span = { start: s.start + lead, end: s.start + head.length };
    out.push(finding('contested-claim', doc.text, `a claim disputed by ${denier}: “${clip(doc.text.slice(clause.start, clause.end))}”`, [clause, denial]));
  }
  return out;
}

function clip(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > 90 ? one.slice(0, 89) + '…' : one;
}
