import type { Entity, EntityRef, Event, Mention, Quantity, Quote, Sentence, TimeExpression, Token } from '../../model/layers.js';
import { textSpan } from '../../model/span.js';
import { CLAIMED_ATTACKS, CONTROLLERS, COOPERATIVE, DEBT_OBJ, DISAPPROVAL_WORDS, LIGHT_VERBS, NOUNS, PURPOSE_GOVERNORS, VERBS, WILLINGNESS, type TriggerEntry } from './data/triggers.js';
import { lemmatize, verbForm } from './lemma.js';
import { findQuantities, type Word } from './quantities.js';
import { AUX, BE, DETERMINERS, HABITUAL, MODALS, NEGATORS, PREPOSITIONS, REPORTING, SUBJECT_PRONOUNS, VERB_ADVERBS } from './words.js';

/** What the event finder reads; every layer but tokens and sentences may be absent. */
export interface EventInput {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  mentions?: readonly Mention[];
  entities?: readonly Entity[];
  times?: readonly TimeExpression[];
  quotes?: readonly Quote[];
}

/** A word of a sentence with what the finder needs to know about it. */
interface W extends Word {
  raw: string;
  lemma: string;
  inQuote: boolean;
  cap: boolean;
}

interface Candidate {
  head: number;
  last: number;
  entry: TriggerEntry;
  type: string;
  mode: string | null;
  noun: boolean;
  negated: boolean;
  modality: string | null;
  passive: boolean;
  groupStart: number;
  absorbed: boolean;
  drop: boolean;
  participial: boolean;
  /** In a relative, conditional or temporal clause, or a gerund after a preposition: background, not coded (events come from main clauses). */
  secondary?: boolean;
  /** Stated as a refusal ("has no intention of withdrawing"): coded REJECT when cooperative. */
  refusal?: boolean;
  /** Only a cue of its sentence's event ("in protest", "to protest"): dropped when the sentence has another event. */
  weak?: boolean;
  /** Word where the party acted on is named, when the frame says so ("an attempt on the life of the mayor"); -1: nobody named. */
  targetAt?: number;
  /** The verb whose subject survived the attempt ("The governor survived a bid to kill him"): that subject is the target. */
  survivorAt?: number;
  /** No doer is named ("Police foiled a plot to kill the king": those who foiled it did not make it). */
  noDoer?: boolean;
  /** The verb whose subject is the doer, when it stands apart from the trigger ("The rebels failed in their bid to capture …"). */
  doerAt?: number;
  /** The verb "died" of the victim of a beating told after it ("died in custody after being beaten by officers"). */
  diedAt?: number;
}

const SUBORDINATORS = new Set(['who', 'which', 'whom', 'whose', 'where', 'when', 'if', 'unless', 'after', 'before', 'because', 'while',
  'whereas', 'although', 'though', 'since', 'until', 'once']);

const PLACE_PREPS = new Set(['in', 'at', 'near', 'inside', 'across', 'over', 'outside', 'around', 'throughout', 'including', 'from', 'along', 'through']);
const CLAUSE_BREAK = new Set([';', ':', 'that', 'which', 'who', 'whom', 'whose', 'while', 'whereas', 'because', 'although', 'though',
  'if', 'when', 'where', 'unless', 'after', 'before', 'since', 'as', '—', '–', '(', ')']);
const OBJECT_BREAK = new Set([';', ':', 'that', 'while', 'whereas', 'but', 'although', 'though', 'because', 'which', 'who', 'according', '—', '–']);

/** Verbs whose past tense is their base form. */
const SAME_PAST = new Set(['put', 'shut', 'cut', 'set', 'hit', 'slit', 'quit', 'spread', 'cast', 'let', 'beat', 'split', 'burst', 'thrust', 'bid']);
/** Words before "strike" that make it a stoppage or a hunger strike. */
const LABOUR_STRIKE = new Set(['hunger', 'general', 'national', 'nationwide', 'labour', 'labor', 'rail', 'teachers', 'doctors', 'workers', 'miners', 'transport', 'postal', 'one-day', 'two-day', 'indefinite', 'warning', 'wildcat']);
// ("walked out of classrooms": 'of' after a particle)
const INTRANSITIVE_NEXT = new Set(['of', 'last', 'this', 'next', 'tomorrow', 'until', 'over', 'indefinitely', 'earlier', 'overnight', 'demanding', 'calling', 'protesting', 'with', 'in', 'at', 'outside', 'near', 'on', 'for', 'to', 'around', 'across', 'into', 'onto', 'before', 'after', 'against', 'again', 'peacefully', 'there', 'here', 'today', 'yesterday', ',', '.', ';', 'and', 'from', 'by', 'despite', 'as', 'throughout', 'along']);
/** Verbs of being before "ready/willing to". */
const COPULAS = new Set(['is', 'are', 'was', 'were', 'be', 'been', "'s", "'re", 'am', 'remains', 'remain', 'seems', 'appears', 'stands', 'stand']);
/** Verbs that say a conflict noun occurred ("protests erupted", "fighting raged", "clashes left 20 dead"). */
const OCCURRENCE_VERBS = new Set(['erupt', 'break', 'flare', 'spread', 'rage', 'intensify', 'escalate', 'resume', 'sweep', 'rock', 'grip', 'engulf', 'rip', 'tear', 'continue', 'occur', 'damage', 'destroy', 'turn', 'bring', 'paralyse', 'paralyze', 'cripple', 'disrupt', 'halt',
  'paralyse', 'paralyze', 'leave', 'kill', 'claim', 'injure', 'wound', 'hit', 'shake', 'happen', 'pass', 'begin', 'trigger', 'spark',
  // "Protests have caused chaos", "The protest came a day after the vote", "the protests expanded" (not "last": "raids last Friday")
  'cause', 'come', 'expand', 'enter']);
/** Nouns whose "for X" names what is proposed or asked, not an occurrence ("a proposal for talks"). */
const TOPIC_NOUNS = new Set(['proposal', 'proposals', 'call', 'calls', 'plan', 'plans', 'offer', 'offers', 'request', 'requests', 'appeal', 'appeals',
  'demand', 'demands', 'push', 'bid', 'invitation', 'hopes', 'hope', 'prospects', 'conditions', 'preparations', 'pressure', 'support', 'plea', 'pleas', 'date', 'venue', 'agenda', 'framework', 'basis']);
/** Words of a short time phrase after a verb ("on Thursday", "late last week", "again today"). */
const TIME_ADVERBIAL = /^(?:on|in|at|today|yesterday|tonight|overnight|again|also|last|this|late|early|earlier|week|month|year|night|morning|afternoon|evening|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
const norm = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'");

/**
 * PLOVER-coded events of a document: triggers from the lexicon, read with their negation and modality, their
 * actor, target, places, date, counts and reporting source; follow-up sentences join their antecedent.
 *
 * @example
 * extractEvents({ text, tokens, sentences }) // [{ type: 'ASSAULT', actor: { entity: null, name: 'Russia' }, … }]
 */
export function extractEvents(input: EventInput): Event[] {
  const ctx = new Context(input);
  const events: Event[] = [];
  for (const s of input.sentences) {
    const ws = ctx.words(s);
    if (ws.length === 0) continue;
    const antecedent = ctx.followUpTarget(ws, events);
    const found = ctx.sentenceEvents(ws, s);
    if (antecedent) {
      const qs = findQuantities(ws, ws.length).filter((q) => q.role !== 'launched' && q.role !== 'troops');
      const kept = found.filter((e) => !(e.type === antecedent.type && (e.actor === null || sameRef(e.actor, antecedent.actor))));
      if (qs.length > 0 || kept.length < found.length) {
        const launched = antecedent.quantities.find((q) => q.role === 'launched');
        for (const q of qs) {
          const unit = q.unit || launched?.unit || '';
          if (!antecedent.quantities.some((x) => x.value === q.value && x.role === q.role)) antecedent.quantities.push({ ...q, unit });
        }
        for (const e of found) if (!kept.includes(e)) mergeInto(antecedent, e, false);
        events.push(...kept);
        continue;
      }
    }
    for (const e of found) {
      // "A suicide bomber killed 20 people in Baghdad. Al-Qaeda claimed responsibility.": the claim names the doer of the
      // attack told just before (within two sentences, its doer unnamed or only described), not a second attack
      if (ctx.claimOnly.has(e)) {
        const told = events.findLast((x) => x.type === 'ASSAULT' && !x.negated && x.evidence.end <= s.start && s.start - x.evidence.end < 400
          && (!x.actor || x.actor.entity === null || sameRef(x.actor, e.actor)));
        // (not another attack the claim names by its target: "claimed the rocket attack on Sderot" after an air raid on Gaza)
        if (told && !(told.target && e.target && !sameRef(told.target, e.target))) {
          told.actor = e.actor; told.source ??= e.source ?? null;
          if (told.target && sameRef(told.target, e.actor)) told.target = null;
          continue;
        }
      }
      const same = events.find((x) => sameOccurrence(x, e));
      if (same) mergeInto(same, e, false);
      else events.push(e);
    }
  }
  return events.map((e, i) => ({ ...e, id: `v${i + 1}` }));
}

function sameRef(a: EntityRef | null, b: EntityRef | null): boolean {
  if (!a || !b) return false;
  if (a.entity && b.entity) return a.entity === b.entity;
  return norm(a.name) === norm(b.name);
}

/** A later mention of an occurrence already recorded: same type, same actor, no conflicting target, date or counts. */
function sameOccurrence(a: Event, b: Event): boolean {
  if (a.type !== b.type || !a.actor?.entity || !sameRef(a.actor, b.actor)) return false;
  if (a.target && b.target && !sameRef(a.target, b.target)) return false;
  if (a.date && b.date && a.date !== b.date) return false;
  if (b.quantities.length > 0 || (b.date && !a.date)) return false;
  if (Boolean(a.negated) !== Boolean(b.negated) || (a.modality ?? null) !== (b.modality ?? null)) return false;
  return true;
}

function mergeInto(into: Event, e: Event, widen: boolean): void {
  into.target ??= e.target;
  into.date ??= e.date ?? null;
  into.source ??= e.source ?? null;
  into.mode ??= e.mode ?? null;
  for (const q of e.quantities) if (!into.quantities.some((x) => x.value === q.value && x.role === q.role)) into.quantities.push(q);
  for (const l of e.locations ?? []) {
    if (!(into.locations ?? []).some((x) => sameRef(x, l))) (into.locations ??= []).push(l);
  }
  if (widen && e.evidence.end > into.evidence.end) into.evidence = { start: into.evidence.start, end: e.evidence.end, text: '' };
}

class Context {
  readonly text: string;
  private readonly tokens: readonly Token[];
  private readonly mentions: Mention[];
  private readonly entities: Map<string, Entity>;
  private readonly times: readonly TimeExpression[];
  private readonly quotes: readonly Quote[];
  private readonly quoted: Array<{ start: number; end: number }>;

  constructor(input: EventInput) {
    this.text = input.text;
    this.tokens = input.tokens;
    this.entities = new Map((input.entities ?? []).map((e) => [e.id, e]));
    // overlapping mentions: keep the longer one ("Russia’s Defense Ministry" over "Russia’s" only when one covers the other)
    const ms = [...(input.mentions ?? [])].sort((a, b) => a.start - b.start || b.end - a.end);
    this.mentions = ms.filter((m, i) => !ms.some((o, j) => j !== i && o.start <= m.start && o.end >= m.end && (o.end - o.start) > (m.end - m.start)));
    this.times = input.times ?? [];
    this.quotes = input.quotes ?? [];
    this.quoted = this.quotes.filter((q) => q.kind === 'direct').map((q) => ({ start: q.start, end: q.end }));
  }

  /**
   * A speech act ("accused X of …", "urged X to …") by a speaker the article quotes directly is one more of their
   * statements: the quotes layer records it with its content, so it is not coded again as an event. A speech act by
   * someone not quoted at length (the usual wire-report sentence) stays an event.
   */
  private isQuotedSpeakersStatement(w: W): boolean {
    const q = this.quotes.find((x) => x.cueSpan && x.cueSpan.start <= w.start && x.cueSpan.end >= w.end);
    const who = q?.speaker?.entity;
    return Boolean(who && this.quotes.some((x) => x !== q && x.kind === 'direct' && x.speaker?.entity === who));
  }

  words(s: Sentence): W[] {
    const out: W[] = [];
    let inQuote = false;
    // tokens are in text order: start from the first one of the sentence (binary search)
    let lo = 0, hi = this.tokens.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (this.tokens[mid]!.end <= s.start) lo = mid + 1; else hi = mid; }
    for (let ti = lo; ti < this.tokens.length; ti++) {
      const t = this.tokens[ti]!;
      if (t.start >= s.end) break;
      const raw = t.text;
      if (t.kind === 'quote') {
        if (raw === '“' || raw === '«') inQuote = true;
        else if (raw === '”' || raw === '»') inQuote = false;
        else if (raw === '"') inQuote = !inQuote;
        continue;
      }
      let w = norm(raw);
      if ((w === "'t" || w === 't') && out.length > 0 && /n$/.test(out[out.length - 1]!.w)) { out[out.length - 1]!.w = out[out.length - 1]!.w.replace(/n$/, ''); w = "n't"; }
      const q = inQuote || this.quoted.some((r) => t.start >= r.start && t.end <= r.end);
      out.push({ w, raw, start: t.start, end: t.end, lemma: w, inQuote: q, cap: /^[A-Z]/.test(raw) });
    }
    return out;
  }

  private mentionAt(start: number, end: number): Mention[] {
    return this.mentions.filter((m) => m.start >= start && m.end <= end);
  }

  private mentionCovering(w: W): Mention | undefined {
    return this.mentions.find((m) => m.start <= w.start && m.end >= w.end && m.kind === 'name');
  }

  /**
   * An EntityRef for a mention: the canonical name for people and for titles, descriptions and pronouns; the words as
   * written for places, organisations, demonyms and metonyms ("U.S.", "Moscow"), whose entity id gives the canonical one.
   */
  ref(m: Mention): EntityRef {
    const e = this.entities.get(m.entity);
    const asWritten = m.kind === 'demonym' || m.kind === 'metonym' || !e || (m.kind === 'name' && e.type !== 'PERSON');
    return { entity: m.entity, name: asWritten ? m.text : e.name, start: m.start, end: m.end };
  }

  private isPlace(m: Mention): boolean {
    const e = this.entities.get(m.entity);
    const type = e?.type ?? m.type;
    return (type === 'GPE' || type === 'LOC' || type === 'FAC') && m.kind !== 'demonym';
  }

  // ---------- triggers ----------

  private candidates(ws: W[]): Candidate[] {
    const out: Candidate[] = [];
    const copula = (k: number) => COPULAS.has(ws[k]?.w ?? '');
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i]!;
      if (!/^[a-z]/.test(w.w)) continue;
      // inside a direct quote only a first-person statement of refusal, threat, accusation or demand counts
      // ("``We will never accept these conditions,'' the minister said"): its speaker acts
      if (w.inQuote && (!this.firstPersonInQuote(ws, i) || w.w === 'must' || verbForm(w.w) === 'past')) continue;
      if (w.cap && i > 0 && this.mentionCovering(w)) continue; // part of a name ("Free Syrian Army")
      const attempt = this.attemptOnLife(ws, i);
      if (attempt) { out.push(attempt); i = attempt.last; continue; }
      const noun = this.nounTrigger(ws, i);
      if (noun) { out.push(noun); continue; }
      if (WILLINGNESS.has(w.w) && ws[i + 1]?.w === 'to' && (copula(i - 1) || (NEGATORS.has(ws[i - 1]?.w ?? '') && copula(i - 2)))) {
        // "ready to use force", "prepared to attack": a readiness to act by force is a threat
        const next = ws[i + 2] ? lemmatize(ws[i + 2]!.w, VERBS) : '';
        const act = VERBS[next] ? this.sense(ws, i + 2, next) : null;
        // ("ready to cross the line of control to destroy the camps": a move whose purpose is force)
        const purposeForce = ws.slice(i + 3, i + 11).some((x, n, a) => x.w === 'to' && a.slice(0, n).every((y) => !/^[,;:]$/.test(y.w)) && ws[i + 4 + n] !== undefined
          && ['ASSAULT', 'COERCE'].includes(this.sense(ws, i + 4 + n, lemmatize(ws[i + 4 + n]!.w, VERBS))?.entry.type ?? ''));
        const forceful = (act !== null && ['ASSAULT', 'COERCE', 'MOBILIZE', 'SANCTION'].includes(act.entry.type)) || (next === 'use' && ws.slice(i + 3, i + 6).some((x) => x.w === 'force')) || purposeForce;
        const c = this.candidate(ws, i, i, { type: forceful ? 'THREATEN' : 'AGREE' }, false);
        c.passive = false;
        // "is not ready to negotiate": a refusal of a cooperative act ("not ready to return home" refuses nothing)
        const coop = (t: string) => COOPERATIVE.has(t) || t === 'AGREE' || t === 'CONSULT';
        // "not ready to resume negotiations": a light verb with a cooperative noun counts too
        const lightCoop = LIGHT_VERBS.has(next) && ws.slice(i + 3, i + 7).some((x) => NOUNS[x.w] !== undefined && coop(NOUNS[x.w]!.type));
        if (c.negated && c.modality !== 'denied' && ((act !== null && coop(act.entry.type)) || lightCoop)) { c.type = 'REJECT'; c.negated = false; }
        out.push(c);
        continue;
      }
      if (w.w === 'must' && ws[i + 1] && /^[a-z]/.test(ws[i + 1]!.w) && !(VERBS[lemmatize(ws[i + 1]!.w, VERBS)] && this.sense(ws, i + 1, lemmatize(ws[i + 1]!.w, VERBS)))
        && ws.slice(0, i).some((x) => REPORTING.has(lemmatize(x.w, REPORTING)))) {
        out.push(this.candidate(ws, i + 1, i + 1, { type: 'REQUEST' }, false));
        i++;
        continue;
      }
      // "denied launching the attack": a denial (REJECT), the act denied is not coded
      if (/^(?:deny|denies|denied|denying)$/.test(w.w) && (/ing$/.test(ws[i + 1]?.w ?? '') && VERBS[lemmatize(ws[i + 1]!.w, VERBS)] || this.deniedClause(ws, i) > 0) && this.looksVerbal(ws, i)) {
        const c = this.candidate(ws, i, i, { type: 'REJECT' }, false);
        out.push(c);
        continue;
      }
      const special = this.threatOrRefusalFrame(ws, i);
      if (special) { out.push(special); continue; }
      // "would have nothing to do with the framework document": a refusal
      // (not "had nothing to do with the attack", a denial of a part in the past)
      if (w.w === 'nothing' && /^(?:have|has)$/.test(ws[i - 1]?.w ?? '') && ws[i - 2] && /^(?:would|will|wants?|wanted)$/.test(ws[i - 2]!.w) && ws[i + 1]?.w === 'to' && ws[i + 2]?.w === 'do' && ws[i + 3]?.w === 'with') {
        const c = this.candidate(ws, i - 1, i + 3, { type: 'REJECT' }, false);
        c.modality = null; c.negated = false;
        out.push(c);
        i += 3;
        continue;
      }
      // "said no to a U.N. plan": a refusal
      if (/^(?:say|says|said|saying)$/.test(w.w) && ws[i + 1]?.w === 'no' && ws[i + 2]?.w === 'to') {
        out.push(this.candidate(ws, i, i + 2, { type: 'REJECT' }, false));
        i += 2;
        continue;
      }
      const lemma = lemmatize(w.w, VERBS);
      if (!VERBS[lemma] || !this.looksVerbal(ws, i)) continue;
      // "suspended lending to Kenya", "halted funding": a gerund right after a trigger verb is what that act stops
      if (i > 0 && w.w.endsWith('ing') && VERBS[lemmatize(ws[i - 1]!.w, VERBS)] && verbForm(ws[i - 1]!.w) === 'past' && this.looksVerbal(ws, i - 1) && this.sense(ws, i - 1, lemmatize(ws[i - 1]!.w, VERBS))) continue;
      // "Asked why so many came, X said …": a reporter's question opening the sentence is no request
      if (i === 0 && w.w === 'asked' && /^(?:why|whether|if|how|what|who|when|where|about)$/.test(ws[1]?.w ?? '')) continue;
      // "threatening text messages", "threatening letters": the adjective describes what was received; its sender is unknown
      if (w.w === 'threatening' && /^(?:text|messages?|letters?|calls?|phone|texts?|e-?mails?|notes?|posts?|gestures?|behaviou?r|remarks?|language|tone|manner|situation|weather|storms?|waves?|graffiti|leaflets?)$/.test(ws[i + 1]?.w ?? '')) continue;
      // "applications were down 40%", "exports are down": the bare "down" after "be" is an adverb, not "to down" a plane
      // (nor before a figure: "migration down about 10%", "sales down 5%")
      if (w.w === 'down' && (BE.has(ws[i - 1]?.w ?? '') || ws[i - 1]?.w === "'s" || /^(?:\d|about|nearly|almost|by|from|to|sharply|slightly|some|more|over)/.test(ws[i + 1]?.w ?? ''))) continue;
      // "launched a general strike", "staged a hunger strike": the stoppage noun is the event (PROTEST), not the verb's own sense
      if (LIGHT_VERBS.has(lemma) && lemma !== 'call' && this.labourStrikeAfter(ws, i) >= 0) continue;
      const sense = this.sense(ws, i, lemma) ?? this.warningToParty(ws, i, lemma);
      if (!sense) continue;
      // "will hit back", "vowed to hit back": a retaliation is announced only with a modal or an infinitive
      if (lemma === 'hit' && ws[sense.last]?.w === 'back' && !ws.slice(Math.max(0, i - 3), i).some((x) => x.w in MODALS || x.w === 'to')) continue;
      if (lemma === 'hit' && ws[sense.last]?.w === 'back') {
        ws[i]!.lemma = lemma;
        const c = this.candidate(ws, i, sense.last, sense.entry, false);
        c.modality = null; // the threat is made now; the retaliation is its content
        out.push(c);
        continue;
      }
      ws[i]!.lemma = lemma;
      // "with any country that recognised the breakaway state": what a hypothetical party would do is no act
      const rel = [i - 1, i - 2].find((k) => /^(?:that|who|which)$/.test(ws[k]?.w ?? '') && ws.slice(k + 1, i).every((x) => /ly$|^(?:has|have|had)$/.test(x.w)));
      if (rel !== undefined && ws.slice(Math.max(0, rel - 4), rel).some((x) => /^(?:any|anyone|anybody|whoever)$/.test(x.w))) continue;
      out.push(this.candidate(ws, i, sense.last, sense.entry, false));
    }
    return out;
  }

  /**
   * An attempted killing named by a noun: "an attempt on the life of the mayor", "an attempt on his life", "an
   * assassination attempt / bid", "the attempted assassination of" — ASSAULT 'targeted' (the manual's ASSAULT modes:
   * targeted killings "including (successful and attempted) assassinations"), modality 'attempt', the intended victim
   * the target. Made by the subject after a light verb ("Gunmen made an attempt on …", "carried out an assassination
   * attempt"); survived or escaped by the subject, who is then the target ("The governor survived an assassination
   * attempt": the attacker only after "by"); as the subject opening a sentence ("An attempt on the life of the general
   * failed") or after "there was" it is the sentence's event only when nothing else is, and no one is its doer unless
   * "by" names one; after a preposition or as an object it is background. A foiled or thwarted attempt was made by
   * someone unnamed: those who foiled it are neither doer nor target. "an attempt to kill X" is read as the verb under "attempt" (a controller of modality 'attempt').
   */
  private attemptOnLife(ws: W[], i: number): Candidate | null {
    const w = ws[i]!.w;
    let first = i, last = i, targetAt: number | undefined;
    if (/^(?:attempts?|bids?)$/.test(w) && /^(?:assassination|murder)$/.test(ws[i - 1]?.w ?? '')) {
      first = i - 1;
      // "an assassination attempt on / against the president"
      if (/^(?:on|against)$/.test(ws[i + 1]?.w ?? '')) targetAt = i + 2;
    } else if (/^(?:attempts?|bids?)$/.test(w) && ws[i + 1]?.w === 'on') {
      // ("on Mr Karzai's life": a name with its title and possessive before "life")
      const life = [i + 2, i + 3, i + 4, i + 5, i + 6].find((k) => /^(?:life|lives)$/.test(ws[k]?.w ?? '') && ws.slice(i + 2, k).every((x) => DETERMINERS.has(x.w) || /['’]s$/.test(x.raw) || x.cap));
      if (life === undefined) return null;
      last = life;
      // "on the life of the mayor" names the victim after "of"; "on his life", "on Mr Karzai's life" before "life"
      targetAt = ws[life + 1]?.w === 'of' ? life + 2 : life - 1 > i + 1 ? i + 2 : undefined;
    } else if (w === 'assassination' && ws[i - 1]?.w === 'attempted' && ws[i + 1]?.w === 'of') {
      first = i - 1;
      targetAt = i + 2;
    } else return null;
    if (ws[first]!.inQuote) return null;
    // the verb of the frame, over determiners and adjectives ("survived a second, failed assassination attempt")
    let j = first - 1;
    while (j >= 0 && (DETERMINERS.has(ws[j]!.w) || /^(?:,|failed|botched|unsuccessful|apparent|alleged|suspected|second|third|fresh|new|another|latest|earlier|previous|recent|two|three|several|audacious|brazen|daring|attempted|an|one)$/.test(ws[j]!.w))) j--;
    // ("escaped unhurt from an assassination attempt")
    if (ws[j]?.w === 'from' && /^(?:escape|escapes|escaped|escaping)$/.test(ws[j - 1]?.w ?? '')) j--;
    else if (ws[j]?.w === 'from' && /^(?:unhurt|unharmed|uninjured|unscathed|alive)$/.test(ws[j - 1]?.w ?? '') && /^(?:escape|escapes|escaped|escaping)$/.test(ws[j - 2]?.w ?? '')) j -= 2;
    const v = ws[j]?.w ?? '';
    if (/^(?:avert|averted|prevent|prevented|prevents|uncover|uncovered|plot|plotted|plotting|plan|planned|planning|deny|denied|denies)$/.test(v)) return null;
    const survived = /^(?:survive|survives|survived|surviving|escape|escapes|escaped|escaping)$/.test(v);
    // "Police said they had foiled an attempt on the life of the opposition leader": the attempt was made, by someone the
    // sentence does not name; those who foiled it are neither its doer nor its target
    const foiled = /^(?:foil|foils|foiled|foiling|thwart|thwarts|thwarted|thwarting)$/.test(v);
    const light = /^(?:make|makes|made|making|carry|carries|carried|carrying|launch|launches|launched|mount|mounts|mounted|stage|staged)$/.test(v)
      || (v === 'out' && /^carr(?:y|ies|ied|ying)$/.test(ws[j - 1]?.w ?? ''));
    // otherwise only as the subject opening its sentence ("Two attempts on the life of the general have failed") or after an
    // existential "there was": a phrase after a preposition or as an object is background ("Notwithstanding the
    // assassination attempts on …, there was no …"; "blamed for an assassination attempt")
    const existential = /^(?:was|were|has|have|had)$/.test(v) && /^there$/.test(ws[j - 1]?.w ?? '') || (v === 'been' && ws[j - 2]?.w === 'there');
    if (!survived && !light && !existential && !foiled && j >= 0) return null;
    const head = survived ? j : light ? (v === 'out' ? j - 1 : j) : first;
    ws[head]!.lemma = survived || light ? lemmatize(ws[head]!.w, VERBS) : ws[head]!.w;
    const c = this.candidate(ws, head, last, { type: 'ASSAULT', mode: 'targeted' }, true);
    if (!c.modality) c.modality = 'attempt';
    // the survivor is the one attacked; elsewhere no one is the doer unless "by" names one
    if (!light) c.passive = true;
    if (!light && !survived && !foiled) c.weak = true;
    if (targetAt !== undefined && !survived) c.targetAt = targetAt;
    if (foiled) c.targetAt ??= -1;
    return c;
  }

  /**
   * An attack attempted or plotted, named by the noun before its infinitive ("made an attempt to kill the governor", "in a
   * bid to kill", "a plot to assassinate the president") or by "plotted/conspired to": ASSAULT with modality 'attempt' or
   * 'plotted' (the manual's 'targeted' mode counts attempted assassinations; a killing so aimed is 'targeted'). The verb
   * before the noun phrase says who acted, as in the "attempt on the life of" frame: the subject of a light verb ("made",
   * "launched", "hatched"); nobody for "foiled"/"thwarted"; the survivor of "survived"/"escaped" is the target;
   * "uncovered"/"prevented"/"denied" and other governing verbs or prepositions make it background ("arrested over a plot
   * to kill", "condemned the attempt to kill"); "in a bid to kill" after a clause is the purpose of that clause's act,
   * coded only when the sentence has no other event. A bid or plot to do anything but attack stays a plan (not coded:
   * "a bid to win votes"). Returns false when word k is no such noun or verb.
   */
  private attemptedKilling(ws: W[], c: Candidate, k: number): boolean {
    const w = ws[k]!.w;
    const verbal = /^(?:plotted|plotting|plots|plot|conspired|conspiring|conspires|conspire)$/.test(w) && !DETERMINERS.has(ws[k - 1]?.w ?? '') && !ADJ_OF_ATTEMPT.test(ws[k - 1]?.w ?? '');
    // "charged with attempting to kill", "jailed for plotting to assassinate": the act is what the charge or sentence is about
    if (/^(?:attempting|trying|plotting|conspiring)$/.test(w) && PREPOSITIONS.has(ws[k - 1]?.w ?? '') && c.type === 'ASSAULT') { c.secondary = true; c.modality = 'attempt'; return true; }
    // (only clear attacks: "in a bid to fight off insolvency", "a bid to beat the goalkeeper" are no violence)
    if (c.type !== 'ASSAULT' || !ATTEMPTED_ATTACKS.test(lemmatize(ws[c.head]!.w, VERBS))) return false;
    if (verbal) { c.modality = 'plotted'; this.targetedKilling(ws, c); return true; }
    if (!/^(?:attempts?|bids?|plots?)$/.test(w)) return false;
    // the noun, over its determiners and adjectives ("a second, failed bid", "their latest attempt")
    let j = k - 1;
    while (j >= 0 && (DETERMINERS.has(ws[j]!.w) || ADJ_OF_ATTEMPT.test(ws[j]!.w) || /^(?:their|his|her|its|our)$/.test(ws[j]!.w))) j--;
    if (j === k - 1 && !/^(?:attempts|bids|plots)$/.test(w)) return false; // "to bid to", "plot to" as verbs are not this frame
    c.modality = /^plots?$/.test(w) ? 'plotted' : 'attempt';
    this.targetedKilling(ws, c);
    if (ws[j]?.w === 'from' && /^(?:escape|escapes|escaped|escaping)$/.test(ws[j - 1]?.w ?? '')) j--;
    else if (ws[j]?.w === 'from' && /^(?:unhurt|unharmed|uninjured|unscathed|alive)$/.test(ws[j - 1]?.w ?? '') && /^(?:escape|escapes|escaped|escaping)$/.test(ws[j - 2]?.w ?? '')) j -= 2;
    const v = ws[j]?.w ?? '';
    if (j < 0 || /^[,;:]$/.test(v) || BE.has(v) || AUX.has(v) || (v === 'there')) return true; // the subject, or "there was": nobody named unless "by"
    if (/^(?:survive|survives|survived|surviving|escape|escapes|escaped|escaping)$/.test(v)) { c.survivorAt = j; return true; }
    if (/^(?:foil|foils|foiled|foiling|thwart|thwarts|thwarted|thwarting)$/.test(v)) { c.noDoer = true; return true; }
    if (LIGHT_OF_ATTEMPT.test(v) || (v === 'out' && /^carr(?:y|ies|ied|ying)$/.test(ws[j - 1]?.w ?? '')) || (v === 'behind' && BE.has(ws[j - 1]?.w ?? ''))) return true;
    // "planted a bomb in a bid to kill the governor": the purpose of the clause's act, its doer that act's subject
    // ("In a bid to kill the governor, gunmen …": the same, fronted)
    // ("The rebels failed in their bid to capture the airport": the attempt made and failed)
    if (v === 'in' && /^(?:fail|fails|failed|failing)$/.test(ws[j - 1]?.w ?? '')) { c.modality = 'failed'; c.negated = true; c.doerAt = j - 1; return true; }
    if (/^(?:in)$/.test(v)) { c.weak = true; return true; }
    c.secondary = true; // "arrested over a plot to kill", "uncovered a plot to", "condemned the attempt to kill": background
    return true;
  }

  /** A killing or assassination attempted or plotted is a targeted one (the manual's 'targeted' mode). */
  private targetedKilling(ws: W[], c: Candidate): void {
    if (!c.mode && /^(?:kill|murder|assassinate|execute|behead|shoot)$/.test(lemmatize(ws[c.head]!.w, VERBS))) c.mode = 'targeted';
  }

  /**
   * Threats and refusals said without a trigger verb of their own (CAMEO 13 and 12 wordings):
   * "gave the U.N. until Friday to …", "set a deadline for Turkey to …", "any attack would be met with a crushing
   * response", "did not rule out military action", "is not interested in a deal", "pressed ahead with the tests despite …".
   */
  private threatOrRefusalFrame(ws: W[], i: number): Candidate | null {
    const w = ws[i]!.w;
    if (!FRAME_WORDS.has(w)) return null;
    const at = (k: number, type: string, mode?: string) => { const c = this.candidate(ws, k, k, { type, ...(mode ? { mode } : {}) }, false); c.negated = false; c.modality = null; return c; };
    // an ultimatum: "gave X until the end of the month to …"
    if (/^(?:give|gives|gave|given)$/.test(w) && ws.slice(i + 1, i + 7).some((x) => x.w === 'until') && ws.slice(i + 3, i + 16).some((x) => x.w === 'to' || x.w === 'or')) return at(i, 'THREATEN');
    // "gave the garrison 24 hours to surrender or be attacked": a time limit with its alternative
    const limit = ws.slice(i + 1, i + 7).findIndex((x, n, a) => /^(?:hours|days|weeks|hour|day|week)$/.test(x.w) && /^(?:\d+|a|one|two|three|four|five|six|seven|ten|48|72)$/.test(a[n - 1]?.w ?? ''));
    if (/^(?:give|gives|gave|given)$/.test(w) && limit >= 0 && ws[i + 2 + limit]?.w === 'to' && ws.slice(i + 3 + limit, i + 16).some((x) => x.w === 'or')) return at(i, 'THREATEN');
    if (w === 'deadline' && ws.slice(Math.max(0, i - 4), i).some((x) => /^(?:set|sets|setting|gave|give|issued|imposed)$/.test(x.w)) && ws.slice(i + 1, i + 12).some((x) => x.w === 'to')) {
      const v = ws.slice(Math.max(0, i - 4), i).map((x) => x.w).findLastIndex((x) => /^(?:set|sets|setting|gave|give|issued|imposed)$/.test(x));
      return at(Math.max(0, i - 4) + v, 'THREATEN');
    }
    // "any attack would be met with a crushing response"
    if (/^(?:met|greeted)$/.test(w) && BE.has(ws[i - 1]?.w ?? '') && ws.slice(Math.max(0, i - 3), i).some((x) => x.w in MODALS) && ws[i + 1]?.w === 'with'
      && ws.slice(i + 2, i + 6).some((x) => /^(?:response|force|retaliation|resistance|reprisals|action)$/.test(x.w))) return at(i, 'THREATEN', 'violence');
    // "would consider foreign troops legitimate targets", "regards the embassies as a legitimate target": a threat of force
    if (w === 'legitimate' && /^targets?$/.test(ws[i + 1]?.w ?? '')) {
      const v = ws.slice(Math.max(0, i - 8), i).map((x) => x.w).findLastIndex((x) => /^(?:consider|considers|considered|regard|regards|regarded|treat|treats|treated|declare|declares|declared|deem|deems|deemed|are|is|be|would|will)$/.test(x));
      if (v >= 0 && !ws.slice(Math.max(0, i - 8), i).some((x) => NEGATORS.has(x.w))) return at(Math.max(0, i - 8) + v, 'THREATEN', 'violence');
    }
    // "did not rule out military action", "refused to rule out the use of force"
    if (w === 'rule' || w === 'ruled' || w === 'rules' || w === 'ruling') {
      const neg = ws.slice(Math.max(0, i - 4), i).some((x) => NEGATORS.has(x.w) || /^(?:refused|refuses|declined|declines|wouldn't|won't)$/.test(x.w));
      if (neg && ws[i + 1]?.w === 'out' && ws.slice(i + 2, i + 7).some((x) => /^(?:force|military|action|strike|strikes|attack|attacks|war|invasion|retaliation|sanctions)$/.test(x.w))) return at(i, 'THREATEN');
    }
    // "would not hesitate to impose a state of emergency / to use force": force announced
    if (w === 'hesitate' && NEGATORS.has(ws[i - 1]?.w ?? '') && ws[i + 1]?.w === 'to') {
      const v = ws[i + 2] ? lemmatize(ws[i + 2]!.w, VERBS) : '';
      const act = VERBS[v] ? this.sense(ws, i + 2, v) : null;
      if ((act && ['ASSAULT', 'COERCE', 'SANCTION', 'MOBILIZE'].includes(act.entry.type)) || (v === 'use' && ws.slice(i + 3, i + 6).some((x) => x.w === 'force'))) {
        const c = at(i, 'THREATEN'); c.mode = act ? threatMode({ ...c, type: act.entry.type, mode: act.entry.mode ?? null, entry: act.entry }) : 'violence'; return c;
      }
    }
    // "would respond immediately to any attack": a retaliation announced
    if (/^(?:respond|react|retaliate)$/.test(w) && ws.slice(Math.max(0, i - 3), i).some((x) => x.w === 'would' || x.w === 'will') && ws.slice(i + 1, i + 6).some((x) => x.w === 'any')
      // ("would respond to any deployment of missiles", "will react to any expansion of the alliance")
      && ws.slice(i + 1, i + 8).some((x) => /^(?:attack|aggression|attempt|provocation|incursion|violation|strike|move|deployment|expansion|enlargement|escalation|intervention|interference|infringement)$/.test(x.w))) return at(i, 'THREATEN', 'violence');
    // "called the referendum a farce", "described the ban as ridiculous", "branded the vote illegal": a denigration (ACCUSE)
    if (/^(?:call|calls|called|calling|brand|brands|branded|branding|label|labels|labelled|labeled|dub|dubs|dubbed|describe|describes|described|describing)$/.test(w) && this.looksVerbal(ws, i)
      && !/^(?:for|on|off|in|up|out|it|back)$/.test(ws[i + 1]?.w ?? '')) {
      for (let k = i + 2; k < Math.min(ws.length, i + 12); k++) {
        if (/^[,;:]$|^(?:that|which|who|and|but)$/.test(ws[k]!.w) && !(ws[k]!.w === 'and' && DISAPPROVAL_WORDS.has(ws[k + 1]?.w ?? ''))) break;
        if (DISAPPROVAL_WORDS.has(ws[k]!.w) && ws.slice(i + 1, k).some((x) => /^(?:a|an|as)$/.test(x.w) || x.cap || DETERMINERS.has(x.w) || /^(?:it|them|this|these|those)$/.test(x.w))) {
          const c = at(i, 'ACCUSE', 'disapprove'); c.entry = { type: 'ACCUSE', mode: 'disapprove', speech: true }; return c;
        }
      }
    }
    // "said the referendum planned for March was a farce": a report that denigrates
    if (DISAPPROVAL_WORDS.has(w) && !ws[i]!.inQuote) {
      let k = i - 1;
      while (k > 0 && /^(?:a|an|the|utter|total|complete|blatant|pure|an|simply|absolutely|completely|totally|entirely|clearly|another|political|legal|deeply)$/.test(ws[k]!.w)) k--;
      if (/^(?:was|is|were|are|been|be)$/.test(ws[k]?.w ?? '') && !NEGATORS.has(ws[k - 1]?.w ?? '')) {
        for (let r = k - 1; r >= Math.max(0, k - 30); r--) {
          if (/^[;:]$/.test(ws[r]!.w)) break;
          if (/^(?:said|says|told|declared|insisted|stated|added)$/.test(ws[r]!.w) && this.looksVerbal(ws, r)) {
            const c = at(r, 'ACCUSE', 'disapprove'); c.entry = { type: 'ACCUSE', mode: 'disapprove', speech: true }; return c;
          }
        }
      }
    }
    // "was not interested in a peace deal"
    if (w === 'interested' && NEGATORS.has(ws[i - 1]?.w ?? '') && COPULAS.has(ws[i - 2]?.w ?? '') && ws[i + 1]?.w === 'in') return at(i, 'REJECT');
    // "would press ahead with its missile programme despite strong criticism"
    if (/^(?:press|presses|pressed|pressing|push|pushed|pushes|go|goes|went|going|forge|forged|forges|forging)$/.test(w) && /^(?:ahead|on)$/.test(ws[i + 1]?.w ?? '')
      && ws.slice(i + 2, i + 14).some((x) => x.w === 'despite' || x.w === 'defiance')) return at(i, 'REJECT');
    return null;
  }

  /** Index of a labour or hunger strike named right after word i ("launched a general strike"), else -1. */
  private labourStrikeAfter(ws: W[], i: number): number {
    for (let k = i + 1; k <= i + 5 && k < ws.length; k++) {
      if (/^strikes?$/.test(ws[k]!.w)) return LABOUR_STRIKE.has(ws[k - 1]!.w) ? k : -1;
      if (!(DETERMINERS.has(ws[k]!.w) || LABOUR_STRIKE.has(ws[k]!.w) || /^(?:\d[\w-]*|-|day|hour|week|open-ended|nationwide|24-hour|48-hour|general|token)$/.test(ws[k]!.w))) return -1;
    }
    return -1;
  }

  /**
   * "warned Washington that …", "warned the rebels against …": a warning addressed to a party is a threat
   * (the manual's THREATEN: coercive or forceful warnings), unlike "warned of a recession".
   */
  private warningToParty(ws: W[], i: number, lemma: string): { entry: TriggerEntry; last: number } | null {
    if (lemma !== 'warn') return null;
    // "warned foreign companies to leave the region or risk attack": an ultimatum's alternative in the warning
    const clauseEnd = ws.findIndex((x, n) => n > i && /^[;:.]$/.test(x.w));
    // (a sanction or force held out: "or risk losing him to a rival club" is no threat)
    const heldOut = (a: W[], n: number) => /^(?:face|risk)$/.test(a[n + 1]?.w ?? '') ? a.slice(n + 2, n + 5).some((y) => /^(?:attack|attacks|action|force|arrest|sanctions|consequences|expulsion|punishment|reprisals|retaliation|war|prosecution|death|execution|strikes|reprisal)$/.test(y.w))
      : a[n + 1]?.w === 'be' && /^(?:attacked|arrested|killed|expelled|shot|punished|crushed|bombed|executed|deported|detained|targeted)$/.test(a[n + 2]?.w ?? '');
    if (ws.slice(i + 2, clauseEnd < 0 ? i + 18 : Math.min(clauseEnd, i + 18)).some((x, n, a) => x.w === 'or' && heldOut(a, n) && a.slice(0, n).some((y) => y.w === 'to'))) return { entry: { type: 'THREATEN' }, last: i };
    let k = ws[i + 1]?.w === 'the' ? i + 2 : i + 1;
    const m = this.mentions.find((x) => x.start === ws[k]?.start);
    // "warned striking miners", "warned Kurdish rebels", "warned ethnic Albanian villagers"
    while (!m && ws[k + 1] && (/ing$/.test(ws[k]!.w) || ws[k]!.cap || /^(?:ethnic|local|foreign|armed|rebel|opposition)$/.test(ws[k]!.w)) && k < i + 4) k++;
    const group = GROUP_NOUNS.has(ws[k]?.w ?? '');
    // "warned on Monday that it would take all necessary measures … if Taiwan declared independence"
    if (!m && !group) return this.warningThatWould(ws, i);
    let after = m ? ws.findIndex((x) => x.start >= m.end) : k + 1;
    // "warned Macedonian troops to stay out of the villages": a named side and its group noun
    if (m && (m.kind === 'demonym' || m.kind === 'name') && GROUP_NOUNS.has(ws[after]?.w ?? '')) after++;
    if (ws[after]?.w === 'to' && /^(?:stay|keep|stop|leave|withdraw|halt|cease|refrain|end|pull|get|lay|surrender|quit|abandon)$/.test(ws[after + 1]?.w ?? '')) return { entry: { type: 'THREATEN' }, last: i };
    // "warned the United States on Sunday that …"
    while (after > 0 && (/^(?:on|yesterday|today|again|earlier|last|late|also|,)$/.test(ws[after]?.w ?? '') || /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|night)$/.test(ws[after]?.w ?? ''))) after++;
    const cue = ws[after]?.w ?? '';
    if (after < 0 || !/^(?:that|of|against|not|it|they|he|she)$/.test(cue)) return null;
    // "warned X that it would …", "warned X of consequences"; "against"/"not to" carry the threat themselves
    // ("warned Belgrade that air strikes were possible if …", "warned the rebels of a massive offensive if …")
    if (!/^(?:against|not)$/.test(cue) && !ws.slice(after, after + 10).some((x) => /^(?:would|will|could|consequences|retaliation|retaliate|response|action|measures|reprisals|force|offensive|sanctions|strikes|airstrikes|attack|attacks|war)$/.test(x.w))) return null;
    return { entry: { type: 'THREATEN' }, last: i };
  }

  /** "warned (on Monday) that it would take all necessary measures … if …": a conditional forceful act announced. */
  private warningThatWould(ws: W[], i: number): { entry: TriggerEntry; last: number } | null {
    let k = i + 1;
    while (k < ws.length && k < i + 6 && ws[k]!.w !== 'that') k++;
    // "warned there could be more walkouts unless …", "warned Moscow may have to use … should Kiev sign": no "that"
    if (ws[k]?.w !== 'that') k = i;
    const rest = ws.slice(k + 1, k + 25);
    const stop = rest.findIndex((x) => /^[;:]$/.test(x.w));
    const clause = (stop >= 0 ? rest.slice(0, stop) : rest).map((x) => x.w);
    const modal = clause.findIndex((x) => x === 'would' || x === 'will' || x === "'d" || x === 'could' || x === 'may' || x === 'might');
    if (modal < 0 || modal > 6 || (k === i && clause.slice(0, modal).some((x) => /^[,.]$/.test(x)))) return null;
    // (a stoppage threatened by a union is a threat too: "further walkouts", "more strikes")
    // ("warned that demonstrators would be dealt with severely": punishment announced)
    const forceful = clause.slice(modal + 1, modal + 8).some((x) => /^(?:measures|action|steps|force|retaliate|respond|response|consequences|reprisals|war|punish|walkouts?|strikes|stoppages?|dealt)$/.test(x));
    // "… should Ukraine sign the agreement": an inverted conditional
    const conditional = clause.slice(modal + 1).some((x, n) => x === 'if' || x === 'unless' || (x === 'should' && invertedShould(ws, k + 2 + modal + n)));
    // "would take stern action against anyone who …": the severity or the party it is aimed at makes it a threat too
    const aimed = clause.slice(modal + 1, modal + 8).some((x) => /^(?:stern|tough|firm|harsh|decisive|severe|drastic|strong|necessary|against|hesitate|severely|harshly|firmly|sternly|ruthlessly|mercilessly|decisively)$/.test(x));
    return forceful && (conditional || aimed) ? { entry: { type: 'THREATEN' }, last: i } : null;
  }

  /**
   * The end of a clause denied without "that" after the verb at i ("denied they had any part in it", "denies
   * having ever worked for …", "denied Russia had sent troops"): a short subject then a verb group, else -1.
   */
  private deniedClause(ws: W[], i: number): number {
    if (ws[i + 1]?.w === 'having') return i + 1;
    // ("permits denied under the old rules would …": a participle with its adverbial, no clause)
    if (PREPOSITIONS.has(ws[i + 1]?.w ?? '')) return -1;
    for (let k = i + 1; k < Math.min(ws.length, i + 5); k++) {
      const w = ws[k]!.w;
      if (/^[,;:.]$/.test(w)) return -1;
      if (/^(?:had|has|have|was|were|is|are|did|would|could|will)$/.test(w) && k > i + 1) return k;
    }
    return -1;
  }

  /** A word of a direct quote with a known speaker, its verb group opened by "we" or "I" ("We will never accept"). */
  private firstPersonInQuote(ws: W[], i: number): boolean {
    const q = this.quotes.find((x) => x.kind === 'direct' && x.start <= ws[i]!.start && x.end >= ws[i]!.end && x.speaker?.name);
    if (!q) return false;
    let k = i - 1;
    while (k >= 0 && (AUX.has(ws[k]!.w) || ws[k]!.w in MODALS || NEGATORS.has(ws[k]!.w) || VERB_ADVERBS.has(ws[k]!.w) || /ly$/.test(ws[k]!.w))) k--;
    return k >= 0 && /^(?:we|i)$/.test(ws[k]!.w) && ws[k]!.start >= q.start;
  }

  /** The speaker of the direct quote holding word w, as an entity reference. */
  private quoteSpeaker(w: W): EntityRef | null {
    const q = this.quotes.find((x) => x.kind === 'direct' && x.start <= w.start && x.end >= w.end && x.speaker?.name);
    return q?.speaker ? { entity: q.speaker.entity, name: q.speaker.name, ...(q.speaker.start !== undefined ? { start: q.speaker.start, end: q.speaker.end! } : {}) } : null;
  }

  /** The first sense of the verb at i whose conditions (particle, preposition, objects, subjects) hold here. */
  private sense(ws: W[], i: number, lemma: string): { entry: TriggerEntry; last: number } | null {
    for (const entry of VERBS[lemma] ?? []) {
      let last = i;
      if (entry.particle) {
        // "pulled its ambassador out": a short object between verb and particle
        // ("would pull its 1,000 peacekeepers out", "pull their aid agencies out": up to four words of object)
        const longObject = /^(?:its|their|his|her|the|all)$/.test(ws[i + 1]?.w ?? '') ? [i + 3, i + 4, i + 5] : [];
        const k = [i + 1, i + 2, ...longObject].find((k) => ws[k] && entry.particle!.includes(ws[k]!.w) && (k < i + 3 || (/^(?:out|back|off|down|up)$/.test(ws[k]!.w)
          && ws.slice(i + 2, k).every((x) => /^[\p{L}\d][\p{L}\d,.-]*$/u.test(x.raw) && !PREPOSITIONS.has(x.w) && !VERBS[lemmatize(x.w, VERBS)]))));
        if (k === undefined) continue;
        last = k;
      }
      if (entry.prep && !ws.slice(i + 1, i + 5).some((x) => entry.prep!.includes(x.w))) continue;
      // "denied wanting to be leader", "denies having known": a denial of an act named by a gerund
      if (lemma === 'deny' && entry.type === 'REJECT' && !BE.has(ws[i - 1]?.w ?? '') && /^[a-z]+ing$/.test(ws[i + 1]?.w ?? '')
        && !/^(?:wrongdoing|anything|something|nothing|everything|funding|financing|housing|training|meeting|hearing|building|ruling|setting|being)$/.test(ws[i + 1]!.w)) return { entry, last };
      if (entry.context && !ws.some((x) => entry.context!.includes(x.w))) continue;
      // "told X to leave the country", "ordered X out of the region": only an order to quit a territory ("told him to leave
      // the club" is no expulsion; "told reporters he would leave office" no order)
      if (entry.leaving && !this.toldToLeave(ws, i)) continue;
      // "attacked the plans as vacuous" names a criticism; "attacked a convoy as it passed" opens a temporal clause
      if (entry.objects?.includes('as') && entry.objects.includes('way')) {
        const hits = ws.slice(i + 1, i + (entry.objectsWindow ?? 6)).map((x, n) => ({ x, n: i + 1 + n })).filter(({ x }) => entry.objects!.includes(x.w));
        if (hits.length > 0 && hits.every(({ x, n }) => x.w === 'as' && (SUBJECT_PRONOUNS.has(ws[n + 1]?.w ?? '') || /^(?:the|soon|well|part|they|police|troops)$/.test(ws[n + 1]?.w ?? '')))) continue;
      }
      // in the passive the object stands before the verb: "Thousands of troops were sent to the region"
      const passiveBefore = verbForm(ws[i]!.w) === 'past' && (BE.has(ws[i - 1]?.w ?? '') || (/ly$/.test(ws[i - 1]?.w ?? '') && BE.has(ws[i - 2]?.w ?? '')));
      if (entry.objects && !ws.slice(i + 1, i + (entry.objectsWindow ?? 6)).some((x) => entry.objects!.includes(x.w))
        && !(passiveBefore && ws.slice(Math.max(0, i - 10), i).some((x, k, a) => entry.objects!.includes(x.w) && a.slice(k + 1).every((y) => !/^[,;:]$|^(?:that|who|which|he|she|they|it)$/.test(y.w))))) continue;
      // "protesters gathered in the square", not "workers gathered the harvest": intransitive use only
      // in the passive the doers follow "by": "Roads were blocked by protesting farmers"
      // ("was occupied for three days by striking dockers": the agent may follow a short adverbial)
      const by = ws.slice(i + 1, i + 8).findIndex((x, n, a) => x.w === 'by' && a.slice(0, n).every((y) => !/^[,;:]$/.test(y.w)));
      const byAgent = passiveBefore && by >= 0 && ws.slice(i + 2 + by, i + 6 + by).some((x) => entry.subjects?.includes(x.w));
      // ("Strikers in a number of towns blocked roads": the doers may stand before a short prepositional phrase)
      if (entry.subjects && !byAgent && (!ws.slice(Math.max(0, i - 7), i).some((x, n, a) => entry.subjects!.includes(x.w) && a.slice(n + 1).every((y) => !/^[,;:]$|^(?:and|but|that|which|who)$/.test(y.w))
        && (n >= a.length - 5 || (PREPOSITIONS.has(a[n + 1]?.w ?? '') && a[n + 1]?.w !== 'of' && !/^(?:thousands|hundreds|people)$/.test(x.w)))) || (!entry.objects && !entry.anyObject && !INTRANSITIVE_NEXT.has(ws[last + 1]?.w ?? '.')))) continue;
      if (entry.notObjects && ws.slice(i + 1, i + 6).some((x) => entry.notObjects!.includes(x.w) || (entry.noCount && /^\d/.test(x.w)))) continue;
      if (entry.notNext && ws.slice(last + 1, last + 3).some((x) => entry.notNext!.includes(x.w))) continue;
      if (entry.notSubjects && ws.slice(Math.max(0, i - 3), i).some((x) => entry.notSubjects!.includes(x.w))) continue;
      // "would be met with a crushing response": a response, no meeting
      if (lemma === 'meet' && (ws[i - 1]?.w === 'be' || ws[i - 1]?.w === 'been' || ws[i - 1]?.w === 'was' || ws[i - 1]?.w === 'were')) continue;
      // in the passive the thing acted on comes first: "An official apology … was given by Kyiv"
      const beBefore = BE.has(ws[i - 1]?.w ?? '') || ws[i - 1]?.w === 'being' || (/ly$/.test(ws[i - 1]?.w ?? '') && (BE.has(ws[i - 2]?.w ?? '') || ws[i - 2]?.w === 'being'));
      if (entry.notObjects && (beBefore || entry.notObjects.includes(ws[i - 1]?.w ?? '')) && ws.slice(Math.max(0, i - 9), i).some((x) => entry.notObjects!.includes(x.w))) continue;
      return { entry, last };
    }
    return null;
  }

  private nounTrigger(ws: W[], i: number): Candidate | null {
    const entry = NOUNS[ws[i]!.w];
    if (!entry) return null;
    // a show is one of force only as "a show of force/strength" ("attending the show" is a trade fair)
    if (ws[i]!.w === 'show' && !(ws[i + 1]?.w === 'of' && /^(?:force|strength|power)$/.test(ws[i + 2]?.w ?? ''))) return null;
    // ("without killing off demand": a gerund with its particle is no noun)
    if (/^killings?$/.test(ws[i]!.w) && ws[i + 1]?.w === 'off') return null;
    if (entry.context && !ws.some((x) => entry.context!.includes(x.w))) return null;
    // "renewed calls for", "repeated calls for": only these verbs make the calls a request ("voice calls" are phone calls)
    if (ws[i]!.w === 'calls' && !/^(?:repeat|repeated|repeats|renew|renewed|renews|reiterate|reiterated|reiterates|issue|issued|issues|echo|echoed|echoes)$/.test(ws[i - 1]?.w ?? '') && !/^(?:repeat|repeated|renew|renewed|reiterate|reiterated|issue|issued|echo|echoed)$/.test(ws[i - 2]?.w ?? '')) return null;
    // the frame: light verb before (over determiners and adjectives), "for talks", or "talks with/between"
    let j = i - 1;
    let free = 1;
    // ("an anti-war march": the first half of a hyphenated modifier passes too)
    while (j >= 0 && j > i - 5 && !/^(?:went|goes|gone|going)$/.test(ws[j]!.w) && (DETERMINERS.has(ws[j]!.w) || (ws[j + 1]?.w === '-' && /^[a-z]+$/.test(ws[j]!.raw)) || (free-- > 0 && /^[a-z]+$/.test(ws[j]!.raw) && ws[j]!.w !== 'to' && !/(?:ed|ing)$/.test(ws[j]!.w) && !LIGHT_VERBS.has(lemmatize(ws[j]!.w, LIGHT_VERBS)) && !(VERBS[lemmatize(ws[j]!.w, VERBS)] && this.sense(ws, j, lemmatize(ws[j]!.w, VERBS)))) || /^(?:-|,)$/.test(ws[j]!.w) || /(?:al|ic|ive|ful|ous|ary|ant|ent|-\w+)$/.test(ws[j]!.w) || (ws[j]!.cap && j > 0)
      // ("carried out ethnic cleansing": the particle of "carry out" leaves the adjective its free place)
      || (ws[j]!.w === 'out' && /^carr(?:y|ies|ied|ying)$/.test(ws[j - 1]?.w ?? '')))) j--;
    // "an arrest warrant": the warrant is the event (THREATEN in the manual), not an arrest
    if (ws[i]!.w === 'arrest' && /^warrants?$/.test(ws[i + 1]?.w ?? '')) return null;
    if (/^warrants?$/.test(ws[i]!.w) && ws[i - 1]?.w === 'arrest') j = i - 2;
    while (/^warrants?$/.test(ws[i]!.w) && j >= 0 && DETERMINERS.has(ws[j]!.w)) j--;
    // MOBILIZE (manual): "put its troops on high alert", "were placed on standby"; COERCE 'arrest': "placed under house arrest",
    // "took the leader into custody"
    if (/^(?:alert|standby|arrest|custody|detention)$/.test(ws[i]!.w)) {
      const prep = ws[i]!.w === 'arrest' ? ['under'] : /^(?:custody|detention)$/.test(ws[i]!.w) ? ['into', 'in'] : ['on'];
      // ("were put on a state of high alert": the frame opens before "state of")
      const stateOf = ws[i]!.w === 'alert' ? [i - 1, i - 2, i - 3].find((k) => ws[k]?.w === 'of' && ws[k - 1]?.w === 'state') : undefined;
      const a = stateOf !== undefined ? stateOf - 1 : i;
      const on = prep.includes(ws[a - 1]?.w ?? '') ? a - 1 : prep.includes(ws[a - 2]?.w ?? '') ? a - 2 : prep.includes(ws[a - 3]?.w ?? '') && ws[i]!.w === 'alert' ? a - 3 : -1;
      const v = on < 0 ? -1 : ws.slice(Math.max(0, on - 6), on).map((x) => x.w).findLastIndex((w) => /^(?:put|puts|putting|place|placed|places|placing|keep|kept|keeps|take|took|taken|takes|taking|hold|held|holds|holding)$/.test(w));
      if (v >= 0) j = Math.max(0, on - 6) + v;
    }
    // "came under heavy shelling": the frame is the verb before "under"
    const underAt = [i - 1, i - 2, i - 3].find((k) => ws[k]?.w === 'under' && k >= 0);
    if (underAt !== undefined && /^(?:come|comes|came|coming)$/.test(ws[underAt - 1]?.w ?? '') && ws.slice(underAt + 1, i).every((x) => /^[a-z-]+$/.test(x.raw))) j = underAt - 1;
    // "took part in a march", "joined a rally": taking part is the protest
    // ("took part in an anti-war march": the scan may stop at 'in' when the modifiers used up its free word)
    if (j > 1 && ws[j]!.w === 'in' && ws[j - 1]!.w === 'part') j -= 1;
    if (j > 0 && ws[j]!.w === 'part' && ws[j + 1]?.w === 'in' && /^(?:take|took|taken|takes|taking)$/.test(ws[j - 1]!.w)) { j -= 1; }
    // "went on a hunger strike": go on + noun
    if (j > 0 && ws[j]!.w === 'on' && /^(?:go|goes|went|gone|going)$/.test(ws[j - 1]!.w)) { j--; ws[j]!.lemma = 'go'; }
    const lv = j >= 0 ? (/^(?:went|gone|going|goes)$/.test(ws[j]!.w) ? 'go' : lemmatize(ws[j]!.w, LIGHT_VERBS)) : '';
    // "go" is a light verb only as "go on" ("went on strike", not "will go for the games")
    const goOn = lv === 'go' && ws.slice(j + 1, i).some((x) => x.w === 'on');
    // ("the continuing talks", "Continuing demand for its products …": an -ing form opening a noun phrase is an adjective)
    // ("fears of renewed fighting", "the resumed talks": a participle after a preposition or a determiner is an adjective)
    const light = j >= 0 && (LIGHT_VERBS.has(lv) || goOn) && j < i && !(ws[j]!.w.endsWith('ing') && (j === 0 || DETERMINERS.has(ws[j - 1]?.w ?? '')))
      && !(ws[j]!.w.endsWith('ed') && (PREPOSITIONS.has(ws[j - 1]?.w ?? '') || DETERMINERS.has(ws[j - 1]?.w ?? '')
        // ("has ignored repeated calls by the UN": a participle right after a trigger verb is an adjective of its object)
        || (j > 0 && VERBS[lemmatize(ws[j - 1]!.w, VERBS)] !== undefined && verbForm(ws[j - 1]!.w) === 'past')));
    // "arrived for talks" is a meeting; "a proposal for talks", "calls for talks" name only what is asked for
    const topicOf = j > 0 && ws[j]!.w === 'for' && TOPIC_NOUNS.has(ws[j - 1]!.w);
    const consultFrame = entry.type === 'CONSULT' && !topicOf && (j < 0 || ws[j]!.w === 'for' || !PREPOSITIONS.has(ws[j]!.w))
      && (ws[i + 1]?.w === 'with' || ws[i + 1]?.w === 'between' || (j >= 0 && ws[j]!.w === 'for'));
    // "Protests erupted across the city", "Clashes between rival clans left 20 dead": the noun is the subject of an
    // occurrence verb, or names both sides
    const k1 = /^(?:have|has|had)$/.test(ws[i + 1]?.w ?? '') ? i + 2 : i + 1;
    // "A rally was held", "the demonstration took place"
    let wasHeld = -1;
    for (let k = i + 1; k < i + 8 && k < ws.length; k++) if ((ws[k]!.w === 'was' || ws[k]!.w === 'were') && /^(?:held|staged|organised|organized)$/.test(ws[k + 1]?.w ?? '')) { wasHeld = k; break; }
    const held = (wasHeld > 0 && ws.slice(i + 1, wasHeld).every((x) => !/^[,;:]$/.test(x.w) && !VERBS[lemmatize(x.w, VERBS)])) || (/^(?:took|take|takes)$/.test(ws[k1]?.w ?? '') && ws[k1 + 1]?.w === 'place');
    let p = i - 1;
    while (p >= 0 && (DETERMINERS.has(ws[p]!.w) || /^(?:-|street|violent|fresh|heavy|fierce|renewed|armed|ethnic|deadly|bloody|sporadic|mass|anti-\w+|pro-\w+)$/.test(ws[p]!.w) || (ws[p]!.cap && p > 0))) p--;
    // … or the verb comes after a short modifier of the noun ("Protests against the reforms turned violent", "A general
    // strike called by the unions brought the country to a standstill")
    let kv = -1;
    // ("The siege of the city entered its third month": the same with a singular noun that lasts)
    if ((entry.type === 'ASSAULT' || entry.type === 'PROTEST') && /s$|^(?:strike|siege|offensive|blockade)$/.test(ws[i]!.w) && i < 4) {
      for (let k = i + 1; k < Math.min(ws.length, i + 10); k++) {
        const x = ws[k]!.w;
        if (/^(?:[,;:]|that|which|who|and|but)$/.test(x)) break;
        // ("Demonstrations were triggered by the decision": what sets off an occurrence may follow "by")
        if (OCCURRENCE_VERBS.has(lemmatize(x, OCCURRENCE_VERBS)) && /^[a-z]/.test(ws[k]!.raw) && verbForm(x) === 'past' && (ws[k + 1]?.w !== 'by' || /^(?:trigger|spark)$/.test(lemmatize(x, OCCURRENCE_VERBS))) && !DETERMINERS.has(ws[k - 1]!.w)) { kv = k; break; }
      }
    }
    // "are involved in fierce clashes", "were engaged in heavy fighting": the subject takes part in the fighting
    const involved = (entry.type === 'ASSAULT' || entry.type === 'PROTEST') && p >= 1 && ws[p]!.w === 'in' && /^(?:involved|engaged|embroiled|locked)$/.test(ws[p - 1]!.w);
    // ("In Kharkiv clashes between … occurred": a sentence-opening place phrase is no preposition on the noun)
    const openingPlace = p === 0 && i >= 2 && ws[i - 1]!.cap && /^(?:in|at|near)$/.test(ws[0]!.w);
    // ("Fire destroyed a warehouse": a blaze; "Heavy fire continued" or "Mortar fire hit" is shooting)
    const blaze = ws[i]!.w === 'fire' && !/^(?:heavy|gun|artillery|mortar|sniper|machine-gun|rocket|tank|small-arms|automatic|sporadic|intense|enemy|hostile)$/.test(ws[i - 1]?.w ?? '');
    const occurs = (entry.type === 'ASSAULT' || entry.type === 'PROTEST') && !blaze && (involved || openingPlace || p < 0 || !PREPOSITIONS.has(ws[p]!.w))
      // ("The strikes began": air strikes or stoppages, the verb does not tell; a stoppage begun by workers is read elsewhere)
      && !(/^strikes?$/.test(ws[i]!.w) && [k1, kv].some((k) => k > 0 && /^(?:begin|start|cause|come|enter)$/.test(lemmatize(ws[k]?.w ?? '', OCCURRENCE_VERBS))))
      && (involved || ws[i + 1]?.w === 'between' || held || kv > 0 || OCCURRENCE_VERBS.has(lemmatize(ws[k1]?.w ?? '', OCCURRENCE_VERBS)) && verbForm(ws[k1]!.w) !== 'ing');
    // "shut their shops in protest": the protest is the act before it (weak: any other event of the sentence wins)
    // ("kept their shops closed in a one-day strike", "in a strike called by the unions": a stoppage cue, as "in protest")
    const inStrike = /^strikes?$/.test(ws[i]!.w) && [i - 2, i - 3].some((k) => ws[k]?.w === 'in' && /^(?:a|an|the)$/.test(ws[k + 1]?.w ?? ''))
      && (LABOUR_STRIKE.has(ws[i - 1]?.w ?? '') || /^(?:called|by|over|against)$/.test(ws[i + 1]?.w ?? ''));
    // ("Warplanes flew low over the capital in a show of strength": a show of force where forces are spoken of)
    const inShow = ws[i]!.w === 'show' && ws[i - 1]?.w === 'a' && ws[i - 2]?.w === 'in' && ws[i + 1]?.w === 'of' && /^(?:force|strength|power)$/.test(ws[i + 2]?.w ?? '');
    const inProtest = (ws[i]!.w === 'protest' && ws[i - 1]?.w === 'in') || inStrike || inShow;
    // "have been on hunger strike since May", "remained on a general strike": a stoppage under way
    const onStrike = /^strikes?$/.test(ws[i]!.w) && ((LABOUR_STRIKE.has(ws[i - 1]?.w ?? '') && (ws[i - 2]?.w === 'on' || (DETERMINERS.has(ws[i - 2]?.w ?? '') && ws[i - 3]?.w === 'on'))
      && !/^(?:go|goes|went|gone|going)$/.test(ws[ws[i - 2]!.w === 'on' ? i - 3 : i - 4]?.w ?? '')) || (ws[i]!.w === 'strike' && ws[i - 1]?.w === 'on' && BE.has(ws[i - 2]?.w ?? '')));
    // "Terrorist attacks will take place", "a bombing could happen here too": an occurrence only foreseen or feared is no event
    const occVerb = kv > 0 ? kv : held && wasHeld > 0 ? wasHeld : k1;
    if (occurs && !involved && [occVerb - 1, occVerb - 2].some((k) => k > i && ws[k]!.w in MODALS && ws[k]!.w !== 'must')) return null;
    if (occurs || inProtest || onStrike) {
      const stoppage = /^strikes?$/.test(ws[i]!.w) && LABOUR_STRIKE.has(ws[i - 1]?.w ?? '');
      // "have been on hunger strike": the frame opens at "on", so the strikers before it are the subject
      const from = involved ? p - 1 : onStrike && !occurs && !inProtest ? (ws[i - 1]!.w === 'on' ? i - 1 : ws[i - 2]!.w === 'on' ? i - 2 : i - 3) : i;
      const c = this.candidate(ws, from, i, stoppage || inStrike || (onStrike && ws[i - 1]!.w === 'on') ? { type: 'PROTEST', mode: ws[i - 1]!.w === 'hunger' ? 'hunger' : 'strike' } : entry, true);
      if (inProtest) c.weak = true;
      // "pickets were held by striking teachers": the agent of "held" holds the protest
      if (wasHeld > 0 && ws[wasHeld + 2]?.w === 'by') c.passive = true;
      return c;
    }
    if (!light && j >= 0 && VERBS[lemmatize(ws[j]!.w, VERBS)] && this.looksVerbal(ws, j)) return null; // the object of another trigger ("cancelled talks")
    // ("cancelled the scheduled talks": a participle between the determiner and the noun)
    if (!light && j >= 2 && /ed$/.test(ws[j]!.w) && DETERMINERS.has(ws[j - 1]!.w) && VERBS[lemmatize(ws[j - 2]!.w, VERBS)] && this.looksVerbal(ws, j - 2) && this.sense(ws, j - 2, lemmatize(ws[j - 2]!.w, VERBS))) return null;
    if (!light && !consultFrame) return null;
    // "Shares staged a strong rally": markets rally, protesters do not hold that rally
    if (entry.type === 'PROTEST' && ws.slice(Math.max(0, j - 4), j).some((x) => MARKET_WORDS.has(x.w))) return null;
    if (entry.type === 'SUPPORT' && !light) return null;
    const head = light ? j : i;
    // the verb itself is the trigger ("launched an attack", "signed an agreement") unless none of its senses fits here ("gave X an ultimatum")
    // "Nigerian oil workers began a strike": a stoppage when workers start it (no weapon named before "strike")
    const workersStrike = /^strikes?$/.test(ws[i]!.w) && /^(?:begin|start|stage|hold|launch|declare|call|announce|continue|join)$/.test(lv)
      && ws.slice(Math.max(0, j - 6), j).some((x) => STRIKER_WORDS.has(x.w)) && !ws.slice(j + 1, i).some((x) => /^(?:air|missile|military|drone|pre-emptive|preemptive|retaliatory|nuclear|rocket)$/.test(x.w));
    const stoppageAfterLight = /^strikes?$/.test(ws[i]!.w) && (LABOUR_STRIKE.has(ws[i - 1]?.w ?? '') || workersStrike) && lv !== 'call';
    if (light && VERBS[lv] && this.looksVerbal(ws, j) && this.sense(ws, j, lv) && !stoppageAfterLight) return null;
    // "came under fire", "came under attack": the subject is attacked
    const under = lv === 'come';
    if (under && !(ws[i - 1]?.w === 'under' || ws[i - 2]?.w === 'under') || under && entry.type !== 'ASSAULT') return null;
    // politicians "come under fire" from critics: only fire in a military setting counts
    if (under && ws[i]!.w === 'fire' && !ws.some((x) => /^(?:troops|soldiers|forces|rebels|militants|gunmen|snipers|artillery|army|checkpoint|convoy|positions|patrol|base|tanks|guerrillas|insurgents|militia|militiamen|separatists|mortar|rocket|rockets)$/.test(x.w))) return null;
    if ((lv === 'take' || lv === 'use') && !/^(?:custody|detention|veto)$/.test(ws[i]!.w) && ws[j + 1]?.w !== 'part') return null;
    ws[head]!.lemma = lv || ws[head]!.w;
    // a protest lodged or delivered is diplomatic: ACCUSE 'disapprove' (the manual's PROTEST note)
    const diplomatic = entry.type === 'PROTEST' && light && /^(?:lodge|file|deliver|send|issue|register|make|lodged)$/.test(lv);
    // "a hunger strike", "a general strike", "went on strike" are protests, not attacks (the manual's PROTEST modes)
    const labour = /^strikes?$/.test(ws[i]!.w) && (LABOUR_STRIKE.has(ws[i - 1]?.w ?? '') || workersStrike || (lv === 'go' && ws.slice(j + 1, i).some((x) => x.w === 'on')) || (lv === 'take' && ws[j + 1]?.w === 'part'))
      ? { type: 'PROTEST', mode: ws[i - 1]!.w === 'hunger' ? 'hunger' : 'strike' } : null;
    // "ordered the expulsion of the ambassador": expelling diplomats reduces relations (the manual's SANCTION 'expel')
    // ("ordered the expulsion of 13 aid agencies": agencies, monitors and peacekeepers too, CAMEO 166)
    const diplomats = entry.type === 'COERCE' && entry.mode === 'deport' && ws.slice(i + 1, i + 6).some((x) => /^(?:ambassador|ambassadors|diplomats?|envoys?|attache|consul|agencies|ngos|charities|monitors|inspectors|observers|peacekeepers)$/.test(x.w)
      || (/^(?:aid|relief|humanitarian)$/.test(x.w) && /^(?:agencies|groups|organi[sz]ations|workers|staff)$/.test(ws[ws.indexOf(x) + 1]?.w ?? '')));
    const c = this.candidate(ws, head, i, labour ?? (diplomatic ? { type: 'ACCUSE', mode: 'disapprove' } : diplomats ? { type: 'SANCTION', mode: 'expel' } : entry), true);
    if (under) c.passive = true;
    // joint exercises are cooperation; one side's exercises are a show of force (the manual's MOBILIZE note)
    if (entry.type === 'COOPERATE' && !ws.slice(0, i).some((x) => /^(?:joint|and|combined|bilateral|multinational)$/.test(x.w)) && !ws.slice(i, i + 4).some((x) => x.w === 'with')) {
      c.type = 'MOBILIZE'; c.mode = 'troops';
    }
    return c;
  }

  /** Rough part of speech: is the word at i used as a verb here? */
  private looksVerbal(ws: W[], i: number): boolean {
    const w = ws[i]!.w;
    const prev = ws[i - 1]?.w ?? '';
    const next = ws[i + 1]?.w ?? '';
    const form = verbForm(w);
    // "The U.S. military fired …": 'military' heads the subject here, it modifies no noun
    if (prev === 'military' && form === 'past' && /^(?:the|a|its|['’]s|\p{Lu}.*)$/u.test(ws[i - 2]?.raw ?? '')) return true;
    // ("The EU first blacklisted him": 'first' after the subject is an adverb, not a determiner)
    const firstAdverb = prev === 'first' && form === 'past' && i >= 2 && (ws[i - 2]!.cap || /[a-z]$/.test(ws[i - 2]!.w)) && !DETERMINERS.has(ws[i - 2]!.w) && !PREPOSITIONS.has(ws[i - 2]!.w);
    if (DETERMINERS.has(prev) && !firstAdverb && !(AUX.has(prev) && !(prev === "'s" && !SUBJECT_PRONOUNS.has(ws[i - 2]?.w ?? '') && ws[i - 2]?.w !== 'that')) && prev !== 'that') return false;
    // "U.S.-backed rebels": the second half of a hyphenated compound is an adjective
    if (this.text[ws[i]!.start - 1] === '-') return false;
    // "striking miners", "fighting men": an -ing form before a group noun is an adjective
    // ("are still occupying government buildings": an adverb may stand between the auxiliary and the verb)
    if (form === 'ing' && GROUP_NOUNS.has(next) && !AUX.has(prev) && !(VERB_ADVERBS.has(prev) && AUX.has(ws[i - 2]?.w ?? ''))) return false;
    // "Turkish troops backed by tanks": a participle with its agent right after a group noun describes the group
    if (/^(?:backed|supported|aided|escorted|equipped|accompanied|armed|led)$/.test(w) && next === 'by' && (GROUP_NOUNS.has(prev) || /^(?:forces|army|units|militia|militias)$/.test(prev))) return false;
    // "anyone defying the curfew", "those taking part": a reduced relative on an indefinite pronoun
    if (form === 'ing' && /^(?:anyone|anybody|everyone|everybody|those|whoever|someone)$/.test(prev)) return false;
    // "Defending champion Andy Roddick": a title, not a defence
    if (form === 'ing' && /^(?:champion|champions|titleholder|titleholders|holder|holders)$/.test(next)) return false;
    // "Angry residents set up roadblocks": a verb whose past is its base form after a plural noun, with a particle or an object
    // ("The country cut diplomatic ties", "The ministry shut down three stations": after a singular noun opened by a determiner too;
    // not after a causative: "to get the site shut down")
    // ("Riot police beat demonstrators": a plural without -s, before a group noun; "A roadside bomb hit an army patrol":
    // a device opened by "a" strikes)
    if (SAME_PAST.has(w) && /^(?:police|people|personnel|militia|police-?men)$/.test(prev) && !ws[i - 1]!.cap && (GROUP_NOUNS.has(next) || /^(?:him|her|them|up)$/.test(next))) return true;
    // ("Prison guards beat inmates": after a plural noun, before a group noun — not before a pronoun: "The champions beat
    // us"; "Police beat the suspect": after a plural without -s, before a determiner, as after "the <noun>" below)
    // ("Prison guards beat and kicked the inmates": a past verb coordinated with it tells the tense)
    if (SAME_PAST.has(w) && (/[^s]s$/.test(prev) || /^(?:police|people|personnel|militia)$/.test(prev)) && !ws[i - 1]!.cap && (GROUP_NOUNS.has(next) || (next === 'and' && /^[a-z]+ed$/.test(ws[i + 2]?.raw ?? ''))
      || (/^(?:police|people|personnel|militia)$/.test(prev) && /^(?:the|a|an|his|her|their|its|two|three|four|five|several|dozens|hundreds)$/.test(next)))) return true;
    if (SAME_PAST.has(w) && /^(?:bomb|mine|landmine|shell|missile|rocket|grenade|device|explosion|blast)$/.test(prev) && [2, 3].some((d) => /^(?:a|an)$/.test(ws[i - d]?.w ?? '') && ws.slice(i - d + 1, i).every((x) => /^[a-z-]+$/.test(x.raw))) && /^(?:a|an|the|its|their|his|her)$/.test(next)) return true;
    if (SAME_PAST.has(w) && (/[^s]s$/.test(prev) || [2, 3].some((d) => /^(?:the|its|their|his|her)$/.test(ws[i - d]?.w ?? '') && !/^(?:get|gets|got|getting|have|has|had|having|want|wants|wanted|see|saw)$/.test(ws[i - d - 1]?.w ?? '') && ws.slice(i - d + 1, i).every((x) => /^[a-z]+$/.test(x.raw) && !PREPOSITIONS.has(x.w) && !DETERMINERS.has(x.w) && !VERBS[lemmatize(x.w, VERBS)])))
      && !ws[i - 1]!.cap && /^(?:up|down|off|out|the|a|an|its|their|his|her|fire|diplomatic|all)$/.test(next)) return true;
    // "alleged bombers", "alleged plot": an attributive participle
    if (w === 'alleged' && /^[a-z]/.test(ws[i + 1]?.raw ?? '') && !/^(?:that|to|by|he|she|they|it|in|on|at|the|a|an|his|her|their|its)$/.test(next)) return false;
    // "a fierce shot", "a swerving long range shot": an irregular form inside a noun phrase opened by "a"
    if (form === 'past' && !w.endsWith('ed')) {
      for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
        const x = ws[k]!.w;
        if (x === 'a' || x === 'an') return false;
        if (!/^[a-z-]+$/.test(ws[k]!.raw) || AUX.has(x) || BE.has(x) || x in MODALS || PREPOSITIONS.has(x) || VERBS[lemmatize(x, VERBS)] || SUBJECT_PRONOUNS.has(x)) break;
      }
    }
    if (form === 'ing') {
      // "in the Lockerbie bombing", "against the NATO bombing of Yugoslavia": a name between a determiner and the -ing form
      let d = i - 1;
      while (d > 0 && ws[d]!.cap && d > i - 4) d--;
      if (d < i - 1 && /^(?:a|an|the|this|that|its|their|his|her)$/.test(ws[d]!.w)) return false;
      // "fears of renewed fighting", "after heavy fighting": an adjective between a preposition and the -ing form
      if (CONFLICT_ADJECTIVES.test(prev)
        && (PREPOSITIONS.has(ws[i - 2]?.w ?? '') || DETERMINERS.has(ws[i - 2]?.w ?? ''))) return false;
      return !((prev === 'of' && !/^(?:intention|intentions|question)$/.test(ws[i - 2]?.w ?? '')) || prev === 'the' || (next === 'of' && DETERMINERS.has(prev)));
    }
    // "the release of detained activists", "the jailed leader": a participle right after a preposition or a determiner,
    // before a noun, is an adjective
    // ("building on occupied land", "in disputed areas": after a place preposition too)
    if (form === 'past' && /ed$/.test(w) && (/^(?:of|for|with|against|the|a|an|their|his|her|its|several|many|other|on|in|into|from|across|near|inside|within)$/.test(prev) || /^\d[\d,]*$/.test(prev)) && /^[\p{L}]/u.test(ws[i + 1]?.raw ?? '')
      && !PREPOSITIONS.has(next) && !DETERMINERS.has(next) && !/^(?:and|or|by|that|it|them|him|her)$/.test(next)) return false;
    if (form === 'past') return true;
    // base or -s form: a verb after an auxiliary, modal, "to", a negator, a subject pronoun or an adverb
    if (AUX.has(prev) || prev in MODALS || prev === 'to' || NEGATORS.has(prev) || SUBJECT_PRONOUNS.has(prev) || VERB_ADVERBS.has(prev) || /ly$/.test(prev)) {
      if (prev === 'to' && ws[i - 2] && /^(?:attacks?|strikes?|threats?|visits?|response|answer|support|aid)$/.test(ws[i - 2]!.w) === false && PREPOSITIONS.has(ws[i - 2]!.w)) return false;
      return true;
    }
    if (PREPOSITIONS.has(prev) || prev === '' || /^[,(]$/.test(prev)) return false;
    if (PREPOSITIONS.has(next) && /s$/.test(w) && next !== 'to' && next !== 'with') return false; // "attacks on", "talks in"
    if (next === 'of') return false;
    // a base form right after a singular name or a nationality is a noun ("U.N. aid convoys", "seek Arab support")
    if (form === 'base' && !/s$/.test(w) && !SAME_PAST.has(w) && ws[i - 1]!.cap && !/s$/.test(ws[i - 1]!.w) && !SUBJECT_PRONOUNS.has(prev) && prev !== 'i') return false;
    // a base form after "a"/"the" and a name is a noun ("in a Hezbollah attack", "the U.S. strike")
    if (form === 'base' && !/s$/.test(w) && ws[i - 1]!.cap && /^(?:a|an|the)$/.test(ws[i - 2]?.w ?? '')) return false;
    // a base or -s form after a national adjective is a noun ("two German aid workers", "in Israeli jails", "a Russian attack")
    if (ws[i - 1]!.cap && /^\p{Lu}\p{Ll}+(?:an|ian|ese|i|ish|ch)$/u.test(ws[i - 1]!.raw) && (i < 2 || DETERMINERS.has(ws[i - 2]!.w) || PREPOSITIONS.has(ws[i - 2]!.w) || /^\d|^(?:,|and|or)$/.test(ws[i - 2]!.w))) return false;
    // "The spokesman denies …", "the ministry warns …": -s forms of these speech verbs are never nouns
    if (/^(?:denies|rejects|refuses|accuses|warns|threatens|condemns|vows|urges|insists)$/.test(w) && /^[a-z]/.test(ws[i - 1]!.raw)) return true;
    // "a miners' strike", "a dockers strike": after a possessive or "a" + plural noun, a noun
    if (form === 'base' && /s$/.test(prev) && (/^['’]\s*$/.test(this.text.slice(ws[i - 1]!.end, ws[i]!.start)) || /^(?:a|an)$/.test(ws[i - 2]?.w ?? ''))) return false;
    // "Terrorist attacks will take place", "Rebel attacks have resumed": an -s form followed by a modal or an auxiliary
    // is a plural noun, the subject of that verb group
    if (/[^s]s$/.test(w) && (next in MODALS || /^(?:are|were|have|had)$/.test(next))) return false;
    // after a noun or a name: a finite verb ("Russia attacks Ukraine", "rebels seized the town")
    if (ws[i - 1]!.cap || (form === 'base' && /s$/.test(prev) && /(?:ers|ists|ies|ians|ans|ese)$/.test(prev))) return true;
    // a verb whose past is its base form after "the <noun>" that opens the clause, with an object after it:
    // "The army put its troops on alert", "The regime shut down the internet"
    // ("An Iraqi Scud missile hit a residential area": up to two modifiers between the determiner and the noun)
    return SAME_PAST.has(w) && /^(?:down|off|up|out|its|their|his|her|the|a|an|on)$/.test(next) && [2, 3, 4].some((d) => i >= d
      && /^(?:the|a|an|its|their|his|her)$/.test(ws[i - d]!.w) && (i - d === 0 || /^(?:,|;|and|but|that|while)$/.test(ws[i - d - 1]?.w ?? ','))
      && ws.slice(i - d + 1, i).every((x) => /^[\p{L}-]+$/u.test(x.raw) && !PREPOSITIONS.has(x.w) && !DETERMINERS.has(x.w) && !AUX.has(x.w) && !(VERBS[lemmatize(x.w, VERBS)] && !x.cap)));
  }

  private candidate(ws: W[], head: number, last: number, entry: TriggerEntry, noun: boolean): Candidate {
    let j = head - 1;
    let negated = false, modality: string | null = null, passive = false, infinitive = false, habitual = false, sawBe = false, habitualForce = false;
    while (j >= 0) {
      const w = ws[j]!.w;
      if (NEGATORS.has(w) || (w === 'no' && ws[j + 1]?.w === 'longer')) negated = true;
      else if (w in MODALS) modality ??= MODALS[w]!;
      // "has repeatedly rejected opposition demands": a refusal or threat made again is still made (not "has long opposed",
      // not "has consistently pressed for")
      // ("repeatedly accused each other of breaking the truce": said again, still said)
      else if (HABITUAL.has(w)) {
        habitual = habitual || !((w === 'repeatedly' && ['REJECT', 'THREATEN', 'ACCUSE', 'REQUEST'].includes(entry.type) && (/^(?:has|have)$/.test(ws[j - 1]?.w ?? '') || (entry.type === 'ACCUSE' && verbForm(ws[head]!.w) === 'past')))
          || (entry.type === 'ASSAULT' && entry.mode === 'torture'));
        // "Prison guards routinely beat inmates", "Troops repeatedly shelled the town": force used again and again is a
        // pattern of real acts (the human-rights reporting PLOVER codes), kept with modality 'habitual'; a stance held long
        // is not ("has long opposed"), nor a verbal act said to be habitual ("often criticises the press")
        if (w !== 'long' && (entry.type === 'ASSAULT' || entry.type === 'COERCE')) habitualForce = true;
      }
      else if (BE.has(w)) sawBe = true;
      else if (w === 'to') { infinitive = true; break; }
      else if (!(AUX.has(w) || VERB_ADVERBS.has(w) || /ly$/.test(w))) break;
      j--;
    }
    const groupStart = infinitive ? j : j + 1;
    // "is opposed to": a stance, not a passive
    if (!noun && sawBe && verbForm(ws[head]!.w) === 'past' && !(ws[head]!.w === 'opposed' && ws[head + 1]?.w === 'to')) passive = true;
    // "had their claims accepted by the tribunal", "had his home demolished": a participle after have + a possessed noun is
    // done to the subject by someone else (the agent after "by", if named)
    if (!noun && !passive && verbForm(ws[head]!.w) === 'past' && /ed$/.test(ws[head]!.w) && [2, 3, 4].some((d) => /^(?:had|have|has|having)$/.test(ws[head - d]?.w ?? '')
      && /^(?:their|his|her|its|our)$/.test(ws[head - d + 1]?.w ?? '') && ws.slice(head - d + 2, head).every((x) => /^[a-z-]+$/.test(x.raw) && !PREPOSITIONS.has(x.w)))) passive = true;
    if (habitual) modality = 'habitual';
    const c: Candidate = { head, last, entry, type: entry.type, mode: entry.mode ?? null, noun, negated, modality, passive, groupStart,
      absorbed: false, drop: false, participial: false };
    if (infinitive) this.infinitive(ws, c, groupStart);
    else if (!noun && ws[head]!.w.endsWith('ing') && (ws[head - 1]?.w === ',' || head === 0)) c.participial = true;
    // "With Russia mobilizing more troops": an absolute clause sets the scene, it reports no occurrence
    if (!noun && ws[head]!.w.endsWith('ing') && !sawBe) {
      const clauseStart = ws.slice(0, head).map((x) => x.w).lastIndexOf(',') + 1;
      if (ws[clauseStart]?.w === 'with' || (ws[clauseStart]?.w === 'and' && ws.slice(0, clauseStart).some((x, k) => k === 0 && x.w === 'with'))) c.drop = true;
    }
    // "denied launching", "denied that they launched"
    for (let k = c.groupStart - 1; k >= Math.max(0, c.groupStart - 8); k--) {
      const lw = ws[k]!.w;
      if (/^(?:;|but|while)$/.test(lw)) break;
      if (/^(?:deny|denies|denied|denying|rejected|dismissed)$/.test(lw) && (k === c.groupStart - 1 || ws.slice(k + 1, c.groupStart).some((x) => x.w === 'that')
        || (/^den/.test(lw) && this.deniedClause(ws, k) > 0 && this.deniedClause(ws, k) < c.head))) {
        c.negated = true; c.modality ??= 'denied';
      }
    }
    if (c.modality === 'habitual' && !habitualForce) c.drop = true;
    // "to leave the country or be arrested", "surrender or face trial": the alternative an ultimatum holds out is no act
    if (!noun && ((BE.has(ws[head - 1]?.w ?? '') && ws[head - 2]?.w === 'or') || (ws[head - 1]?.w === 'face' && ws[head - 2]?.w === 'or'))) c.drop = true;
    // "has no intention of withdrawing", "has no plans to meet": a refusal stated as an absent intention
    // ("there was no question of his army withdrawing": the doer may stand between 'of' and the -ing form)
    const ofAt = [head - 1, head - 2, head - 3].find((k) => ws[k]?.w === 'of' && ws.slice(k + 1, head).every((x) => /^(?:his|her|its|their|our|the)$/.test(x.w) || GROUP_NOUNS.has(x.w) || /^(?:army|forces|troops|government|country)$/.test(x.w)));
    if (!noun && ws[head]!.w.endsWith('ing') && ofAt !== undefined && ofAt < head - 1 && /\bno question of$/.test(ws.slice(Math.max(0, ofAt - 2), ofAt + 1).map((x) => x.w).join(' '))) {
      c.negated = true; c.modality = 'intent'; c.refusal = true; c.drop = false; c.absorbed = false;
    } else if (!noun && (ws[head - 1]?.w === 'of' || ws[head - 1]?.w === 'to') && /\bno (?:intention|intentions|plans?|desire|wish|question) (?:of|to)$/.test(ws.slice(Math.max(0, head - 4), head).map((x) => x.w).join(' '))) {
      c.negated = true; c.modality = 'intent'; c.refusal = true; c.drop = false; c.absorbed = false;
      if (COOPERATIVE.has(c.type)) { c.type = 'AGREE'; c.mode = null; }
    }
    // "would not accept the conditions", "will not negotiate", "does not recognise": a refusal (REJECT in the manual)
    // ("did not surrender their weapons", "did not withdraw": a yielding act not done is refused)
    const presentNeg = c.modality === null && ws.slice(c.groupStart, head).some((x) => /^(?:do|does)$/.test(x.w) || (x.w === 'did' && (c.type === 'CONCEDE' || c.type === 'RETREAT') && /^(?:surrender|withdraw|pull|retreat|comply|disarm|yield|evacuate)$/.test(lemmatize(ws[head]!.w, VERBS))));
    if (c.negated && c.modality !== 'denied' && (c.type === 'AGREE' || COOPERATIVE.has(c.type))
      && (/^(?:accept|agree)$/.test(lemmatize(ws[head]!.w, VERBS)) || c.refusal || c.modality === 'future' || c.modality === 'intent' || presentNeg)) {
      c.type = 'REJECT'; c.mode = null; c.negated = false; c.modality = null;
    }
    // "warned (that) they would attack", "vowed it will retaliate": a future act announced is a threat
    // ("warned they will continue the strike until …": a stoppage announced under a condition is a threat too)
    if ((c.modality === 'future' || c.modality === 'possible') && !c.negated && ['ASSAULT', 'COERCE', 'SANCTION', 'MOBILIZE', 'PROTEST'].includes(c.type)) {
      // ("warned the troops would be left with no choice but to use force": the verb group may be long)
      for (let k = c.groupStart - 1; k >= Math.max(0, c.groupStart - 12); k--) {
        const lw = ws[k]!.w;
        if (/^(?:;|while|because|if|when)$/.test(lw) || (lw === 'but' && !/^(?:choice|option|alternative)$/.test(ws[k - 1]?.w ?? ''))) break;
        // ("said they would strike next week unless pay talks resumed": a stoppage announced under a condition)
        if (c.type === 'PROTEST' && !/^(?:warn|warns|warned|warning|threaten|threatens|threatened|threatening)$/.test(lw)
          && !(/^(?:said|says|told|announced|declared|stated|insisted)$/.test(lw) && ws.slice(c.last + 1).some((x) => /^(?:if|unless)$/.test(x.w)))) continue;
        // "said it would shoot down any plane that …", "said it would retaliate if …": a conditional act announced
        // (not "would fight any move": fighting is figurative too often); "said it would hit back": a retaliation announced
        const retaliation = lemmatize(ws[head]!.w, VERBS) === 'retaliate' || ws[c.last]!.w === 'back';
        // ("would break diplomatic relations with any country that …": 'any' a few words on)
        const conditional = retaliation || c.entry.pattern !== 'reciprocal' && (ws.slice(c.last + 1, c.last + 6).some((x) => x.w === 'any') || ws.slice(c.last + 1).some((x) => /^(?:if|unless)$/.test(x.w)));
        if (/^(?:warn|warns|warned|warning|vow|vows|vowed|threaten|threatens|threatened|threatening)$/.test(lw)
          // ("said he might declare a state of emergency if …": a possible act under a condition is announced too)
          || (conditional && (c.modality === 'future' || (c.modality === 'possible' && ws.slice(c.last + 1).some((x) => /^(?:if|unless)$/.test(x.w)))) && /^(?:said|says|told|announced|declared|stated|insisted)$/.test(lw))) {
          const mode = threatMode(c);
          c.type = 'THREATEN'; c.mode = mode; c.modality = null;
          break;
        }
      }
    }
    if (c.modality === 'future' && COOPERATIVE.has(c.type)) { c.type = 'AGREE'; c.mode = null; }
    return c;
  }

  /** "threatened to strike", "failed to reach", "plans to visit", "efforts to negotiate". */
  private infinitive(ws: W[], c: Candidate, toIndex: number): void {
    // "would be left with no choice but to use force": a possible act
    if (ws[toIndex - 1]?.w === 'but' && /^(?:choice|option|alternative)$/.test(ws[toIndex - 2]?.w ?? '')) { c.modality = 'possible'; return; }
    // "would have to withdraw its delegates", "may have to use force": a conflict act under the modal, which a warning
    // or a condition makes a threat ("will have to offer compensation", "had to pull out injured" stay no acts)
    if (/^(?:have|has)$/.test(ws[toIndex - 1]?.w ?? '') && ['ASSAULT', 'COERCE', 'SANCTION', 'MOBILIZE', 'PROTEST'].includes(c.type)) {
      const modal = [toIndex - 2, toIndex - 3].map((k) => ws[k]?.w ?? '').find((x) => x === 'would' || x === 'will' || x === 'could' || x === 'may' || x === 'might');
      if (modal) { c.modality = MODALS[modal]!; return; }
    }
    for (let k = toIndex - 1; k >= Math.max(0, toIndex - 6); k--) {
      const w = ws[k]!.w;
      if (/^[,;:.]$/.test(w) && k < toIndex - 1) break;
      const lemma = lemmatize(w, VERBS);
      // (a capitalised word is a name: "the Red Cross to visit")
      if (PURPOSE_GOVERNORS.has(lemmatize(w, PURPOSE_GOVERNORS)) && !DETERMINERS.has(ws[k - 1]?.w ?? '') && !ws[k]!.cap) { c.modality = 'purpose'; return; }
      // "were reported to have demonstrated", "is believed to have fired": what is reported happened
      // ("are now said to be threatening to quit": the same with "be")
      // ("The raid appears to have targeted a depot": a raising verb without 'be' too)
      if (/^(?:appears|appeared|seems|seemed)$/.test(w) && k === toIndex - 1 && /^(?:have|be)$/.test(ws[toIndex + 1]?.w ?? '')) return;
      if (/^(?:reported|said|believed|thought|known|understood|alleged)$/.test(w) && k === toIndex - 1 && (BE.has(ws[k - 1]?.w ?? '') || (/^(?:now|also|still|widely)$|ly$/.test(ws[k - 1]?.w ?? '') && BE.has(ws[k - 2]?.w ?? ''))) && /^(?:have|be)$/.test(ws[toIndex + 1]?.w ?? '')) return;
      // "the council voted to impose an embargo", "parliament voted to reject the plan": the vote is the act
      // ("voted on Thursday to reject": a time phrase may stand between the vote and its act)
      if (/^(?:voted|votes|vote)$/.test(w) && ws.slice(k + 1, toIndex).every((x) => /ly$/.test(x.w) || TIME_ADVERBIAL.test(x.w))) return;
      // "used tanks and artillery to attack rebel positions": the means serve the act (unless the use is itself one: tear gas)
      // ("is using helicopters and artillery to retake the airport": the progressive is active too)
      if (lemma === 'use' && !this.sense(ws, k, 'use') && (((!BE.has(ws[k - 1]?.w ?? '') || w.endsWith('ing')) && ws.slice(k + 1, toIndex).some((x) => MEANS_OF_FORCE.has(x.w)))
        || (BE.has(ws[k - 1]?.w ?? '') && ws.slice(Math.max(0, k - 7), k).some((x) => MEANS_OF_FORCE.has(x.w))))) return;
      // "vowed to strike deep inside Israel", "swore to crush the rebels": a forceful act vowed is a threat
      // (aimed at a named party: "vowed to recapture lost ground" announces a campaign, not a threat to anyone)
      const aimed = ws.slice(c.last + 1, c.last + 7).some((x) => x.w === 'against') || this.mentionAt(ws[c.last]!.end, ws[Math.min(ws.length - 1, c.last + 6)]!.end).some((m) => m.kind !== 'pronoun');
      if (/^(?:vow|vows|vowed|vowing|swear|swears|swore|sworn|pledged|pledge|pledges)$/.test(w) && ['ASSAULT', 'COERCE', 'MOBILIZE'].includes(c.type) && !c.negated && aimed) {
        c.mode = threatMode(c); c.type = 'THREATEN'; return;
      }
      // (a trigger word used as a noun governs nothing: "using attack helicopters and artillery to retake")
      if ((VERBS[lemma] && lemma !== 'back' && !(k < toIndex - 1 && /^(?:using|use|used|uses)$/.test(ws[k - 1]?.w ?? ''))) || (WILLINGNESS.has(w) && k === toIndex - 1)) { c.absorbed = true; (c as Candidate & { governor?: number }).governor = k; return; }
      // "resist by force any attempt to evacuate them": an act only attempted in a hypothesis
      if (/^(?:attempt|attempts|effort|efforts|bid|move|moves|plan|plans)$/.test(w) && /^(?:any|every|no)$/.test(ws[k - 1]?.w ?? '')) { c.drop = true; return; }
      if (k === toIndex - 1 && this.attemptedKilling(ws, c, k)) return;
      // "The rebels claimed to have shot down a jet": the doer's own claim of a forceful act done (not "who claim to have
      // been injured", where the claimants suffered it, nor a claim further back: "claimed the decision to accept …"; a
      // verbal act claimed, "claimed to have urged Putin to …", is the claimant's statement, which the quotes layer keeps)
      if (k === toIndex - 1 && /^(?:claim|claims|claimed|claiming)$/.test(w) && ws[toIndex + 1]?.w === 'have' && ws[toIndex + 2]?.w !== 'been'
        && ['ASSAULT', 'COERCE', 'SANCTION', 'MOBILIZE', 'PROTEST'].includes(c.type)) { c.modality = 'claimed'; return; }
      const ctrl = CONTROLLERS[lemmatize(w, CONTROLLERS)] ?? CONTROLLERS[w];
      if (ctrl) {
        c.modality = ctrl.modality;
        if (ctrl.negated) c.negated = true;
        if ((ctrl.modality === 'intent' || ctrl.modality === 'future') && COOPERATIVE.has(c.type)) { c.type = 'AGREE'; c.mode = null; }
        return;
      }
    }
    // "Farmers dumped manure outside the ministry to protest against low prices": what was done is the protest
    // (a finite past verb governs the purpose; plans and requests were read above)
    if (c.type === 'PROTEST' && lemmatize(ws[c.head]!.w, VERBS) === 'protest' && ws.slice(Math.max(0, toIndex - 8), toIndex).some((x) => !x.cap && /ed$/.test(x.w) && !BE.has(x.w) && !AUX.has(x.w))) { c.modality = 'purpose'; return; }
    c.drop = true; // a purpose or a plan: nothing happened yet
  }

  // ---------- arguments ----------

  /** Start of the clause that holds word i (after a complementiser, a reporting verb, a semicolon). */
  private clauseStart(ws: W[], i: number): number {
    for (let k = i - 1; k >= 0; k--) {
      const w = ws[k]!.w;
      // "Greece, which holds the EU presidency, said": a relative clause between commas is skipped over
      if (/^(?:which|who|whom|whose)$/.test(w) && ws[k - 1]?.w === ',' && ws.slice(k + 1, i).some((x) => x.w === ',')) { k--; continue; }
      // "MOSCOW, March 3 (RIA Novosti) - The ministry rejected …": a dateline ends before the dash
      if (w === ')' && /^[-–—]$/.test(ws[k + 1]?.w ?? '')) return k + 2;
      // "The International Labor Office (ILO) reiterated": a short parenthesis (an acronym, an aside) is no clause break
      if (w === ')') {
        const open = ws.slice(Math.max(0, k - 6), k).map((x) => x.w).lastIndexOf('(');
        if (open >= 0) { k = Math.max(0, k - 6) + open; continue; }
      }
      if (CLAUSE_BREAK.has(w) && !(w === 'as' || w === 'after' || w === 'before' || w === 'since')) return k + 1;
      // "Russian flags flooded the square as crowds gathered": "as" before a bare noun phrase and its verb opens a
      // temporal clause with its own subject
      if (w === 'as' && k > 1 && i - k >= 2 && i - k <= 5 && !/^(?:such|well|so|just|same)$/.test(ws[k - 1]!.w) && ws.slice(k + 1, i).every((x) => DETERMINERS.has(x.w) || this.nounWord(x))
        && /(?:[^s]s|men|people|police|crowd)$/.test(ws[i - 1]!.w)) return k + 1;
      // ("made repeated attempts to kill": an adjective before an attempt is no verb of saying)
      if (REPORTING.has(lemmatize(w, REPORTING)) && /(?:ed|s|said|told|wrote|say)$/.test(w) && k < i - 1 && !ws[k]!.cap && !/^(?:attempts?|bids?|plots?)$/.test(ws[k + 1]?.w ?? '')) return k + 1;
    }
    return 0;
  }

  private afterPlacePreposition(ws: W[], m: Mention): boolean {
    let k = ws.findIndex((x) => x.start >= m.start) - 1;
    for (let n = 0; k >= 0 && n < 5; n++, k--) {
      const w = ws[k]!.w;
      if (PLACE_PREPS.has(w)) return true;
      // "in the southern city of Kirkuk", "into the streets of Belgrade": look past "city of"
      if (w === 'of' && /^(?:city|town|village|province|region|district|capital|state|island|port|streets|outskirts|centre|center|suburb|suburbs)$/.test(ws[k - 1]?.w ?? '')) continue;
      if (!(DETERMINERS.has(w) || ws[k]!.cap || w === '-' || /^(?:eastern|western|northern|southern|central|north|south|east|west|major|key|several|the|border|frontline|occupied|capital|city|region|province|cities|towns|villages|regions)$/.test(w))) return false;
    }
    return false;
  }

  private notAfterPreposition(ws: W[], m: Mention): boolean {
    let k = ws.findIndex((x) => x.start >= m.start) - 1;
    for (let n = 0; k >= 0 && n < 4; n++, k--) {
      const w = ws[k]!.w;
      // "in March Russia annexed": the preposition governs the date, not the name after it
      if (/^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(w)) return true;
      if (PREPOSITIONS.has(w)) return false;
      if (!(DETERMINERS.has(w) || ws[k]!.cap || w === '-' || /^(?:former|senior|top|acting|deputy|then)$/.test(w))) return true;
    }
    return true;
  }

  /**
   * The heads of the noun phrases among mentions: "Russia’s Defense Ministry" → the ministry, not its possessor;
   * "Ukrainian President Volodymyr Zelenskyy" → the person, not the demonym before the name.
   */
  private npHeads(ws: W[], ms: Mention[]): Mention[] {
    return ms.filter((m, k) => {
      const next = ms[k + 1];
      if (!next || next.start - m.end > 40) return true;
      const between = this.text.slice(m.end, next.start);
      if (/^['’]s\s*$/.test(between) || /^['’]s\s+[\p{L}\s-]*$/u.test(between) && next.start - m.end < 30) return false;
      const mt = this.entities.get(m.entity)?.type ?? m.type;
      if ((m.kind === 'demonym' || mt === 'GPE' || mt === 'NORP' || (mt === 'MISC' && /(?:an|ian|ese|i|ish|ch|av)$/.test(m.text))) && /^[\p{L}\s.-]*$/u.test(between) && !/\b(?:and|or)\b/.test(between)) {
        const ne = this.entities.get(next.entity);
        if ((ne?.type ?? next.type) === 'PERSON' || (ne?.type ?? next.type) === 'ORG') return false;
      }
      return true;
    });
  }

  /** The subject of the verb group starting at word `g`: mentions first, else the words as written. */
  subject(ws: W[], g: number): { refs: EntityRef[]; start: number } | null {
    // "the missile system that Washington says brought the plane down": the reporter between a relative pronoun and
    // the verb is no doer; the doer is what the relative clause hangs on
    const rep = g - 1 >= 0 && REPORTING.has(lemmatize(ws[g - 1]!.w, REPORTING)) && /^(?:say|says|said|claim|claims|claimed|believe|believes|believed|allege|alleges|alleged|think|thinks|suspect|suspects)$/.test(ws[g - 1]!.w)
      ? ws.slice(Math.max(0, g - 6), g - 1).findLastIndex((x) => /^(?:that|which|who)$/.test(x.w)) : -1;
    if (rep >= 0) {
      const rel = Math.max(0, g - 6) + rep;
      return rel > 0 ? this.subject(ws, rel) : null;
    }
    const from = this.clauseStart(ws, g);
    if (g === 0) return null;
    const lo = ws[from]?.start ?? 0, hi = ws[g - 1]!.end;
    // comma-separated segments, right to left: "To pressure Moscow…, Trump has threatened"; "Ushakov, an adviser to Putin, said"
    const commas = ws.slice(from, g).flatMap((x, k) => (x.w === ',' ? [from + k] : []));
    const bounds = [...commas.reverse(), from - 1];
    let pick: Mention[] = [];
    let segEnd = hi;
    for (const b of bounds) {
      const segStart = b >= from ? ws[b]!.end : lo;
      // "Greece, which holds the EU presidency, said": a relative clause between commas holds no subject
      const first = ws.findIndex((x) => x.start >= segStart);
      if (b >= from && first >= 0 && /^(?:which|who|whose|whom|where)$/.test(ws[first]!.w)) { segEnd = ws[b]!.start; continue; }
      pick = this.npHeads(ws, this.mentionAt(segStart, segEnd).filter((m) => this.notAfterPreposition(ws, m)));
      // "He fled to Russia and in March Russia annexed …": a new clause after "and" has its own subject
      const and = ws.findLastIndex((x, k) => k >= from && k < g && x.start >= segStart && x.w === 'and');
      // only when a verb stands before "and" ("He fled … and"), not in coordinated subjects ("Russia and Ukraine agreed")
      const clauseBefore = and >= 0 && ws.some((x, k) => k >= from && k < and && x.start >= segStart && !x.cap && (AUX.has(x.w) || verbForm(x.w) === 'past'));
      if (and >= 0 && clauseBefore && pick.length > 0) {
        const own = pick.filter((m) => m.start > ws[and]!.end);
        if (own.length > 0 && !/^(?:and)$/.test(ws[g - 1]?.w ?? '')) pick = own;
      }
      if (pick.length > 0) break;
      segEnd = b >= from ? ws[b]!.start : lo;
    }
    if (pick.length > 0) {
      const first = pick[0]!;
      const refs = [this.withHead(ws, first, g, true)];
      const second = pick[1];
      if (second && /^\s*(?:and|,)\s*/.test(this.text.slice(first.end, second.start)) && second.entity !== first.entity) refs.push(this.ref(second));
      return { refs, start: first.start };
    }
    // no mention: the words before the verb group, as written; an appositive between commas is skipped
    // ("Members of the Association of African Jurists, a body linked to the OAU, investigated …")
    let k = g - 1;
    if (ws[k]?.w === ',') {
      const p = ws.slice(from, k).map((x) => x.w).lastIndexOf(',');
      // … and so is a relative clause ("The rebels, who have been fighting since 1983, threatened")
      if (p >= 0 && /^(?:a|an|the|who|which|whose|whom|where)$/.test(ws[from + p + 1]?.w ?? '')) k = from + p - 1;
    }
    const words: W[] = [];
    const collect = () => {
      while (k >= from && words.length < 6 && /^[\p{L}\d.'-]/u.test(ws[k]!.w) && !PREPOSITIONS.has(ws[k]!.w) && !CLAUSE_BREAK.has(ws[k]!.w) && !/^(?:and|but|or)$/.test(ws[k]!.w)) { words.unshift(ws[k]!); k--; }
    };
    collect();
    // "Chechen separatist leaders on Monday rejected": a date between subject and verb is no subject
    if (words.length > 0 && k > from && /^(?:on|in|at|late|early|last)$/.test(ws[k]!.w) && words.every((x) => /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|night|morning|evening|afternoon|week|weekend|month|year|\d+)$/.test(x.w))) {
      words.length = 0;
      k--;
      collect();
    }
    // ("Strikers in a number of towns blocked roads": "a number of" opens the place phrase's noun)
    if (k > from + 2 && ws[k]!.w === 'of' && /^(?:number|couple|handful|series|string|range)$/.test(ws[k - 1]!.w) && /^(?:a|an)$/.test(ws[k - 2]!.w)) k -= 3;
    // "Students at Beijing University boycotted …", "Workers at the steel plant": the people before the place
    // ("Truck drivers in Brazil went on strike": any plural noun of people before the place)
    // ("Men in plain clothes were seen firing", "Gunmen in masks opened fire": people before what they wear)
    if (k > from && /^(?:at|in|from|near|across|inside|outside|with|wearing)$/.test(ws[k]!.w) && (GROUP_NOUNS.has(ws[k - 1]!.w) || STRIKER_WORDS.has(ws[k - 1]!.w) || /^(?:authorities|officials|workers|employees|staff|students|police|men|gunmen|youths|assailants|attackers|soldiers|nurses|guards|settlers|villagers|residents|prisoners|inmates)$/.test(ws[k - 1]!.w)
      || /^\p{Ll}+(?:ers|ors|ists|ians|ants|ents)$/u.test(ws[k - 1]!.w))) {
      words.length = 0;
      k--;
      collect();
    }
    // "Supporters of the jailed leader staged …": the head of "X of Y" is X
    if (k > from && ws[k]!.w === 'of' && /^\p{L}/u.test(ws[k - 1]!.w) && !DETERMINERS.has(ws[k - 1]!.w) && !/^(?:some|many|most|all|none|each|one|two|three|dozens|hundreds|thousands|millions|tens|group|number|lot|total)$/.test(ws[k - 1]!.w)) {
      words.length = 0;
      k--;
      collect();
    }
    // ("The military rejected …": 'military', which the noun frames read as a modifier, heads the subject here)
    while (words.length > 0 && DETERMINERS.has(words[0]!.w) && words[0]!.w !== "'s" && !(words.length === 1 && words[0]!.w === 'military')) words.shift();
    // "Five more judges are said to be threatening": a verb group of a raising verb is no part of the subject
    const verbAt = words.findIndex((x) => (BE.has(x.w) || AUX.has(x.w) || /^(?:could|would|should|can|may|might|must|will)$/.test(x.w)) && x.w !== "'s");
    if (verbAt > 0) words.splice(verbAt);
    // "Rebels made a failed attempt to kill …", "A failed attempt to kill …": the attempt's noun phrase and the verb that
    // makes it are the verb group's; what stands before them is the subject, if anything does
    if (ws[g]?.w === 'to' && /^(?:attempts?|bids?|efforts?|plots?)$/.test(ws[g - 1]?.w ?? '') && words[words.length - 1] === ws[g - 1]) {
      let n = words.length - 1;
      while (n > 0 && (DETERMINERS.has(words[n - 1]!.w) || ADJ_OF_ATTEMPT.test(words[n - 1]!.w) || /^(?:their|his|her|its|our)$/.test(words[n - 1]!.w))) n--;
      words.splice(n);
      const v = words[words.length - 1];
      if (v && !v.cap && (verbForm(v.w) === 'past' || /^(?:make|makes|launch|launches|mount|mounts)$/.test(v.w))) words.pop();
    }
    // "Opposition leaders plan to protest", "Gunmen tried to assassinate": a verb of intent or attempt before "to" is the
    // verb group's, not the subject's ("Prison guards routinely beat": nor is an adverb of manner or frequency)
    // ("Police sometimes beat detainees", "The guards often shoot": an adverb of frequency too)
    const intentAt = words.findIndex((x, n) => n > 0 && !x.cap && ((INTENT_BEFORE_TO.test(x.w) && ws[ws.indexOf(x) + 1]?.w === 'to') || (/^[a-z]+ly$/.test(x.w) && !NOUNS_IN_LY.test(x.w))
      || (n === words.length - 1 && HABITUAL.has(x.w) && x.w !== 'long') || (n === words.length - 1 && /^(?:also|then|still|sometimes|now|later|already)$/.test(x.w))));
    if (intentAt > 0) words.splice(intentAt);
    // ("will try to sign up …": a modal left alone is nobody)
    if (words.length === 1 && (AUX.has(words[0]!.w) || words[0]!.w in MODALS || /^(?:will|would|could|can|may|might|must|should|shall)$/.test(words[0]!.w))) return null;
    // a count alone is no actor ("and 15 wounded")
    if (words.every((x) => /^\d/.test(x.w))) return null;
    // "At least 15 people": the quantifier is no part of the head
    if (words.length > 1 && /^(?:least|most)$/.test(words[0]!.w) && ws[k]?.w === 'at') words.shift();
    if (words.length > 1 && SUBJECT_PRONOUNS.has(words[words.length - 1]!.w)) words.splice(0, words.length - 1);
    if (words.length === 0) return null;
    // "Heavy fighting broke out …": an adjective opening the sentence before an -ing noun is nobody
    if (words.length === 1 && CONFLICT_ADJECTIVES.test(words[0]!.w)) return null;
    const start = words[0]!.start, end = words[words.length - 1]!.end;
    return { refs: [{ entity: null, name: this.text.slice(start, end), start, end }], start };
  }

  /** Entities after word i up to the end of the clause: the first one not the actor nor a place after "in" is the target. */
  objects(ws: W[], i: number): { target: Mention | null; places: Mention[]; end: number } {
    let end = ws.length;
    for (let k = i + 1; k < ws.length; k++) {
      const w = ws[k]!.w;
      if (OBJECT_BREAK.has(w) || (w === ',' && /^(?:should|if|unless|when|as|after|before|saying|adding)$/.test(ws[k + 1]?.w ?? '')) || (w === ',' && REPORTING.has(lemmatize(ws[k + 2]?.w ?? '', REPORTING)) && ws[k + 1] && !ws[k + 1]!.w.endsWith('ing'))) { end = k; break; }
    }
    const lo = ws[i]!.end, hi = ws[end - 1]?.end ?? lo;
    let target: Mention | null = null;
    const places: Mention[] = [];
    // after ", targeting …" the clause adds places, not the party acted on
    const participle = ws.findIndex((x, k) => k > i && k < end && x.w === ',' && /ing$/.test(ws[k + 1]?.w ?? ''));
    const targetEnd = participle >= 0 ? ws[participle]!.start : hi;
    for (const m of this.npHeads(ws, this.mentionAt(lo, hi))) {
      const k = ws.findIndex((x) => x.start >= m.start);
      const before = ws[k - 1]?.w ?? '';
      const place = this.isPlace(m) && (this.afterPlacePreposition(ws, m) || (before === ',' && places.length > 0) || (before === 'and' && places.length > 0));
      if (place) { places.push(m); continue; }
      // "in Mariupol, a city of 500,000 on the Sea of Azov": what an appositive says of a place describes it
      const lastPlace = places[places.length - 1];
      if (lastPlace && ws.some((x, n) => x.start >= lastPlace.end && x.end <= m.start && x.w === ',' && /^(?:a|an)$/.test(ws[n + 1]?.w ?? ''))) continue;
      if (!target && m.start < targetEnd) target = m;
    }
    return { target, places, end };
  }

  // ---------- sentence ----------

  /** Where a trigger stands: the main clause, a background clause, or the complement of another trigger. */
  private clauseRole(ws: W[], c: Candidate, cands: Candidate[]): void {
    const first = ws[c.groupStart - 1];
    // "In a letter handed over to the U.N.", "any settlement reached in talks": a participle right after the noun of a
    // prepositional phrase is a reduced relative, background to the clause
    if (!c.noun && c.groupStart === c.head && verbForm(ws[c.head]!.w) === 'past' && first && /^\p{Ll}/u.test(first.raw) && !DETERMINERS.has(first.w) && !PREPOSITIONS.has(first.w)
      && !AUX.has(first.w) && !SUBJECT_PRONOUNS.has(first.w) && !/^(?:and|or|but|not|never|also)$/.test(first.w) && !/ly$/.test(first.w)) {
      let p = c.groupStart - 2;
      while (p >= 0 && (DETERMINERS.has(ws[p]!.w) || (ws[p]!.cap && !PREPOSITIONS.has(ws[p]!.w)) || /^(?:most|some|all|many|several|any|-)$/.test(ws[p]!.w) || /(?:al|ic|ive|ous|ern|ian|an)$/.test(ws[p]!.w))) p--;
      // (after a comma only as a passive with its agent: ", a group funded by donors,")
      // ("interviews with Georgian conscripts captured in the mountains": a national adjective may open the noun phrase of a plural noun)
      if (p >= 0 && (PREPOSITIONS.has(ws[p]!.w) && !/^(?:as|than|like|of)$/.test(ws[p]!.w) || (ws[p]!.w === ',' && ws[c.last + 1]?.w === 'by'))
        && (/^(?:a|an|the|any|most|some|all|this|these|those|its|their|his|her)$/.test(ws[p + 1]?.w ?? '') || (p > 0 && ws[p + 1]?.cap && /^\p{Ll}+(?:men|[^s]s)$/u.test(first.raw)))
        && /^(?:to|in|out|over|by|from|at|on|into|off|up|down|during|under|for|,)$/.test(ws[c.last + 1]?.w ?? '')) { c.secondary = true; return; }
    }
    // "The banks targeted by the measures will be published": a participle with its agent right after a noun, the
    // sentence's own verb group still to come, is a reduced relative in the subject
    if (!c.noun && c.groupStart === c.head && verbForm(ws[c.head]!.w) === 'past' && ws[c.last + 1]?.w === 'by' && first && /^\p{Ll}/u.test(first.raw)
      && !DETERMINERS.has(first.w) && !PREPOSITIONS.has(first.w) && !AUX.has(first.w) && !BE.has(first.w) && !SUBJECT_PRONOUNS.has(first.w) && !/^(?:and|or|but|not|never|also)$/.test(first.w) && !/ly$/.test(first.w)
      && ws.slice(c.last + 2).findIndex((x) => /^[,;:]$/.test(x.w)) !== 0 && ws.slice(c.last + 2, c.last + 12).some((x, n, a) => (x.w in MODALS || /^(?:has|have|had|is|are|was|were)$/.test(x.w)) && a.slice(0, n).every((y) => !/^[,;:]$/.test(y.w)))) {
      c.secondary = true; return;
    }
    // "information about Russian volunteers fighting alongside the rebels", "reports of troops crossing the border": an -ing
    // form right after the plural noun of a prepositional phrase describes that noun
    if (!c.noun && c.groupStart === c.head && ws[c.head]!.w.endsWith('ing') && first && /^\p{Ll}/u.test(first.raw) && /(?:[^s]s|people|men|police)$/.test(first.w) && !BE.has(first.w) && !AUX.has(first.w)) {
      let p = c.groupStart - 2, free = 1;
      while (p >= 0 && !PREPOSITIONS.has(ws[p]!.w) && (DETERMINERS.has(ws[p]!.w) || ws[p]!.cap || /^(?:and|or|-|some|many|several|other|more)$/.test(ws[p]!.w) || /(?:al|ic|ive|ous|ern|ian|an|ary|ed)$/.test(ws[p]!.w)
        || (free-- > 0 && /^[a-z]+$/.test(ws[p]!.raw) && !AUX.has(ws[p]!.w) && !BE.has(ws[p]!.w) && !(ws[p]!.w in MODALS) && !SUBJECT_PRONOUNS.has(ws[p]!.w) && !VERBS[lemmatize(ws[p]!.w, VERBS)]))) p--;
      if (p >= 0 && PREPOSITIONS.has(ws[p]!.w) && !/^(?:as|than|like)$/.test(ws[p]!.w)) { c.secondary = true; return; }
    }
    // "spurned U.N. demands that …": a base or -s form right after a trigger and a name is that trigger's object
    if (!c.noun && c.groupStart === c.head && verbForm(ws[c.head]!.w) === 'base' && first?.cap
      && cands.some((x) => x !== c && !x.absorbed && !x.drop && x.last < c.head && x.last >= c.head - 4 && ws.slice(x.last + 1, c.head).every((y) => y.cap || DETERMINERS.has(y.w)))) {
      c.secondary = true; return;
    }
    // "vetoed a resolution condemning …", "fired on protesters demanding …": a participle right after the object
    // of an earlier trigger describes that object (a reduced relative); it is no occurrence of its own
    if (!c.noun && c.groupStart === c.head && ws[c.head]!.w.endsWith('ing') && first && /^[a-z]/.test(first.raw) && !c.participial
      && !AUX.has(first.w) && !BE.has(first.w) && !PREPOSITIONS.has(first.w) && !DETERMINERS.has(first.w) && !/ly$/.test(first.w) && !/^(?:and|or|but|to|not)$/.test(first.w)
      && cands.some((x) => x !== c && x.last < c.head - 1 && !x.absorbed && !x.drop && !x.secondary && ws.slice(x.last + 1, c.head).every((y) => !/^[,;:]$/.test(y.w)))) {
      c.secondary = true; return;
    }
    if (first && PREPOSITIONS.has(first.w) && ws[c.head]!.w.endsWith('ing') && (!c.noun || c.head < c.last) && !c.refusal) { c.secondary = true; return; }
    // "… for a fresh mandate amid the economic crisis, a miners' strike and …", "despite protests": the setting of the act
    if (c.noun && c.head === c.last && this.inSetting(ws, c.head)) { c.secondary = true; return; }
    // "suspended all trade talks with Belarus", "outlawed strikes and demonstrations": a noun in the object of an earlier
    // verb trigger of the same clause names what that act is about
    if (c.noun && !(c.head < c.last && LIGHT_VERBS.has(lemmatize(ws[c.head]!.w, LIGHT_VERBS)) && this.looksVerbal(ws, c.head)) && cands.some((x) => x !== c && !x.noun && !x.absorbed && !x.drop && !x.secondary && x.last < c.head && c.head - x.last <= 6
      && ws.slice(x.last + 1, c.head).every((y) => !/^(?:[,;:]|that|which|who|while|but|after|before|when|as|because|since|amid|despite|following)$/.test(y.w) && !(verbForm(y.w) === 'past' && /^[a-z]/.test(y.raw) && !/^(?:armed|planned|proposed|renewed|continued|so-called)$/.test(y.w))))) { c.secondary = true; return; }
    // (a cue of the sentence's act, "in a bid to kill", "in protest", governs no clause after it)
    const earlier = cands.filter((x) => x !== c && x.last < c.groupStart && !x.absorbed && !x.drop && !x.weak);
    if (!c.noun && c.groupStart === c.head && verbForm(ws[c.head]!.w) === 'past' && first && /^[a-z]/.test(first.raw) && !SUBJECT_PRONOUNS.has(first.w)
      && !DETERMINERS.has(first.w) && !PREPOSITIONS.has(first.w) && earlier.length > 0 && !/^(?:and|or|but|,)$/.test(first.w)) { c.secondary = true; return; }
    for (let k = c.groupStart - 1; k >= 0; k--) {
      const w = ws[k]!.w;
      if (w === ';') return;
      // "After a meeting with the envoy, Milosevic rejected …", "The rebels, who have been fighting since 1983, threatened …":
      // a subordinate or relative clause closed by this comma is passed over; opening the sentence, it leaves a main clause
      if (w === ',') {
        let open = k - 1;
        while (open >= 0 && ws[open]!.w !== ',') open--;
        const first = ws[open + 1]?.w ?? '';
        if (SUBORDINATORS.has(first) || /^(?:as|following|during|despite|amid|in)$/.test(first) && open < 0) {
          if (open < 0) return;
          if (/^(?:who|which|whom|whose|where)$/.test(first)) { k = open; continue; }
        }
      }
      // "The World Health Organization (WHO) demanded": an acronym in parentheses is no relative pronoun
      if (w === ')') {
        const open = ws.slice(Math.max(0, k - 6), k).map((x) => x.w).lastIndexOf('(');
        if (open >= 0) { k = Math.max(0, k - 6) + open; continue; }
      }
      const gov = earlier.find((x) => x.last === k || x.head === k);
      // "were killed or wounded" in a background clause: the coordinated verb is background too
      // … and so is the purpose of a background verb ("demonstrators who had gathered outside the embassy to protest")
      // … and so is a short clause coordinated with it ("where nine people were killed and dozens were hurt")
      const coordinated = (g: Candidate) => (g.last >= c.groupStart - 2 && /^(?:and|or|,)$/.test(ws[c.groupStart - 1]?.w ?? ''))
        || (c.groupStart - g.last <= 5 && ws.slice(g.last + 1, c.groupStart).some((x) => /^(?:and|or)$/.test(x.w)) && ws.slice(g.last + 1, c.groupStart).every((x) => !/^[,;:]$|^(?:but|while)$/.test(x.w)) && AUX.has(ws[c.groupStart]?.w ?? ''));
      if (gov) { if (gov.secondary && (coordinated(gov) || (c.modality === 'purpose' && ws[c.groupStart]?.w === 'to'))) c.secondary = true; return; }
      if (w === 'that') {
        let g = k - 1;
        while (g >= 0 && g > k - 5 && !VERBS[lemmatize(ws[g]!.w, VERBS)] && !NOUNS[ws[g]!.w] && !REPORTING.has(lemmatize(ws[g]!.w, REPORTING))) g--;
        const governor = g >= 0 ? earlier.find((x) => x.head === g || x.last === g) : undefined;
        if (governor && governor.type !== 'ASSAULT') { c.absorbed = true; (c as Candidate & { governor?: number }).governor = governor.head; return; }
        if (g >= 0 && g > k - 5 && REPORTING.has(lemmatize(ws[g]!.w, REPORTING))) return;
        if (k > 0 && /^[a-z]/.test(ws[k - 1]!.raw) && (!VERBS[lemmatize(ws[k - 1]!.w, VERBS)] || NOUNS[ws[k - 1]!.w])) { c.secondary = true; return; }
        return;
      }
      // "A man died in police custody after being beaten by officers": the beating that caused the death is what is told
      if (w === 'after' && c.type === 'ASSAULT' && ws[k + 1]?.w === 'being' && k + 2 === c.head && c.passive) {
        const died = ws.slice(Math.max(0, k - 10), k).findIndex((x) => /^(?:died|dies|die)$/.test(x.w));
        if (died >= 0) { c.diedAt = Math.max(0, k - 10) + died; return; }
      }
      if (SUBORDINATORS.has(w) || (w === 'should' && invertedShould(ws, k))) { c.secondary = true; return; }
      // "from the roof of the building they are occupying": a subject pronoun right after a noun opens a relative clause
      if (k === c.groupStart - 1 && /^(?:they|he|she|we|it)$/.test(w) && k >= 2 && /^\p{Ll}+$/u.test(ws[k - 1]!.raw) && !AUX.has(ws[k - 1]!.w) && !BE.has(ws[k - 1]!.w) && !PREPOSITIONS.has(ws[k - 1]!.w)
        && !REPORTING.has(lemmatize(ws[k - 1]!.w, REPORTING)) && verbForm(ws[k - 1]!.w) !== 'past' && !(VERBS[lemmatize(ws[k - 1]!.w, VERBS)] && !ws[k - 1]!.w.endsWith('ing')) && !/^(?:and|or|but|so|then|yet|now|that|if|when|as|because|than|what|where|how|why|whether)$|ly$/.test(ws[k - 1]!.w)
        && ws.slice(Math.max(0, k - 5), k - 1).some((x) => /^(?:the|a|an|this|that|these|those|its|their|his|her)$/.test(x.w))
        // ("said in a statement they would kill …": the content of a report)
        && !ws.slice(Math.max(0, k - 8), k - 1).some((x) => (REPORTING.has(lemmatize(x.w, REPORTING)) && verbForm(x.w) !== 'base') || /^(?:statement|interview|letter|message|speech|broadcast|report|communique|conference)$/.test(x.w))) { c.secondary = true; return; }
      // "…, as authorities in Croatia cracked down": a temporal "as" clause after a comma is background
      // "… as they tried to march on parliament": "as" before a subject pronoun opens a temporal clause
      if (w === 'as' && /^(?:they|he|she|it|we)$/.test(ws[k + 1]?.w ?? '') && k > 1) { c.secondary = true; return; }
      if (w === 'as' && ws[k - 1]?.w === ',' && k > 1 && !/^(?:such|well|so|just)$/.test(ws[k + 1]?.w ?? '') && !PREPOSITIONS.has(ws[k + 1]?.w ?? '')
        && !(ws[k + 1] && /ing$/.test(ws[k + 1]!.w))) { c.secondary = true; return; }
      if (REPORTING.has(lemmatize(w, REPORTING)) && !ws[k]!.cap) {
        // "raids in which it said 20 people were killed": the report itself stands in a relative clause
        if (ws.slice(Math.max(0, k - 3), k).some((x) => /^(?:which|whom|whose|where)$/.test(x.w))) c.secondary = true;
        return;
      }
    }
  }

  /** A noun inside a phrase opened by "amid" or "despite", a list allowed ("amid the crisis, a miners' strike and …"): the setting. */
  private inSetting(ws: W[], i: number): boolean {
    for (let k = i - 1; k >= Math.max(0, i - 12); k--) {
      const x = ws[k]!.w;
      if (/^(?:amid|amidst|despite)$/.test(x)) return true;
      if (/^[;:]$/.test(x) || AUX.has(x) || BE.has(x) || x in MODALS || (VERBS[lemmatize(x, VERBS)] && this.looksVerbal(ws, k))) return false;
    }
    return false;
  }

  sentenceEvents(ws: W[], s: Sentence): Event[] {
    const cands = this.candidates(ws);
    for (const c of cands) if (!c.absorbed && !c.drop) this.clauseRole(ws, c, cands);
    // a trigger in the infinitive of another absorbs into it; THREATEN takes its content as mode
    // "agreed to forgive $200 million in loan obligations": debt forgiveness is AID even when agreed (the manual's AID note)
    for (const c of cands) {
      const gov = c.absorbed ? cands.find((x) => x.head === (c as Candidate & { governor?: number }).governor) : undefined;
      if (gov && gov.type === 'AGREE' && c.type === 'AID' && c.entry.objects === DEBT_OBJ) gov.type = 'AID';
    }
    const out: Event[] = [];
    const weakOf = new Map<Event, Candidate>();
    const candOf = new Map<Event, Candidate>();
    const trailing = new Set<Event>();
    for (const c of cands) {
      if (c.drop || c.secondary) continue;
      if (c.absorbed) {
        const gov = cands.find((x) => x.head === (c as Candidate & { governor?: number }).governor);
        if (gov && gov.type === 'THREATEN' && !gov.mode) gov.mode = threatMode(c);
        continue;
      }
      if (c.entry.speech && this.isQuotedSpeakersStatement(ws[c.head]!)) continue;
      // "``We will crush any attack,'' the general said": force announced in the first person is a threat
      if (ws[c.head]!.inQuote && c.modality === 'future' && !c.negated && ['ASSAULT', 'COERCE', 'SANCTION'].includes(c.type)) { c.mode = threatMode(c); c.type = 'THREATEN'; c.modality = null; }
      // from a quote, verbal conflict only: the quote itself records the rest of what was said
      if (ws[c.head]!.inQuote && (!['REJECT', 'THREATEN', 'ACCUSE', 'REQUEST'].includes(c.type) || c.negated)) continue;
      const e = this.build(ws, s, c, cands);
      if (!e) continue;
      candOf.set(e, c);
      if (c.weak) weakOf.set(e, c);
      if (this.trailingParticiple(ws, c)) trailing.add(e);
      // "Fierce fighting between X and Y on Friday killed seven people": the verb whose subject is a conflict noun of the
      // same type reports that occurrence (the noun's sides stay its actor and target)
      const subjectNoun = !c.noun ? out.find((x) => x.type === e.type && candOf.get(x) && (candOf.get(x)!.noun || ws[candOf.get(x)!.head]!.w.endsWith('ing')) && candOf.get(x)!.last < c.groupStart
        && ws.slice(candOf.get(x)!.last + 1, c.groupStart).every((y) => !/^[,;:]$/.test(y.w) && !AUX.has(y.w) && !BE.has(y.w) && !(y.w in MODALS) && !(/^[a-z]/.test(y.raw) && verbForm(y.w) === 'past'))) : undefined;
      if (subjectNoun) { mergeInto(subjectNoun, e, true); subjectNoun.evidence = textSpan(this.text, subjectNoun.evidence.start, subjectNoun.evidence.end); continue; }
      const prev = out.find((x) => x.type === e.type && (!x.actor || !e.actor || sameRef(x.actor, e.actor)) && Boolean(x.negated) === Boolean(e.negated));
      // "In a bid to kill the governor, gunmen attacked his convoy": the act itself is the event, its purpose only adds
      if (prev && weakOf.has(prev) && !c.weak) { out.splice(out.indexOf(prev), 1, e); e.actor ??= prev.actor; mergeInto(e, prev, false); weakOf.delete(prev); }
      else if (prev) { prev.actor ??= e.actor; mergeInto(prev, e, true); prev.evidence = textSpan(this.text, prev.evidence.start, prev.evidence.end); }
      else out.push(e);
    }
    // "Chad severed ties with Sudan, accusing Khartoum of …", "Rebels ambushed a convoy, killing 15 soldiers": a trailing
    // participial clause elaborates the main event (the wire report codes one event); it is coded only when the main clause has none
    for (const e of trailing) if (out.includes(e) && out.some((x) => !trailing.has(x))) out.splice(out.indexOf(e), 1);
    // "denied reports that it had moved troops": the denial is the event, not what it denies
    // ("does not deny that …" denies nothing)
    for (const e of [...out]) if (e.type === 'REJECT' && e.negated && /^den/i.test(e.trigger!.text)) out.splice(out.indexOf(e), 1);
    if (out.some((x) => x.type === 'REJECT' && /^den/i.test(x.trigger!.text))) for (const e of [...out]) if (e.modality === 'denied') out.splice(out.indexOf(e), 1);
    // a cue such as "in protest" stands for the sentence's act only when nothing else is coded
    for (const [k, c] of weakOf) if (out.length > 1 && out.includes(k)) { out.splice(out.indexOf(k), 1); void c; }
    // the topic of a protest (a demand) is no event of its own (the manual's PROTEST note): "went on strike demanding …"
    // "warned Taiwan it would use force": the warning and the act it announces are one threat
    const threats = out.filter((e) => e.type === 'THREATEN');
    for (const t of threats.slice(1)) { threats[0]!.mode ??= t.mode; out.splice(out.indexOf(t), 1); }
    // "gathered outside the embassy to protest": the purpose names the same act
    // ("ready to cross the line to destroy the camps": the purpose of a threatened move is the threat's content)
    for (const e of [...out]) if (e.modality === 'purpose' && out.some((x) => x !== e && (x.type === e.type || (x.type === 'THREATEN' && x.trigger!.start < e.trigger!.start)))) out.splice(out.indexOf(e), 1);
    this.applyClaims(ws, s, out);
    if (out.length === 0 && !cands.some((c) => c.negated || c.modality === 'denied')) {
      const e = this.nominalEvent(ws, s, cands);
      if (e) out.push(e);
    }
    const protest = out.find((e) => e.type === 'PROTEST');
    if (protest) return out.filter((e) => !(e.type === 'REQUEST' && (e.trigger!.start > protest.trigger!.start || !e.actor || !protest.actor || sameRef(e.actor, protest.actor))));
    return out;
  }

  /**
   * Claims of responsibility: "Hamas claimed responsibility for the attack", "the group, which claimed the bombing", "a
   * kidnapping claimed by X", "Responsibility for the blast was claimed by X", "…; al-Qaeda claimed responsibility".
   * Returns each claim with its claimant and the attack noun it names (-1: none named, the attack is told elsewhere).
   * A claim denied or made by nobody ("No group has claimed responsibility", "denied claiming the attack", "did not
   * claim") names no doer; a claim of anything but an attack ("claimed responsibility for the delay", "claimed
   * victory", "claimed the seat") is no claim of one.
   */
  private claims(ws: W[]): Array<{ at: number; noun: number; claimant: EntityRef }> {
    const out: Array<{ at: number; noun: number; claimant: EntityRef }> = [];
    // the attack noun from word k on, over determiners and modifiers ("the suicide bombing", "Monday's rocket attack")
    const attackAt = (k: number): number => {
      // ("a series of bomb attacks", "a wave of bombings")
      if (/^(?:a|the)$/.test(ws[k]?.w ?? '') && /^(?:series|string|spate|wave|number)$/.test(ws[k + 1]?.w ?? '') && ws[k + 2]?.w === 'of') k += 3;
      else if (/^(?:dozens|scores|hundreds|many|some|most|all|several|both)$/.test(ws[k]?.w ?? '') && ws[k + 1]?.w === 'of') k += 2;
      for (let n = k; n < Math.min(ws.length, k + 6); n++) {
        const x = ws[n]!.w;
        // ("bomb attacks": the head is the last attack noun)
        if (Object.hasOwn(CLAIMED_ATTACKS, x) && !(/^strikes?$/.test(x) && !/^(?:air|drone|missile|rocket|military|deadly|suicide)$/.test(ws[n - 1]?.w ?? ''))) return Object.hasOwn(CLAIMED_ATTACKS, ws[n + 1]?.w ?? '') ? n + 1 : n;
        if (!(DETERMINERS.has(x) || /^(?:'s|['’]s|,|-)$/.test(x) || (/^[\p{L}\d-]+$/u.test(ws[n]!.raw) && !PREPOSITIONS.has(x) && !AUX.has(x) && !BE.has(x) && !/^(?:and|or|but|that|which|who)$/.test(x) && verbForm(x) !== 'past'))) return -1;
      }
      return -1;
    };
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i]!.w;
      // (inside a quote only "we claim …", the speaker's own claim)
      if ((ws[i]!.inQuote && !/^(?:we|i)$/.test(ws[i - 1]?.w ?? '')) || !/^(?:claim|claims|claimed|claiming|accept|accepts|accepted|accepting|admit|admits|admitted|admitting|was|were)$/.test(w)) continue;
      let noun = -1;
      let passive = false;
      if (ws[i + 1]?.w === 'responsibility' || (ws[i + 1]?.w === 'full' && ws[i + 2]?.w === 'responsibility')) {
        const r = ws[i + 1]!.w === 'full' ? i + 2 : i + 1;
        // ("claimed responsibility on Tuesday for the bombing": a time phrase may stand before "for")
        let f = r + 1;
        while (f < r + 5 && ws[f] && TIME_ADVERBIAL.test(ws[f]!.w) && ws[f]!.w !== 'in') f++;
        if (ws[f]?.w !== 'for') f = r + 1;
        if (ws[f]?.w === 'for') { noun = attackAt(f + 1); if (noun < 0) continue; }
        // ("claimed responsibility." / "claimed responsibility in a statement": the attack is told elsewhere)
        else if (ws[r + 1] && !/^(?:[.,;:]|in|on|via|through|late|early|yesterday|today|shortly|soon|hours|minutes|after|later)$/.test(ws[r + 1]!.w)) continue;
      } else if (/^claim/.test(w) && (noun = attackAt(i + 1)) > i + 1 && !this.clauseAfterNoun(ws, noun) && ws.slice(i + 1, noun).every((x) => DETERMINERS.has(x.w) || /^(?:suicide|car|roadside|rocket|mortar|bomb|deadly|twin|latest|weekend|recent|grenade|weekend's|series|string|spate|wave|of)$/.test(x.w))) {
        // "claimed the attack": an attack named right after the verb
      } else if (/^(?:was|were)$/.test(w) && ws[i + 1]?.w === 'responsible' && ws[i + 2]?.w === 'for' && /^(?:it|they|we)$/.test(ws[i - 1]?.w ?? '')
        && /^(?:said|says|saying|claimed|claims|admitted|admits|acknowledged|announced|stated)$/.test(ws[i - 2]?.w ?? '') && (noun = attackAt(i + 3)) >= 0) {
        // "The group said it was responsible for the ambush": the speaker's claim
        let g = i - 2;
        while (g > 0 && (AUX.has(ws[g - 1]!.w) || /ly$/.test(ws[g - 1]!.w))) g--;
        const who = this.subject(ws, g)?.refs[0];
        if (who && !ws.slice(Math.max(0, g - 3), i).some((x) => NEGATORS.has(x.w))) out.push({ at: i, noun, claimant: who });
        continue;
      } else if (/^claimed$/.test(w) && (!ws[i + 1] || /^[.,;:]$/.test(ws[i + 1]!.w))
        && (noun = ws.slice(Math.max(0, i - 7), i - 1).findLastIndex((x) => Object.hasOwn(CLAIMED_ATTACKS, x.w))) >= 0) {
        // "in an attack the Pakistani Taliban later claimed": a relative clause without its pronoun
        noun += Math.max(0, i - 7);
        if (!ws.slice(noun + 1, i).some((x) => x.cap)) continue;
      } else if (/^claimed$/.test(w) && ws[i + 1]?.w === 'by') {
        // "A bombing claimed by the Taliban", "The attack, which was claimed by X": the attack before the verb
        passive = true;
        for (let k = i - 1; k >= Math.max(0, i - 8); k--) {
          if (Object.hasOwn(CLAIMED_ATTACKS, ws[k]!.w) && !/^strikes?$/.test(ws[k]!.w)) { noun = k; break; }
          if (/^[;:]$/.test(ws[k]!.w)) break;
        }
        if (noun < 0) continue;
      } else continue;
      // who claims: the "by" agent of a passive, else the verb's subject ("the group, which claimed …": what "which" hangs on)
      let g = i;
      while (g > 0 && (AUX.has(ws[g - 1]!.w) || BE.has(ws[g - 1]!.w) || /ly$/.test(ws[g - 1]!.w) || /^(?:also|later|quickly|swiftly|both|each|jointly)$/.test(ws[g - 1]!.w))) g--;
      const before = ws.slice(Math.max(0, g - 4), i).map((x) => x.w);
      // a denial, a negation or a hypothesis claims nothing
      if (before.some((x) => NEGATORS.has(x) || /^(?:deny|denies|denied|denying|no|nobody|none|if|whether|any)$/.test(x)) || ws[g - 1]?.w === 'to') continue;
      let claimant: EntityRef | null = null;
      if (passive) {
        const m = this.npHeads(ws, this.mentionAt(ws[i + 1]!.end, ws[Math.min(ws.length - 1, i + 7)]!.end))[0];
        const first = ws[i + 2] && DETERMINERS.has(ws[i + 2]!.w) ? i + 3 : i + 2;
        claimant = m && !this.isPlace(m) && ws.slice(i + 2, ws.findIndex((x) => x.start >= m.start)).every((x) => DETERMINERS.has(x.w) || x.cap || /^[a-z-]+$/.test(x.raw)) ? this.withHead(ws, m, ws.length, false) : this.phraseAfter(ws, first);
      } else if (/^(?:which|who|that)$/.test(ws[g - 1]?.w ?? '')) {
        const at = ws[g - 2]?.w === ',' ? g - 2 : g - 1;
        claimant = this.subject(ws, at)?.refs[0] ?? null;
      } else if (ws[i]!.inQuote) {
        claimant = this.quoteSpeaker(ws[i]!);
      } else {
        claimant = this.subject(ws, g)?.refs[0] ?? null;
      }
      if (!claimant || /^(?:no|nobody|none|it|they|he|she)/i.test(claimant.name) && claimant.entity === null) continue;
      out.push({ at: i, noun, claimant });
    }
    return out;
  }

  /**
   * The claimant of an attack is its doer (and the source of that attribution): the attack coded in the claim's own
   * object ("claimed responsibility for the bombing that killed 40") takes the claimant whatever its subject said; an
   * attack elsewhere in the sentence takes it when no named party did it ("A suicide bomber killed 20 …, and al-Qaeda
   * claimed responsibility"). An attack named only in the claim is coded from its noun ("Hamas claimed responsibility
   * for the attack" → ASSAULT by Hamas), unless an earlier sentence told it (see extractEvents).
   */
  private applyClaims(ws: W[], s: Sentence, out: Event[]): void {
    for (const cl of this.claims(ws)) {
      const inObject = cl.noun >= 0 && cl.noun > cl.at ? out.find((e) => e.type === 'ASSAULT' && e.trigger!.start >= ws[cl.noun]!.start) : undefined;
      const named = cl.noun >= 0 ? out.find((e) => e.type === 'ASSAULT' && e.trigger!.start <= ws[cl.noun]!.start && e.trigger!.end >= ws[cl.noun]!.end) : undefined;
      const other = out.find((e) => e.type === 'ASSAULT' && (!e.actor || e.actor.entity === null || sameRef(e.actor, cl.claimant)));
      const e = inObject ?? named ?? other;
      if (e) {
        e.actor = cl.claimant;
        e.source ??= cl.claimant;
        if (e.target && sameRef(e.target, cl.claimant)) e.target = null;
        continue;
      }
      if (out.some((x) => x.type === 'ASSAULT')) continue;
      const k = cl.noun;
      const from = ws[cl.noun >= 0 ? Math.min(cl.at, k) : cl.at]!.start;
      const to = ws[cl.noun >= 0 ? Math.max(cl.at, k) : cl.at + 1]!.end;
      // the party attacked: "the kidnapping of two aid workers", "the attack on the embassy"
      const after = k >= 0 && /^(?:of|on|against)$/.test(ws[k + 1]?.w ?? '') ? ws.findIndex((x, n) => n > k + 1 && !DETERMINERS.has(x.w) && !/^(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten)$/.test(x.w)) : -1;
      const m = after > 0 ? this.mentions.find((x) => x.start === ws[after]!.start) : undefined;
      const target = m ? this.ref(m) : after > 0 ? this.phraseAfter(ws, after) : null;
      const ev: Event = {
        id: '', type: 'ASSAULT', mode: k >= 0 ? CLAIMED_ATTACKS[ws[k]!.w] ?? assaultMode({ head: Math.min(k, cl.at + 1), type: 'ASSAULT' }, ws, Math.min(ws.length, k + 4)) : null,
        actor: cl.claimant, target: target && !sameRef(target, cl.claimant) ? target : null, locations: [], date: this.dateFor(ws[k >= 0 ? k : cl.at]!, s), quantities: [],
        source: cl.claimant, negated: false, modality: null,
        trigger: textSpan(this.text, ws[k >= 0 ? k : cl.at]!.start, ws[k >= 0 ? k : cl.at + (ws[cl.at + 1]?.w === 'responsibility' ? 1 : 0)]!.end),
        evidence: textSpan(this.text, Math.min(from, cl.claimant.start ?? from), to),
      };
      this.claimOnly.add(ev);
      out.push(ev);
    }
  }

  /** "claimed the attack was staged": a verb after the noun makes it the subject of a reported clause, not what is claimed. */
  private clauseAfterNoun(ws: W[], k: number): boolean {
    const x = ws[k + 1];
    return !!x && (AUX.has(x.w) || BE.has(x.w) || x.w in MODALS || (/^[a-z]/.test(x.raw) && verbForm(x.w) === 'past' && !/^(?:claimed|carried)$/.test(x.w)));
  }

  /** Attacks coded only from a claim of responsibility: an earlier sentence's attack takes the claimant instead. */
  readonly claimOnly = new WeakSet<Event>();

  /**
   * A verb in a participial clause after a comma ("…, killing 15 soldiers"), or coordinated with one ("…, burning
   * tyres and throwing stones"), or in an absolute aside ("Hundreds of Palestinians, some throwing stones, protested").
   */
  private trailingParticiple(ws: W[], c: Candidate): boolean {
    // "outlawed the party, saying it threatened the secular order": what a trailing "saying"/"adding" clause reports is
    // the reason given, not a second act of the sentence
    for (let k = c.groupStart - 1; k >= Math.max(1, c.groupStart - 12); k--) {
      if (/^[;:]$/.test(ws[k]!.w) || (ws[k]!.w === ',' && k < c.groupStart - 1)) break;
      if (/^(?:saying|adding|arguing|claiming|insisting|explaining|noting|stressing|alleging|warning)$/.test(ws[k]!.w) && ws[k - 1]?.w === ',' && k < c.head) return true;
    }
    if (c.noun || !ws[c.head]!.w.endsWith('ing') || c.groupStart !== c.head) return false;
    const prev = ws[c.head - 1]?.w ?? '';
    if (c.participial) return true;
    // "Ugandan rebels holding 20 hostages have rejected …": a participle right after a group noun describes it
    if (GROUP_NOUNS.has(prev)) return true;
    if (/^(?:some|many|most|several|others|one|all|a few)$/.test(prev) && ws[c.head - 2]?.w === ',') return true;
    if (prev !== 'and' && prev !== 'or') return false;
    for (let k = c.head - 2; k >= 0; k--) {
      const w = ws[k]!.w;
      if (/^[;:]$/.test(w) || (w === ',' && !/ing$/.test(ws[k + 1]?.w ?? ''))) continue;
      if (w === ',' && /ing$/.test(ws[k + 1]!.w)) return true;
      if (/^(?:that|which|who|because|while|when|if)$/.test(w) || (verbForm(w) === 'past' && !ws[k]!.cap)) return false;
    }
    return false;
  }

  /**
   * A sentence with no event coded may still report one by its noun alone ("Israel's refusal to withdraw has angered
   * Beirut", "A demonstration by 10,000 Kurds ended peacefully", "Public transport was paralysed by a strike of bus
   * drivers"): the first conflict noun that is no background (after "over", "since", "amid" …) is the event; its
   * possessor or its "by"/"of" phrase is the actor.
   */
  private nominalEvent(ws: W[], s: Sentence, cands: Candidate[]): Event | null {
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i]!;
      if (w.inQuote || (w.cap && i > 0) || !Object.hasOwn(NOUNS, w.w)) continue;
      const entry = NOUNS[w.w];
      if (!entry || !NOMINAL_TYPES.has(entry.type)) continue;
      if (ws.slice(Math.max(0, i - 3), i).some((x) => /^(?:over|about|since|amid|despite|following|after|before|against|ahead|until|no|without|possible|potential|any|if)$/.test(x.w))) continue;
      if (this.inSetting(ws, i)) continue;
      let use = entry;
      if (/^strikes?$/.test(w.w)) {
        // a stoppage only: "the hunger strike by 40 exiles", "a strike of bus drivers", "a strike called by separatist groups"
        const labour = LABOUR_STRIKE.has(ws[i - 1]?.w ?? '') || ws.slice(i + 1, i + 7).some((x) => STRIKER_WORDS.has(x.w)) || (ws[i + 1]?.w === 'called' && ws[i + 2]?.w === 'by');
        if (!labour) continue;
        use = { type: 'PROTEST', mode: ws[i - 1]?.w === 'hunger' ? 'hunger' : 'strike' };
      }
      if (cands.some((c) => c.head === i && (c.secondary || c.absorbed || c.drop))) continue;
      // only a noun whose doer is named with it: a possessor ("Israel's refusal"), or "by" a group ("A demonstration by
      // 10,000 Kurds"), or the strikers of a stoppage; a bare noun mostly names an event reported elsewhere
      let pk = i - 1;
      while (pk > 0 && /^[a-z-]+$/.test(ws[pk]!.raw) && !DETERMINERS.has(ws[pk]!.w) && !PREPOSITIONS.has(ws[pk]!.w) && pk > i - 3) pk--;
      const possessed = /^['’]s$/.test(ws[pk]?.raw ?? '') && this.mentions.some((m) => m.end === ws[pk]!.start && (m.kind === 'name' || m.kind === 'demonym'));
      // ("The killing of the mayor by a death squad": the doer after the noun's own "of" phrase)
      const ofBy = ws[i + 1]?.w === 'of' ? ws.slice(i + 2, i + 7).findIndex((x) => x.w === 'by') : -1;
      // ("The attack was carried out by gunmen", "The bombing had been staged by the group": the doer of a passive light verb)
      let pv = i + 1;
      while (pv < i + 4 && ws[pv] && (BE.has(ws[pv]!.w) || /^(?:has|have|had|been|apparently|reportedly|allegedly)$/.test(ws[pv]!.w))) pv++;
      const passiveBy = pv > i + 1 && /^(?:carried|launched|staged|mounted|perpetrated|committed|conducted|executed)$/.test(ws[pv]?.w ?? '')
        ? (ws[pv]!.w === 'carried' && ws[pv + 1]?.w === 'out' ? (ws[pv + 2]?.w === 'by' ? pv + 2 : -1) : ws[pv + 1]?.w === 'by' ? pv + 1 : -1) : -1;
      const byK = ws[i + 1]?.w === 'by' ? i + 1 : /^(?:called|staged|organised|organized|carried|launched)$/.test(ws[i + 1]?.w ?? '') && ws[i + 2]?.w === 'by' ? i + 2
        : passiveBy > 0 && use.type === 'ASSAULT' ? passiveBy
        : ofBy >= 0 && ws.slice(i + 2, i + 2 + ofBy).every((x) => !/^[,;:]$/.test(x.w)) ? i + 2 + ofBy : -1;
      const byGroup = byK > 0 && (ws.slice(byK + 1, byK + 6).some((x, n) => GROUP_NOUNS.has(x.w) || STRIKER_WORDS.has(x.w) || /^(?:exiles|kurds|groups|unions|parties|thousands|hundreds|squad|squads|gang|gangs|militia|militias|forces|army|police|gunmen|militants|soldiers|troops|rebels)$/.test(x.w) || (n < 3 && /^\d/.test(x.w)))
        // (after a passive light verb any party: "carried out by the Islamic State group", "by a suicide bomber")
        || (byK === passiveBy && ws[byK + 1] !== undefined && /^[\p{L}]/u.test(ws[byK + 1]!.w)));
      const ofStrikers = use.type === 'PROTEST' && use.mode === 'strike' && ws[i + 1]?.w === 'of' && ws.slice(i + 2, i + 7).some((x) => STRIKER_WORDS.has(x.w));
      const generalStrike = use.type === 'PROTEST' && LABOUR_STRIKE.has(ws[i - 1]?.w ?? '') && /^strikes?$/.test(w.w);
      if (!possessed && !byGroup && !ofStrikers && !generalStrike) continue;
      if (/^(?:fire|custody|detention|warning|warrant|warrants|alert|standby|suspension|veto)$/.test(w.w)) continue;
      const c = this.candidate(ws, i, i, use, true);
      if (c.negated || c.drop) continue;
      c.modality = null;
      const e = this.build(ws, s, c, cands);
      if (!e) continue;
      // the doers after the noun: "by more than 10,000 Kurds", "called by separatist groups", "of bus and tram drivers"
      let k = byK > i + 2 ? byK : i + 1;
      if (ws[k]?.w === 'called' || ws[k]?.w === 'staged' || ws[k]?.w === 'organised' || ws[k]?.w === 'organized') k++;
      if (ws[k]?.w === 'by' || (ws[k]?.w === 'of' && e.type === 'PROTEST')) {
        const m = this.npHeads(ws, this.mentionAt(ws[k]!.end, ws[Math.min(ws.length - 1, k + 6)]!.end))[0];
        e.actor = m && !this.isPlace(m) ? this.ref(m) : this.phraseAfter(ws, k + 1) ?? e.actor;
        if (e.target && e.actor && sameRef(e.target, e.actor)) e.target = null;
      }
      return e;
    }
    return null;
  }

  private build(ws: W[], s: Sentence, c: Candidate, all: Candidate[]): Event | null {
    const trig = ws[c.head]!;
    const lastW = ws[c.last]!;
    // "X was kidnapped, beaten up and tortured": a participle coordinated with a passive verb is passive too
    if (!c.noun && !c.passive && /^(?:,|and|or)$/.test(ws[c.groupStart - 1]?.w ?? '') && verbForm(trig.w) === 'past') {
      const gov = [...all].reverse().find((x) => x.head < c.head && !x.absorbed && !x.noun);
      if (gov?.passive && ws.slice(gov.last + 1, c.groupStart).every((x) => /^(?:,|and|or|up|down|off|out)$/.test(x.w))) c.passive = true;
    }
    // "Four demonstrators died in the unrest": who dies is the victim, as in a passive without agent
    if (!c.noun && ws[c.head]!.lemma === 'die') c.passive = true;
    let subj = c.participial || ws[c.groupStart - 1]?.w === 'and' || ws[c.groupStart - 1]?.w === 'but'
      ? this.governingSubject(ws, c, all) : this.subject(ws, c.diedAt ?? c.groupStart);
    // "Guerrillas used rockets to bring down two planes": the subject of "used" acts
    if (ws[c.groupStart]?.w === 'to') {
      const u = ws.slice(Math.max(0, c.groupStart - 7), c.groupStart).map((x) => x.w).findLastIndex((x) => /^(?:used|uses|use|using)$/.test(x));
      if (u >= 0) { const k = Math.max(0, c.groupStart - 7) + u; let g = k; while (g > 0 && (AUX.has(ws[g - 1]!.w) || BE.has(ws[g - 1]!.w))) g--; subj = this.subject(ws, g) ?? subj; }
      // "Farmers dumped manure outside the ministry to protest": the doer of the act the purpose names
      else if (c.modality === 'purpose' && c.type === 'PROTEST') {
        const v = ws.slice(Math.max(0, c.groupStart - 8), c.groupStart).findLastIndex((x) => !x.cap && /ed$/.test(x.w) && !BE.has(x.w) && !AUX.has(x.w));
        if (v >= 0) subj = this.subject(ws, Math.max(0, c.groupStart - 8) + v) ?? subj;
      }
    }
    if (c.doerAt !== undefined) {
      let g = c.doerAt;
      while (g > 0 && (AUX.has(ws[g - 1]!.w) || /ly$/.test(ws[g - 1]!.w))) g--;
      subj = this.subject(ws, g) ?? subj;
    }
    if (c.weak) {
      // "Shopkeepers shut their businesses in protest": the subject of the first finite verb of the clause
      const from = this.clauseStart(ws, c.head);
      const finite = (x: W, k: number) => /^[a-z]/.test(x.raw) && (verbForm(x.w) === 'past' || SAME_PAST.has(x.w)) && (ws[k - 1]!.cap || /s$/.test(ws[k - 1]!.w));
      let v = ws.findIndex((x, k) => k > from && k < c.head && finite(x, k));
      // "In a bid to kill the governor, gunmen planted a bomb": a fronted purpose, the doer after its comma
      if (v < 0 && ws[0]?.w === 'in' && (c.modality === 'attempt' || c.modality === 'plotted')) {
        const comma = ws.findIndex((x, k) => k > c.head && x.w === ',');
        if (comma > 0) v = ws.findIndex((x, k) => k > comma + 1 && k <= comma + 6 && /^[a-z]/.test(x.raw) && (verbForm(x.w) === 'past' || SAME_PAST.has(x.w)));
      }
      if (v > 0) subj = this.subject(ws, v);
    }
    if (subj && subj.refs[0]!.entity === null && SUBJECT_PRONOUNS.has(norm(subj.refs[0]!.name))) subj = this.reporterSubject(ws, c) ?? subj;
    // "the minister said his government would never accept …": the possessor is the speaker's side
    if (subj && subj.refs[0]!.entity === null && /^(?:his|her|its|their)$/.test(ws[ws.findIndex((x) => x.start >= subj!.refs[0]!.start!) - 1]?.w ?? '')) subj = this.reporterSubject(ws, c) ?? subj;
    const obj = this.objects(ws, c.last);
    if (c.noun && c.head === c.last) {
      // "sending envoy X to Moscow for talks with Y": the nearest named party before the noun
      const before = this.mentionAt(s.start, trig.start).filter((m) => this.notAfterPreposition(ws, m) && !this.afterPlacePreposition(ws, m));
      const m = before[before.length - 1];
      if (m) subj = { refs: [this.ref(m)], start: m.start };
      // "Heavy fighting broke out", "A powerful blast ripped through": words of the noun's own phrase are no actor
      else if (subj && subj.refs[0]!.entity === null && subj.refs[0]!.end !== undefined && /^\s*$/.test(this.text.slice(subj.refs[0]!.end, trig.start))) subj = null;
    }
    if (c.entry.mode === 'visit' && ws[c.head]!.lemma === 'arrive' && /troops|forces|soldiers|peacekeep|contingent|units/i.test(this.text.slice(s.start, trig.start))) return null;
    let actor: EntityRef | null = subj?.refs[0] ?? null;
    // "The general said there was no question of …": an existential 'there' acts for no one; the reporter does
    if (actor && actor.entity === null && /^there$/i.test(actor.name)) actor = this.reporterSubject(ws, c)?.refs[0] ?? null;
    // "X said that Y must do Z": a demand by X on Y
    const must = ws.slice(c.groupStart, c.head).some((x) => x.w === 'must' || x.w === 'should');
    if (must && !c.negated && ws.slice(0, c.groupStart).some((x) => x.w === 'that' || REPORTING.has(lemmatize(x.w, REPORTING)))) {
      // the demand of a speaker the article quotes directly is one of their statements (see isQuotedSpeakersStatement)
      const verb = [...ws.slice(0, c.groupStart)].reverse().find((x) => REPORTING.has(lemmatize(x.w, REPORTING)) && !x.cap);
      if (verb && (this.isQuotedSpeakersStatement(verb) || HABITUAL.has(ws[ws.indexOf(verb) - 1]?.w ?? ''))) return null;
      const rep = this.reporterSubject(ws, c);
      if (rep) {
        const t = actor;
        actor = rep.refs[0]!;
        return this.finish(ws, s, c, { ...c, type: 'REQUEST', mode: null, modality: null }, actor, t, subj, trig, lastW);
      }
    }
    let target: EntityRef | null = obj.target ? this.ref(obj.target) : null;
    // "gave Belarus an ultimatum", "offered Iran talks": the party between a light verb and its noun
    if (c.noun && c.head < c.last) {
      const io = this.npHeads(ws, this.mentionAt(ws[c.head]!.end, ws[c.last]!.start)).find((m) => this.notAfterPreposition(ws, m) && !this.isPlace(m) || m.kind === 'metonym' || (this.entities.get(m.entity)?.type ?? m.type) === 'GPE');
      if (io && ws.findIndex((x) => x.start >= io.end) < c.last && DETERMINERS.has(ws[ws.findIndex((x) => x.start >= io.end)]!.w)) target = this.ref(io);
    }
    if (c.passive) {
      // "came under fire from rebel positions": the agent follows "from"; "told AFP by phone" names no agent
      const by = ws.findIndex((x, k) => k > c.last && k < obj.end && (x.w === 'by' || (c.noun && x.w === 'from'))
        && !/^(?:phone|telephone|email|e-mail|fax|radio|satellite|land|sea|air|road|rail|mistake|accident|force|now|then|far|the way|default|hand|mail|post|decree|law)$/.test(ws[k + 1]?.w ?? ''));
      let agent = by >= 0 ? this.mentionAt(ws[by]!.end, ws[obj.end - 1]!.end)[0] : undefined;
      // "shot dead by gunmen in Mogadishu": a mention further on is no agent when words stand first
      if (agent && by >= 0) {
        let k = by + 1;
        while (ws[k] && DETERMINERS.has(ws[k]!.w)) k++;
        // … or when a comma stands between ("freed by the rebels, a spokesman told Reuters")
        const far = ws.some((x) => x.w === ',' && x.start > ws[by]!.end && x.end <= agent!.start);
        if (ws[k] && ws[k]!.end <= agent.start && /^[a-z]/.test(ws[k]!.raw) && (far || this.afterPlacePreposition(ws, agent))) {
          const head = this.phraseAfter(ws, by + 1);
          if (head && head.end! <= agent.start) agent = undefined;
        }
      }
      // "were killed in a Hezbollah attack": the attacker named before the attack noun
      if (by < 0) {
        const att = ws.findIndex((x, k) => k > c.last && k < obj.end && /^(?:attack|attacks|raid|raids|strike|strikes|airstrike|airstrikes|ambush|bombing|assault|offensive|shelling)$/.test(x.w) && ws.slice(Math.max(0, k - 4), k - 1).some((y) => /^(?:in|by|during)$/.test(y.w)));
        if (att > 0) agent = this.mentionAt(ws[att - 1]!.start, ws[att - 1]!.end)[0];
      }
      target = actor;
      actor = agent ? this.ref(agent) : by >= 0 ? this.phraseAfter(ws, by + 1) : null;
      // "Security forces were deployed in Dhaka": the forces sent are the ones who mobilize
      if (!actor && c.type === 'MOBILIZE') { actor = target; target = null; }
      // "Two people were killed when Serb forces shelled the city": the attacker of the background clause
      if (!actor && c.type === 'ASSAULT') {
        const why = all.find((x) => x.head > c.last && x.type === 'ASSAULT' && x.secondary && !x.passive && !x.noun && ws[x.groupStart]?.w !== 'to');
        const who = why ? this.subject(ws, why.groupStart) : null;
        if (who && !(target && sameRef(who.refs[0]!, target))) actor = who.refs[0]!;
      }
    }
    // "The governor survived a bid to kill him": the survivor is the one attacked, the doer only an agent after "by"
    if (c.survivorAt !== undefined) {
      let g = c.survivorAt;
      while (g > 0 && (AUX.has(ws[g - 1]!.w) || BE.has(ws[g - 1]!.w) || /ly$/.test(ws[g - 1]!.w))) g--;
      const who = this.subject(ws, g);
      if (who) { target = who.refs[0]!; actor = null; }
    }
    if (c.noDoer || (c.survivorAt !== undefined && actor && subj && sameRef(actor, subj.refs[0]!))) actor = null;
    // "an attempt on the life of the mayor", "an assassination attempt against the president": the victim the frame names
    if (c.targetAt === -1) target = null;
    else if (c.targetAt !== undefined) {
      const m = this.npHeads(ws, this.mentionAt(ws[c.targetAt]!.start, ws[Math.min(ws.length - 1, c.targetAt + 5)]!.end))[0];
      const first = m ? ws.findIndex((x) => x.start >= m.start) : -1;
      // ("the life of the mayor of Kandahar": the office before the place it names)
      const victim = m && ws.slice(c.targetAt, first).every((x) => DETERMINERS.has(x.w)) ? this.withHead(ws, m, obj.end, false) : this.phraseAfter(ws, c.targetAt);
      if (victim && !(actor && sameRef(actor, victim))) target = victim;
    }
    // "Fighting broke out between government troops and rebels": both sides, the first as actor
    const between = c.entry.pattern === 'reciprocal' || c.type === 'ASSAULT' ? ws.findIndex((x, k) => k > c.last && k <= c.last + 4 && x.w === 'between') : -1;
    if (between >= 0 && (!actor || c.head === 0 || !subj)) {
      const and = ws.findIndex((x, k) => k > between + 1 && k < obj.end && x.w === 'and');
      if (and > between + 1) {
        const side = (from: number, to: number): EntityRef | null => {
          const m = this.npHeads(ws, this.mentionAt(ws[from]!.start, ws[to - 1]!.end))[0];
          return m ? this.ref(m) : this.phraseAfter(ws, from);
        };
        const a = side(between + 1, and), b = side(and + 1, obj.end);
        if (a) { actor = a; target = b; }
      } else if (/s$/.test(ws[between + 1]?.w ?? '') || /s$/.test(ws[between + 2]?.w ?? '')) {
        // "clashes between rival clans": one plural side names both
        actor = this.phraseAfter(ws, between + 1) ?? actor;
      }
    }
    const munitions = /\b(?:drones?|uavs?|missiles?|rockets?|projectiles?|shells?|shaheds?|munitions?|warheads?)\b/.test(ws.slice(c.last + 1, obj.end).map((x) => x.w).join(' '));
    if (c.entry.pattern === 'intercept' && !c.passive && munitions) {
      // "Russian forces shot down 31 Ukrainian drones": the attack is by the drones' side, on the interceptor's;
      // "rebels shot down two Ukrainian helicopters" is the rebels' attack
      const owner = this.mentionAt(lastW.end, ws[obj.end - 1]?.end ?? lastW.end).find((m) => m.kind === 'demonym');
      if (owner) { target = actor; actor = this.ref(owner); }
    }
    return this.finish(ws, s, c, c, actor, target, subj, trig, lastW);
  }

  private finish(ws: W[], s: Sentence, c: Candidate, out: Candidate, actorIn: EntityRef | null, targetIn: EntityRef | null,
    subj: { refs: EntityRef[]; start: number } | null, trig: W, lastW: W): Event {
    let actor = actorIn, target = targetIn;
    const obj = this.objects(ws, c.last);
    if (actor && target && sameRef(actor, target)) target = null;
    if (!target && subj && subj.refs.length > 1) target = subj.refs[1]!;
    // "demanded that the US cancel …": the party addressed is the subject of the complement
    if (!target && ws[obj.end]?.w === 'that' && ['REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'AGREE', 'SUPPORT'].includes(out.type)) {
      const m = this.npHeads(ws, this.mentionAt(ws[obj.end]!.end, s.end))[0];
      if (m && !(actor && m.entity === actor.entity)) target = this.ref(m);
    }
    if (!target && subj && subj.start > s.start) {
      // a fronted clause may name the party acted on: "To pressure Moscow into talks, X threatened sanctions"
      const fronted = this.mentionAt(s.start, subj.start).filter((m) => this.notAfterPreposition(ws, m) && !this.isPlace(m) || m.kind === 'metonym');
      const m = fronted.find((x) => !(actor && x.entity === actor.entity));
      // (not the source of a reporting verb before the clause: "Larissa Gremacheva, a retiree, said soldiers fired …")
      const reported = !!m && ws.some((x) => x.start >= m.end && x.end <= subj.start && REPORTING.has(lemmatize(x.w, REPORTING)));
      if (m && !reported && ws.some((x) => x.w === ',' && x.start > m.end && x.end <= subj!.start)) target = this.ref(m);
    }
    if (c.type === 'THREATEN' && !c.mode) {
      const content = ws.slice(c.last + 1, c.last + 5).map((x) => NOUNS[x.w]).find(Boolean);
      const k = ws.findIndex((x, n) => n > c.last && n < c.last + 5 && NOUNS[x.w]);
      // "threatened a nationwide strike": a stoppage restricts (THREATEN 'restrict'), it is no violence
      if (content && /^strikes?$/.test(ws[k]!.w) && LABOUR_STRIKE.has(ws[k - 1]?.w ?? '')) c.mode = 'restrict';
      else if (content) c.mode = threatMode({ ...c, type: content.type, mode: content.mode ?? null, entry: content });
    }
    // "fired tear gas at demonstrators": a group named by a common noun is the target when no entity is
    if (!target && ['ASSAULT', 'COERCE', 'THREATEN', 'SANCTION', 'PROTEST', 'REJECT', 'ACCUSE'].includes(out.type)) {
      const g = ws.findIndex((x, n) => n > c.last && n <= c.last + 5 && n < obj.end && (GROUP_NOUNS.has(x.w) || ((out.type === 'ASSAULT' || out.type === 'COERCE') && PERSON_ROLES.has(x.w)))
        && !/^(?:station|stations|headquarters|post|posts|academy|chief|chiefs|compound|building|camp|camps|base|bases|centre|center|van|car|vehicle)$/.test(ws[n + 1]?.w ?? '')
        && ws.slice(c.last + 1, n).every((y) => !/^(?:its|their|his|her|our|my)$/.test(y.w) && (!PLACE_PREPS.has(y.w) || y.w === 'at')) && ws.slice(c.last + 1, n).every((y) => DETERMINERS.has(y.w) || /^(?:at|on|into|against|upon|with|\d[\d,]*|dozens|hundreds|thousands|of|some|least|about|more|than)$/.test(y.w) || (/^[a-z-]+$/.test(y.raw) && (!VERBS[lemmatize(y.w, VERBS)] || /^(?:aid|relief)$/.test(y.w)) && !PREPOSITIONS.has(y.w))));
      if (g >= 0) {
        // ("beat up prisoners": a particle is no modifier)
        const mod = ws[g - 1] && /^[a-z-]+$/.test(ws[g - 1]!.raw) && !DETERMINERS.has(ws[g - 1]!.w) && !PREPOSITIONS.has(ws[g - 1]!.w) && !/^(?:dozens|hundreds|thousands|some|least|about|more|than|up|down|off|out|back|away)$/.test(ws[g - 1]!.w) && g - 1 > c.last ? ws[g - 1]! : null;
        // "the opposition leader": the group word names the person's side; keep the head with it
        const head = /^(?:leader|leaders|figure|figures|party|parties|activist|activists|member|members|politician|politicians|candidate|candidates|commander|commanders|chief|spokesman|lawmakers|deputies|mps|officer|officers|official|officials|station|post)$/.test(ws[g + 1]?.w ?? '') ? ws[g + 1]! : ws[g]!;
        const from = (mod ?? ws[g]!).start, to = head.end;
        if (!(actor && norm(actor.name).endsWith(ws[g]!.w))) target = { entity: null, name: this.text.slice(from, to), start: from, end: to };
      }
    }
    // "attacked an ethnic Albanian village": the adjective's noun is the party acted on
    if (target && obj.target && !c.passive && target.start === obj.target.start && target.entity === obj.target.entity) target = this.withHead(ws, obj.target, obj.end, false);
    const places = obj.places.filter((m) => !(actor && m.entity === actor.entity) && !(target && m.entity === target.entity));
    // "raided a refugee camp in eastern Zaire", "bombed bridges over the Danube": the thing or people struck, not the place
    // (also over a name after a place preposition: "bombed fuel depots outside Grozny"; not over weapons: "fired tear gas at …")
    if (!c.noun && !c.passive && (out.type === 'ASSAULT' || out.type === 'COERCE') && (!target ? places.length > 0 : obj.target && target.start === obj.target.start)) {
      const dobj = this.directObject(ws, c.last + 1, obj.end);
      const after = dobj ? ws.findIndex((x) => x.start >= dobj.end!) : -1;
      if (dobj && !WEAPON_HEADS.test(dobj.name.split(' ').pop()!.toLowerCase()) && (!target || (target.start! >= dobj.end! && PLACE_PREPS.has(ws[after]?.w ?? '') && ws[after]!.w !== 'at'))) target = dobj;
    }
    // no party named: the place where it happens is the recipient (PLOVER codes "eased the curfew in Montenegro" with
    // Montenegro as recipient); it stays among the locations too
    if (!target && places.length > 0 && out.type !== 'MOBILIZE') target = this.ref(places[0]!);
    const evStart = Math.min(trig.start, subj && subj.start >= s.start && subj.start < trig.start ? subj.start : trig.start);
    let wi = ws.findIndex((x) => x.start >= evStart);
    while (wi > 0 && /^(?:the|a|an)$/.test(ws[wi - 1]!.w)) wi--;
    const evFrom = ws[wi]?.start ?? evStart;
    let evEnd = ws[obj.end - 1]?.end ?? lastW.end;
    while (evEnd > trig.end && /[\s,.;:]/.test(this.text[evEnd - 1]!)) evEnd--;
    const qtyRole = c.entry.qtyRole;
    const quantities: Quantity[] = findQuantities(ws, obj.end, (first) => (qtyRole && first > c.last && first <= c.last + 3
      // ("12 injured after about 300 protesters …": a count in a new clause is not the trigger's object)
      && !ws.slice(c.last + 1, first).some((x) => /^(?:after|before|when|while|as|because|since|until|and|but|,)$/.test(x.w)) ? qtyRole : null))
      .filter((q) => q.span!.start >= (subj?.start ?? trig.start) || q.role !== 'launched');
    const source = this.sourceFor(ws, c, s);
    // "we condemn the annexation …, said the Chancellor": "I"/"we" in a reported statement act for its speaker
    if (actor && actor.entity === null && /^(?:i|we)$/i.test(actor.name) && source) actor = source;
    if (trig.inQuote && (!actor || /^(?:i|we)$/i.test(actor.name))) actor = this.quoteSpeaker(trig) ?? actor;
    // the party acted on is named inside the quote, not in its attribution
    if (trig.inQuote && target?.start !== undefined && !this.quotes.some((q) => q.kind === 'direct' && q.start <= trig.start && q.end >= trig.end && q.start <= target!.start! && q.end >= target!.end!)) target = null;
    let type = out.type;
    let mode = out.type === 'MOBILIZE' ? mobilizeMode(ws.slice(Math.max(0, c.groupStart - 4), obj.end).map((x) => x.w).join(' ')) : out.mode ?? assaultMode(c, ws, obj.end);
    const head = (r: EntityRef | null) => (r && r.entity === null ? norm(r.name).split(/\s+/).pop() ?? '' : '');
    // violence by rioters or protesters is a riot (CAMEO 145, PROTEST 'riot'); force used on protesters is repression
    // (CAMEO 175, COERCE), not an armed attack
    if (type === 'ASSAULT' && RIOTER_HEADS.has(head(actor))) { type = 'PROTEST'; mode = 'riot'; }
    // (a death "in the violence" names no force used by anyone: it stays the ASSAULT)
    else if (type === 'ASSAULT' && PROTESTER_HEADS.has(head(target)) && !/^(?:targeted|abduct|torture|sexual|explosives|suicide-attack)$/.test(mode ?? '') && trig.lemma !== 'die') type = 'COERCE';
    // "The Arab League expelled Egypt": a state expelled from a body (SANCTION 'expel'); people expelled are deported
    if (type === 'COERCE' && mode === 'deport' && trig.lemma === 'expel' && target?.entity && this.entities.get(target.entity)?.type === 'GPE'
      && this.mentions.some((m) => m.start === target!.start && m.kind === 'name')) { type = 'SANCTION'; mode = 'expel'; }
    return {
      id: '',
      type,
      mode,
      actor,
      target,
      locations: dedupe(places.map((m) => this.placeRef(m))),
      date: this.dateFor(trig, s),
      quantities,
      source,
      negated: out.negated,
      modality: out.modality,
      trigger: textSpan(this.text, trig.start, lastW.end),
      evidence: textSpan(this.text, Math.min(evFrom, evStart), evEnd),
    };
  }

  /**
   * "told foreign correspondents to leave the country", "told the monitors to quit Kosovo": 'to leave/quit' within eight
   * words of the verb, no clause break before it, and a territory after it (a place name, or country, region, province …).
   */
  private toldToLeave(ws: W[], i: number): boolean {
    // ("ordered aid workers out of the region": "out of" for "to leave")
    // ("Foreign journalists were ordered to leave the country": in the passive "to leave" follows the verb)
    const to = ws.findIndex((x, n) => n > i && n <= i + 8 && ((x.w === 'to' && /^(?:leave|quit)$/.test(ws[n + 1]?.w ?? '')) || (x.w === 'out' && ws[n + 1]?.w === 'of')));
    if (to < 0 || ws.slice(i + 1, to).some((x) => /^[,;:]$|^(?:that|he|she|they|it|we|i)$/.test(x.w))) return false;
    // (an evacuation ahead of a storm, a flood or a fire is no expulsion)
    if (ws.some((x) => /^(?:hurricane|storm|cyclone|typhoon|flood|floods|flooding|fire|fires|wildfire|wildfires|volcano|eruption|tsunami|evacuate|evacuation|safety)$/.test(x.w))) return false;
    let k = to + 2;
    while (ws[k] && DETERMINERS.has(ws[k]!.w)) k++;
    const place = this.mentions.find((m) => m.start === ws[k]?.start);
    return (place !== undefined && this.isPlace(place)) || /^(?:country|countries|region|province|territory|area|island|capital|city|republic|state|zone|enclave|kingdom|town|village|district)$/.test(ws[k]?.w ?? '');
  }

  /** A nationality, ethnic or religious adjective ("Serb", "Islamic", "East Timorese"), not a country's name. */
  private adjectival(m: Mention): boolean {
    const mt = this.entities.get(m.entity)?.type ?? m.type;
    // (a one-word MISC name is an ethnic or religious group's: "Serb", "Hutu", "Shia")
    return m.kind === 'demonym' || mt === 'NORP' || (mt === 'MISC' && (/(?:an|ian|ese|i|ish|ch|av|ic)$/.test(m.text) || /^\p{Lu}[\p{L}-]+$/u.test(m.text)));
  }

  /**
   * A nationality or ethnic adjective before its noun is no party on its own: the party is the noun it describes
   * ("Suspected Islamic militants attacked" → "Islamic militants"; "detained 15 East Timorese students" → "East Timorese
   * students"), the head the gold texts and a reader name. The entity stays the adjective's (its country or people).
   * The words after the adjective must be lower-case nouns (no verb, adverb, preposition or comma) up to word `limit`;
   * with `toLimit` they must reach it (a subject ends right before its verb group: "Chinese officials said police …" keeps
   * "Chinese").
   *
   * @example
   * // "Serb gunmen fired on a bus" → { entity: <Serbs>, name: 'Serb gunmen' }
   */
  private withHead(ws: W[], m: Mention, limit: number, toLimit: boolean): EntityRef {
    const ref = this.ref(m);
    if (!this.adjectival(m)) return ref;
    let k = ws.findIndex((x) => x.start >= m.end);
    if (k < 0) return ref;
    const words: W[] = [];
    // (a word after a plural noun is its verb: "other European countries provide to industry")
    while (k < limit && words.length < 3 && this.nounWord(ws[k]!) && !/[^s]s$/.test(words[words.length - 1]?.w ?? '')) words.push(ws[k++]!);
    if (words.length === 0 || (toLimit && k !== limit)) return ref;
    // "Russian forces", "Ukrainian territory", "Iraqi officials": the state's own organs and land stand for the state,
    // the party the article's gold and a reader name (the news gold codes them as Russia, Ukraine)
    if (STATE_HEADS.test(words[words.length - 1]!.w)) return ref;
    // ("Kurdish singers" in a phrase that goes on: "Iraqi oil exports fell" is stopped by toLimit; an object phrase must end
    // at a boundary, not run on into capitalised words)
    if (!toLimit && ws[k] && /^[a-z]/.test(ws[k]!.raw) && !PREPOSITIONS.has(ws[k]!.w) && !/^(?:and|or|who|which|that|,)$/.test(ws[k]!.w)) return ref;
    const end = words[words.length - 1]!.end;
    return { ...ref, name: this.text.slice(m.start, end), end };
  }

  /** A lower-case word that can be part of a noun phrase's head: no verb form, adverb, preposition, determiner or conjunction. */
  private nounWord(x: W): boolean {
    return /^[a-z][a-z-]*$/.test(x.raw) && !PREPOSITIONS.has(x.w) && !DETERMINERS.has(x.w) && !AUX.has(x.w) && !BE.has(x.w) && !(x.w in MODALS)
      && !/ly$/.test(x.w) && !/^(?:and|or|but|to|not|who|which|that|also|still|now|then|just|only|even|already|again|too|very|so|last|next|ago|out|up|down|off|back|away|over)$/.test(x.w)
      && !TIME_ADVERBIAL.test(x.w) && !/^(?:years?|weeks?|months?|days?|hours?)$/.test(x.w) && verbForm(x.w) !== 'past' && !x.w.endsWith('ing')
      && !SAME_PAST.has(x.w);
  }

  /**
   * The direct object right after a verb as a common-noun phrase ("abducted three foreign aid workers from their office
   * in Grozny" → "foreign aid workers"): determiners and counts skipped, up to four words of a noun phrase ending before
   * a preposition, comma or clause end. Null when a name stands in it (other than a nationality adjective).
   */
  private directObject(ws: W[], k: number, end: number): EntityRef | null {
    while (k < end && (DETERMINERS.has(ws[k]!.w) || /^(?:\d[\d,]*|at|least|about|some|several|dozens|hundreds|thousands|of|two|three|four|five|six|seven|eight|nine|ten|more|than)$/.test(ws[k]!.w))) k++;
    const from = k;
    while (k < end && k - from < 4 && !(k > from && /[^s]s$/.test(ws[k - 1]!.w)) && (this.nounWord(ws[k]!) || (ws[k]!.cap && this.mentions.some((m) => m.start <= ws[k]!.start && m.end >= ws[k]!.end && this.adjectival(m))))) k++;
    if (k === from || !/^[a-z]/.test(ws[k - 1]!.raw)) return null;
    if (k < end && !(PREPOSITIONS.has(ws[k]!.w) || PLACE_PREPS.has(ws[k]!.w) || /^(?:,|and|who|which|that|as)$/.test(ws[k]!.w))) return null;
    const start = ws[from]!.start, stop = ws[k - 1]!.end;
    return { entity: null, name: this.text.slice(start, stop), start, end: stop };
  }

  /** A noun phrase as written from word k ("by gunmen near the pass" → "gunmen"). */
  private phraseAfter(ws: W[], k: number): EntityRef | null {
    const words: W[] = [];
    // a noun phrase ends before a verb ("between rival clans left 20 dead")
    // (nor does it hold a verb group's auxiliary: "the general have failed")
    while (ws[k] && /^[\p{L}\d]/u.test(ws[k]!.w) && !PREPOSITIONS.has(ws[k]!.w) && !/^(?:and|or|but|on|in)$/.test(ws[k]!.w) && words.length < 5
      && !(words.length > 0 && (AUX.has(ws[k]!.w) || BE.has(ws[k]!.w) || ws[k]!.w in MODALS))
      // (nor a time phrase after it: "the lives of judges this year")
      && !(words.length > 0 && /^(?:this|last|next|yesterday|today|tomorrow|tonight|earlier|overnight)$/.test(ws[k]!.w))
      && !(words.length > 0 && /^[a-z]/.test(ws[k]!.raw) && verbForm(ws[k]!.w) === 'past' && !/^(?:armed|masked|unidentified|suspected|unknown)$/.test(ws[k]!.w))) { words.push(ws[k]!); k++; }
    while (words.length > 0 && DETERMINERS.has(words[0]!.w)) words.shift();
    if (words.length === 0) return null;
    const start = words[0]!.start, end = words[words.length - 1]!.end;
    return { entity: null, name: this.text.slice(start, end), start, end };
  }

  private placeRef(m: Mention): EntityRef {
    return this.ref(m);
  }

  /** The subject of a participle or coordinated verb: the actor of the trigger or finite verb before it. */
  private governingSubject(ws: W[], c: Candidate, all: Candidate[]): { refs: EntityRef[]; start: number } | null {
    const prev = [...all].reverse().find((x) => x.head < c.head && !x.absorbed);
    if (prev) return prev.participial ? this.governingSubject(ws, prev, all) : this.subject(ws, prev.groupStart);
    // a non-trigger finite verb: the first subject of the sentence
    const cut = ws.slice(0, c.head).map((x) => x.w).lastIndexOf(',');
    // "Demonstrators burned tyres and blocked roads": the subject of the verb before "and"
    if (/^(?:and|but)$/.test(ws[c.groupStart - 1]?.w ?? '')) {
      // "Kiev has said the election cannot be held … and has accused Moscow": the same auxiliary before "and"
      const aux = ws[c.groupStart]!.w;
      if (/^(?:has|have|had|is|was|were|are|will|would)$/.test(aux)) {
        for (let k = c.groupStart - 2; k > 0; k--) if (ws[k]!.w === aux) return this.subject(ws, k);
      }
      if (cut <= 0) return this.subject(ws, this.finiteBefore(ws, c.groupStart - 1));
    }
    return this.subject(ws, cut > 0 ? this.finiteBefore(ws, cut) : c.groupStart);
  }

  private finiteBefore(ws: W[], cut: number): number {
    for (let k = cut - 1; k > 0; k--) {
      if (AUX.has(ws[k]!.w) || ws[k]!.w in MODALS || (/ed$/.test(ws[k]!.w) && !ws[k]!.cap)) {
        let g = k;
        while (g > 0 && (AUX.has(ws[g - 1]!.w) || ws[g - 1]!.w in MODALS || VERB_ADVERBS.has(ws[g - 1]!.w) || /ly$/.test(ws[g - 1]!.w))) g--;
        return g;
      }
    }
    return cut;
  }

  /** "Syria says it is willing to withdraw": a pronoun subject without an entity falls back to the speaker. */
  private reporterSubject(ws: W[], c: Candidate): { refs: EntityRef[]; start: number } | null {
    for (let k = c.groupStart - 1; k > 0; k--) {
      if (REPORTING.has(lemmatize(ws[k]!.w, REPORTING)) || (ws[k]!.w === 'that' && k > 0)) {
        let g = ws[k]!.w === 'that' ? k - 1 : k;
        while (g > 0 && (/^(?:on|today|yesterday|tuesday|monday|wednesday|thursday|friday|saturday|sunday|here|again|,)$/.test(ws[g]!.w) || !/^[a-z]/.test(ws[g]!.w))) g--;
        if (ws[k]!.w === 'that' && !(REPORTING.has(lemmatize(ws[g]!.w, REPORTING)) || VERBS[lemmatize(ws[g]!.w, VERBS)] || NOUNS[ws[g]!.w])) continue;
        let gs = g;
        while (gs > 0 && (AUX.has(ws[gs - 1]!.w) || VERB_ADVERBS.has(ws[gs - 1]!.w))) gs--;
        return this.subject(ws, gs);
      }
    }
    return null;
  }

  private dateFor(trig: W, s: Sentence): string | null {
    let best: TimeExpression | null = null;
    for (const t of this.times) {
      if (t.start < s.start || t.end > s.end || !t.value || t.type === 'DURATION' || t.type === 'SET') continue;
      if (!best || Math.abs(t.start - trig.start) < Math.abs(best.start - trig.start)) best = t;
    }
    return best?.value ?? null;
  }

  /** Who reports it: an enclosing reported quote, "according to X", or "X said/reported that". */
  private sourceFor(ws: W[], c: Candidate, s: Sentence): EntityRef | null {
    const at = ws[c.head]!.start;
    const q = this.quotes.find((x) => x.kind !== 'direct' && x.start <= at && x.end > at && x.speaker);
    if (q?.speaker) return { entity: q.speaker.entity, name: q.speaker.name, ...(q.speaker.start !== undefined ? { start: q.speaker.start, end: q.speaker.end! } : {}) };
    const acc = ws.findIndex((x, k) => x.w === 'according' && ws[k + 1]?.w === 'to');
    if (acc >= 0) {
      const m = this.mentionAt(ws[acc + 1]!.end, s.end)[0];
      if (m && this.text.slice(ws[acc + 1]!.end, m.start).split(/\s+/).length < 6) return this.ref(m);
      let k = acc + 2;
      const words: W[] = [];
      while (ws[k] && /^[\p{L}'.-]/u.test(ws[k]!.w) && words.length < 6) { words.push(ws[k]!); k++; }
      while (words.length && DETERMINERS.has(words[0]!.w)) words.shift();
      if (words.length) return { entity: null, name: this.text.slice(words[0]!.start, words[words.length - 1]!.end), start: words[0]!.start, end: words[words.length - 1]!.end };
    }
    for (let k = c.groupStart - 1; k > 0; k--) {
      const w = ws[k]!.w;
      if (REPORTING.has(lemmatize(w, REPORTING)) && !ws[k]!.cap && /(?:ed|said|told|wrote|s)$/.test(w)) {
        const sub = this.subject(ws, k);
        if (sub) return sub.refs[0]!;
      }
    }
    // "…, the ministry said."
    const tail = ws.findIndex((x, k) => k > c.last && x.w === ',' && ws.slice(k + 1, k + 7).some((y) => /^(?:said|says|reported|announced|told|added|confirmed)$/.test(y.w)));
    if (tail >= 0) {
      const verb = ws.findIndex((x, k) => k > tail && /^(?:said|says|reported|announced|told|added|confirmed)$/.test(x.w));
      const m = this.mentionAt(ws[tail]!.end, ws[verb]!.start)[0] ?? this.mentionAt(ws[verb]!.end, s.end)[0];
      if (m) return this.ref(m);
      const sub = this.subject(ws, verb);
      if (sub) return sub.refs[0]!;
    }
    return null;
  }

  // ---------- follow-ups ----------

  /**
   * "Of these, 47 drones were intercepted": a sentence that accounts for the counts of an earlier event
   * attaches to it instead of making a new one. Returns that event.
   */
  followUpTarget(ws: W[], events: Event[]): Event | null {
    const recent = [...events].reverse().find((e) => e.quantities.some((q) => q.role === 'launched' || q.role === 'killed' || q.role === 'troops'));
    if (!recent) return null;
    if (this.text.slice(recent.evidence.end, ws[0]!.start).length > 600) return null;
    const ofThese = ws[0]!.w === 'of' && /^(?:these|them|those|which)$/.test(ws[1]?.w ?? '');
    if (ofThese) return recent;
    // counts with part roles and no agent of their own ("47 drones were intercepted"; "33 failed")
    const qs = findQuantities(ws, ws.length);
    const parts = qs.filter((q) => q.role === 'intercepted' || q.role === 'lost');
    const unit = recent.quantities.find((q) => q.role === 'launched')?.unit;
    if (parts.length > 0 && parts.every((q) => !unit || q.unit === unit) && /^\d|^[a-z]/.test(ws[0]!.w)) {
      const firstQ = parts[0]!.span!.start;
      const before = ws.filter((x) => x.end <= firstQ);
      if (before.length <= 2) return recent;
    }
    return null;
  }
}

function dedupe(refs: EntityRef[]): EntityRef[] {
  const out: EntityRef[] = [];
  for (const r of refs) if (!out.some((x) => sameRef(x, r))) out.push(r);
  return out;
}

/** Groups named by a common noun that can be acted on ("fired on protesters", "arrested 12 journalists"). */
/** The words threatOrRefusalFrame looks at: every other word returns at once. */
/**
 * "should" opening an inverted conditional ("… should Ukraine sign the pact"): after a word that cannot be its subject
 * and before a name or a determiner.
 *
 * @example
 * invertedShould(words('measures should Ukraine sign'), 1) // true
 */
function invertedShould(ws: readonly { w: string; raw: string }[], k: number): boolean {
  if (ws[k]?.w !== 'should' || k === 0) return false;
  const prev = ws[k - 1]!, next = ws[k + 1];
  if (!next || SUBJECT_PRONOUNS.has(prev.w) || /^\p{Lu}/u.test(prev.raw)) return false;
  return /^\p{Lu}/u.test(next.raw) || /^(?:the|a|an|any|its|their)$/.test(next.w);
}

const FRAME_WORDS = new Set(['legitimate', 'give', 'gives', 'gave', 'given', 'deadline', 'met', 'greeted', 'rule', 'ruled', 'rules', 'ruling', 'interested',
  'press', 'presses', 'pressed', 'pressing', 'push', 'pushed', 'pushes', 'go', 'goes', 'went', 'going', 'forge', 'forged', 'forges', 'forging',
  'hesitate', 'respond', 'react', 'retaliate', 'call', 'calls', 'called', 'calling', 'brand', 'brands', 'branded', 'branding', 'label', 'labels', 'labelled',
  'labeled', 'dub', 'dubs', 'dubbed', 'describe', 'describes', 'described', 'describing', ...DISAPPROVAL_WORDS]);
/** Types a noun alone may code when its sentence has no other event (see nominalEvent). */
const NOMINAL_TYPES = new Set(['REJECT', 'THREATEN', 'PROTEST', 'ASSAULT', 'SANCTION', 'COERCE']);
/** Who strikes when a strike is a stoppage ("oil workers began a strike"). */
const STRIKER_WORDS = new Set(['workers', 'employees', 'teachers', 'doctors', 'nurses', 'miners', 'unions', 'union', 'staff', 'pilots', 'dockers', 'drivers', 'truckers', 'servants', 'journalists', 'lawyers', 'farmers', 'traders', 'shopkeepers', 'merchants', 'strikers']);
/** What rallies on the business pages ("Shares staged a strong rally"). */
const MARKET_WORDS = new Set(['shares', 'stocks', 'markets', 'market', 'prices', 'dollar', 'euro', 'pound', 'yen', 'bonds', 'index', 'oil', 'gold', 'currency', 'equities', 'investors']);
/** Weapons and forces whose use serves an act ("used tanks and artillery to attack"). */
const MEANS_OF_FORCE = new Set(['tanks', 'artillery', 'helicopters', 'gunships', 'aircraft', 'jets', 'warplanes', 'planes', 'troops', 'soldiers', 'forces',
  'weapons', 'missiles', 'rockets', 'mortars', 'bombs', 'bulldozers', 'drones', 'force', 'firearms', 'guns', 'explosives', 'militias', 'police']);
/** Heads of actors whose violence is a riot ("Angry mobs attacked government buildings"). */
const RIOTER_HEADS = new Set(['rioters', 'protesters', 'protestors', 'demonstrators', 'mob', 'mobs', 'youths', 'marchers', 'strikers', 'looters']);
/** Heads of targets whose suppression is repression ("police fired on demonstrators"). */
const PROTESTER_HEADS = new Set(['protesters', 'protestors', 'demonstrators', 'marchers', 'strikers', 'rioters', 'crowd', 'crowds', 'mourners', 'protest', 'protests', 'demonstration', 'demonstrations', 'rally', 'march']);
/** Adjectives of fighting and unrest ("heavy fighting", "renewed clashes"): they qualify an event noun, they name nobody. */
/** Attacks that an attempt, bid or plot names ("a bid to kill", "a plot to bomb"): violent in every sense. */
const ATTEMPTED_ATTACKS = /^(?:kill|murder|assassinate|execute|behead|shoot|stab|poison|bomb|attack|abduct|kidnap|seize|capture|storm|invade|blow|destroy|burn|torch|assault|massacre|slaughter|ambush|hijack)$/;
/** Adjectives before an attempt, bid or plot ("a failed bid", "an audacious attempt", "a foiled plot"). */
const ADJ_OF_ATTEMPT = /^(?:failed|botched|unsuccessful|apparent|alleged|suspected|second|third|fresh|new|renewed|repeated|another|latest|earlier|previous|recent|two|three|several|audacious|brazen|daring|last-ditch|desperate|final|elaborate|bungled|abortive|,|one)$/;
/** Verbs whose subject makes the attempt or the plot ("made an attempt to kill", "hatched a plot to assassinate"). */
const LIGHT_OF_ATTEMPT = /^(?:make|makes|made|making|launch|launches|launched|launching|mount|mounts|mounted|mounting|stage|stages|staged|hatch|hatches|hatched|hatching|organi[sz]e[ds]?|organi[sz]ing|mastermind|masterminds|masterminded|lead|leads|led|devise|devised|plan|plans|planned|carry|carried|step|stepped)$/;
/** Verbs of intent or attempt that take "to" and a verb ("plan to protest", "tried to assassinate"). */
const INTENT_BEFORE_TO = /^(?:plans?|planned|intends?|intended|wants?|wanted|hopes?|hoped|aims?|aimed|vows?|vowed|threatens?|threatened|promises?|promised|prepares?|prepared|decides?|decided|agrees?|agreed|refuses?|refused|seeks?|sought|try|tries|tried|expects?|expected|pledges?|pledged|continues?|continued|begins?|began|starts?|started|appears?|appeared|seems?|seemed|fails?|failed|attempts?|attempted|needs?|needed|tends?|tended|vote|votes|voted|resolved|moved|went|came|used|plots?|plotted|plotting|conspires?|conspired|conspiring|claims?|claimed|claiming)$/;

/** Nouns that end in -ly, not adverbs. */
const NOUNS_IN_LY = /^(?:family|rally|ally|assembly|supply|monopoly|anomaly|bully|belly|jelly|lily|daily|weekly|monthly|quarterly|italy)$/;

/** What is fired or used, not struck ("fired tear gas at", "used water cannon to"). */
const WEAPON_HEADS = /^(?:gas|bullets?|rounds?|shots?|shells?|rockets?|mortars?|missiles?|grenades?|bombs?|cannon|cannons|batons?|clubs?|guns?|rifles?|weapons?|fire|force|warning|salvos?|volleys?|artillery|tanks?|troops|forces|jets|aircraft|helicopters?|drones?|stones?|rocks?|petrol|molotov|cocktails?|explosives?|charges?)$/;

/** Heads whose nationality adjective stands for the state itself ("Russian forces" → Russia), unlike "Serb gunmen". */
const STATE_HEADS = /^(?:forces?|troops?|soldiers?|servicemen|army|armies|military|navy|junta|gunboats?|gunships?|air|police|policemen|officials?|authorities|government|regime|administration|state|territory|territories|land|soil|airspace|waters|border|borders|jets?|warplanes?|aircraft|planes?|helicopters?|ships?|warships?|vessels?|tanks?|artillery|missiles?|drones?|diplomats?|embassy|embassies|leaders?|leadership|president|ministers?|ministry|officers?|agents?|security|side|sides|positions?|units?|guards?|border-guards|intelligence|spies|delegation|negotiators|envoys?|counterparts?|capital|city|cities|towns?|villages?|regions?|province|provinces|oblast|people|citizens|nationals|economy|companies|firms|banks?|assets|goods|exports|imports|gas|oil|laws?|courts?|parliament|elections?|constitution|regulators|market|markets)$/;

const CONFLICT_ADJECTIVES = /^(?:renewed|continued|continuing|heavy|fierce|fresh|sporadic|intense|bitter|bloody|deadly|recent|further|factional|ethnic|tribal|overnight|new)$/;
const GROUP_NOUNS = new Set(['protesters', 'protestors', 'demonstrators', 'rioters', 'students', 'workers', 'strikers', 'civilians', 'villagers',
  'residents', 'refugees', 'journalists', 'reporters', 'correspondents', 'activists', 'dissidents', 'opponents', 'prisoners', 'detainees', 'hostages', 'police',
  'policemen', 'troops', 'soldiers', 'rebels', 'militants', 'guerrillas', 'insurgents', 'fighters', 'militiamen', 'settlers', 'worshippers',
  'pilgrims', 'peacekeepers', 'monks', 'priests', 'farmers', 'miners', 'crowd', 'crowds', 'mourners', 'supporters', 'members', 'leaders',
  'officials', 'diplomats', 'suspects', 'immigrants', 'migrants', 'tourists', 'missionaries', 'children', 'women', 'people', 'officers', 'positions',
  'government', 'authorities', 'regime', 'opposition', 'army', 'junta', 'convoy', 'convoys', 'patrol', 'patrols', 'checkpoint', 'village', 'villages', 'guards', 'servicemen', 'paratroopers', 'marines', 'gunmen', 'separatists', 'volunteers',
  'foreigners', 'citizens', 'nationals', 'expatriates', 'inmates']);
/**
 * One person named by role, the target of a force used on one person when no entity is ("beat the suspect", "tried to
 * assassinate the provincial governor", "an attempt on the life of the mayor"). Chosen by hand.
 */
const PERSON_ROLES = new Set(['suspect', 'prisoner', 'detainee', 'inmate', 'journalist', 'reporter', 'activist', 'dissident', 'mayor', 'governor',
  'judge', 'prosecutor', 'minister', 'premier', 'president', 'general', 'commander', 'cleric', 'imam', 'bishop', 'envoy', 'ambassador', 'lawmaker',
  'senator', 'politician', 'editor', 'businessman', 'witness', 'policeman', 'officer', 'soldier', 'chief', 'king', 'queen', 'prince', 'emir', 'sheikh', 'guard', 'warden']);

/** MOBILIZE's mode from what is mobilised (manual: troops, weapons, police, militia). */
function mobilizeMode(span: string): string {
  if (/\b(?:police|policemen|gendarmes|security)\b/.test(span) && !/\b(?:troops|soldiers|army)\b/.test(span)) return 'police';
  if (/\b(?:militias?|militiamen|volunteers)\b/.test(span)) return 'militia';
  if (/\b(?:missiles?|warships?|ships|tanks|weapons|bombers|jets|aircraft|submarines?|carriers?|destroyers?|frigates?|fleet|nuclear|rockets?|artillery|test-fired|test-fires)\b/.test(span)
    && !/\b(?:troops|soldiers|forces|reservists|units)\b/.test(span)) return 'weapons';
  return 'troops';
}

/** THREATEN's mode is the content of the threat. */
function threatMode(c: Candidate): string | null {
  switch (c.type) {
    case 'ASSAULT': return c.mode === 'targeted' ? 'violence' : c.entry.mode === undefined && /occupy|capture|invade/.test(c.entry.type) ? 'territory' : 'violence';
    case 'COERCE': return c.mode === 'arrest' ? 'arrest' : c.mode === 'deport' ? 'expel' : 'restrict';
    case 'SANCTION': return 'relations';
    case 'PROTEST': return 'restrict';
    default: return null;
  }
}

/** ASSAULT's mode from the weapon named in the clause. */
function assaultMode(c: Pick<Candidate, 'type' | 'head'>, ws: W[], end: number): string | null {
  if (c.type !== 'ASSAULT') return null;
  const span = ws.slice(c.head, end).map((x) => x.w).join(' ');
  if (/\b(?:drones?|uavs?|shaheds?)\b/.test(span)) return 'drone';
  if (/\bsuicide (?:bomb|bomber|bombers|attack|attacker|bombing)s?\b/.test(span)) return 'suicide-attack';
  if (/\b(?:car|roadside|truck|parcel|letter|nail) bombs?\b|\b(?:explosives?|landmines?|mines|grenades?|ieds?|bombers?|device)\b/.test(span)) return 'explosives';
  if (/\b(?:tear ?gas|water cannons?|rubber bullets?|batons?|truncheons?)\b/.test(span)) return 'crowd-control';
  if (/\b(?:missiles?|rockets?|artillery|shell(?:s|ing)?|tanks?|mortars?)\b/.test(span)) return 'heavy-weapons';
  if (/\b(?:airstrikes?|air strikes?|jets?|aircraft|helicopters?|bomb(?:s|ed|ing)?)\b/.test(span)) return 'aerial';
  if (/\b(?:gunmen|guns?|rifles?|shot|shooting|ammunition|bullets|gunfire|machine-guns?|pistols?)\b/.test(span)) return 'firearms';
  return null;
}
