import type { Span } from '../../model/span.js';
import type { Mention, Paragraph, Quote, QuoteKind, Sentence, Speaker, TimeExpression, Token } from '../../model/layers.js';
import type { Entity } from '../../model/layers.js';
import { evaluates, speechAct } from './acts.js';
import { channelOf } from './channels.js';
import { cueInfo, EXPRESS_NOUNS, partialOnlyCue, PARTIAL_CUE_LEMMAS, STATEMENT_NOUNS, type CueInfo } from './lexicon.js';
import { findQuotedSpans, type QuotedSpan } from './marks.js';
import {
  ASIDE_ADVERB, DETERMINERS, IRREGULAR_PAST, LY_NOUNS, PERSON_NOUNS, PREPOSITIONS, PRONOUNS, SUBORDINATORS, approximates, isAdverbish, isApostrophe, isCap, isTimeWord, lower, onlyTime, phraseAfter, sourceAfterCue, subjectBefore, type TokRange,
} from './phrases.js';
import { GROUP_NOUNS, ORG_WORDS, resolveSpeakers } from './speaker.js';
import { dateFor } from './dates.js';

/** What the extractor reads: the text and its layers (mentions, entities and times only when present). */
export interface QuoteInput {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  paragraphs: readonly Paragraph[];
  mentions?: readonly Mention[] | undefined;
  entities?: readonly Entity[] | undefined;
  times?: readonly TimeExpression[] | undefined;
  /** The article's dateline ("KIEV, October 25 (RIA Novosti) - "): never part of what anyone said. */
  dateline?: Span | null | undefined;
  /** Publication date (ISO): a statement is never dated after it. */
  publishedAt?: string | null | undefined;
}

/** A quote before its speaker is resolved to a name and entity. */
export interface Draft {
  start: number;
  end: number;
  kind: QuoteKind;
  source: TokRange | null;
  cue: TokRange | null;
  /** A continuation takes the speaker of the quote it continues. */
  continues: Draft | null;
  /** A quote with no frame of its own after a reported statement takes that statement's speaker (and is no piece of it). */
  framedBy?: Draft;
  channel: string | null;
  /** Token that anchors the clause (the cue, or the quote's opening mark) for dates and ordering. */
  anchor: number;
  /** For a partial quote: the reported clause it stands in, when the cue also governs one. */
  clause?: { start: number; end: number };
  /** A partial quote given to its clause's subject for want of a reporting verb (see `clauseAgent`). */
  byClause?: boolean;
  /** The clause is only the object named "as" the quoted words (see `objectAs`): a reported clause of the cue replaces it. */
  asClause?: boolean;
}

/** Words that make the next plural a noun ("many states that …", "member states that …"), not a verb in -s. */
const QUANTIFIERS = new Set(['many', 'some', 'most', 'few', 'several', 'all', 'both', 'other', 'two', 'three', 'four', 'five', 'ten', 'border', 'member', 'island', 'nation']);

/** Verbs that name or describe rather than report ("called the plan “reckless”"). */
const NAMING = /^(?:call|calls|called|calling|dub|dubs|dubbed|dubbing|label|labels|labeled|labelled|labeling|labelling|brand|brands|branded|branding|term|terms|termed|terming|describe|describes|described|describing|nickname|nicknamed)$/;
const HEARER_VERBS = new Set(['tell', 'ask', 'inform', 'assure', 'advise', 'brief', 'remind', 'notify']);
/** A verb whose object is someone addressed: the hearer verbs and those that urge someone to act ("urged voters to …"). */
const addresseeVerb = (lemma: string): boolean => HEARER_VERBS.has(lemma) || /^(?:urge|warn|order|invite|encourage|implore|beg|press)$/.test(lemma);
const INTRO_WORDS = new Set(['with', 'in', 'after', 'as', 'despite', 'following', 'amid', 'meanwhile', 'however', 'on', 'at',
  'during', 'since', 'while', 'when', 'last', 'earlier', 'later', 'before', 'under', 'for', 'by', 'from', 'speaking', 'asked',
  'if', 'although', 'though', 'because', 'to', 'still', 'instead', 'yet', 'now', 'separately', 'also', 'then', 'moreover', 'like', 'unlike']);
const CONNECTORS = new Set(['but', 'and', 'so', 'yet', 'still', 'meanwhile', 'however', 'also', 'now', 'then', 'or']);
const PASSIVE_AUX = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', "’s", "'s", 'get', 'got']);
const INFINITIVE_BEFORE = new Set(['to']);

/**
 * Finds direct, partial and reported quotes with their source, cue, channel and date.
 *
 * @example
 * extractQuotes({ text, tokens, sentences, paragraphs }) // [{ kind: 'direct', text: 'We will counter it,', … }]
 */
export function extractQuotes(input: QuoteInput): Quote[] {
  const ctx = new Context(input);
  const drafts: Draft[] = [];
  const quoted = findQuotedSpans(input.text, input.paragraphs);
  const usedCues = new Set<number>();
  let previous: Draft | null = null;
  let openPiece: Draft | null = null;
  // (a partial quote that closes its sentence is gone on from only by a quote right after it)
  let tight = false;
  for (const q of quoted) {
    const d = directQuote(ctx, q, tight && previous && /\p{L}/u.test(input.text.slice(previous.end, q.open)) ? null : previous, usedCues);
    if (!d) continue;
    // "“First paragraph …¶“… last part,” Smith said.": the opening piece waits for the frame that follows
    if (openPiece && q.continued && !openPiece.source && !openPiece.continues && d.source) openPiece.continues = d;
    openPiece = q.unclosed && d.kind === 'direct' ? d : null;
    drafts.push(d);
    // a partial quote's cue may still introduce reported speech around it ("concluded that she had been “careless” in …")
    if (d.cue && d.kind === 'direct') usedCues.add(d.cue.first);
    // (a partial quote framed in its own sentence, "The meeting produced “far too little,” she added.", is the statement
    // the next unframed quote goes on from)
    // (so is one whose quoted words close a sentence that a verb of saying frames: "Radetski told Al Jazeera that he was
    // in “intensive care”. “He is in a tough condition …”" goes on with the lawyer, not with the speaker before him)
    if (d.kind === 'direct' || d.kind === 'partial' && d.source && !d.byClause && d.clause && !d.asClause) { previous = d; tight = false; }
    else if (d.kind === 'partial' && d.source && !d.byClause && closesSentence(ctx, d)) { previous = d; tight = true; }
  }
  const partials = drafts.filter((d) => d.kind === 'partial' && d.cue);
  for (const d of colonHeadlines(ctx)) drafts.push(d);
  for (const d of titleHeadlines(ctx)) drafts.push(d);
  for (const d of nounStatements(ctx, quoted)) drafts.push(d);
  for (const d of passiveQuestions(ctx, quoted)) drafts.push(d);
  for (const d of phraseFrames(ctx, quoted)) drafts.push(d);
  for (const d of reportedSpeech(ctx, quoted, usedCues)) {
    // "calling the talks “very good”": the partial quote already is the statement
    const same = partials.find((p) => p.cue!.first === d.cue?.first);
    // the clause is kept on the partial quote, for the statement view ("called the ministry’s conduct “outrageous”")
    // (after a naming verb the clause is its object, the quoted name and what completes it: "called Clinton a
    // “champion” for its constituency")
    // (an appositive after the quoted words' comma says what the writer makes of the statement, and is no part of it:
    // "called Trump's remarks “racist,” an extraordinary indictment that …")
    const keepClause = () => {
      if (!same || same.clause && !same.asClause || d.start > same.start || same.end > d.end + 2) return;
      delete same.asClause;
      // (not a list of quoted names: "a “nasty guy,” an “anchor baby”")
      const tail = /^([”"'’]*)(,?)[”"'’]*\s+(?:an?|the)\s+(?![“"'‘])/.exec(input.text.slice(same.end, same.end + 16));
      const appositive = !!tail && (tail[2] === ',' || input.text[same.end - 1] === ',');
      same.clause = { start: d.start, end: appositive ? same.end + tail[1]!.length : Math.max(d.end, same.end) };
    };
    if (same && ((same.end - same.start) * 2 >= d.end - d.start || NAMING.test(lower(ctx.tokens[d.cue!.first])))) { keepClause(); continue; }
    // "called him “Little Marco”": a naming verb whose object is a quoted name reports no statement
    if (NAMING.test(lower(ctx.tokens[d.cue!.first])) && /[“"«„]/.test(input.text.slice(d.start, d.end))) { keepClause(); continue; }
    drafts.push(d);
    // "blasted the plan as “reckless” and “dangerous”": when a reporting verb governs the clause after all, the quoted
    // words are part of its reported content, not statements of their own
    for (let k = drafts.length - 2; k >= 0; k--) {
      const p = drafts[k]!;
      if (p.byClause && p.cue!.first === d.cue!.first && d.start <= p.start && p.end <= d.end + 2) drafts.splice(k, 1);
    }
  }
  // one statement, one quote: a clause found both from a statement noun and from a verb is kept once, as first
  // found (direct quotes, headlines, nouns, then verbs), unless the first one's source swallowed the other's cue
  // ("a report by Gartner forecasts that …": the source is not "Gartner forecasts", the cue is "forecasts")
  const bySpan = new Map<string, number>();
  let kept = 0;
  for (const d of drafts) {
    const key = `${d.start}:${d.end}`;
    const at = bySpan.get(key);
    if (at === undefined) { bySpan.set(key, kept); drafts[kept++] = d; continue; }
    const first = drafts[at]!;
    if (first.source && d.cue && d.cue.first >= first.source.first && d.cue.first <= first.source.last) drafts[at] = d;
  }
  drafts.length = kept;
  // a cue inside another statement's content whose own content runs past that statement's end crosses it:
  // "That is why we condemn the annexation, said the Chancellor" is one statement, not also "we condemn …"
  for (let k = drafts.length - 1; k >= 0; k--) {
    const d = drafts[k]!;
    if (d.kind !== 'indirect' || !d.cue) continue;
    const at = ctx.tokens[d.cue.first]!.start;
    const crossed = drafts.find((o) => o !== d && o.start <= at && at < o.end && d.end > o.end && d.start < o.end);
    if (!crossed) continue;
    // ("Putin told Trump that Russia would stop …, the Kremlin said.": a clause of saying inside a statement framed after
    // it keeps its own statement, up to the frame)
    const frameAt = crossed.cue ? ctx.tokens[crossed.cue.first]!.start : -1;
    // (only a verb of speech with "that": "That is why we condemn the annexation, said the Chancellor" stays one statement)
    if (crossed.kind === 'indirect' && frameAt >= crossed.end && frameAt < d.end && lower(ctx.tokens[ctx.tokenAt(d.start)]) === 'that'
      && cueInfo(ctx.tokens[d.cue.first]!.text)?.tier === 'speech') { d.end = crossed.end; continue; }
    drafts.splice(k, 1);
  }
  // "Who said the war would end by Christmas?": a question asks who spoke, nobody is reported
  for (let k = drafts.length - 1; k >= 0; k--) {
    const d = drafts[k]!;
    if (d.kind !== 'indirect' || !d.source || d.source.first !== d.source.last || !/^(?:Who|What|Which)$/.test(ctx.tokens[d.source.first]!.text)) continue;
    const sent = ctx.sentTok[ctx.tokens[d.source.first]!.sentence];
    if (sent && sent.first === d.source.first && /\?/.test(ctx.tokens[sent.last]!.text + (ctx.tokens[sent.last - 1]?.text ?? ''))) drafts.splice(k, 1);
  }
  // reported content that runs back over the dateline starts after it
  const dl = input.dateline;
  if (dl) for (let k = drafts.length - 1; k >= 0; k--) {
    const d = drafts[k]!;
    // (a headline above the dateline is no part of it)
    if (d.kind !== 'indirect' || d.start >= dl.end || d.end <= dl.start) continue;
    if (d.end <= dl.end) { drafts.splice(k, 1); continue; } // "KIEV (Sputnik) – According to …" has no content before the cue
    let st = dl.end;
    while (st < d.end && /\s/.test(input.text[st]!)) st++;
    if (d.end - st < 3) drafts.splice(k, 1); else d.start = st;
  }
  // (and one that runs back over a dateline glued inside the text, where a feed ran a headline and the next story into
  // one line: "… Met With Memes, Mockery WASHINGTON (Sputnik) — Hundreds of Russian soldiers were killed …, Nuland said")
  for (let k = drafts.length - 1; k >= 0; k--) {
    const d = drafts[k]!;
    if (d.kind !== 'indirect') continue;
    const inner = [...input.text.slice(d.start, d.end).matchAll(GLUED_DATELINE)].pop();
    if (!inner || inner.index === undefined || inner.index === 0) continue;
    const st = d.start + inner.index + inner[0].length;
    if (d.end - st >= 12) d.start = st;
  }
  drafts.sort((a, b) => a.start - b.start);
  // a quote with no frame right after a reported statement in its paragraph goes on with that speaker
  // ("Kennedy said Harry … should apologise in person. “There is a reservoir of goodwill …”")
  for (let k = 1; k < drafts.length; k++) {
    const d = drafts[k]!;
    if (d.kind !== 'direct' || d.source) continue;
    // (the outermost reported statement that holds the draft right before, past the partial quotes and the nested
    // statements inside it: "Mr Doherty said gamers were “ravenous” for graphics. “Gamers, especially …”")
    const last = drafts[k - 1]!;
    let prev = last;
    for (let j = k - 2; j >= 0 && drafts[j]!.end >= last.start; j--) {
      const o = drafts[j]!;
      if (o.kind === 'indirect' && o.source && o.start <= last.start && last.end <= o.end + 2) prev = o;
    }
    if (prev.kind !== 'indirect' || !prev.source) continue;
    // (also when the quote went on from an earlier quoted speaker: the reported statement between them is the nearer
    // frame — "“We will win,” he said. Lord Moynihan said the policy would help. “We aim to shift …”")
    // (not a pronoun's statement: "he added that …" most likely goes on with the quoted speaker, whom the chain of
    // quotes already has)
    // (nor a statement of a stance or a belief, "Sonaptic hopes the technology will …", one read from the press,
    // "according to The Independent, Wenger spoke …", or a participle's: only a finite verb of saying frames what is
    // quoted next)
    // (and only a statement in a sentence of its own: "“Your reputation is amazing,” Trump assured Jones, after Jones
    // assured Trump that … “I will not let you down.”" goes on with Trump)
    const quotedIn = d.continues ? Math.max(ctx.tokens[ctx.tokenAt(d.continues.end - 1)]!.sentence, ctx.tokens[d.continues.anchor]?.sentence ?? -1) : -1;
    if (d.continues && (d.continues.end > prev.start || ctx.tokens[ctx.tokenAt(prev.start)]!.sentence <= quotedIn
      || prev.source.first === prev.source.last && PRONOUNS.has(lower(ctx.tokens[prev.source.first]))
      || !prev.cue || !speechVerbAt(ctx, prev.cue.last))) continue;
    const ps = ctx.tokens[ctx.tokenAt(prev.end - 1)]!.sentence, ds = ctx.tokens[ctx.tokenAt(d.start)]!.sentence;
    const pp = ctx.paragraphOf(prev.start), dp = ctx.paragraphOf(d.start);
    // (also a quote that opens the next paragraph, right after the statement closes its own: "In a video, Trump
    // speculated that … ⏎ “Syrians are now being caught …”")
    const nextPara = dp === pp + 1 && ds - ps === 1 && ctx.paragraphs[dp]!.start === ctx.tokens[ctx.tokenAt(d.start) - 1]?.start;
    if (!((pp === dp && ds - ps <= 1) || nextPara)) continue;
    // (a quote that went on from an earlier quoted speaker takes the new speaker but stays its own statement: the
    // reported one before it is another, as PolNeAR annotates them)
    if (d.continues) { d.continues = null; d.framedBy = prev; } else d.continues = prev;
  }
  for (const d of drafts) if (d.source) d.source = trimSource(ctx, d.source);
  const speakers = resolveSpeakers(ctx, drafts);
  // a statement without a date of its own, right after a dated one by the same speaker in the same paragraph,
  // shares its date ("Zelenskyy warned on Saturday that … “…,” he stated.")
  let last: { speaker: string; paragraph: number; date: string } | null = null;
  const idOf = new Map(drafts.map((d, i) => [d, `q${i + 1}`] as const));
  return drafts.map((d, i) => {
    const spk = speakers.get(d) ?? null;
    const paragraph = ctx.paragraphOf(d.start);
    let date = dateFor(ctx, rootOf(d), drafts);
    if (!date && last && spk && last.speaker === (spk.entity ?? spk.name) && last.paragraph === paragraph) date = last.date;
    last = date && spk ? { speaker: spk.entity ?? spk.name, paragraph, date } : last && last.paragraph === paragraph ? last : null;
    const cueSpan = d.cue ? verbGroup(ctx, d) : null;
    const lead = rootOf(d);
    const cue = d.cue ? input.text.slice(ctx.tokens[d.cue.first]!.start, ctx.tokens[d.cue.last]!.end) : null;
    const afterCue = d.cue ? input.text.slice(ctx.tokens[d.cue.last]!.end, ctx.tokens[d.cue.last]!.end + 12) : '';
    return {
      id: `q${i + 1}`,
      start: d.start, end: d.end, text: input.text.slice(d.start, d.end),
      kind: d.kind,
      speaker: spk,
      cue,
      cueSpan,
      channel: channelOfDraft(ctx, d) ?? (lead !== d ? channelOfDraft(ctx, lead) : null) ?? paragraphChannel(ctx, lead, spk),
      act: speechAct(cue, afterCue, input.text.slice(d.start, d.end), d.kind === 'direct'),
      date,
      ...(d.continues && idOf.has(d.continues) ? { continues: idOf.get(d.continues)! } : {}),
      ...(d.clause ? { clause: d.clause } : {}),
    };
  });
}

/**
 * A source as written, without a sentence adverb or connector before it ("But Megan Hester", "Perhaps the
 * moderators", "Even China") or a time after it ("the Security Council on Friday", "Wells Fargo just this month").
 */
function trimSource(ctx: Context, r: TokRange): TokRange | null {
  const { tokens, text } = ctx;
  let { first, last } = r;
  // a headline or dateline line above the source is no part of it ("… On Abortions\nJeb Bush"), nor a stray symbol
  for (let k = last; k > first; k--) if (text.slice(tokens[k - 1]!.end, tokens[k]!.start).includes('\n')) { first = k; break; }
  while (first < last && /^[~•·*▪‣◦]$/.test(tokens[first]!.text)) first++;
  // "WASHINGTON ― The Obama administration": a dateline before the source
  for (let k = first + 1; k < Math.min(last, first + 5); k++) {
    if (!/^[―—–-]$/.test(tokens[k]!.text)) continue;
    if (tokens.slice(first, k).every((t) => t.kind !== 'word' || /^\p{Lu}[\p{Lu}.'’-]+$/u.test(t.text))) first = k + 1;
    break;
  }
  // "before Francis", "after Trump": a subordinator the subject search ran over
  while (first < last && /^(?:before|after|when|while|once|until|because|if|only)$/.test(tokens[first]!.text)) first++;
  // "him", "them": an object pronoun alone is no source
  if (first === last && /^(?:him|them|us|me|whom)$/i.test(tokens[first]!.text)) return null;
  // "Indeed", "simply", "Why": an adverb or question word alone is no source
  if (first === last && (/^(?:indeed|why|how|what|when|where|yes|no|so|thus)$/i.test(tokens[first]!.text) || isAdverbish(tokens[first]) && !isCap(tokens[first]))) return null;
  // "on Tuesday, Kevin Brady, …": a time and its comma before the name
  if (/^(?:on|in|at|by|early|late|last|this)$/.test(lower(tokens[first])) && isTimeWord(tokens[first + 1]) && tokens[first + 2]?.text === ',' && first + 3 <= last) first += 3;
  // "Trump, meanwhile", "Carter however", "Twitter, at the same time", "DuPont, only two months later", "Scott at the time",
  // "said Nadal afterwards":
  // a sentence adverb after the name is no part of it
  {
    const tail = text.slice(tokens[first]!.start, tokens[last]!.end);
    const m = /(?:,?\s+(?:meanwhile|however|though|too|also|instead|then|afterwards?|later|earlier|again|in turn|for (?:his|her|their|its) part)|,\s+at the same time|\s+at the time|,\s+(?:only\s+)?(?:\w+\s+){1,2}(?:later|earlier))$/i.exec(tail);
    if (m && m.index > 0) { const cut = tokens[first]!.start + m.index; while (last > first && tokens[last]!.start >= cut) last--; }
  }
  // ("But Maria Lind", "Perhaps the mediators", "typically EU rules")
  while (first < last && (CONNECTORS.has(lower(tokens[first])) && lower(tokens[first]) !== 'or' || /^(?:perhaps|even|indeed|instead|thus|hence)$/.test(lower(tokens[first]))
    || isAdverbish(tokens[first]) && !isCap(tokens[first]) && isCap(tokens[first + 1])) && tokens[first + 1]?.kind === 'word') first++;
  // "Earlier, defence analyst X, who …": an opening adverb and its comma are no part of the source
  if (first + 2 <= last && tokens[first + 1]!.text === ',' && /^(?:earlier|later|meanwhile|however|separately|previously|yesterday|today|also|still|now|then|instead|moreover|additionally|nevertheless)$/.test(lower(tokens[first]))) first += 2;
  // "occupied mentioned …", "having declared …": a lone lower-case verb form is no source
  if (first === last && /^\p{Ll}+(?:ed|ing)$/u.test(tokens[first]!.text)) return null;
  for (let k = first + 1; k <= last; k++) {
    const w = lower(tokens[k]);
    // "on Friday", "in April", "last week", "this month", "just this month", "earlier this year"
    // (not after a participle: "a report released last year" is one description)
    if (/ed$/.test(lower(tokens[k - 1]))) continue;
    // "A reporter for USA Today", "a USA TODAY analysis": the name of a paper
    if (/^today$/i.test(tokens[k]!.text) && isCap(tokens[k]) && isCap(tokens[k - 1]) && !isTimeWord(tokens[k - 1])) continue;
    if ((/^(?:on|in|during|last|this|just|earlier|late|early)$/.test(w) && isTimeWord(tokens[k + 1]) || isTimeWord(tokens[k]) && /day$|^(?:yesterday|today|tonight)$/i.test(tokens[k]!.text))
      && tokens.slice(k, last + 1).every((t) => t.kind === 'word' || t.kind === 'number') && tokens.slice(k, last + 1).every((t) => !isCap(t) || isTimeWord(t))) {
      // a time that a preposition governs is part of a description: "who was envoy to Georgia from 2015 until earlier
      // this year" stays whole; "a poll released in late August" loses its participle phrase with it
      if (PREPOSITIONS.has(lower(tokens[k - 1])) || /^(?:until|since)$/.test(lower(tokens[k - 1]))) {
        if (/^\p{Ll}+ed$/u.test(tokens[k - 2]?.text ?? '') && k - 2 > first) { last = k - 3; break; }
        break;
      }
      last = k - 1;
      break;
    }
  }
  return last >= first ? { first, last } : r;
}

const AUXILIARIES = /^(?:is|are|was|were|am|be|been|being|has|have|had|will|would|could|can|may|might|must|should|shall|do|does|did|not|n[’']t|[’']s|[’']ve|[’']ll|[’']d)$/;

/**
 * Where the cue stands, as a verb group: the auxiliaries and adverbs before the verb ("has also called for", "is
 * stressing", "have not said") and a bare time or an interview right after it ("said Monday", "said in an
 * interview"), as PolNeAR marks cues. The cue word itself stays `cue`.
 */
function verbGroup(ctx: Context, d: Draft): Span {
  const { tokens } = ctx;
  let first = d.cue!.first, last = d.cue!.last;
  const word = tokens[first]!;
  if (word.kind === 'word' && cueInfo(word.text) && lower(word) !== 'according') {
    const inSource = (k: number) => !!d.source && d.source.first <= k && k <= d.source.last;
    // ("Trump’s claim": a possessive is no auxiliary; "he’s said" is)
    const possessive = (k: number) => /^[’']s$/.test(tokens[k]!.text) && !PRONOUNS.has(lower(tokens[k - 1]));
    while (first - 1 >= 0 && tokens[first - 1]!.sentence === word.sentence && !inSource(first - 1) && !possessive(first - 1)
      && (AUXILIARIES.test(lower(tokens[first - 1])) || isAdverbish(tokens[first - 1]) && !isCap(tokens[first - 1]) && !/^(?:later|earlier|then|now)$/.test(lower(tokens[first - 1])))) first--;
    if (d.cue!.last === d.cue!.first) {
      // "said Monday", "said in an interview", "said in a recent interview with CNN" (not the content's own words)
      const k = last + 1;
      const rest = ctx.text.slice(tokens[k]?.start ?? 0, tokens[Math.min(tokens.length - 1, k + 5)]?.end ?? 0);
      const m = /^(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|in\s+(?:an?|his|her|their|the)\s+(?:recent\s+|televised\s+|phone\s+|radio\s+)?interview)\b/.exec(rest);
      if (m && !inSource(k) && !(d.start <= tokens[k]!.start && tokens[k]!.start < d.end)) {
        const end = tokens[k]!.start + m[0].length;
        while (last + 1 < tokens.length && tokens[last + 1]!.end <= end) last++;
      }
    }
  }
  return { start: tokens[first]!.start, end: tokens[last]!.end };
}

/** A draft's channel; for reported speech, not one named inside the reported content ("An attachment in the e-mail …, the FBI said"). */
function channelOfDraft(ctx: Context, d: Draft): string | null {
  return d.channel && d.kind === 'indirect' ? channelNear(ctx, d.anchor, d) : d.channel;
}

/** A quote without a channel in its clause takes one named earlier in its paragraph ("… in a televised interview. “…,” he said."). */
function paragraphChannel(ctx: Context, d: Draft, spk: Speaker | null): string | null {
  if (d.kind === 'indirect' || !spk) return null;
  const p = ctx.paragraphs[ctx.paragraphOf(d.start)];
  const anchor = ctx.tokens[d.anchor];
  if (!p || !anchor) return null;
  const surname = spk.name.split(/\s+/).pop() ?? '';
  if (surname.length < 3) return null;
  // the nearest earlier sentence of the paragraph that names the speaker and a channel
  for (let si = anchor.sentence - 1; si >= 0; si--) {
    const s = ctx.sentences[si]!;
    if (s.end <= p.start) break;
    const narrative = ctx.text.slice(s.start, s.end).replace(/[“"„«][^”"“»]*[”"“»]/g, ' ');
    if (!narrative.includes(surname)) continue;
    return channelOf(narrative);
  }
  return null;
}

function rootOf(d: Draft): Draft {
  let r = d;
  for (let n = 0; (r.continues ?? r.framedBy) && n < 50; n++) r = (r.continues ?? r.framedBy)!;
  return r;
}

/** Token and sentence lookups shared by the finders. */
export class Context {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly paragraphs: readonly Paragraph[];
  readonly mentions: readonly Mention[];
  readonly entities: readonly Entity[];
  readonly times: readonly TimeExpression[];
  readonly publishedAt: string | null;
  /** First and last token of each sentence. */
  readonly sentTok: Array<{ first: number; last: number }>;
  /** The view of the doc that the time stage's `timeFor` reads. */
  readonly timeDoc: { text: string; layers: { times: TimeExpression[]; sentences: Sentence[] } };

  constructor(input: QuoteInput) {
    this.text = input.text;
    this.tokens = input.tokens;
    this.sentences = input.sentences;
    this.paragraphs = input.paragraphs;
    this.mentions = input.mentions ?? [];
    this.entities = input.entities ?? [];
    this.times = input.times ?? [];
    this.publishedAt = input.publishedAt ?? null;
    this.timeDoc = { text: this.text, layers: { times: [...this.times], sentences: [...this.sentences] } };
    this.sentTok = this.sentences.map(() => ({ first: -1, last: -1 }));
    for (const t of this.tokens) {
      const s = this.sentTok[t.sentence];
      if (!s) continue;
      if (s.first < 0) s.first = t.index;
      s.last = t.index;
    }
  }

  /** Index of the first token starting at or after `offset`. */
  tokenAt(offset: number): number {
    let lo = 0, hi = this.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.tokens[mid]!.start < offset) lo = mid + 1; else hi = mid;
    }
    return lo;
  }

  span(r: TokRange): { start: number; end: number } {
    return { start: this.tokens[r.first]!.start, end: this.tokens[r.last]!.end };
  }

  slice(r: TokRange): string {
    const s = this.span(r);
    return this.text.slice(s.start, s.end);
  }

  paragraphOf(offset: number): number {
    let lo = 0, hi = this.paragraphs.length - 1;
    if (hi < 0) return 0;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.paragraphs[mid]!.start <= offset) lo = mid; else hi = mid - 1;
    }
    return lo;
  }

  private mask: { quoted: readonly QuotedSpan[]; mask: Uint8Array } | null = null;

  /**
   * Marks the tokens that lie inside quoted content (one pass over sorted spans); built once for the article's spans,
   * which every finder asks for (read only).
   */
  quotedMask(quoted: readonly QuotedSpan[]): Uint8Array {
    if (this.mask?.quoted === quoted) return this.mask.mask;
    const mask = new Uint8Array(this.tokens.length);
    for (const q of quoted) for (let k = this.tokenAt(q.start); k < this.tokens.length && this.tokens[k]!.start < q.end; k++) mask[k] = 1;
    this.mask = { quoted, mask };
    return mask;
  }
}

/** A dateline inside a line of text: a place in capitals, an agency in brackets, a dash ("Mockery WASHINGTON (Sputnik) — "). */
const GLUED_DATELINE = /(?<=\s)\p{Lu}{4,}(?:[ -]\p{Lu}{2,})*(?:,\s*\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)*)?\s+\([^)\n]{2,40}\)\s*(?:—|―|–|--)\s+/gu;

/**
 * The -s form of a cue right after a preposition is a plural noun ("to shouts of “Hurrah!”", "amid claims"); so it is
 * right after a verb's -ed form or a participle opening its clause, as their object ("he cried, prompting shouts of
 * “Hurrah!”", "dismissed claims that …"): two finite verbs do not follow each other ("the accused claims", with an
 * article, is a noun and its verb).
 */
function pluralAfterPreposition(tokens: readonly Token[], i: number, info: CueInfo): boolean {
  const w = tokens[i]!.text.toLowerCase(), prev = lower(tokens[i - 1]);
  if (!/s$/.test(w) || w === info.lemma || info.pastForm || info.participle) return false;
  // (an -ing form only as a participle that opens its clause: "national polling shows", "the same polling suggests"
  // are a noun and its verb)
  const before = lower(tokens[i - 2]);
  const object = /^\p{Ll}{3,}ed$/u.test(tokens[i - 1]?.text ?? '') && !DETERMINERS.has(before) && !PASSIVE_AUX.has(before)
    || /^\p{Ll}{3,}ing$/u.test(tokens[i - 1]?.text ?? '') && /^(?:,|and|or|but|by|after|before|while|when|without|also|thus|further)$/.test(before);
  return PREPOSITIONS.has(prev) && prev !== 'that' || object;
}

/** A cue usable as a verb of saying at token i (not a noun, not passive, not an infinitive after "to"). */
function verbCue(ctx: Context, i: number, allowCognitive: boolean, inFrame = false): CueInfo | null {
  const t = ctx.tokens[i];
  if (!t || t.kind !== 'word') return null;
  const first = ctx.sentTok[t.sentence]?.first === i;
  if (isCap(t) && !first) return null;
  const info = cueInfo(t.text);
  if (!info || (info.tier !== 'speech' && !allowCognitive) || (info.frameOnly && !inFrame)) return null;
  // "talked about the economy", "spoke out against": a topic-only verb needs its preposition ("peace talks" is none)
  if (info.topicOnly && !ctx.tokens.slice(i + 1, i + 4).some((x) => /^(?:about|of|on|over|against)$/.test(lower(x)))) return null;
  const prev = lower(ctx.tokens[i - 1]);
  const w = t.text.toLowerCase();
  // "to shouts of “Hurrah!”", "amid shouts of …": an -s form right after a preposition is a plural noun
  if (pluralAfterPreposition(ctx.tokens, i, info)) return null;
  // evidence shows, finds, suggests: the noun before the verb is the subject, whatever its form
  if (/^(?:show|find|suggest|indicate|reveal|confirm|note|state|conclude|estimate|warn|predict|recommend)$/.test(info.lemma) && !info.participle && !(info.pastForm && PASSIVE_AUX.has(prev)) && evidenceSubject(ctx, i)) return info;
  if (info.nounLike && /s$/.test(w) && w !== info.lemma && !inFrame) {
    const p = ctx.tokens[i - 1];
    // "EU states agreed new sanctions", "Labour claims of a cover-up were dismissed": a finite verb or "of" right after
    // the -s form makes it a plural noun
    if (/^(?:of|were|are|have|had|will|would|could|can|may|might|must|should|\p{Ll}+ed)$/u.test(lower(ctx.tokens[i + 1]))) return null;
    // ("ridiculed the Tory plans for asylum quotas": after an article and a name, a preposition the verb does not take
    // makes it a noun; "the EU calls for …" takes its "for")
    if (p && isCap(p) && /^(?:the|a|an)$/.test(lower(ctx.tokens[i - 2])) && /^(?:for|in|on|at|by|with|from|under|into|over)$/.test(lower(ctx.tokens[i + 1]))
      && !(lower(ctx.tokens[i + 1]) === 'for' && /^(?:call|ask|press|push|appeal|plead|argue|vote|lobby|campaign)$/.test(info.lemma))
      && !(lower(ctx.tokens[i + 1]) === 'on' && /^(?:call|insist|comment|report|remark|reflect|touch|elaborate)$/.test(info.lemma))) return null;
    // ("Media reports say …": so does a bare verb of saying right after it)
    if (cueInfo(ctx.tokens[i + 1]?.text ?? '')?.lemma === lower(ctx.tokens[i + 1]) && !isCap(ctx.tokens[i + 1])) return null;
    // "an Australian-style points system": after a compound adjective the -s form is a noun
    if (/-(?:style|based|backed|led|born|era|like|type|made|run|owned|funded|linked|wide|level)$/i.test(ctx.tokens[i - 1]?.text ?? '')) return null;
    // "answer further questions", "fresh claims", "repeated warnings", "any criminal charges that …", "corruption charges":
    // an adjective or a noun of the kind before the -s form makes it a noun
    if (/^(?:further|more|fresh|new|repeated|renewed|several|many|few|numerous|other|tough|difficult|such|these|those|similar|main|key|chief|major|central|core|principal|basic|political|public|its|their|his|her|our|your|my|criminal|civil|legal|formal|serious|false|bogus|baseless|unfounded|unsubstantiated|wild|specific|unspecified|vague|explicit|private|corruption|fraud|terrorism)$/.test(prev)) return null;
    // a capitalised word opening the sentence is a name only when the entities stage says so ("Ambiguity questions …" is a heading)
    const opensSentence = !!p && ctx.sentTok[p.sentence]?.first === i - 1;
    const named = !opensSentence || ctx.mentions.length === 0 || ctx.mentions.some((m) => m.start <= p!.start && p!.end <= m.end);
    // "Republican claims as “false”", "Russian states": a nationality or party before the noun is an adjective
    const adjective = !!p && ctx.mentions.some((m) => m.type === 'NORP' && m.start <= p.start && p.end <= m.end) || /(?:an|ish|ese|ic)$/.test(prev);
    // ("urged EU states to …", "told Nato members": a name right after a verb is that verb's object's modifier)
    const pp = ctx.tokens[i - 2];
    // (not after a verb of saying or belief, whose clause the name opens: "said China plans to …")
    const ppCue = pp ? cueInfo(pp.text) : undefined;
    // (a gerund governs its object so too: "ways of getting TV signals to mobiles")
    // (and a preposition its object: "hit back at Labour claims he had …")
    const afterVerb = !!pp && pp.kind === 'word' && !isCap(pp) && (ppCue ? ppCue.tier === 'stance' || addresseeVerb(ppCue.lemma) : /^\p{Ll}{3,}(?:ed|ing)$/u.test(pp.text) || IRREGULAR_PAST.has(lower(pp))
      || PREPOSITIONS.has(lower(pp)) && !/^(?:that|as|than)$/.test(lower(pp)));
    const nameBefore = isCap(p) && named && !adjective && !PREPOSITIONS.has(prev) && !DETERMINERS.has(prev) && !SUBORDINATORS.has(prev) && !afterVerb;
    // "the document states that the couples …", "the court rules that he …": a noun subject, then a clause
    // (a plural noun takes the base form: "the spate of shootings and protests demands that" is a noun phrase's head
    // far before, not a subject "protests")
    // ("He rejected claims that …": after a past verb the -s form is its object)
    const clauseAfter = lower(ctx.tokens[i + 1]) === 'that' && p?.kind === 'word' && !QUANTIFIERS.has(prev) && !(/[^s]s$/.test(prev) && !isCap(p)) && !/\p{Ll}ed$/u.test(p.text)
      && (DETERMINERS.has(lower(ctx.tokens[i + 2])) || PRONOUNS.has(lower(ctx.tokens[i + 2])) || isCap(ctx.tokens[i + 2])
        || /^(?:would|will|can|could|is|are|was|were|has|have|had|should|must|may|might)$/.test(lower(ctx.tokens[i + 3])));
    // "the newspaper calls it “the pearl”", "…, a consultant, calls Horgos “a mistake”": an object pronoun after a
    // singular noun, or a name after an appositive's comma, makes the -s form a verb
    const next = ctx.tokens[i + 1];
    // ("…, a consultant, notes that …", "…, an early supporter, calls the issue “…”": after an appositive's comma, a
    // clause or an object; "The ad claims “…”", "The ad claims the army left": after a singular noun with its
    // determiner, a clause or a quotation)
    const clauseOrObject = !!next && (lower(next) === 'that' || DETERMINERS.has(lower(next)) || PRONOUNS.has(lower(next)) || isCap(next) || next.kind === 'quote');
    const singularNoun = !!p && p.kind === 'word' && !isCap(p) && (!/s$/.test(prev) || /ss$/.test(prev)) && /^(?:the|a|an|this|that|his|her|its|their|our)$/.test(lower(ctx.tokens[i - 2]));
    const objectAfter = /^(?:it|him|her|them|us|me)$/.test(lower(next)) && !!p && p.kind === 'word' && !/s$/.test(prev)
      || prev === ',' && isCap(next) && !!next && !PRONOUNS.has(lower(next))
      || prev === ',' && !!next && (lower(next) === 'that' || DETERMINERS.has(lower(next)))
      || singularNoun && clauseOrObject;
    if (!(nameBefore || clauseAfter || objectAfter || /^(?:he|she|it|who|that|which|also|now|often|still|then|just|only|and|but)$/.test(prev) || isAdverbish(p))) return null;
  }
  if (DETERMINERS.has(prev) && !['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'all', 'both', 'many', 'some', 'most', 'few', 'several', 'other', 'another', 'senior', 'former', 'top'].includes(prev)) return null;
  // "co-author of the Demos report.": a base form after an article and a name, closing its phrase, is a noun the name
  // modifies (a plural people's word stays a subject: "as the Russians say."); so is one a finite verb follows ("The
  // Demos report looked at …")
  const pTok = ctx.tokens[i - 1];
  const afterIt = ctx.tokens[i + 1];
  if (w === info.lemma && /^(?:the|a|an)$/.test(lower(ctx.tokens[i - 2])) && pTok && isCap(pTok) && (/^[.,;:!?)]$/.test(afterIt?.text ?? '.') || lower(afterIt) === 'of'
    || !!afterIt && !isCap(afterIt) && (isFiniteVerbWord(afterIt) || /^(?:has|is|was|will|would|could|can|shows|says|finds|suggests)$/.test(lower(afterIt))))
    && !/(?:ans|ers|ists|ats|ives|ies|ens|ites|ards|ics)$/.test(pTok.text) && !ctx.mentions.some((m) => m.type === 'NORP' && m.start <= pTok.start && pTok.end <= m.end)) return null;
  if (prev === '’s' || prev === "'s") {
    // "Ukraine’s foreign minister’s said" is rare; "he’s said" is an auxiliary
    if (!PRONOUNS.has(lower(ctx.tokens[i - 2]))) return null;
  }
  // ("He's said the deal was dead", "She's warned that …": after "he"/"she" the "'s" before a participle is "has"; "it's
  // said that …" stays a passive)
  const hasContracted = (prev === '’s' || prev === "'s") && /^(?:he|she)$/.test(lower(ctx.tokens[i - 2]));
  if (PASSIVE_AUX.has(prev) && info.pastForm && !hasContracted) return null;
  // ("She was later revealed to be …", "were also told to leave": an adverb between "be" and the participle)
  if (info.pastForm && isAdverbish(ctx.tokens[i - 1]) && !isCap(ctx.tokens[i - 1]) && PASSIVE_AUX.has(lower(ctx.tokens[i - 2])) && !/^(?:get|got)$/.test(lower(ctx.tokens[i - 2]))) {
    // (not "quoted/cited … as saying": the passive frame of a quotation is read elsewhere)
    if (!/^(?:quote|cite)$/.test(info.lemma)) return null;
  }
  // "the number of confirmed fatalities", "reports of repeated attacks": a past form right after a preposition is an
  // adjective (no finite verb follows "of"; "after", "before", "since" and "as" may open a reduced clause)
  if (info.pastForm && !inFrame && PREPOSITIONS.has(prev) && !/^(?:after|before|since|as|than|to)$/.test(prev)) return null;
  // "several people accused of plotting": a reduced passive, not a statement
  if (info.pastForm && info.takesObject && /^(?:of|by)$/.test(lower(ctx.tokens[i + 1]))) return null;
  // "called a donor" is a phone call; "called the plan “reckless”", "called for", "called on" report speech
  if (info.lemma === 'call' && !inFrame) {
    // (the quoted words may stand after a long object, up to a comma or a stop: "called Obama’s ignorance of solid
    // advice from seasoned military commanders “disrespectful …”")
    const ahead = ctx.tokens.slice(i + 1, i + 16);
    const stop = ahead.findIndex((x) => /^[,;:.!?()]$/.test(x.text));
    const quoteAhead = ahead.some((x, k) => x.kind === 'quote' && (k < 9 || (stop < 0 || k <= stop) && !isApostrophe(ctx.tokens, i + 1 + k)));
    if (!/^(?:for|on)$/.test(lower(ctx.tokens[i + 1])) && !quoteAhead && !/^(?:it|him|her|them|this|that)$/.test(lower(ctx.tokens[i + 1]))) return null;
  }
  // "runs counter to the interests of …": an adverb after "run", not a reply
  if (info.lemma === 'counter' && /^(?:run|runs|ran|running)$/.test(prev)) return null;
  // "added fuel to the fire", "added to the pressure", "adds weight to …": adding a thing, not a remark
  if (info.lemma === 'add' && /^(?:fuel|weight|pressure|insult|momentum|to|up|jobs|staff|capacity|value|more|another|new|extra|an?)$/.test(lower(ctx.tokens[i + 1]))
    && !(lower(ctx.tokens[i + 1]) === 'a' && /^(?:caveat|note|warning)$/.test(lower(ctx.tokens[i + 2])))) return null;
  // "added 12 individuals to the list": a count and a "to" after "add" is adding things
  if (info.lemma === 'add' && ctx.tokens[i + 1]?.kind === 'number' && ctx.tokens.slice(i + 2, i + 6).some((x) => lower(x) === 'to')
    && !ctx.tokens.slice(i + 2, i + 6).some((x) => /^(?:was|were|is|are|had|have|has|would|will|died|killed)$/.test(lower(x)))) return null;
  // "the figures showed reported fraud was falling": a past form right after a verb of saying is an adjective
  if (info.pastForm && cueInfo(ctx.tokens[i - 1]?.text ?? '')?.pastForm && /^\p{Ll}/u.test(ctx.tokens[i + 1]?.text ?? '')) return null;
  // "involved 10 alleged Russian soldiers": a past form right after a number is an adjective
  // (a year is a time: "which in 2019 said …")
  // (only the participles that serve as adjectives: "4 in 10 said …" is a verb)
  if (info.pastForm && /^(?:alleged|reported|claimed|suspected|estimated|confirmed|admitted|accused|declared|described|promised)$/.test(w)
    && ctx.tokens[i - 1]?.kind === 'number' && !/^(?:1[89]|20)\d\d$/.test(ctx.tokens[i - 1]!.text)) return null;
  // "monitors observed a convoy", "who were observing the vote": watching, not remarking (PolNeAR train: 0 of 4 such
  // readings were statements); "observed that …" and a frame still report
  if (info.lemma === 'observe' && !inFrame && !/^(?:that|how|what|why)$/.test(lower(ctx.tokens[i + 1]))) return null;
  // "sought refuge", "sought asylum": seeking a place or help, not a position
  if (info.lemma === 'seek' && /^(?:refuge|asylum|shelter|treatment|cover|safety|protection|sanctuary|medical|help|work|employment|re-election|reelection|office)$/.test(lower(ctx.tokens[i + 1]))) return null;
  // "blasted a pedestrian bridge", "blasted the town with rockets", "blasted off": blowing things up, not words
  if (info.lemma === 'blast') {
    const after = ctx.tokens.slice(i + 1, i + 5).map((t) => lower(t));
    if (/^(?:off|through|away|open)$/.test(after[0] ?? '') || after[0] === 'out' && after[1] === 'of' || after.slice(0, 3).some((w) => PHYSICAL_TARGETS.test(w))) return null;
  }
  // ("…, indicating that Moscow is preparing …": the participle draws the writer's or the speaker's inference, not a
  // statement of its own; the finite verb reports, "The minister indicated he would resign")
  if (info.lemma === 'indicate' && info.participle) return null;
  // "thanks to the policy …" is a preposition
  if (w === 'thanks' && lower(ctx.tokens[i + 1]) === 'to') return null;
  // "having declared itself the winner, the US saw …", "having said that, …": a perfect participle clause is background
  if (prev === 'having') return null;
  // ("continued to insist that …" reports: the catenative carries the tense)
  if (INFINITIVE_BEFORE.has(prev) && w === info.lemma && catenativeTo(ctx.tokens, i) < 0) return null;
  // "A news report said …", "the police statement says …": a word right before a finite reporting verb is its subject
  if (!info.pastForm && !info.participle && /^(?:said|says|told|tells|found|finds|shows|showed|noted|notes|stated|states|added|adds|wrote|writes)$/.test(lower(ctx.tokens[i + 1]))) return null;
  // "a New York Times report that …": after "a" and a name, the base form is a noun
  if (w === info.lemma && isCap(ctx.tokens[i - 1])) {
    let f = i - 1;
    while (f - 1 >= 0 && isCap(ctx.tokens[f - 1])) f--;
    if (/^(?:a|an)$/i.test(ctx.tokens[f - 1]?.text ?? '')) return null;
  }
  if (w === info.lemma) {
    // bare base forms are verbs after plural subjects, pronouns and auxiliaries; otherwise mostly nouns
    const ok = /^(?:i|we|they|you|will|would|could|can|did|do|does|may|might|must|should|not|n’t|n't|also|who|whom|which|often|never|still|now|all|both)$/.test(prev)
      || /s$/.test(prev) && !/(?:ss|us|is)$/.test(prev) && ctx.tokens[i - 1]?.kind === 'word'
      || prev === 'to' && catenativeTo(ctx.tokens, i) >= 0
      // ("Proponents of the bill, however, say …": after a sentence adverb between commas)
      || prev === ',' && ASIDE_ADVERB.test(ctx.tokens[i - 2]?.text ?? '') && ctx.tokens[i - 3]?.text === ','
      // "say" is a noun only after a determiner or "have" ("their say", "had a say"), which the checks below catch:
      // after a name or any other noun it is the verb ("Mr. Novak and Mr. Becker say", "observers in the country say")
      || info.lemma === 'say' && ctx.tokens[i - 1]?.kind === 'word' && !/^(?:have|has|had|having|final|the|a|their|his|her|its|our|your|my)$/.test(prev)
      // ("Six in 10 say …", "Fields, along with reporter Ben Terris, say …": after a count, and after an appositive's
      // comma that closes a name; not the "say" of an example, ", say, 10")
      || info.lemma === 'say' && (ctx.tokens[i - 1]?.kind === 'number' || prev === ',' && (isCap(ctx.tokens[i - 2]) || /^\p{Ll}+s$/u.test(ctx.tokens[i - 2]?.text ?? '')) && ctx.tokens[i + 1]?.text !== ',')
      // ("“…,” the message read.": "read" is its own past; after a quote a frame's noun is its subject)
      || info.lemma === 'read' && inFrame && ctx.tokens[i - 1]?.kind === 'word' && !/^(?:that|which|who)$/.test(prev)
      // (inverted, right after the quote: "“America is great!” read one.", "“…,” read a banner")
      || info.lemma === 'read' && inFrame && (ctx.tokens[i - 1]?.kind === 'quote' || prev === ',' && ctx.tokens[i - 2]?.kind === 'quote');
    if (!ok) return null;
  }
  return info;
}

function directQuote(ctx: Context, q: QuotedSpan, previous: Draft | null, usedCues: Set<number>): Draft | null {
  const { tokens, text } = ctx;
  const openTok = ctx.tokenAt(q.open);
  const closeTok = q.unclosed ? -1 : ctx.tokenAt(q.close);
  const contentFirst = ctx.tokenAt(q.start);
  const contentLast = ctx.tokenAt(q.end) - 1;
  const words = tokens.slice(contentFirst, contentLast + 1).filter((t) => t.kind === 'word' || t.kind === 'number');
  if (words.length === 0) return null;
  const sentOpen = tokens[openTok]?.sentence ?? 0;
  const sFirst = ctx.sentTok[sentOpen]?.first ?? openTok;
  // the name of a show or paper after its channel ("on BBC’s “Newsnight,” Kallas said …") is nobody's words
  if (quotedTitleEnd(ctx, openTok, ctx.sentTok[sentOpen]?.last ?? openTok) > openTok) return null;
  // what stands before the opening mark in its sentence
  let b = openTok - 1;
  while (b >= sFirst && CONNECTORS.has(lower(tokens[b])) ) b--;
  // right after another quote a new one starts a clause, but not after "and": “unstable” and “sick” go together
  // (nor after a list comma: an “anchor baby,” “unstable”)
  const coordinated = tokens[b]?.kind === 'quote' && (b < openTok - 1 || text[tokens[b]!.start - 1] === ',' && mustBeMid(ctx, b));
  const atClauseStart = b < sFirst || tokens[b]!.text === ':' || tokens[b]!.kind === 'quote' && !coordinated || /^[—–(]$/.test(tokens[b]!.text);
  // "said, “…”", "said “…”", "said that “…”": the quote is the whole complement of a cue
  const cueRight = (k: number) => k >= sFirst && (!!verbCue(ctx, k, false) || isAdverbish(tokens[k]) && !!verbCue(ctx, k - 1, false)
    // "told me, “…”", "asked reporters, “…”"
    || /^(?:me|us|him|her|them|reporters|journalists)$/.test(lower(tokens[k])) && !!verbCue(ctx, k - 1, false)?.takesObject);
  const afterCueComma = b >= sFirst && (tokens[b]!.text === ',' && cueRight(b - 1) || cueRight(b)
    || lower(tokens[b]) === 'that' && cueRight(b - 1));
  const contentText = text.slice(q.start, q.end);
  // a transcript turn behind a stray quote mark ("\"PENCE: Well, look, …") is the colon finder's, not a quote
  if (/^\p{Lu}[\p{Lu} .'’-]{1,30}:\s/u.test(contentText) && q.start === ctx.paragraphs[ctx.paragraphOf(q.start)]!.start + 1) return null;
  // a gloss in brackets right after a name is its translation, not anyone's words: "a nationalist party called Svoboda
  // (“Freedom”)", "the Verkhovna Rada (“Supreme Council”)"
  if (tokens[openTok - 1]?.text === '(' && closeTok >= 0 && tokens[closeTok + 1]?.text === ')' && isCap(tokens[openTok - 2]) && words.length <= 5) return null;
  const sentenceLike = /^[\p{Lu}\d"“‘'(…]/u.test(contentText) && words.length >= 3 || /[.?!,…]["'”’]?$/u.test(contentText) && words.length >= 4;
  // "According to the newspaper, “…”": the attribution opens the sentence
  // (the comma must be the one that closes "according to X": "According to X, a settlement …, “where …”" is mid-clause)
  const afterAccording = b >= sFirst && tokens[b]!.text === ',' && lower(tokens[sFirst]) === 'according' && lower(tokens[sFirst + 1]) === 'to'
    && !tokens.slice(sFirst + 2, b).some((t) => t.text === ',');
  // "As one official put it, “…”", "as The New Yorker put it in a lengthy exposé, “…”"
  const asFrame = b >= sFirst && /^[,:]$/.test(tokens[b]!.text) ? asPutItBefore(ctx, b, sFirst) : null;
  // ("after her March comment that, “We're going to …”": a noun of saying with its owner frames the whole quote)
  const mid = !(atClauseStart || afterCueComma || afterAccording || asFrame || nounThatFrame(ctx, openTok, sFirst));

  // frame after the closing mark: ", he said", "said Zelenskyy", "Maria Lind, a party strategist, told"
  // (not a verb inside the sentence with an object of its own: "Although Weiner admitted that they had “been friends
  // for some time,” he denied the affair" — the quoted words are the earlier clause's)
  const afterFrame = closeTok >= 0 ? frameAfter(ctx, closeTok) : null;
  const ownObject = !!afterFrame && mid && !!afterFrame.source && afterFrame.source.last < afterFrame.cue.first && /^(?:the|a|an|his|her|their|its|this|these|those)$/.test(lower(tokens[afterFrame.cue.last + 1]))
    // (an addressee is no such object: "…,” Will urged the Republican electorate to abandon …")
    && !addresseeVerb(cueInfo(tokens[afterFrame.cue.last]!.text)?.lemma ?? '')
    // (a clause after the verb is its content, not an object: "…,” he said the duty would be frozen")
    && ![2, 3, 4].some((n) => finiteVerbAt(ctx, afterFrame.cue.last + n));
  const after = ownObject ? null : afterFrame;
  // frame before: "Zelenskyy said: “…”", "he added that “…”"
  const before = asFrame ?? frameBefore(ctx, openTok, sFirst, usedCues);
  const channelAround = (cue: TokRange) => channelNear(ctx, cue.first);

  // "With thousands of systems, “there is no single point of failure,” he said.", "Not paying the levy “makes me
  // smart,” Trump said.": the words before a quote framed after it are part of the statement
  const leadIn = (): { start: number; end: number } | undefined => {
    let s0 = sFirst;
    while (s0 < openTok && (CONNECTORS.has(lower(tokens[s0])) || tokens[s0]!.kind === 'quote')) s0++;
    return s0 < openTok && tokens.slice(s0, openTok).some((t) => t.kind === 'word') && !tokens.slice(s0, openTok).some((t) => t.kind === 'quote')
      ? { start: tokens[s0]!.start, end: q.end } : undefined;
  };
  // "he said “frozen assets” and new levies would pay for it", "saying that “the truce still holds” in
  // the east": the quoted words open a reported clause that goes on after them; the clause is the statement
  const goesOn = afterCueComma && !after && before && closeTok >= 0 && goesOnAfterQuote(ctx, openTok);
  // "Sooner or later, the governor told reporters, “it starts to pay off.”": a frame set between commas inside the
  // sentence reports the words on both sides of it, as it does without quote marks ("This campaign, he says, is …")
  const wrapped = afterCueComma && !after && before ? wrappedFrame(ctx, before, b, sFirst, openTok) : null;
  const wrapClause = wrapped === null ? undefined
    : { start: wrapped, end: goesOn ? Math.max(q.end, contentRange(ctx, openTok, ctx.sentTok[sentOpen]?.last ?? openTok)?.[1] ?? q.end) : q.end };
  if (goesOn) {
    // ("what multiple lawmakers called “fraud” led senators to …": after a naming verb in a free relative, what goes on is
    // the main clause, and the statement is the relative)
    const relClause = namingRelative(ctx, before, sFirst, q.end);
    if (relClause) return { start: q.start, end: q.end, kind: 'partial', source: before.source, cue: before.cue, continues: null, channel: channelAround(before.cue), anchor: before.cue.first, clause: relClause };
    return { start: q.start, end: q.end, kind: 'partial', source: before.source, cue: before.cue, continues: null, channel: channelAround(before.cue), anchor: before.cue.first, ...(wrapClause ? { clause: wrapClause } : {}) };
  }
  if (!mid || (sentenceLike && /[.?!,…]$/u.test(contentText) && (after || q.continued))) {
    const frame = after ?? (before && !mid ? before : null);
    const clause = mid && after ? leadIn() : frame === before ? wrapClause : undefined;
    // ("what he called “a dangerous escalation”": words after a naming verb are a partial quote unless they make a sentence)
    const named = frame === before && !!frame && NAMING.test(lower(tokens[frame.cue.first])) && !sentenceLike;
    // ("what multiple lawmakers called “fraud” led senators to …": a free relative that names is the statement, as after
    // any other cue of a partial quote)
    const namedClause = clause ?? (named ? namingRelative(ctx, frame, sFirst, q.end) : undefined);
    if (frame) return { start: q.start, end: q.end, kind: named ? 'partial' : 'direct', source: frame.source, cue: frame.cue, continues: null, channel: channelAround(frame.cue), anchor: frame.cue.first, ...(namedClause ? { clause: namedClause } : {}) };
    if (before && mid) {
      const relClause = namingRelative(ctx, before, sFirst, q.end);
      return { start: q.start, end: q.end, kind: 'partial', source: before.source, cue: before.cue, continues: null, channel: channelAround(before.cue), anchor: before.cue.first, ...(relClause ? { clause: relClause } : {}) };
    }
    // "“You squeezed employees to the breaking point” to drive up the stock price, she said, …": quoted words that open
    // a sentence going on past them belong to the frame later in it, not to the speaker before
    const later = !frame && !mid && closeTok >= 0 ? laterFrame(ctx, closeTok) : null;
    if (later) {
      return { start: q.start, end: q.end, kind: 'partial', source: later.source, cue: later.cue, continues: null, channel: channelAround(later.cue), anchor: later.cue.first, clause: { start: q.start, end: tokens[later.comma - 1]!.end } };
    }
    // a quoted name that opens a sentence going on past it (“Ukrainian Choice”, the party of …, is …) is nobody's
    // words going on (a short quoted sentence is: “Donald Trump.”, “Blacklisted?”)
    const next = closeTok >= 0 ? tokens[closeTok + 1] : undefined;
    if (!sentenceLike && looksLikeTitle(contentText) && !/[.?!…]$/u.test(contentText) && next && next.sentence === tokens[closeTok]!.sentence && !/^[.?!…]$/u.test(next.text)) return null;
    // no cue in its own sentence: the previous paragraph's colon frame, or the previous speaker goes on
    const colon = colonFrame(ctx, sentOpen, usedCues);
    if (colon) return { start: q.start, end: q.end, kind: 'direct', source: colon.source, cue: colon.cue, continues: null, channel: channelAround(colon.cue), anchor: colon.cue.first };
    if (previous && closeEnough(ctx, previous, q)) {
      return { start: q.start, end: q.end, kind: 'direct', source: null, cue: null, continues: previous, channel: null, anchor: openTok };
    }
    if (!sentenceLike || looksLikeTitle(contentText)) return null;
    return { start: q.start, end: q.end, kind: 'direct', source: null, cue: null, continues: null, channel: null, anchor: openTok };
  }

  // inside a sentence: a partial quote when a cue governs it, otherwise a scare quote or a title
  // ("The meeting produced “far too little,” she added": a short quote is words said when a frame follows its comma)
  if (after && (words.length >= 3 || /,$/.test(contentText))) {
    const clause = leadIn();
    return { start: q.start, end: q.end, kind: 'partial', source: after.source, cue: after.cue, continues: null, channel: channelAround(after.cue), anchor: after.cue.first, ...(clause ? { clause } : {}) };
  }
  const partial = partialCue(ctx, openTok, sFirst);
  // names of works are names, not words anyone said; a slogan that is chanted or shouted is ("chanting “Dump Trump”"),
  // and so is a nickname someone gives ("Trump called him “Little Marco”", "refers to the governor as “Chris”": a
  // naming by its speaker, as PolNeAR marks it)
  // (the speaker before the verb: "a bill called the “Justice Act”" names a thing, with no one calling it so)
  // (and the one named between the verb and the name, with no verb between: "a band called Sophistafunk", "Steel and
  // Morris, dubbed the “McLibel Two”", name things with no object; "called Sophistafunk got the crowd to cheer for
  // “President Bernie Sanders”" is no naming of the quoted words)
  const between = partial ? tokens.slice(partial.cue.last + 1, openTok).filter((t) => t.kind === 'word' && !DETERMINERS.has(lower(t))) : [];
  const naming = !!partial?.source && /^(?:call|refer|dub|nickname|brand|label|term)$/.test(partial.lemma) && partial.source.last < partial.cue.first
    && between.length >= 1 && between.length <= 6 && !between.some((t) => isFiniteVerbWord(t)) && !tokens.slice(partial.cue.last + 1, openTok).some((t) => t.text === ',');
  if (looksLikeTitle(contentText) && !(partial && (/^(?:chant|shout|yell|scream|cry|exclaim)$/.test(partial.lemma) || naming))) return null;
  if (!partial) {
    // no reporting verb: quoted words inside a clause whose subject is a person or organisation are that subject's
    // words ("Moreau has gone after the minister as a “political arsonist”", "Kuleba urged allies to “close the sky”")
    // (not one quoted word that modifies the name right after it: "played … a “fiery” Queen Elizabeth I" is the
    // writer's word)
    const after1 = closeTok >= 0 ? tokens[closeTok + 1] : undefined;
    if (words.length === 1 && after1 && after1.kind === 'word' && isCap(after1) && after1.start === tokens[closeTok]!.end + 1
      && after1.sentence === tokens[closeTok]!.sentence && /[\p{L}\p{N}]$/u.test(contentText)) return null;
    const agent = clauseAgent(ctx, openTok, sFirst);
    if (!agent) return null;
    // the clause goes on past the quoted words to its end ("rated 32% of claims as “false,” compared to 11% of …")
    const sLastQ = ctx.sentTok[tokens[openTok]!.sentence]?.last ?? openTok;
    const rest = contentRange(ctx, agent.object, sLastQ);
    const clause = { start: tokens[agent.object]!.start, end: Math.max(q.end, rest ? rest[1] : q.end) };
    return { start: q.start, end: q.end, kind: 'partial', source: agent.source, cue: agent.cue, continues: null, channel: channelAround(agent.cue), anchor: agent.cue.first, clause, byClause: true };
  }
  // "what he called a “brazen breach”": the statement is the free relative, from "what" to the quoted words; so is
  // a relative clause that names ("Rubio, who he dubbed “the little senator”", "the server, which he described as
  // “like an open orchid”"), as PolNeAR annotates it: measured on its train split, 8 of 9 such statements start at the
  // pronoun (not after a preposition, "in which he called …", whose statement is the sentence's; not "called for")
  const clause = namingRelative(ctx, partial, sFirst, q.end);
  const asClause = clause ? undefined : objectAs(ctx, partial, openTok, q.end);
  return { start: q.start, end: q.end, kind: 'partial', source: partial.source, cue: partial.cue, continues: null, channel: channelAround(partial.cue), anchor: partial.cue.first, ...(clause ? { clause } : asClause ? { clause: asClause, asClause: true } : {}) };
}

/**
 * "referred to him as a “reformer”", "declaring Trump's statements as “not Christian”": what the cue says is the
 * object and the quoted words it is said as, as PolNeAR annotates it (measured on its train split: of 123 quoted
 * words after "VERB OBJ as", 70 statements start at the object, 4 at the quoted words). Only a short noun phrase
 * between the cue (and its particle) and "as": no clause, punctuation or quote.
 */
function objectAs(ctx: Context, frame: Frame, openTok: number, qEnd: number): Span | undefined {
  const { tokens } = ctx;
  let as = openTok - 1;
  if (DETERMINERS.has(lower(tokens[as]))) as--;
  if (lower(tokens[as]) !== 'as') return undefined;
  let o = frame.cue.last + 1;
  if (VERB_PARTICLES.has(lower(tokens[o])) && lower(tokens[o]) !== 'of') o++;
  if (o >= as || as - o > 8) return undefined;
  for (let k = o; k < as; k++) {
    const t = tokens[k]!;
    // (words and numbers only: "the brand - a business pitched as “…”" is an aside, not the cue's object)
    if (t.kind !== 'word' && t.kind !== 'number' && !/^[’']s$/.test(t.text) || CLAUSE_BREAKS.has(lower(t)) || lower(t) === 'as' || PREPOSITIONS.has(lower(t)) && k === o) return undefined;
  }
  return { start: tokens[o]!.start, end: qEnd };
}

/** The statement of a free relative or a relative clause that names, from its pronoun to the quoted words (see above). */
function namingRelative(ctx: Context, frame: Frame, sFirst: number, qEnd: number): Span | undefined {
  const { tokens } = ctx;
  const w0 = frame.source ? frame.source.first - 1 : -1;
  const relative = w0 >= sFirst && (lower(tokens[w0]) === 'what' || /^(?:which|whom|who)$/.test(lower(tokens[w0])) && !PREPOSITIONS.has(lower(tokens[w0 - 1]))
    && !tokens.slice(frame.source!.first, frame.source!.last + 1).some((t) => t.text === ','));
  const named = NAMING.test(lower(tokens[frame.cue.first])) && !/^(?:for|on|upon)$/.test(lower(tokens[frame.cue.last + 1]));
  return relative && named ? { start: tokens[w0]!.start, end: qEnd } : undefined;
}

/**
 * Where the reported words before a frame set between commas start ("Sooner or later, the governor told reporters,
 * “it starts …”"), or null when the frame opens its sentence, when the quoted words start a sentence of their own, or
 * when what stands before the frame is no content: quoted words (their own statement), or a phrase of time or channel
 * that belongs to the frame ("On Friday, he said, “…”", "In a statement, the ministry said, “…”").
 */
function wrappedFrame(ctx: Context, frame: Frame, comma: number, sFirst: number, openTok: number): number | null {
  const { tokens } = ctx;
  const src = frame.source;
  if (!src || src.first <= sFirst || tokens[src.first - 1]?.text !== ',' || frame.cue.first < src.last || tokens[comma]?.text !== ',') return null;
  // (the quoted words go on with the sentence, from a small letter: "That, the commission said, “would be helpful …”"; a
  // quoted sentence of its own after an adjunct, "As for RT, he said, “What media outlet …”", is the frame's)
  const opener = tokens[openTok + 1];
  if (!opener || opener.kind !== 'word' || !/^\p{Ll}/u.test(opener.text)) return null;
  let s0 = sFirst;
  while (s0 < src.first - 1 && (CONNECTORS.has(lower(tokens[s0])) || tokens[s0]!.kind === 'quote')) s0++;
  const last = src.first - 2;
  if (last < s0) return null;
  for (let k = s0; k <= last; k++) if (tokens[k]!.kind === 'quote' && !isApostrophe(tokens, k)) return null;
  const first = tokens[s0]!;
  if (first.kind !== 'word') return null;
  if (PREPOSITIONS.has(lower(first)) && (tokens.slice(s0, last + 1).some((t) => isTimeWord(t) || STATEMENT_NOUNS.has(lower(t)))
    || channelOf(ctx.text.slice(first.start, tokens[last]!.end)) !== null)) return null;
  // (a participle aside, "Asked about the plan, he said, “…”", "Speaking to reporters, …", is part of the frame)
  if (cueInfo(first.text)?.participle || /(?:ed|ing)$/.test(lower(first))) return null;
  return first.start;
}

/**
 * The frame set after a comma later in the sentence of a quote that closes at `closeTok` while its sentence goes on in
 * small letters ("“…” to drive up the stock price, she said, …"): a short subject and a finite verb of saying, with a
 * comma or the sentence end after it, or the verb and the source after it ("“…” if she lost, said David Wasserman").
 * Null when the sentence stops or a quote mark comes first.
 */
function laterFrame(ctx: Context, closeTok: number): (Frame & { comma: number }) | null {
  const { tokens } = ctx;
  const sent = tokens[closeTok]!.sentence;
  const sLast = ctx.sentTok[sent]?.last ?? closeTok;
  const n = tokens[closeTok + 1];
  if (!n || n.sentence !== sent || !(n.kind === 'word' && /^\p{Ll}/u.test(n.text) || n.kind === 'number')) return null;
  for (let c = closeTok + 2; c <= Math.min(sLast, closeTok + 40); c++) {
    const t = tokens[c]!;
    if (t.kind === 'quote' && !isApostrophe(tokens, c) || /^[;:]$/.test(t.text)) return null;
    if (t.text !== ',') continue;
    // (inverted: "…, said David Wasserman, an elections analyst …")
    const v = tokens[c + 1];
    if (v && v.kind === 'word' && /^(?:said|says|added|adds|wrote|writes|explained|noted|argued|told)$/.test(lower(v)) && (isCap(tokens[c + 2]) || DETERMINERS.has(lower(tokens[c + 2])))) {
      const source = sourceAfterCue(tokens, c + 2, sLast);
      if (source && !isTimeWord(tokens[source.first])) return { source, cue: { first: c + 1, last: c + 1 }, comma: c };
    }
    for (let j = c + 1; j <= Math.min(sLast, c + 7); j++) {
      if (tokens[j]!.kind !== 'word' || !speechVerbAt(ctx, j) || cueInfo(tokens[j]!.text)?.participle) continue;
      const after = tokens[j + 1];
      if (after && after.sentence === sent && !/^[,.!?]$/.test(after.text)) break;
      const source = subjectBefore(tokens, j, c + 1);
      if (source && source.first === c + 1) return { source, cue: { first: j, last: j }, comma: c };
      break;
    }
  }
  return null;
}

/** The quote that closes at token `close` sits inside a sentence (something other than a quote opens it). */
function mustBeMid(ctx: Context, close: number): boolean {
  const { tokens } = ctx;
  let o = close - 1;
  while (o >= 0 && tokens[o]!.kind !== 'quote') o--;
  const before = tokens[o - 1];
  return o > 0 && !!before && before.sentence === tokens[o]!.sentence && before.kind === 'word';
}

/** Title Case names of works and nicknames: every word capitalised (short function words aside). */
function looksLikeTitle(s: string): boolean {
  const ws = s.replace(/[.,!?]+$/, '').split(/\s+/).filter(Boolean);
  if (ws.length === 0 || ws.length > 10) return false;
  return ws.every((w) => /^[\p{Lu}\d]/u.test(w) || /^(?:of|the|a|an|and|or|in|on|to|for|with|at|by|from)$/.test(w)) && /^[\p{Lu}\d]/u.test(ws[0]!);
}

/** The quoted words of a draft end its sentence: nothing but marks and punctuation after them. */
function closesSentence(ctx: Context, d: Draft): boolean {
  const sent = ctx.sentTok[ctx.tokens[ctx.tokenAt(d.start)]!.sentence];
  if (!sent || !d.cue || ctx.tokens[d.cue.first]!.start > d.start) return false;
  return /^[\s”"’'.,!?]*$/.test(ctx.text.slice(d.end, ctx.tokens[sent.last]!.end));
}

function closeEnough(ctx: Context, previous: Draft, q: QuotedSpan): boolean {
  const pp = ctx.paragraphOf(previous.start);
  const qp = ctx.paragraphOf(q.start);
  if (q.continued) return true;
  if (qp - pp > 1) return false;
  // nothing but quotes between them: count the narrative words in between
  const between = ctx.text.slice(previous.end, q.open);
  const narrative = between.replace(/[“"„«‘][^”"“»’]*[”"“»’]/g, ' ');
  return narrative.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length <= 12 || qp === pp;
}

interface Frame { source: TokRange | null; cue: TokRange }

function frameAfter(ctx: Context, closeTok: number): Frame | null {
  const { tokens } = ctx;
  const sent = tokens[closeTok]!.sentence;
  // the closing mark may end its sentence ("…,” he said." stays in one sentence; "….” He left." does not)
  let i = closeTok + 1;
  // doubled apostrophes ('' … '') close with two quote tokens
  while (tokens[i]?.kind === 'quote' && tokens[i]!.start === tokens[i - 1]!.end) i++;
  const dash = dashByline(ctx, i);
  if (dash) return dash;
  if (tokens[i]?.text === ',') i++;
  const startTok = tokens[i];
  // "…?” Trump told ITV." is split after the question mark, but the frame still belongs to the quote
  const asked = /[?!]$/.test(ctx.text.slice(tokens[closeTok]!.start - 1, tokens[closeTok]!.start));
  // "…missing.” Trump said.": a sentence that is nothing but a frame belongs to the quote before it
  const bareFrame = (): boolean => {
    const st = ctx.sentTok[startTok!.sentence];
    if (!st || st.first !== i || st.last - st.first > 7) return false;
    const words = tokens.slice(st.first, st.last + 1).filter((t) => t.kind === 'word');
    const cue = words.findIndex((t) => /^(?:said|says|added|adds|wrote|writes|told|tells|asked|asks)$/.test(lower(t)));
    // (not when the verb has content of its own: "“Russia wants peace.” He added that talks were possible.")
    const own = words.slice(cue + 1).some((t) => /^(?:that|is|are|was|were|has|have|had|will|would|could|can|should|must|may|might)$/.test(lower(t)));
    return tokens[st.last]!.text === '.' && cue >= 0 && !own
      && !tokens.slice(st.first, st.last).some((t) => t.kind === 'quote');
  };
  if (!startTok || (startTok.sentence !== sent && !/^\p{Ll}/u.test(startTok.text) && !asked && !bareFrame())) return null;
  // a frame never opens the next paragraph ("…a single year?”¶Scholz says there needs to be a law …")
  if (ctx.text.slice(tokens[closeTok]!.end, startTok.start).includes('\n')) return null;
  const limit = Math.min(tokens.length - 1, i + 30);
  for (let j = i; j <= limit; j++) {
    const t = tokens[j]!;
    // the dot of "(R-Fla.)" or "R-Ky.," is no sentence end
    if (t.text === '.' && /^[),]$/.test(tokens[j + 1]?.text ?? '') && tokens[j - 1]?.end === t.start) continue;
    if ((t.kind === 'quote' && !isApostrophe(tokens, j)) || (t.kind === 'punct' && /^[.;!?:]$/.test(t.text))) break;
    if (j === i && lower(t) === 'as') {
      const frame = asPutIt(ctx, j, limit);
      if (frame) return frame;
    }
    const info = verbCue(ctx, j, false, true) ?? (j === i && isCap(t) ? capitalCue(ctx, j) : null);
    if (!info) continue;
    // "“…,” Interfax quoted Putin as saying": the speaker is the one quoted, not the outlet
    // (also "…,” the agency quoted, Ukraine's interior minister, Arsen Avakov, as saying", "HRW cited him as saying")
    if (info.lemma === 'quote' || info.lemma === 'cite') {
      const active = quotesAsSaying(tokens, j, Math.min(limit + 12, tokens.length - 2));
      if (active) return { source: active.source, cue: { first: j, last: j } };
    }
    // "…,” adding that …": a participle after the quote starts another statement by the same speaker
    if (j === i && info.participle) return null;
    if (j === i) {
      // inverted: "said Zelenskyy", "said the ministry's spokesman"
      const np = sourceAfterCue(tokens, j + 1, ctx.sentTok[sent]?.last ?? limit);
      return { source: np, cue: { first: j, last: j } };
    }
    const subj = subjectBefore(tokens, j, i);
    // ("criticised “extravagant” Tory promises on policing": quoted words with no comma or stop before the next word
    // modify it; a noun after them is no speaker, only a pronoun is: "“Not now” he said")
    // (a quote that opens its sentence may lack the comma: "“The caucus is a battle of niches” Grubbs said")
    const opensSentenceQ = (): boolean => {
      let o = closeTok - 1;
      while (o > 0 && !(tokens[o]!.kind === 'quote' && !isApostrophe(tokens, o))) o--;
      return ctx.sentTok[tokens[o]!.sentence]?.first === o;
    };
    // (but not before a bare common noun, which the quoted words name: "“LPR” members told the SMM that …")
    const named = isCap(tokens[i]) || DETERMINERS.has(lower(tokens[i]));
    if (subj && subj.first === i && (tokens[closeTok + 1]?.text === ',' || stopBefore(ctx, closeTok) || PRONOUNS.has(lower(tokens[i])) || opensSentenceQ() && named)) {
      return { source: subj, cue: { first: j, last: j } };
    }
    // "“…,” Peter Dobrow, a T-Mobile spokesperson said.": a name and its appositive that lost its closing comma
    if (subj && subj.first - 2 >= i && tokens[subj.first - 1]!.text === ',' && /^(?:a|an|the)$/i.test(tokens[subj.first]!.text) && subj.first - 1 - i <= 4
      && tokens.slice(i, subj.first - 1).every((t) => t.kind === 'word' && isCap(t))
      && (tokens[closeTok + 1]?.text === ',' || ctx.text[tokens[closeTok]!.start - 1] === ',')) {
      return { source: { first: i, last: subj.last }, cue: { first: j, last: j } };
    }
    return null;
  }
  return null;
}

/** A document as the object of a writing verb ("a letter to Putin", "an op-ed in the Post"). */
const WRITTEN_THING = /^(?:an?|the|his|her|their|its|two|three|several)\s+(?:\S+\s+)?(?:letters?|articles?|books?|reports?|notes?|emails?|e-mails?|messages?|columns?|op-eds?|posts?|tweets?|memos?|decrees?|petitions?|statements?|orders?|essays?|papers?|documents?|appeals?)\b/i;

/** Bodies of evidence that "show" or "find" things. */
const EVIDENCE = /^(?:polls?|polling|surveys?|stud(?:y|ies)|reports?|data|analys[ie]s|figures|research|census|review|audit|investigation|inquiry|probe|findings|statistics|numbers|results|tests?|averages?|documents?|records?|videos?|footage|transcripts?|emails?|images?|photos?|recordings?|filings?|returns|estimates?|models?|projections?|evidence|maps?|charts?|tallies|tally|counts?)$/i;

/**
 * "Video of the incident shows him …", "Data from the survey show that …", "leaked documents from the ministry’s archive
 * show he …": a body of evidence heads the subject, within a few words before the verb (no verb in between).
 */
function evidenceSubject(ctx: Context, i: number): boolean {
  const { tokens } = ctx;
  const sFirst = ctx.sentTok[tokens[i]!.sentence]?.first ?? 0;
  for (let j = i - 1; j >= sFirst && j >= i - 10; j--) {
    const t = tokens[j]!;
    if (t.kind === 'quote' || /^[;:]$/.test(t.text)) return false;
    if (EVIDENCE.test(t.text)) return true;
    if (t.kind === 'word' && (cueInfo(t.text) || /^(?:is|are|was|were|has|have|had|will|would)$/.test(lower(t)))) return false;
  }
  return false;
}

/**
 * A byline after a quote on the same line: "“…” ― Sonya Herridge", "“…” — Mayor Ihor Terekhov, Kharkiv": the
 * dash is the cue and the capitalised words after it, up to the line's end or a comma, the source.
 */
function dashByline(ctx: Context, i: number): Frame | null {
  const { tokens, text } = ctx;
  const d = tokens[i];
  if (!d || !/^(?:―|—|–|--)$/.test(d.text) || text.slice(tokens[i - 1]!.end, d.start).includes('\n')) return null;
  let j = i + 1;
  const first = j;
  while (j < tokens.length && j < first + 7) {
    const t = tokens[j]!;
    if (text.slice(tokens[j - 1]!.end, t.start).includes('\n')) break;
    if (t.kind === 'word' && (/^\p{Lu}/u.test(t.text) || (j > first && /^(?:of|the|de|van|von|al|bin)$/.test(t.text)))) { j++; continue; }
    if (t.kind === 'punct' && t.text === '.' && j > first && /^\p{Lu}$/u.test(tokens[j - 1]!.text)) { j++; continue; }
    break;
  }
  if (j === first || !/^\p{Lu}/u.test(tokens[j - 1]!.text)) return null;
  const next = tokens[j];
  // the byline ends the line, the text, or goes on with a description after a comma
  if (next && !text.slice(tokens[j - 1]!.end, next.start).includes('\n') && !/^[,.;)]$/.test(next.text)) return null;
  return { source: { first, last: j - 1 }, cue: { first: i, last: i } };
}

/** "Said" opening a frame after a quote is written capitalised only by mistake; allow the lowercase reading. */
function capitalCue(ctx: Context, j: number): CueInfo | null {
  const info = cueInfo(ctx.tokens[j]!.text);
  return info && info.tier === 'speech' && /^(?:said|says|added|wrote|asked|told)$/i.test(ctx.tokens[j]!.text) ? info : null;
}

function frameBefore(ctx: Context, openTok: number, sFirst: number, usedCues: Set<number>): Frame | null {
  const { tokens } = ctx;
  const past = verbCue(ctx, openTok - 2, false, true) ? null : pastVerbColonFrame(ctx, openTok, sFirst);
  if (past) return past;
  const noun = nounThatFrame(ctx, openTok, sFirst);
  if (noun) return noun;
  let j = openTok - 1;
  // "said:", "said,", "said that", "added in a statement:"
  let steps = 0;
  while (j >= sFirst && steps < 10) {
    const t = tokens[j]!;
    if (t.kind === 'quote' && !isApostrophe(tokens, j)) return null;
    // "Limbaugh continued: “…”": a verb that reports only next to a quotation does so before a colon too
    // (from the previous paragraph's colon frame, `openTok` is the colon itself)
    // ("The Executive Order reads, in part: “…”": "in part" between the verb and its colon)
    const inPart = /^\s*,?\s*in\s+part\s*:\s*$/.test(ctx.text.slice(tokens[j]!.end, tokens[openTok]!.start));
    const info = verbCue(ctx, j, false, tokens[j + 1]?.text === ':' && (j + 2 === openTok || j + 1 === openTok) || inPart);
    if (info && !usedCues.has(j)) {
      // ("Glazyev, who said that the deal would be “suicidal”": the relative pronoun, as for the reported clause)
      const rel = relativeBefore(ctx, j, sFirst, j + 1 < openTok && /^[,:]$/.test(tokens[j + 1]!.text));
      // ("An early tweet quoted the president as saying “…”": the one quoted is the source, the verb of quoting the cue)
      const active = info.participle ? activeQuotedAs(tokens, j, sFirst) : null;
      if (active) return { source: active.source, cue: { first: active.verb, last: active.verb } };
      const source = (info.pastForm ? passiveAgent(ctx, j, openTok) : null) ?? participleSource(ctx, j, sFirst) ?? inverted(ctx, j, openTok)
        ?? (rel >= 0 ? { first: rel, last: rel } : null);
      return { source, cue: { first: j, last: j } };
    }
    if (lower(t) === 'to' && lower(tokens[j - 1]) === 'according') {
      return { source: phraseAfter(tokens, j + 1, openTok - 1), cue: { first: j - 1, last: j } };
    }
    j--;
    steps++;
  }
  return colonNounFrame(ctx, openTok, sFirst) ?? colonClauseFrame(ctx, openTok, sFirst);
}

/**
 * "Kaine has adopted the stance common among some Catholics in public office: “I’m pro-life …”", "Sanders delivered a
 * snappy retort: “…”": a quote right after the colon of a clause whose subject can speak (a person, a body, a pronoun
 * for them, or a text) is that subject's, whatever the verb; the verb is the cue.
 */
function colonClauseFrame(ctx: Context, openTok: number, sFirst: number): Frame | null {
  const { tokens } = ctx;
  const colon = openTok - 1;
  if (tokens[colon]?.text !== ':' || colon - 2 < sFirst) return null;
  for (let k = sFirst; k < colon; k++) if (tokens[k]!.kind === 'quote' && !isApostrophe(tokens, k) || tokens[k]!.text === ';') return null;
  // ("When Trump suggested that …, Rubio fired back forcefully: “…”": past an opening subordinate clause, the main one)
  const w0 = firstWord(ctx, sFirst, colon);
  const main = FRONTED.test(lower(tokens[w0])) ? pastComma(ctx, w0 + 1, colon) : -1;
  const subj = mainSubject(ctx, main > w0 ? main : sFirst, colon);
  if (!subj || subj.last >= colon - 1) return null;
  // (the main clause runs up to the colon: not "Ever since Sanders announced …, he's said …:", "… and went unbeaten,
  // but when they returned the first question put to them was:"; and no possessive for a subject, "His hope must be:")
  if (/^(?:ever|since|when|while|after|before|because|if|although|though|as|once|until|his|her|their|its|our|my)$/i.test(tokens[subj.first]!.text)) return null;
  // (a "though" right before the colon is an adverb: "Mr Dean is confident though: “…”")
  if (tokens.slice(subj.last + 1, colon).some((t, n, all) => /^(?:when|while|because|if|although|though|whereas|unless)$/.test(lower(t)) && !(lower(t) === 'though' && n === all.length - 1))) return null;
  // (a subject opens with a capital, a determiner or a pronoun and ends with a noun: "…, began his response with the quip:")
  const s0 = tokens[subj.first]!;
  if (DETERMINERS.has(lower(tokens[subj.last])) || !(isCap(s0) || DETERMINERS.has(lower(s0)) || PRONOUNS.has(lower(s0)) || s0.kind === 'number')) return null;
  const head = lower(tokens[subj.last]);
  const text = EVIDENCE.test(head) || /^(?:letter|email|e-mail|message|statement|ad|advert|advertisement|tweet|post|memo|paper|editorial|article|column|op-ed|book|speech|release)s?$/.test(head);
  if (!(/^(?:he|she|they|we|i)$/.test(head) || isAgent(ctx, subj) || text && subj.last > subj.first)) return null;
  let v = subj.last + 1;
  while (v < colon && (AUXILIARIES.test(lower(tokens[v])) || isAdverbish(tokens[v]))) v++;
  const verb = tokens[v];
  // (a verb of the subject: "His message to them was:", "The question is:" have no speaker as subject anyway; "Mr X
  // in Kyiv:" has no verb)
  if (!verb || v >= colon || verb.kind !== 'word' || isCap(verb) || DETERMINERS.has(lower(verb)) || PREPOSITIONS.has(lower(verb))) return null;
  return { source: subj, cue: { first: v, last: v } };
}

/**
 * "he demurred: “…”", "Asked about it, Mr. Smith shot back: “…”": any past-tense verb (with its particle) of a person
 * right before the colon frames the quote, whatever the verb.
 */
function pastVerbColonFrame(ctx: Context, openTok: number, sFirst: number): Frame | null {
  const { tokens } = ctx;
  const colon = openTok - 1;
  if (tokens[colon]?.text !== ':') return null;
  let v = colon - 1;
  if (/^(?:back|out|up|in|on)$/.test(lower(tokens[v])) && v - 1 >= sFirst) v--;
  if (v <= sFirst || tokens[v]!.sentence !== tokens[colon]!.sentence || !(/^\p{Ll}{3,}ed$/u.test(tokens[v]!.text) || IRREGULAR_PAST.has(lower(tokens[v])))) return null;
  const subj = subjectBefore(tokens, v, sFirst);
  const head = subj ? tokens[subj.last]! : null;
  // (a person: a pronoun, an agent the entities stage knows, or a name of capitalised words such as "Ms Varga")
  const named = !!subj && subj.last > subj.first && tokens.slice(subj.first, subj.last + 1).every((t) => isCap(t) || t.text === '.');
  // (or a person described by post: "The Tory leader went on: “…”"; not "His message to the chancellor was:")
  const post = !!head && PERSON_NOUNS.test(lower(head)) && !/^(?:was|were|is|are|had|did)$/.test(lower(tokens[v])) && !!subj
    && !tokens.slice(subj.first, subj.last + 1).some((t) => PREPOSITIONS.has(lower(t)));
  if (subj && head && (/^(?:he|she|they|we|i)$/.test(lower(head)) || (isAgent(ctx, subj) || named) && (isCap(head) || post))) return { source: subj, cue: { first: v, last: colon - 1 } };
  return null;
}

/**
 * "after her March comment that, “We're going to …”", "Trump's claim that “…”": a noun of saying with its owner, then
 * "that", frames the quote; the owner is the source and the noun the cue.
 */
function nounThatFrame(ctx: Context, openTok: number, sFirst: number): Frame | null {
  const { tokens } = ctx;
  let j = openTok - 1;
  if (tokens[j]?.text === ',' || tokens[j]?.text === ':') j--;
  const n = j - 1;
  if (lower(tokens[j]) !== 'that' || n <= sFirst || !STATEMENT_NOUNS.has(lower(tokens[n]))) return null;
  // (only when the quoted words close the clause: "an inspector general's report that “less than one percent …” were
  // captured" goes on, and is reported speech with a partial quote)
  const close = closeOf(ctx, openTok);
  if (close === openTok || !(close + 1 >= tokens.length || /^[.!?…]$/.test(tokens[close + 1]!.text) || tokens[close + 1]!.sentence !== tokens[close]!.sentence)) return null;
  const k = possessiveBefore(tokens, n, sFirst);
  if (k >= 0 && !verbCue(ctx, k - 1, true)) return { source: { first: k, last: k }, cue: { first: n, last: n } };
  if (/^[’']s$/.test(tokens[n - 1]!.text)) {
    const owner = subjectBefore(tokens, n - 1, sFirst);
    if (owner) return { source: { first: owner.first, last: n - 1 }, cue: { first: n, last: n } };
  }
  return null;
}

/** Nouns of a colon frame ("made the following comment:", "issued this statement:", "posted a message:"). */
const COLON_NOUNS = /^(?:comments?|statements?|remarks?|messages?|words|note|tweets?|posts?|response|reply|explanation|warning|answer)$/;

/**
 * "Kuleba made the following comment: “…”", "The ministry issued a statement: “…”": a clause that names a
 * statement right before the colon frames the quote; its subject is the source and the noun the cue.
 */
function colonNounFrame(ctx: Context, openTok: number, sFirst: number): Frame | null {
  const { tokens } = ctx;
  const colon = openTok - 1;
  if (tokens[colon]?.text !== ':') return null;
  // "… does not surprise military analyst Mark Halden: “…”", "Analysts agree - Ruth Keller: “…”": a person named
  // right before the colon (with the post before the name)
  const person = ctx.mentions.find((m) => m.type === 'PERSON' && m.end === tokens[colon - 1]?.end && tokens[colon - 1]!.sentence === tokens[colon]!.sentence);
  if (person) {
    let f = ctx.tokenAt(person.start);
    // (a post before the name, and one word that qualifies it: "Republican pollster", "military analyst")
    const qualifies = (k: number) => tokens[k]!.kind === 'word' && (isCap(tokens[k]) || !DETERMINERS.has(lower(tokens[k])) && !PREPOSITIONS.has(lower(tokens[k]))
      && !cueInfo(lower(tokens[k])) && !/(?:ed|s)$/.test(lower(tokens[k])));
    for (let n = 0; n < 3 && f - 1 >= 0 && tokens[f - 1]!.sentence === tokens[colon]!.sentence
      && (PERSON_NOUNS.test(lower(tokens[f - 1])) || PERSON_NOUNS.test(lower(tokens[f])) && qualifies(f - 1)); n++) f--;
    return { source: { first: f, last: colon - 1 }, cue: { first: colon, last: colon } };
  }
  if (!COLON_NOUNS.test(lower(tokens[colon - 1]))) return null;
  // (the colon may close the sentence before the quote's own; the statement's clause starts after the last comma
  // or "that" before it: "He grew so angry … that I had to change my reply: “…”")
  let from = Math.min(sFirst, ctx.sentTok[tokens[colon]!.sentence]?.first ?? sFirst);
  for (let k = colon - 2; k > from; k--) if (/^(?:,|;|that)$/.test(lower(tokens[k]))) { from = k + 1; break; }
  const source = mainSubject(ctx, from, colon - 1);
  // (a body may issue a statement: "The ministry issued a statement:")
  const head = tokens[source?.last ?? 0]!;
  if (!source || !isAgent(ctx, source) && !PRONOUNS.has(lower(head)) && !isCap(head) && !ORG_WORDS.test(lower(head))) return null;
  return { source, cue: { first: colon - 1, last: colon - 1 } };
}

/** An "as X put it …" frame that ends at the comma `comma`, looking back at most 16 tokens for its "as". */
function asPutItBefore(ctx: Context, comma: number, sFirst: number): Frame | null {
  for (let j = comma - 1; j >= sFirst && j > comma - 16; j--) {
    const t = ctx.tokens[j]!;
    if (t.kind === 'quote' || t.text === ';') return null;
    if (lower(t) !== 'as') continue;
    const f = asPutIt(ctx, j, comma - 1);
    if (f) return f;
  }
  return null;
}

/**
 * "as X put it" (also "puts it", "once put it"), a frame of its own: X is the source, "put it" the cue. Looks
 * from the "as" at `as` up to `limit`.
 */
function asPutIt(ctx: Context, as: number, limit: number): Frame | null {
  const { tokens } = ctx;
  for (let k = as + 2; k <= Math.min(limit, as + 16); k++) {
    const w = lower(tokens[k]);
    // ("as Tom Ridge, a former secretary of homeland security, put it": an appositive after a name inside the source;
    // not "As a trial lawyer, the leader said", "as soon as prayers were finished, Nefzi said")
    if (tokens[k]!.text === ',') {
      const opens = isCap(tokens[k - 1]) && /^(?:a|an|the)$/.test(lower(tokens[k + 1])) && !tokens.slice(as + 1, k).some((t) => t.text === ',');
      const closes = tokens.slice(as + 1, k).some((t) => t.text === ',');
      if (opens || closes) continue;
      return null;
    }
    if (tokens[k]!.kind !== 'word') return null;
    const putIt = (w === 'put' || w === 'puts') && lower(tokens[k + 1]) === 'it';
    // "As the analyst Ruth Keller pointed out in December, “…”", "as the report noted, “…”"
    const said = !putIt && k > as + 1 && !!verbCue(ctx, k, false) && !cueInfo(w)?.topicOnly && !NAMING.test(w);
    if (putIt || said) {
      let last = k - 1;
      while (last > as && (isAdverbish(tokens[last]) && !isCap(tokens[last]) || tokens[last]!.text === ',')) last--;
      if (last <= as) return null;
      return { source: { first: as + 1, last }, cue: { first: k, last: putIt ? k + 1 : k } };
    }
  }
  return null;
}

function inverted(ctx: Context, cue: number, limit: number): TokRange | null {
  // ("said in the U.S. statement:": a prepositional phrase after the cue is its channel, not an inverted source)
  if (PREPOSITIONS.has(lower(ctx.tokens[cue + 1]))) return null;
  const np = phraseAfter(ctx.tokens, cue + 1, limit - 1);
  return np && np.last < limit ? np : null;
}

/** A quote whose own sentence has no cue, after a sentence ending in "said:" (often a paragraph before). */
function colonFrame(ctx: Context, sent: number, usedCues: Set<number>): Frame | null {
  const first = ctx.sentTok[sent]?.first ?? -1;
  const prevLast = first - 1;
  const t = ctx.tokens[prevLast];
  if (!t || t.text !== ':') return null;
  const ps = ctx.tokens[prevLast]!.sentence;
  return frameBefore(ctx, prevLast, ctx.sentTok[ps]?.first ?? 0, usedCues);
}

/** The relative pronoun ("who", "which") that is the subject of the cue at `i`, past adverbs, auxiliaries and times, or -1. */
function relativeBefore(ctx: Context, i: number, sFirst: number, allowThat = false): number {
  const { tokens } = ctx;
  let r = i - 1;
  while (r > sFirst && (isAdverbish(tokens[r]) && !isCap(tokens[r]) || AUXILIARIES.test(lower(tokens[r])) || isTimeWord(tokens[r]) || /^(?:19|20)\d\d$/.test(tokens[r]!.text)
    || /^(?:in|on|last|this|earlier)$/.test(lower(tokens[r])) && (isTimeWord(tokens[r + 1]) || /^(?:19|20)\d\d$/.test(tokens[r + 1]?.text ?? '')))) r--;
  if (r <= sFirst || !(/^(?:who|which)$/.test(lower(tokens[r])) || allowThat && lower(tokens[r]) === 'that' && tokens[r - 1]?.kind === 'word' && !cueInfo(tokens[r - 1]!.text))) return -1;
  // after a name, a noun or a comma: "X, who said", "officials who said" (not a question: "Who said …?"). A relative
  // "that" ("a poll that found") measured no better on PolNeAR train and worse on dev for reported clauses, so it is
  // left out there; before a quote it is the source as PolNeAR marks it ("water bottles that said, “…”")
  const before = tokens[r - 1]!;
  return before.text === ',' || before.kind === 'word' && !isCap(tokens[r]) ? r : -1;
}

/** A finite verb at token k: a past form, an -s form after nothing, or an auxiliary. */
function finiteVerbAt(ctx: Context, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t || t.kind !== 'word' || isCap(t)) return false;
  const w = lower(t);
  if (AUXILIARIES.test(w) && !/^(?:not|n[’']t)$/.test(w)) return true;
  const ci = cueInfo(t.text);
  if (ci && w !== ci.lemma && !ci.participle) return true;
  return /^\p{Ll}{3,}ed$/u.test(t.text) || IRREGULAR_PAST.has(w);
}

/**
 * A finite verb of saying at k, right after a comma, with a clause of its own after it ("denied …, said the documents
 * were fakes and …"): the speaker's next statement, whose subject is the first verb's. Not "…, said a spokesman." (an
 * inverted frame, no clause after it) nor ", adding".
 */
function asyndeticCue(ctx: Context, k: number, sLast: number): boolean {
  const { tokens } = ctx;
  if (tokens[k - 1]?.text !== ',' || !speechVerbAt(ctx, k) || cueInfo(tokens[k]!.text)?.lemma === 'add') return false;
  // (not the comma that closes an appositive or a relative clause: "a woman in Worcester, Massachusetts, told him …",
  // "Brian Deese, the White House climate change adviser, said …", "Barkley, who said he votes Democratic, said …")
  const sFirst = ctx.sentTok[tokens[k]!.sentence]?.first ?? 0;
  // (a possessive "’s" is no verb: "particularly the UK's CBI, warned")
  const verb = (x: number) => finiteVerbAt(ctx, x) && !/^[’']s$/.test(tokens[x]!.text);
  for (let m = k - 2; m >= sFirst && m > k - 25; m--) {
    if (tokens[m]!.kind === 'quote' || tokens[m]!.text === ';') break;
    if (/^(?:who|which|whom|whose)$/.test(lower(tokens[m]))) return false;
    if (tokens[m]!.text === ',') {
      let finite = false;
      for (let x = m + 1; x < k - 1 && !finite; x++) if (verb(x)) finite = true;
      if (!finite) return false;
      break;
    }
  }
  if (lower(tokens[k + 1]) === 'that') return true;
  // (after a preposition, only with a "that" before the next comma: "said in a statement that …"; "the new arrangements,
  // revealed in a Commons written statement, would raise …" is a participle)
  if (PREPOSITIONS.has(lower(tokens[k + 1]))) {
    for (let m = k + 2; m <= Math.min(sLast, k + 12); m++) {
      if (lower(tokens[m]) === 'that') return true;
      if (tokens[m]!.kind !== 'word' && tokens[m]!.kind !== 'number') return false;
    }
    return false;
  }
  for (let m = k + 2; m <= Math.min(sLast, k + 8); m++) {
    if (tokens[m]!.kind !== 'word' && tokens[m]!.kind !== 'number' && !/^[’']s$/.test(tokens[m]!.text)) return false;
    if (verb(m)) return true;
  }
  return false;
}

/** A finite form of any cue at k, of saying or of stance ("admits", "refuses"), lower-case: no base form or participle. */
function finiteCueAt(ctx: Context, k: number): boolean {
  const t = ctx.tokens[k];
  const ci = t && t.kind === 'word' && !isCap(t) ? cueInfo(t.text) : undefined;
  return !!ci && lower(t) !== ci.lemma && !ci.participle && !ci.frameOnly;
}

/** A finite verb of saying at k ("told", "said", "warned"), not a participle or a base form. */
function speechVerbAt(ctx: Context, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t || t.kind !== 'word' || isCap(t)) return false;
  const ci = cueInfo(t.text);
  return !!ci && ci.tier === 'speech' && lower(t) !== ci.lemma && !ci.participle && !ci.frameOnly;
}

/** Token p opens its sentence, or follows only a span of time ("One month after announcing …", "Days before saying …"). */
function opensSentence(ctx: Context, p: number, sFirst: number): boolean {
  if (p === sFirst) return true;
  const { tokens } = ctx;
  if (p - sFirst > 3 || !/^(?:after|before|since)$/.test(lower(tokens[p]))) return false;
  const unit = lower(tokens[p - 1]);
  return /^(?:minutes?|hours?|days?|weeks?|months?|years?|moments?)$/.test(unit)
    && tokens.slice(sFirst, p - 1).every((t) => t.kind === 'number' || /^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|few|several|just|only|some)$/i.test(t.text));
}

/** Subordinators that open a sentence with a clause before the main one ("Though she called …, Clinton …"). */
const FRONTED = /^(?:though|although|while|whereas|if|when|because|since|unless|once)$/;

/** The first word of a sentence past connectors and quote marks, up to `limit`. */
function firstWord(ctx: Context, sFirst: number, limit: number): number {
  let k = sFirst;
  while (k < limit && (ctx.tokens[k]!.kind !== 'word' || CONNECTORS.has(lower(ctx.tokens[k])) && !FRONTED.test(lower(ctx.tokens[k])))) k++;
  return k;
}

/** Verbs that take another verb and add only aspect: "kept saying", "continued to insist". */
const CATENATIVES = /^(?:keep|keeps|kept|continue|continues|continued|continuing|began|begin|begins|begun|started|start|starts)$/;
/** "went on to say", "going on to add": "go on to" is a catenative of three words. */
const GO_FORMS = /^(?:go|goes|went|going|gone)$/;

/**
 * The first token of a catenative frame before the base-form verb at `i` ("continued to insist" → "continued",
 * "went on to say" → "went"), or -1 when there is none.
 */
function catenativeTo(tokens: readonly Token[], i: number): number {
  if (lower(tokens[i - 1]) !== 'to') return -1;
  if (CATENATIVES.test(lower(tokens[i - 2]))) return i - 2;
  return lower(tokens[i - 2]) === 'on' && GO_FORMS.test(lower(tokens[i - 3])) ? i - 3 : -1;
}

/** Forms of "be" before an -ing form. */
const BE_FORMS = /^(?:was|were|is|are|been|be|being|am|’s|'s|’re|'re|’m|'m|isn|wasn|aren|weren)$/;
/** Words that may stand between "be" and an -ing form ("isn’t saying", "is already claiming", "was also urging"). */
const BE_ADVERBS = /^(?:not|n’t|n't|’t|'t|also|already|still|now|just|really|only|even|increasingly|repeatedly|openly|publicly|privately|quietly|loudly|clearly|effectively|essentially|actually|again|always|never|constantly|widely|reportedly)$/;

/** The -ing form at `i` is a progressive verb: a form of "be", perhaps with adverbs, before it ("He’s not saying …"). */
function progressive(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k > 0 && i - k <= 3 && BE_ADVERBS.test(lower(tokens[k]))) k--;
  return BE_FORMS.test(lower(tokens[k]));
}

/**
 * The active frame of a quotation around the participle at `i` ("Interfax quoted Putin as saying …", "HRW cites another
 * activist as saying …", "…, quoting an official as saying …"): the verb of quoting and the one quoted, or null. The
 * one quoted is the source; the subject of "quoted" is the channel that carried it.
 */
function activeQuotedAs(tokens: readonly Token[], i: number, sFirst: number): { verb: number; source: TokRange } | null {
  if (lower(tokens[i - 1]) !== 'as' || !/^(?:saying|telling|stating|writing)$/.test(lower(tokens[i]))) return null;
  for (let k = i - 2; k > sFirst && k >= i - 12; k--) {
    const w = lower(tokens[k]);
    if (/^(?:quoted|quotes|quoting|cited|cites|citing|reported|reports|reporting)$/.test(w)) {
      // (a form of "be" before it is the passive frame, read by passiveQuotedAs)
      let b = k - 1;
      while (b > sFirst && BE_ADVERBS.test(lower(tokens[b]))) b--;
      if (BE_FORMS.test(lower(tokens[b]))) return null;
      // (the one quoted, without the commas of an appositive around it: "quoted, Ukraine's interior minister, …")
      let first = k + 1, last = i - 2;
      while (first <= last && tokens[first]!.text === ',') first++;
      while (last >= first && tokens[last]!.text === ',') last--;
      return last >= first && tokens.slice(first, last + 1).some((t) => t.kind === 'word') ? { verb: k, source: { first, last } } : null;
    }
    if (tokens[k]!.kind === 'quote' || tokens[k]!.kind === 'punct' && /^[.;:!?]$/.test(tokens[k]!.text)) return null;
  }
  return null;
}

/** The active frame of a quotation that the verb of quoting at `i` opens ("Interfax quoted Putin as saying …"), or null. */
function quotesAsSaying(tokens: readonly Token[], i: number, sLast: number): { verb: number; source: TokRange } | null {
  for (let k = i + 2; k <= Math.min(sLast, i + 12); k++) {
    if (tokens[k]!.kind === 'quote' || tokens[k]!.kind === 'punct' && /^[.;:!?]$/.test(tokens[k]!.text)) return null;
    if (lower(tokens[k]) === 'as' && /^(?:saying|telling|stating|writing)$/.test(lower(tokens[k + 1]))) {
      const active = activeQuotedAs(tokens, k + 1, i - 1);
      return active?.verb === i ? active : null;
    }
  }
  return null;
}

/**
 * The "be" of a passive quoting frame before the participle at `i` ("was quoted as saying", "is cited by TASS as
 * telling"), or -1.
 */
function passiveQuotedAs(tokens: readonly Token[], i: number, sFirst: number): number {
  if (lower(tokens[i - 1]) !== 'as') return -1;
  for (let k = i - 2; k > sFirst && k >= i - 9; k--) {
    const w = lower(tokens[k]);
    if (/^(?:quoted|cited)$/.test(w)) {
      let b = k - 1;
      while (b > sFirst && BE_ADVERBS.test(lower(tokens[b]))) b--;
      return BE_FORMS.test(lower(tokens[b])) ? b : -1;
    }
    if (tokens[k]!.kind === 'punct' && tokens[k]!.text !== '.' || tokens[k]!.kind === 'quote') return -1;
  }
  return -1;
}

/**
 * Nouns for a statement that a later clause disputes or confirms ("…, a claim Kyiv denied"); the findings read a
 * denial whose content is one of them as a contested claim.
 *
 * @example
 * CLAIM_NOUNS.test('charge') // true
 */
export const CLAIM_NOUNS = /^(?:claim|claims|assertion|allegation|allegations|charge|charges|accusation|accusations|account|version|report|reports|statement)$/;

/** Token `d` opens an appositive noun of saying after a comma: ", a claim …", ", an account …". */
function claimAppositive(tokens: readonly Token[], d: number): boolean {
  // (not a subject with its own modifier: "…, a report on the failed mission said.")
  const after = tokens[d + 2];
  return tokens[d - 1]?.text === ',' && /^(?:a|an|the)$/.test(lower(tokens[d])) && CLAIM_NOUNS.test(lower(tokens[d + 1]))
    && !(after && (PREPOSITIONS.has(lower(after)) || /^\p{Ll}+ed$/u.test(after.text) && !/^(?:denied|rejected|disputed|dismissed|refuted|contested|questioned)$/.test(lower(after))));
}

/** What "claim" takes when it wins or kills rather than asserts: "the top spot", "gold", "the lives of", "41 percent". */
const CLAIMED_PRIZE = /^\s+(?:(?:the|a|an|his|her|their|its|another)\s+)?(?:(?:first|second|third|fourth|fifth|top|\d+(?:st|nd|rd|th)|[\d.,]+|more|another)\s+)?(?:titles?|crowns?|prizes?|spots?|places?|gold|silver|bronze|medals?|trophy|trophies|lives|life|percent|per cent|territory|seats?|pole|scalps?|wickets?|victims)\b/i;

/** Words that open an amount ("292,000", "less than", "around", "a further"). */
const AMOUNT_WORDS = /^(?:\d[\d,.]*%?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|dozens?|half|less|fewer|around|about|nearly|almost|roughly|approximately|some|further|extra|additional)$/;
/** What a score or a count adds up in ("a second goal", "the conversion", "jobs"). */
const COUNTED = /^(?:goals?|tries|try|conversions?|penalt(?:y|ies)|points?|runs?|wickets?|drop-goals?|brace|hat-trick|touchdowns?|baskets?|birdies?|jobs|percent|cent|%|seats?|members?|stores?|branches|staff|workers|customers|subscribers|users|routes|flights)$/;

/**
 * The object of "add" at `from` is an amount or a score ("292,000 jobs", "less than 1 percent", "the conversion",
 * "a second goal"), not a statement: an amount word first, or a counted noun within three words, and no verb of its own.
 */
function addsToCount(tokens: readonly Token[], from: number, sLast: number): boolean {
  let k = from;
  if (/^(?:a|an|the|his|her|their|its|another)$/.test(lower(tokens[k]))) k++;
  if (k > sLast || /^(?:that|to|whether|how|what|why|if)$/.test(lower(tokens[k]))) return false;
  // ("added some projects, such as X, were doing well", "added that staff …": a verb of its own makes it a clause)
  for (let m = k; m <= sLast; m++) {
    const w = lower(tokens[m]);
    if (/^(?:than|as|which|who|that|when|while|because|after|before|since|if|to)$/.test(w) && !(w === 'as' && lower(tokens[m - 1]) === 'such') || /^[—–―-]+$/.test(w)) break;
    if (/^(?:is|are|was|were|has|have|had|will|would|could|should|might|may|can)$/.test(w)) return false;
  }
  if (AMOUNT_WORDS.test(lower(tokens[k]))) return true;
  for (let m = k; m <= Math.min(sLast, k + 2); m++) {
    if (tokens[m]!.kind !== 'word') return false;
    if (COUNTED.test(lower(tokens[m]))) return true;
  }
  return false;
}

/** Things that are blown up rather than criticised ("blasted a bridge", "blasted their positions"). */
const PHYSICAL_TARGETS = /^(?:bridges?|buildings?|roads?|railways?|rails|tunnels?|holes?|walls?|doors?|gates?|positions?|tanks?|cars?|trucks?|vehicles?|houses?|homes?|villages?|towns?|cit(?:y|ies)|airports?|checkpoints?|bases?|bunkers?|trenches|rocks?|pipelines?|dams?|music|speakers?|water|hoses?|cannons?|shells?|rockets?|missiles?)$/;

/** The words before the comma at `comma` are the sentence's subject alone ("Trump, asked …", "The envoy, …"). */
function subjectAside(tokens: readonly Token[], sFirst: number, comma: number): boolean {
  if (comma - sFirst < 1 || comma - sFirst > 6) return false;
  return tokens.slice(sFirst, comma).every((t) => t.kind === 'word' && !cueInfo(t.text) && !(/^\p{Ll}+ed$/u.test(t.text)) && !PRONOUNS.has(lower(t)) || t.kind === 'number');
}

/** Finite verbs and auxiliaries that can carry a clause. */
const FINITE = /^(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|did|does|do)$/;

/**
 * In a that-clause from `from` to `to`, the first token of the sentence's own predicate: after the clause has had
 * its finite verb, a finite verb or past form right after a lower-case noun ("… any attack raised fears", "… an
 * offensive was echoed"), or -1.
 */
function matrixVerbAfter(ctx: Context, from: number, to: number): number {
  const { tokens } = ctx;
  let finite = false;
  for (let j = from; j <= to; j++) {
    const w = lower(tokens[j]);
    if (/^(?:that|which|who|whom|whose|and|but|or|if|because|while|when|where)$/.test(w) || tokens[j]!.kind !== 'word') {
      if (finite && /^(?:that|which|who|whom|whose)$/.test(w)) return -1; // a relative clause inside: too unsure
      continue;
    }
    const verb = FINITE.test(w) || /^\p{Ll}+ed$/u.test(tokens[j]!.text) || IRREGULAR_PAST.has(w);
    if (!verb) continue;
    const p = tokens[j - 1]!;
    if (finite && p.kind === 'word' && !isCap(p) && !FINITE.test(lower(p)) && !/^(?:not|n’t|n't|also|never|still|then|now|that|to|and|but|or|nor)$/.test(lower(p)) && !/^\p{Ll}+(?:ed|ly|ing)$/u.test(p.text)) return j;
    // ("Trump's claim that the election was rigged drew fire": a participle after its auxiliary ends the clause too)
    if (finite && /^\p{Ll}+ed$/u.test(p.text) && /^(?:was|were|is|are|been|be)$/.test(lower(tokens[j - 2])) && (IRREGULAR_PAST.has(w) || /^\p{Ll}+ed$/u.test(tokens[j]!.text)) && !/^(?:by|to|in|on|at)$/.test(lower(tokens[j + 1]))) return j;
    finite = true;
  }
  return -1;
}

/** Forms of "take" in "took to Twitter to …". */
const TAKE_FORMS = /^(?:take|takes|took|taken|taking)$/;

/**
 * The "take" of a channel frame before the base-form verb at `i` ("took to Twitter overnight to accuse" → "took"), or
 * -1. Going to a platform in order to speak is speaking there: the infinitive reports, for the subject of "took".
 */
function channelFrameTo(tokens: readonly Token[], i: number): number {
  if (lower(tokens[i - 1]) !== 'to') return -1;
  for (let k = i - 3; k >= 1 && k >= i - 8; k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word') return -1;
    if (lower(t) === 'to' && TAKE_FORMS.test(lower(tokens[k - 1]))) return k - 1;
  }
  return -1;
}

/**
 * "Sikorski took to Twitter late Thursday saying: …": a participle of saying after "took to" and a named platform,
 * in the same clause, is said by the subject of "took"; the index of "took", or -1.
 */
function tookToBefore(tokens: readonly Token[], j: number, sFirst: number): number {
  if (!/^\p{Ll}+ing$/u.test(tokens[j]?.text ?? '')) return -1;
  for (let k = j - 2; k > sFirst && k >= j - 12; k--) {
    const t = tokens[k]!;
    if (t.kind === 'quote' || /^[;:]$/.test(t.text)) return -1;
    if (lower(t) === 'to' && TAKE_FORMS.test(lower(tokens[k - 1])) && isCap(tokens[k + 1])) return k - 1;
  }
  return -1;
}

/**
 * "HRW released a statement saying …", "His office put out a statement saying …": a participle of saying right after
 * a document that a verb of issuing governs is said by that verb's subject (as PolNeAR marks it); the verb's index,
 * or -1.
 */
function issuedBefore(tokens: readonly Token[], j: number, sFirst: number): number {
  if (!/^\p{Ll}+ing$/u.test(tokens[j]?.text ?? '')) return -1;
  let k = j - 1;
  // ("posted a message on Twitter reading …": past the platform)
  if (isCap(tokens[k]) && /^(?:on|to|via)$/.test(lower(tokens[k - 1]))) k -= 2;
  if (!/^(?:statement|report|letter|memo|message|note|communiqu[eé]|release|video|post|tweet|declaration|notice|messages|posts|tweets)$/.test(lower(tokens[k]))) return -1;
  k--;
  while (k > sFirst && tokens[k]!.kind === 'word' && !DETERMINERS.has(lower(tokens[k])) && j - k < 5) k--;
  if (!DETERMINERS.has(lower(tokens[k]))) return -1;
  k--;
  if (lower(tokens[k]) === 'out' || lower(tokens[k]) === 'up') k--;
  return k > sFirst && /^(?:issued|issues|released|releases|put|puts|posted|posts|published|publishes|sent|sends|read|wrote|writes|tweeted|distributed|circulated)$/.test(lower(tokens[k])) ? k : -1;
}

/** Pronouns that stand for a person or group who can be quoted ("it" is too often the weather or a plan). */
const AGENT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);
/** Prepositions that belong to a phrasal verb before its object ("went after", "talked about"). */
const VERB_PARTICLES = new Set(['after', 'about', 'on', 'for', 'at', 'with', 'of', 'to', 'into', 'against', 'over']);
/** Words that stop the search for a quote's clause: another clause begins between the verb and the quote. */
const CLAUSE_BREAKS = new Set([';', ':', '(', ')', '—', '–', 'which', 'that', 'who', 'because', 'while', 'when', 'if', 'but', 'although',
  'after', 'before', 'since', 'until', 'unless', 'whether', 'where', 'he', 'she', 'they', 'we', 'i']);

/**
 * The clause around a quote that no reporting verb governs: its subject, if it names a person or organisation (or
 * is a personal pronoun), the verb group after it, and where the verb's object starts. News writing puts a
 * subject's own words in quote marks inside such a clause ("The nominee openly admires the general as a “strong leader”").
 */
function clauseAgent(ctx: Context, openTok: number, sFirst: number): { source: TokRange; cue: TokRange; object: number } | null {
  const { tokens } = ctx;
  // ("Although the fund did not single out his plans, it referenced “…”": past an opening subordinate clause, the
  // main clause's subject)
  const w0 = firstWord(ctx, sFirst, openTok);
  const main = FRONTED.test(lower(tokens[w0])) ? pastComma(ctx, w0 + 1, openTok) : -1;
  const subject = mainSubject(ctx, main > w0 && main < openTok ? main : sFirst, openTok);
  if (!subject || subject.last >= openTok - 1) return null;
  // ("… personnel and armed “…”": a subject cut off at a conjunction is no subject)
  if (/^(?:and|or|but|of|the|a|an)$/.test(lower(tokens[subject.last]))) return null;
  if (!isAgent(ctx, subject)) return null;
  let v = subject.last + 1;
  let aux = '';
  while (v < openTok && (AUXILIARIES.test(lower(tokens[v])) || isAdverbish(tokens[v]) || lower(tokens[v]) === 'never')) {
    // (the auxiliary that decides the verb's form, not a negation after it: "was not seizing")
    if (AUXILIARIES.test(lower(tokens[v])) && !/^(?:not|n[’']t)$/.test(lower(tokens[v]))) aux = lower(tokens[v]);
    v++;
  }
  const verb = tokens[v];
  if (!verb || verb.kind !== 'word' || isCap(verb) || v >= openTok) return null;
  const w = lower(verb);
  if (DETERMINERS.has(w) || PREPOSITIONS.has(w) || PRONOUNS.has(w) || AUXILIARIES.test(w)) return null;
  // a finite verb: an -ed or -s form or a known irregular past; after "be" an -ing form ("is seizing on", not "is
  // happy" or a passive "was introduced", whose subject said nothing); after "have" a participle; after a modal, any
  if (!aux && !/(?:ed|[^s]s)$/.test(w) && !IRREGULAR_PAST.has(w)) return null;
  if (/^(?:is|are|was|were|am|be|been|being|[’']s|[’']re)$/.test(aux) && !/ing$/.test(w)) return null;
  if (/^(?:has|have|had|[’']ve|[’']d)$/.test(aux) && !/(?:ed|en|wn|ne|t)$/.test(w) && !IRREGULAR_PAST.has(w)) return null;
  let last = v;
  while (last + 1 < openTok - 1 && VERB_PARTICLES.has(lower(tokens[last + 1])) && tokens[last + 2]?.kind === 'word') last++;
  // the quote must be part of this verb's clause, and near it
  if (openTok - last > 16) return null;
  // (words inside an earlier quote of the clause do not count: a “political arsonist who will burn the coalition” and a “…”)
  let inQuote = false;
  for (let k = last + 1; k < openTok; k++) {
    if (tokens[k]!.kind === 'quote' && !isApostrophe(tokens, k)) inQuote = !inQuote;
    else if (!inQuote && CLAUSE_BREAKS.has(lower(tokens[k]))) return null;
  }
  return { source: subject, cue: { first: v, last: v }, object: last + 1 };
}

/** A subject that can say something: a personal pronoun, or a name of a person, organisation or country in it. */
function isAgent(ctx: Context, r: TokRange): boolean {
  const { tokens } = ctx;
  if (r.first === r.last && AGENT_PRONOUNS.has(lower(tokens[r.first]))) return true;
  const start = tokens[r.first]!.start, end = tokens[r.last]!.end;
  // "The opposition candidate", "Two senior officials"
  if (PERSON_NOUNS.test(lower(tokens[r.last]).replace(/s$/, ''))) return true;
  return ctx.mentions.some((m) => m.start >= start && m.end <= end && (m.type === 'PERSON' || m.type === 'ORG' || m.type === 'GPE' || m.type === 'NORP'));
}

/** A cue governing a partial quote: "calling the talks “very good”", "warning of a “horrible massacre”". */
function partialCue(ctx: Context, openTok: number, sFirst: number): (Frame & { lemma: string }) | null {
  const { tokens } = ctx;
  for (let j = openTok - 1, n = 0; j >= sFirst && n < 14; j--, n++) {
    const t = tokens[j]!;
    if (t.kind === 'quote') {
      // "called the envoy a “liar,” a “puppet,” “reckless” and “weak”": a quote coordinated with an
      // earlier one shares its cue; skip back over the earlier quote
      const between = ctx.text.slice(t.end, tokens[openTok]!.start);
      // (and a relative clause in the quoted words' own terms: "as “a lifetime politician” who “has never …”")
      // (or the earlier quote's own complement: "of being “duped” by “a con”")
      if (!/^[\s,]*(?:(?:and|or|who|which|by|of|with|from|about)\s+)?(?:(?:a|an|the)\s+)?$/i.test(between)) return null;
      let o = j - 1;
      while (o >= sFirst && tokens[o]!.kind !== 'quote') o--;
      if (o < sFirst || j - o > 12) return null;
      return partialCue(ctx, o, sFirst);
    }
    if (t.text === ';') return null;
    const info = cueInfo(t.text) ?? partialOnlyCue(t.text);
    if (!info || isCap(t) && j !== sFirst) continue;
    // (", referring to the excuse, “…”" comments between the pieces of a split quote; it quotes nothing itself)
    if (info.partialOnly && info.participle && tokens[j - 1]?.text === ',') continue;
    // (a verb that reports only next to a quotation frames one right after it, "chanted “Free the prisoners!”", but none
    // further on in its clause: "It reads as “too soft”")
    if (!PARTIAL_CUE_LEMMAS.has(info.lemma) && info.tier !== 'speech' || info.topicOnly || info.frameOnly && !/^[\s,:]*$/.test(ctx.text.slice(t.end, tokens[openTok]!.start))) continue;
    // (a quantifier standing for people is the subject of a past form: "Some chanted “USA! USA!”", "many shouted")
    if (DETERMINERS.has(lower(tokens[j - 1])) && !(info.pastForm && /^(?:some|many|several|both|all|most|few|others)$/.test(lower(tokens[j - 1])))) continue;
    // ("described the action as revealed by the report as “too little, too late”": "as revealed by" is an aside; the
    // frame is further back)
    if (info.pastForm && lower(tokens[j - 1]) === 'as') continue;
    // ("the staff in question", "beyond question", "without question": the noun in an idiom asks nothing)
    if (info.lemma === 'question' && /^(?:in|beyond|without|no)$/.test(lower(tokens[j - 1]))) continue;
    // ("to shouts of “Hurrah!”": an -s form after a preposition is a plural noun; the shouts are the crowd's)
    if (pluralAfterPreposition(tokens, j, info)) return null;
    // "the extra demand that had driven sales": a base form after an article and a modifier is a noun
    // (after a name's adjective too, "the Argentine state would not …"; not a plural people's word, "the Russians state")
    if (t.text.toLowerCase() === info.lemma && /^(?:the|a|an|this|that|their|his|her|its|our)$/.test(lower(tokens[j - 2])) && tokens[j - 1]?.kind === 'word' && (!isCap(tokens[j - 1]) || !/s$/.test(tokens[j - 1]!.text))) continue;
    // ("disclosure of state secrets, “…”", "in state media": a base form right after a preposition other than "to" is a noun)
    if (t.text.toLowerCase() === info.lemma && PREPOSITIONS.has(lower(tokens[j - 1])) && lower(tokens[j - 1]) !== 'to') continue;
    // "32% of official claims as “false”": an -s form that doubles as a plural noun must read as a verb
    if (info.nounLike && /s$/i.test(t.text) && t.text.toLowerCase() !== info.lemma && !verbCue(ctx, j, true)) continue;
    // "plotting to declare a “people's republic”": an infinitive reports no statement
    // ("took to Twitter to call him a “liar”" does: going to a platform to speak is speaking there)
    if (lower(tokens[j - 1]) === 'to' && t.text.toLowerCase() === info.lemma && channelFrameTo(tokens, j) < sFirst) return null;
    // "— called “unfortunate” by the UN secretary general", "described by a royal source as “well-intentioned”": a
    // passive names who said it with "by", right after the participle or right after the quoted words
    const agent = info.pastForm ? passiveAgent(ctx, j, openTok) : null;
    if (agent) return { source: agent, cue: { first: j, last: j }, lemma: info.lemma };
    if (info.pastForm && PASSIVE_AUX.has(lower(tokens[j - 1]))) return null;
    const rel = relativeBefore(ctx, j, sFirst);
    return { source: participleSource(ctx, j, sFirst) ?? (rel >= 0 ? { first: rel, last: rel } : null), cue: { first: j, last: j }, lemma: info.lemma };
  }
  return null;
}

/**
 * Who said it, for a past participle at `j` framing the quote opened at `openTok` in a passive: "— called “unfortunate”
 * by the UN secretary general", "described by a royal source as “well-intentioned”", "was branded “reckless” by Moscow".
 * The agent follows "by" right after the participle or right after the quoted words. (Not after "have": "has called".)
 */
function passiveAgent(ctx: Context, j: number, openTok: number): TokRange | null {
  const { tokens } = ctx;
  if (/^(?:has|have|had|[’']ve|[’']d)$/.test(lower(tokens[j - 1]))) return null;
  if (lower(tokens[j + 1]) === 'by') return byAgent(ctx, j + 2, openTok - 1);
  // (past quoted words coordinated with these: "described as “irresponsible” and “outrageous” by the commission")
  let close = closeOf(ctx, openTok);
  for (let n = 0; n < 4; n++) {
    let k = close + 1;
    if (tokens[k]?.text === ',') k++;
    if (/^(?:and|or)$/.test(lower(tokens[k]))) k++;
    if (k === close + 1 || tokens[k]?.kind !== 'quote' || isApostrophe(tokens, k)) break;
    const next = closeOf(ctx, k);
    if (next === k) break;
    close = next;
  }
  return byAgent(ctx, close + 2, ctx.sentTok[tokens[openTok]!.sentence]?.last ?? openTok, 'by');
}

/** The token of the quote mark that closes the quote opened at `open` (or `open` when none follows in the sentence). */
function closeOf(ctx: Context, open: number): number {
  const { tokens } = ctx;
  const last = ctx.sentTok[tokens[open]!.sentence]?.last ?? open;
  for (let k = open + 1; k <= last; k++) if (tokens[k]!.kind === 'quote' && !isApostrophe(tokens, k)) return k;
  return open;
}

/**
 * The agent of a passive after "by" at `from` ("by the UN secretary general", "by a royal source as"), up to `limit`:
 * words up to a comma, a quote, "as", a conjunction or a preposition other than "of"; only a phrase that can speak.
 * With `need`, the token before `from` must be that word.
 */
function byAgent(ctx: Context, from: number, limit: number, need?: string): TokRange | null {
  const { tokens } = ctx;
  if (need && lower(tokens[from - 1]) !== need) return null;
  let last = from - 1;
  for (let k = from; k <= limit; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' && t.kind !== 'number' && !/^[’']s$/.test(t.text)) break;
    const w = lower(t);
    if (w !== 'of' && (PREPOSITIONS.has(w) || /^(?:as|and|or|but|who|which|that|while|when|because|after|before)$/.test(w))) break;
    last = k;
  }
  if (last < from || last - from > 8) return null;
  const r = { first: from, last };
  // ("by a royal source", "by critics", "by the electoral commission": nouns for unnamed people or bodies who speak)
  // (or a title in the phrase, "by Ukrainian President Petro Poroshenko", when no name was tagged)
  return isAgent(ctx, r) || ORG_WORDS.test(lower(tokens[last])) || /^(?:sources?|insiders?|critics?|observers?|aides?|allies|ally|opponents?|supporters?|people)$/.test(lower(tokens[last]))
    || tokens.slice(from, last).some((t) => isCap(t) && PERSON_NOUNS.test(lower(t))) ? r : null;
}

/** The quoted words before the closing mark at token `close` end with a comma, a stop or a dash ("…,”", "…?’”"). */
function stopBefore(ctx: Context, close: number): boolean {
  const at = ctx.tokens[close]!.start;
  return /[,.!?…—–-][’'"”)\]]*$/.test(ctx.text.slice(Math.max(0, at - 8), at).trimEnd());
}

/** The quote opened at token `open` closes in its sentence and the clause goes on with a lower-case word or a number. */
function goesOnAfterQuote(ctx: Context, open: number): boolean {
  const { tokens } = ctx;
  const sent = tokens[open]!.sentence;
  let c = open + 1;
  while (c < tokens.length && tokens[c]!.sentence === sent && (tokens[c]!.kind !== 'quote' || isApostrophe(tokens, c))) c++;
  const n = tokens[c + 1];
  // (or with a capitalised word the quoted words modify, no comma or stop between: "criticised “extravagant” Tory
  // promises on policing")
  const modifies = !!n && n.kind === 'word' && isCap(n) && tokens[c + 2]?.kind === 'word' && !isCap(tokens[c + 2]) && tokens[c + 2]!.sentence === sent
    && !stopBefore(ctx, c);
  return c < tokens.length && tokens[c]!.kind === 'quote' && !!n && n.sentence === sent && (n.kind === 'word' && !isCap(n) || n.kind === 'number' || modifies);
}

/** Words that open a participle clause before the main clause ("After saying …, she was …", "In declaring …, the pope …"). */
const OPENING_SUBORDINATOR = /^(?:after|before|while|when|by|upon|in)$/;

/**
 * The token after the first comma from `from` (before `limit`), past a closing quote mark the comma stands inside
 * ("After saying the road was “too dangerous,” she was …"), or -1 when there is none.
 */
function pastComma(ctx: Context, from: number, limit: number, marks = true): number {
  const { tokens } = ctx;
  let k = from;
  while (k < limit && tokens[k]!.text !== ',') k++;
  if (k >= limit) return -1;
  k++;
  while (marks && k < limit && tokens[k]!.kind === 'quote' && !isApostrophe(tokens, k)) k++;
  return k;
}

/** Source of a cue: for a participle after a comma, the main clause's subject ("…, accusing"); else the subject before it. */
function participleSource(ctx: Context, j: number, sFirst: number): TokRange | null {
  const { tokens } = ctx;
  // "should keep repeating", "continued to insist": the catenative verb's subject
  if (j - 1 > sFirst && CATENATIVES.test(lower(tokens[j - 1]))) return subjectBefore(tokens, j - 1, sFirst);
  const cat = Math.max(catenativeTo(tokens, j), channelFrameTo(tokens, j), tookToBefore(tokens, j, sFirst), issuedBefore(tokens, j, sFirst));
  if (cat > sFirst) return subjectBefore(tokens, cat, sFirst);
  // (", going on to say …" is a participle clause like ", adding …")
  const participle = (cueInfo(tokens[j]!.text) ?? partialOnlyCue(tokens[j]!.text))?.participle || lower(tokens[j]) === 'going' && lower(tokens[j + 1]) === 'on';
  if (!participle) {
    // "… and has pledged", "… but said": a second verb of the main clause shares its subject
    let p = j - 1;
    while (p >= sFirst && isAdverbish(tokens[p]) && !isCap(tokens[p])) p--;
    // (and "though", ", yet" with no subject of their own: "Borodai denies having worked for … though admits knowing …")
    if (/^(?:and|but|or|though|although)$/.test(lower(tokens[p])) || lower(tokens[p]) === 'yet' && tokens[p - 1]?.text === ',') return coordinatedSubject(ctx, p, sFirst);
    // ("denied Russia had sent any troops, said the documents were fakes and …": a comma coordinates too)
    // (only after an earlier finite cue of the clause, outside a relative clause: "Richard Revesz, director of …, said"
    // is a subject and its appositive)
    // (not an -s form that doubles as a noun in apposition: "reported launching a counteroffensive, claims that many
    // experts said seemed to be propaganda")
    const nounS = /s$/.test(lower(tokens[j])) && !!cueInfo(tokens[j]!.text)?.nounLike;
    if (p === j - 1 && !nounS && asyndeticCue(ctx, j, ctx.sentTok[tokens[j]!.sentence]?.last ?? j)) {
      let earlier = false;
      for (let m = p - 1; m > sFirst; m--) {
        if (tokens[m]!.kind === 'quote' || tokens[m]!.text === ';') break;
        const ci = verbCue(ctx, m, false);
        if (ci && !ci.participle && lower(tokens[m]) !== ci.lemma) { earlier = !tokens.slice(sFirst, m).some((t) => /^(?:who|which|whom|whose)$/.test(lower(t))); break; }
      }
      if (earlier) return coordinatedSubject(ctx, p, sFirst);
    }
    const s = subjectBefore(tokens, j, sFirst);
    // "A man who was held by the militia … on charges of working for Kyiv said": a name right after a preposition
    // is that preposition's object, not the subject; the subject opens the sentence
    let before = s ? s.first - 1 : -1;
    if (lower(tokens[before]) === 'the') before--;
    if (s && before > sFirst && /^(?:for|of|by|with|from|against|about|in|at|on)$/.test(lower(tokens[before])) && (isCap(tokens[s.first]) || lower(tokens[s.first]) === 'the')) {
      const m = mainSubject(ctx, sFirst, j);
      if (m && m.last < s.first - 1) return m;
    }
    return s;
  }
  let p = j - 1;
  while (p >= sFirst && isAdverbish(tokens[p])) p--;
  // "Russian stations have been harshly criticizing the “nationalists”", "… and are now demanding …": a progressive's
  // subject stands before its auxiliaries (or, after "and", is the first verb's)
  // (and a perception passive: "One supporter was heard grousing that …")
  const perceived = /^(?:heard|seen|overheard|caught|spotted|filmed|recorded)$/.test(lower(tokens[p])) && /^(?:is|are|was|were|been|be)$/.test(lower(tokens[p - 1]));
  if (p > sFirst && (/^(?:is|are|was|were|been|be|’s|'s|’re|'re)$/.test(lower(tokens[p])) || perceived)) {
    let a = perceived ? p - 1 : p;
    while (a - 1 >= sFirst && (/^(?:is|are|was|were|been|be|has|have|had|will|would|could|may|might|must|should|’s|'s|’re|'re)$/.test(lower(tokens[a - 1])) || isAdverbish(tokens[a - 1]) && !isCap(tokens[a - 1]))) a--;
    if (a - 1 >= sFirst && /^(?:and|but)$/.test(lower(tokens[a - 1]))) return coordinatedSubject(ctx, a - 1, sFirst);
    const s = subjectBefore(tokens, a, sFirst);
    // (past an aside's closing comma: "Mr Livingstone, who once worked on the paper, is heard asking …")
    if (s && (s.last === a - 1 || s.last === a - 2 && tokens[a - 1]!.text === ',')) return s;
    if (!s && tokens[a - 1]?.text === ',') {
      // ("Mr Livingstone, who once worked on the paper, is heard asking …": the phrase before the relative clause)
      let w = a - 2;
      while (w > sFirst && !(/^(?:who|which)$/.test(lower(tokens[w])) && tokens[w - 1]!.text === ',')) w--;
      const m = w > sFirst + 1 ? subjectBefore(tokens, w - 1, sFirst) : null;
      if (m && m.last === w - 2) return m;
    }
  }
  // "amid signs reading “…”", "banners saying …": the written thing right before the participle is the source
  if (p >= sFirst && /^(?:signs|banners|placards|posters|slogans|leaflets|headlines|t-shirts|shirts|flags|billboards|graffiti)$/.test(lower(tokens[p]))) return { first: p, last: p };
  // "with Trump recently warning": the participle has its own subject
  // ("a series of tweets early Friday saying": a time before the participle is no subject of it)
  if (p >= sFirst && tokens[p]!.kind === 'word' && !/^(?:and|while|before|after|by|when|also)$/.test(lower(tokens[p])) && !isTimeWord(tokens[p])
    && !(opensSentence(ctx, p, sFirst) && OPENING_SUBORDINATOR.test(lower(tokens[p])))) {
    // "The film uses footage of Angela Merkel asking …": a name right before the participle is its subject
    if (isCap(tokens[p]) && p > sFirst && !isCap(tokens[p - 1])) return { first: p, last: p };
    if (isCap(tokens[p])) {
      let f = p;
      while (f - 1 >= sFirst && isCap(tokens[f - 1])) f--;
      if (f > sFirst && /^(?:of|with|by|from|showing|shows)$/.test(lower(tokens[f - 1]))) return { first: f, last: p };
    }
    const s = subjectBefore(tokens, j, sFirst);
    // "Blears defended the move saying it would …": a thing that cannot speak, as the object of a finite verb, leaves
    // the participle to the clause's subject (a person, a body or a text keeps it: "officials saying", "a report saying")
    // (nor a predicate after a copula: "Unilever said it was optimistic about prospects for its products saying …")
    const predicate = !!s && /^(?:was|were|is|are)$/.test(lower(tokens[s.first - 1])) && /^\p{Ll}/u.test(tokens[s.first]!.text) && !DETERMINERS.has(lower(tokens[s.first]));
    if (s && s.first - 1 > sFirst && (isFiniteVerbWord(tokens[s.first - 1]) && !isSpeakerNoun(ctx, s) || predicate)) {
      // (the copula's own subject: "… said it was optimistic … saying" is "it")
      const m = predicate ? subjectBefore(tokens, s.first - 1, sFirst) : mainSubject(ctx, sFirst, s.first - 1);
      if (m && m.last < s.first - 1) return m;
    }
    // ("Protesters marched through Kyiv demanding …", "He sent a letter demanding …": no subject right before the
    // participle, whose doer is then the clause's subject, when a verb stands between them)
    // (only a subject that can speak: "One possible reason for the lack …", "The clearest …" cannot)
    if (!s) {
      const m = mainSubject(ctx, sFirst, j);
      if (m && m.last < j - 1 && isSpeakerNoun(ctx, m) && !/^(?:the|a|an|that|this|it)$/i.test(tokens[m.last]!.text)
        && !/^(?:according|possibly|perhaps|probably)$/i.test(tokens[m.first]!.text) && !(m.first === m.last && /ly$/i.test(tokens[m.first]!.text))
        && tokens.slice(m.last + 1, j).some((x) => isFiniteVerbWord(x) || /^\p{Ll}+s$/u.test(x.text) && x.kind === 'word' && !PREPOSITIONS.has(lower(x)))) return m;
    }
    return s;
  }
  // "After saying the road was “too dangerous,” she was …": an opening participle clause; the subject follows it
  if (opensSentence(ctx, p, sFirst) && OPENING_SUBORDINATOR.test(lower(tokens[p]))) {
    const sLast = ctx.sentTok[tokens[j]!.sentence]?.last ?? j;
    const k = pastComma(ctx, j + 1, sLast);
    const s = k >= 0 && k < sLast ? mainSubject(ctx, k, sLast + 1) : null;
    if (s) return s;
  }
  // "The region “has seen …,” Guterres said in June, citing …": the speaker of the quote's frame
  for (let c = j - 1; c > sFirst && j - c < 16; c--) {
    if (tokens[c]!.kind !== 'quote' || isApostrophe(tokens, c)) continue;
    if (tokens[c - 1]!.end !== tokens[c]!.start) break; // an opening mark: no frame between
    const frame = frameAfter(ctx, c);
    if (frame?.source && frame.cue.last < j) return frame.source;
    break;
  }
  // "EU membership is not a rule for anyone, Fico said, adding that …", "…, said Fico, adding …": the speaker of the
  // reported frame right before the comma, not the subject of the content
  if (tokens[p]?.text === ',') {
    // ("… in Odessa, according to Reuters news agency, citing local police": the source after "according to")
    for (let a = p - 2; a > sFirst && p - a <= 9; a--) {
      if (lower(tokens[a]) !== 'according' || lower(tokens[a + 1]) !== 'to') continue;
      const np = phraseAfter(tokens, a + 2, p - 1);
      if (np && np.last === p - 1) return np;
      break;
    }
    for (let v = p - 1; v > sFirst && p - v <= 4; v--) {
      if (!speechVerbAt(ctx, v)) continue;
      const s = subjectBefore(tokens, v, sFirst);
      if (s && s.last === v - 1 && tokens[s.first - 1]?.text === ',') return s;
      const after = v + 1 < p ? phraseAfter(tokens, v + 1, p - 1) : null;
      if (after && tokens[v - 1]?.text === ',' && after.last === p - 1 && isCap(tokens[after.first])) return after;
      break;
    }
  }
  const main = mainSubject(ctx, sFirst, j);
  // "The move came after Moscow sent troops to Crimea, claiming it needed to …": when the main subject cannot speak, the
  // nearest subject before the participle that can (of a past verb in a clause between them)
  if (main && !isSpeakerNoun(ctx, main)) {
    for (let k = j - 2; k > main.last + 1; k--) {
      if (!isFiniteVerbWord(tokens[k])) continue;
      const s = subjectBefore(tokens, k, main.last + 1);
      if (s && s.last === k - 1 && isAgent(ctx, s)) return s;
    }
  }
  return main;
}

/** A lower-case past (-ed or irregular) or -s verb form: "defended", "rejected", "made", "backs". */
function isFiniteVerbWord(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' || isCap(t)) return false;
  const w = lower(t);
  if (PREPOSITIONS.has(w) || DETERMINERS.has(w) || PRONOUNS.has(w)) return false;
  return /^\p{Ll}{3,}ed$/u.test(t.text) || IRREGULAR_PAST.has(w);
}

/** The head of a phrase names someone or something that speaks: a person, a body, a text ("officials", "a report"). */
function isSpeakerNoun(ctx: Context, r: TokRange): boolean {
  const head = ctx.tokens[r.last]!;
  const w = lower(head).replace(/s$/, '');
  return isAgent(ctx, r) || STATEMENT_NOUNS.has(lower(head)) || STATEMENT_NOUNS.has(w) || ORG_WORDS.test(lower(head)) || isCap(head) || GROUP_NOUNS.test(w)
    || /^(?:people|report|study|survey|poll|paper|document|letter|website|site|sign|banner|tweet|post|video|ad|advert)$/.test(w);
}

/** "Rubio thanked Miami and said …": the subject of the verb that the conjunction at `and` joins to. */
function coordinatedSubject(ctx: Context, and: number, sFirst: number): TokRange | null {
  const { tokens } = ctx;
  for (let v = and - 1; v > sFirst && and - v < 40; v--) {
    const t = tokens[v]!;
    if (t.kind === 'quote' || t.text === ';') break;
    // "X downplayed the attack — something that's thrown the party into chaos — and said …": a parenthetical between
    // dashes is skipped whole
    if (/^[—–―]$/.test(t.text)) {
      let o = v - 1;
      while (o > sFirst && !/^[—–―]$/.test(tokens[o]!.text)) o--;
      if (o > sFirst) { v = o; continue; }
    }
    if (t.kind !== 'word' || isCap(t)) continue;
    const w = lower(t);
    const verbish = !!verbCue(ctx, v, true) || /ed$/.test(w) && !DETERMINERS.has(lower(tokens[v - 1]));
    if (!verbish) continue;
    let subj = subjectBefore(tokens, v, sFirst);
    // ("Borodai denies having ever worked for …": the subject finder ran back over the gerund's finite verb of saying,
    // whose subject is the one)
    const inner = subj ? tokens.slice(subj.first + 1, subj.last).findIndex((x, k) => x.kind === 'word' && !isCap(x) && speechVerbAt(ctx, subj!.first + 1 + k)
      && /^\p{Ll}+ing$/u.test(tokens[subj!.first + 2 + k]!.text)) : -1;
    if (subj && inner >= 0) subj = subjectBefore(tokens, subj.first + 1 + inner, sFirst);
    if (subj && (isCap(tokens[subj.last]) || PRONOUNS.has(lower(tokens[subj.last])) || subj.last > subj.first)) {
      // "He said the talks failed and predicted …": a subject inside a reported clause is not the second verb's; the
      // reporter is (through a belief inside it too: "He said he believed Yanukovich remained …, and said …")
      let found = subj;
      for (let depth = 0; depth < 3; depth++) {
        let c = found.first - 1;
        if (lower(tokens[c]) === 'that') c--;
        const ci = c > sFirst ? verbCue(ctx, c, true) : null;
        if (!ci || ci.participle || lower(tokens[c]) === ci.lemma || !(ci.tier === 'speech' || depth === 0 && ci.tier === 'cognitive')) break;
        const up = subjectBefore(tokens, c, sFirst);
        if (!up) break;
        found = up;
        if (ci.tier === 'speech') break;
      }
      return found;
    }
  }
  return mainSubject(ctx, sFirst, and);
}

/**
 * The subject of a sentence's main clause, for a participle cue (", accusing Moscow of …"):
 * skips an opening adverbial ("With both sides locked in …,") and connectors.
 */
export function mainSubject(ctx: Context, sFirst: number, limit: number): TokRange | null {
  const { tokens } = ctx;
  let i = sFirst;
  // "WASHINGTON — Hillary Clinton made it clear …, touting …": a dateline is no subject
  for (let k = sFirst; k < Math.min(limit, sFirst + 10); k++) {
    // ("PHILADELPHIA, July 25 (UPI) — The committee …": a month and a day in it too)
    if (/^[―—–-]$/.test(tokens[k]!.text) && k > sFirst && tokens.slice(sFirst, k).every((t) => t.kind !== 'word' || /^\p{Lu}[\p{Lu}.'’-]+$/u.test(t.text) || t.text === ',' || /^\(/.test(t.text)
      || /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?$/.test(t.text) || /^\d{1,2}$/.test(t.text))
      && /^\p{Lu}{2,}/u.test(tokens[sFirst]!.text)) { i = k + 1; break; }
  }
  // "“…,” Trump told a rally, saying …", and a sentence that starts inside a quote opened before it ("… real
  // issues. The people of this country do not agree,” Kallas said, suggesting …"): the subject follows the quoted words
  const marks: number[] = [];
  for (let k = sFirst; k < limit; k++) if (tokens[k]!.kind === 'quote' && !isApostrophe(tokens, k)) marks.push(k);
  if (marks.length > 0 && (tokens[i]?.kind === 'quote' || marks.length % 2 === 1)) {
    const k = tokens[i]?.kind === 'quote' ? (marks[1] ?? limit) : marks[0]!;
    if (k < limit) { i = k + 1; if (tokens[i]?.text === ',') i++; }
    // "“…,” said Olga Petrenko, who …, adding …": an inverted frame; the subject follows its verb
    if (i < limit && k < limit && verbCue(ctx, i, false, true) && isCap(tokens[i + 1])) i++;
  }
  // ("Meanwhile, it attacked …": the comma after a connector too)
  while (i < limit && (tokens[i]!.kind === 'quote' || CONNECTORS.has(lower(tokens[i])) || SUBORDINATORS.has(lower(tokens[i])) && i === sFirst || tokens[i]!.text === ',' && i > sFirst && CONNECTORS.has(lower(tokens[i - 1])))) i++;
  // ("Hours later, Trump returned …", "Two days earlier, …": a span of time before "later" or "earlier" and its comma)
  if (i + 3 < limit && /^(?:later|earlier|ago|afterwards?)$/.test(lower(tokens[i + 1])) && tokens[i + 2]?.text === ','
    && /^(?:seconds|minutes|hours|days|weeks|months|years|moments|decades)$/.test(lower(tokens[i]))) i += 3;
  else if (i + 4 < limit && /^(?:later|earlier|ago|afterwards?)$/.test(lower(tokens[i + 2])) && tokens[i + 3]?.text === ','
    && /^(?:seconds|minutes|hours|days|weeks|months|years|moments|decades)$/.test(lower(tokens[i + 1]))) i += 4;
  // ("Late January, the chief of staff acknowledged …": a time with "late", "early" or "mid" before it)
  if (i < limit && (INTRO_WORDS.has(lower(tokens[i])) || isTimeWord(tokens[i]) || /^(?:late|early|mid)$/.test(lower(tokens[i])) && isTimeWord(tokens[i + 1]))) {
    // "On September 27 they published …": a date opening the sentence without a comma
    let d = PREPOSITIONS.has(lower(tokens[i])) ? i + 1 : i;
    // ("On March 3, 2022, Kuleba made …": the year after its comma is part of the date)
    while (d < limit && (isTimeWord(tokens[d]) || tokens[d]!.kind === 'number' || /^\d{1,4}(?:st|nd|rd|th)?$/.test(tokens[d]!.text)
      || tokens[d]!.text === ',' && /^\d{4}$/.test(tokens[d + 1]?.text ?? ''))) d++;
    if (d > i + 1 && d < limit && tokens[d]!.kind === 'word') i = d;
    else if (d > i + 1 && d + 1 < limit && tokens[d]!.text === ',') i = d + 1;
    else {
      const k = pastComma(ctx, i, limit);
      if (k >= 0) i = k;
    }
  }
  // "On Thursday, however, Lavrov spoke …", "Recently, however, it issued …": one opener after another
  for (let round = 0; round < 3 && i < limit; round++) {
    const opener = i;
    if (isAdverbish(tokens[i]) && tokens[i + 1]?.text === ',') i += 2;
    else if (INTRO_WORDS.has(lower(tokens[i])) && tokens[i + 1]?.text === ',') i += 2;
    else if ((INTRO_WORDS.has(lower(tokens[i])) || isTimeWord(tokens[i]))) {
      const k = pastComma(ctx, i, limit, false);
      if (k >= 0) i = k;
    } else if (/^\p{Lu}\p{Ll}+ing$/u.test(tokens[i]!.text) && !ctx.mentions.some((m) => m.start === tokens[i]!.start)
      && tokens.slice(ctx.sentTok[tokens[i]!.sentence]!.first, i).every((t) => t.kind === 'quote' || t.text === ',' || CONNECTORS.has(lower(t)))) {
      // "Looking further ahead in the year, the chairman has predicted …": a participle clause opening the sentence, up
      // to its comma (not a capitalised "-ing" inside a name: "the Reserve Officers’ Training Corps")
      const k = pastComma(ctx, i, limit, false);
      if (k >= 0 && k - i <= 14 && !tokens.slice(i, k).some((t) => t.kind === 'quote')) i = k;
    }
    if (i === opener) break;
  }
  // "He shook hands and …": a subject pronoun is the whole subject
  if (i < limit && /^(?:he|she|they|we|i)$/.test(lower(tokens[i]))) return { first: i, last: i };
  let j = i;
  let last = -1;
  while (j < limit) {
    const t = tokens[j]!;
    // "Sen. Anna Kovac (D-Ore.) said …, arguing that …": a short parenthetical after a name belongs to the source
    if (t.text === '(' && j > i && isCap(tokens[j - 1])) {
      let c = j + 1;
      while (c < limit && c < j + 7 && tokens[c]!.text !== ')' && tokens[c]!.text !== '(') c++;
      if (c < limit && tokens[c]!.text === ')') { last = c; j = c + 1; continue; }
    }
    if (t.kind === 'punct' && t.text !== '.' && t.text !== '-') break;
    if (t.kind === 'quote') break;
    const w = lower(t);
    // "The agency's former chief executive Doug Smith quit, saying …": a possessive runs on into the noun it owns (not
    // "he's said", "Putin's been")
    if (/^[’']s$/.test(t.text) && j > i && !PRONOUNS.has(lower(tokens[j - 1])) && tokens[j + 1]?.kind === 'word' && !cueInfo(tokens[j + 1]!.text)
      && !/ed$/.test(lower(tokens[j + 1])) && !/^(?:been|got|going|not|also|never|already|just)$/.test(lower(tokens[j + 1]))) { last = j; j++; continue; }
    if (t.kind === 'word' && !isCap(t) && j > i) {
      if (isAdverbish(t) || cueInfo(w) || /ed$/.test(w) && !DETERMINERS.has(lower(tokens[j - 1])) || /^(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|did|does|do)$/.test(w)) break;
      // ("Small groups of protesters", "a group of doctors": "of" after a group noun keeps its plural)
      const groupOf = w === 'of' && /^(?:groups?|dozens|hundreds|thousands|millions|scores|members|number|majority|handful|coalition|team|panel)$/.test(lower(tokens[j - 1]))
        && /^\p{Ll}+s$/u.test(tokens[j + 1]?.text ?? '');
      if (PREPOSITIONS.has(w) && !isCap(tokens[j + 1]) && !DETERMINERS.has(lower(tokens[j + 1])) && !groupOf) break;
      if (PRONOUNS.has(w)) break;
      // "Lavrov spoke at …", "the envoy held …": a past-tense verb right after a noun ends the subject ("State Department
      // representative" does not)
      if (tokens[j - 1]?.kind === 'word' && !DETERMINERS.has(lower(tokens[j - 1])) && IRREGULAR_PAST.has(w)) break;
      // "Khodakovsky remains a top commander …", "Kurnosova sets no store by …": an -s form between a name and a
      // determiner is the verb
      if (/^\p{Ll}+s$/u.test(t.text) && isCap(tokens[j - 1]) && /^(?:a|an|the|his|her|its|their|no|some|any|this|these|those|our|every|each|much|many|little)$/.test(lower(tokens[j + 1]))) break;
      // "authorities never quite …", "the party workers here said"
      if (/^(?:never|already|only|even|still|here|there|quite|just|again|too)$/.test(w)) break;
    }
    last = j;
    j++;
    if (last - i > 12) return null;
  }
  if (last < i) return null;
  // "Maria Lind, deputy head of the minister’s office, emailed …": take the appositive along
  if (tokens[last + 1]?.text === ',' && isCap(tokens[last])) {
    let relative = false;
    for (let k = last + 2; k < Math.min(limit, last + 16); k++) {
      const t = tokens[k]!;
      if (t.kind === 'quote' || /^[;:()]$/.test(t.text)) break;
      // (no verb of the main clause: "the chairman Mike Short, has predicted that …, estimating" has no appositive;
      // a relative clause has verbs of its own, "Ted Cruz, who is running second …, saying")
      if (/^(?:who|whose|which|whom|that)$/.test(lower(t))) relative = true;
      if (!relative && t.kind === 'word' && !isCap(t) && (FINITE.test(lower(t)) || cueInfo(t.text)?.pastForm)) break;
      if (t.text === ',') {
        const v = tokens[k + 1];
        if (v && v.kind === 'word' && !isCap(v) && !DETERMINERS.has(lower(v)) && !PREPOSITIONS.has(lower(v)) && !SUBORDINATORS.has(lower(v))) return { first: i, last: k - 1 };
        break;
      }
    }
  }
  return { first: i, last };
}

/** The channel named in the clause around the cue at token i, the nearest to the cue when there are several. */
function channelNear(ctx: Context, i: number, content?: { start: number; end: number }): string | null {
  const t = ctx.tokens[i]!;
  const s = ctx.sentences[t.sentence];
  if (!s) return null;
  const from = Math.max(s.start, t.start - 80);
  const to = Math.min(s.end, t.end + 100);
  // keep quoted words out (a channel is named in the narrative), blanked to their length so offsets hold
  let clause = ctx.text.slice(from, to).replace(/[“"„«][^”"“»]*[”"“»]/g, (q) => ' '.repeat(q.length));
  // and the reported content ("An attachment in the e-mail carries the virus, the FBI said": no channel)
  if (content && content.end > from && content.start < to) {
    const a = Math.max(0, content.start - from), b = Math.min(clause.length, content.end - from);
    clause = clause.slice(0, a) + ' '.repeat(b - a) + clause.slice(b);
  }
  const label = channelOf(clause, t.start - from);
  // "told Al Jazeera's Tamila Varshalomidze": the outlet is the channel, its journalist is no part of it (a programme
  // stays: "BBC's Newsnight")
  const owned = label ? /^(.+?)[’']s\s+(.+)$/.exec(label) : null;
  if (owned && ctx.mentions.some((m) => m.type === 'PERSON' && m.start >= s.start && m.end <= s.end && ctx.text.slice(m.start, m.end) === owned[2])) return owned[1]!;
  return label;
}

/** Reported speech: "X said (that) …", "…, X said.", "according to X, …", participles, inversions. */
function reportedSpeech(ctx: Context, quoted: readonly QuotedSpan[], usedCues: Set<number>): Draft[] {
  const { tokens, text } = ctx;
  const out: Draft[] = [];
  const mask = ctx.quotedMask(quoted);
  const covered: Array<{ start: number; end: number }> = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || usedCues.has(i) || mask[i]) continue;
    const sent = t.sentence;
    const sFirst = ctx.sentTok[sent]!.first;
    const sLast = ctx.sentTok[sent]!.last;
    let cue: TokRange;
    let info: CueInfo | null = null;
    let accordingTo = false;
    if (lower(t) === 'according' && lower(tokens[i + 1]) === 'to') { cue = { first: i, last: i + 1 }; accordingTo = true; }
    else {
      info = verbCue(ctx, i, true);
      if (!info) continue;
      cue = { first: i, last: i };
      // "think that …", "believes he can win": a belief needs a clause after it
      // ("wondered whether …", "wondered aloud why …": wondering reports a question)
      if (info.tier === 'cognitive' && !(/^(?:that|he|she|they|it|we|i|you|there|this|the|his|her|their)$/.test(lower(tokens[i + 1])) || isCap(tokens[i + 1])
        || info.lemma === 'wonder' && /^(?:whether|if|why|how|what|who|aloud)$/.test(lower(tokens[i + 1])))) continue;
      // ("should find a “pragmatic solution”", "Syrians find a home", "found a way to …": finding something reports
      // nothing; a finding has a clause or a definite object, "found that …", "found the man guilty", unless a body of
      // evidence found it, "A poll finds an emerging generation that …")
      if (info.lemma === 'find' && (/^ways?$/.test(lower(tokens[i + 1])) || /^(?:a|an|another|new|common)$/.test(lower(tokens[i + 1]))
        && (/^(?:to|will|would|can|could|should|must|may|might)$/.test(lower(tokens[i - 1])) || !evidenceSubject(ctx, i)))) continue;
      // ("they will learn their exact destination later": after a determiner, a belief is a clause with a verb of its own;
      // a noun phrase alone is a thing learnt or known)
      if (info.tier === 'cognitive' && /^(?:this|the|his|her|their)$/.test(lower(tokens[i + 1]))) {
        // (a present form after a noun counts: "hopes the day of action sends a message", "believe the problem lies …")
        // (and "as" or "to" of a small clause: "view the deal as a trap", "consider the film to portray …")
        // (not a name's possessive, "Russia's economy", nor a plural after a proper adjective, "the Western sanctions")
        const verbish = (v: number) => !(/^[’']s$/.test(tokens[v]!.text) && isCap(tokens[v - 1]))
          && !(/[^su]s$/.test(tokens[v]!.text) && isCap(tokens[v - 1]) && /(?:ern|ian|ese|ish|an|ic)$/.test(tokens[v - 1]!.text) && DETERMINERS.has(lower(tokens[v - 2])))
          && (finiteVerbAt(ctx, v) || /^(?:as|to|will|would|can|could|should|must|may|might)$/.test(lower(tokens[v]))
          || /^\p{Ll}{2,}[^s]s$/u.test(tokens[v]!.text) && tokens[v - 1]!.kind === 'word'
          && !/^(?:the|a|an|his|her|their|its|my|our|your|and|or)$/.test(lower(tokens[v - 1])) && !PREPOSITIONS.has(lower(tokens[v - 1])));
        let v = i + 2;
        while (v <= sLast && v < i + 16 && !/^[;:.!?()]$/.test(tokens[v]!.text) && !verbish(v)) v++;
        if (!(v <= sLast && v < i + 16 && verbish(v))) continue;
      }
    }
    const d = accordingTo ? accordingDraft(ctx, cue, sFirst, sLast) : asClauseDraft(ctx, cue, sFirst, sLast) ?? verbDraft(ctx, info!, cue, sFirst, sLast);
    if (!d) continue;
    // ("“…,” Interfax quoted Putin as saying via his lawyers.": a cue the quotation's frame took frames nothing more)
    if (d.cue && usedCues.has(d.cue.first)) continue;
    // ("The plan the minister had promised, officials said, never came", "instead of the bonfire New Labour had
    // promised, there had been …": a cue whose object is gapped in a relative clause without a pronoun is followed by a
    // comma, and its subject finder ran into the noun the clause hangs on; it reports nothing)
    if (d.cue && d.source && tokens[d.cue.last + 1]?.text === ',' && reducedRelative(tokens, d.source)) continue;
    // content never starts with punctuation (", as did the campaign, that …") and holds a clause, not a dateline
    // ("KIEV (Sputnik) – According to …")
    while (d.start < d.end && /[\s,;:.)]/.test(ctx.text[d.start]!)) d.start++;
    // ("said so in December": the pro-form "so" is a content of its own)
    const tooShort = d.end - d.start < 3 && !/^(?:so|no)$/i.test(ctx.text.slice(d.start, d.end));
    // (a name alone is the content of an endorsement or a judgement: "Sanders endorsed Mrs. Clinton", "praised Mr. Trump")
    // (a title before the name is part of it: "Mr. Trump", "Senator Sanders")
    // (not in a question: "Do you support Donald Trump?" asks, nobody endorses)
    const judged = !!info && evaluates(info.lemma) && d.start > tokens[cue.last]!.end && !/\?/.test(tokens[sLast]!.text + (tokens[sLast - 1]?.text ?? '')) && ctx.mentions.some((m) => m.end === d.end && m.start >= d.start
      && (m.type === 'PERSON' || m.type === 'ORG') && /^(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u.test(ctx.text.slice(d.start, m.start)));
    if (tooShort || !judged && !/(?:^|[\s(])\p{Ll}/u.test(ctx.text.slice(d.start, d.end))) continue;
    // "where he helped - you guessed it - the opposition candidate": the idiom reports nothing
    if (info?.lemma === 'guess' && /^it\s*(?:[-–—,;:.)]|$)/i.test(ctx.text.slice(d.start, d.end))) continue;
    // "Only one unit responded in full", "hit back in kind": a manner phrase is how they acted, not what they said
    if (/^(?:in|at)\s+(?:full|kind|part|turn|time|person|force|earnest|vain|length|once|last|first)$/i.test(ctx.text.slice(d.start, d.end))) continue;
    // "a training cycle repeated at regular intervals": a phrase of place, time or manner right after the cue is where
    // or how something happened, not what was said (topic verbs take their preposition: "spoke of betrayal"; a fronted
    // phrase stays: "In the long run, many economists say, this effect could …"; so does a clause after the phrase,
    // "said after the convention he would not accept …", and what was hinted at)
    if (!info?.topicOnly && info?.lemma !== 'hint' && d.start >= tokens[cue.last]!.end && /^\s*$/.test(ctx.text.slice(tokens[cue.last]!.end, d.start)) && /^(?:at|in|during|over|under|from|after|before|since|into|throughout|within|across|among|around|near|inside)\s(?!(?:favou?r|support|defen[cs]e|praise|response|reply)\s+of\b)/i.test(ctx.text.slice(d.start, d.end))
      && !/\b(?:that|whether|is|are|was|were|has|have|had|hadn[’']t|will|would|could|can|should|must|may|might|did|does|do|he|she|it|they|we|i|you)\b|\bto\s+(?!the\b|an?\b)\p{Ll}|[“"«„]/iu.test(ctx.text.slice(d.start, d.end))) continue;
    // "Howard, asked about the remark by reporters, said it was …": content that opens with a verb of saying is the
    // frame of another statement, not what was said
    { const c0 = tokens[ctx.tokenAt(d.start)]; const ci = c0 && c0.kind === 'word' ? cueInfo(c0.text) : undefined;
      // (verbs that are never adjectives: "proposed changes", "written evidence" are content)
      // (unless the source follows a relative pronoun, whose clause the content goes on: "Natalie, who he says asked for …")
      const relative = !!d.source && /^(?:who|whom|which|that)$/i.test(tokens[d.source.first - 1]?.text ?? '');
      if (ci && /^(?:say|tell|add|ask|insist|explain|note)$/.test(ci.lemma) && !ci.participle && c0!.text !== ci.lemma && !isCap(c0) && !relative) continue; }
    // "had written a letter to Putin": writing a document is no statement of its content
    if (info && /^(?:write|post|send|publish|sign|issue|pen|draft)$/.test(info.lemma) && WRITTEN_THING.test(ctx.text.slice(d.start, Math.min(d.end, d.start + 40)))) continue;
    // a stance verb ("find", "plan", "want") reports a position only from someone: a name, a pronoun or a body
    // of evidence, or before a clause ("graduates find jobs" reports nothing)
    if (info?.tier === 'stance' && d.source) {
      // ("Asked which harbour he preferred, he demurred …": a stance verb with no object before a comma holds nothing)
      if (d.start > tokens[cue.last]!.end && /^[,;:]$/.test(tokens[cue.last + 1]?.text ?? '')) continue;
      const c0 = tokens[ctx.tokenAt(d.start)];
      const clause = /^(?:that|to|how|what|why|whether|if|who)$/.test(lower(c0)) || c0?.kind === 'quote';
      const head = tokens[d.source.last]!;
      // ("The senator blasted the deal", "Officials slammed the move": a noun for a person or a body speaks too; it
      // shows or finds things, "The agency showed documents")
      const someone = isCap(head) || PRONOUNS.has(lower(head)) || EVIDENCE.test(head.text)
        || !/^(?:show|find)$/.test(info.lemma) && (PERSON_NOUNS.test(head.text.replace(/s$/i, '')) || ORG_WORDS.test(head.text))
        || ctx.mentions.some((m) => m.start <= head.start && head.end <= m.end) || evidenceSubject(ctx, i);
      if (!clause && !someone) continue;
      // "Clinton had shown bad judgment", "he found a job": a person shows or finds things; evidence shows a finding
      const person = PRONOUNS.has(lower(head)) || ctx.mentions.some((m) => m.type === 'PERSON' && m.start <= head.start && head.end <= m.end);
      if (/^(?:show|find)$/.test(info.lemma) && !clause && person) continue;
    }
    if (d.end - d.start < 3 && !/^(?:so|no)$/i.test(ctx.text.slice(d.start, d.end))) continue;
    // "blasted the minister as a “disgrace” Wednesday on the radio": what was said ends with the quoted predicate
    for (let qi = lastStartingBefore(quoted, d.end); qi >= 0 && quoted[qi]!.open >= d.start; qi--) {
      const q = quoted[qi]!;
      if (q.unclosed || !/\bas(?:\s+(?:a|an|the|being))?\s*$/i.test(text.slice(Math.max(d.start, q.open - 12), q.open))) continue;
      // unless the predicate goes on: "as “a puppet” and “a liar”", "as “false,” compared to …"
      if (q.end < d.end && !/^[”"’'.,]*\s*(?:and|or|but|compared|versus|while|than)\b/i.test(text.slice(q.end, q.end + 16))) d.end = q.end;
      break;
    }
    // a content that is itself a quoted stretch was handled as a direct quote
    // (quoted spans are sorted and disjoint: only the last one starting before the content can hold it)
    const qi = lastStartingBefore(quoted, d.start + 2);
    if (qi >= 0 && quoted[qi]!.end >= d.end - 2) continue;
    const near = covered.slice(-8);
    if (near.some((c) => c.start <= d.start && d.end <= c.end && d.cue && (d.cue.first < ctx.tokenAt(c.start)))) continue;
    covered.push({ start: d.start, end: d.end });
    out.push(d);
  }
  return out;
}

/**
 * "as X said" around a clause: "The region, as one of the envoy's advisers pointed out, normally does not get …",
 * "…, as police have said.", "As the report notes, …". The statement is the clause the as-phrase stands in; its
 * extent runs over the as-phrase when that stands in the middle.
 */
function asClauseDraft(ctx: Context, cue: TokRange, sFirst: number, sLast: number): Draft | null {
  const { tokens } = ctx;
  const i = cue.first;
  const subj = subjectBefore(tokens, i, sFirst);
  if (!subj || subj.first - 1 < sFirst || lower(tokens[subj.first - 1]) !== 'as') return null;
  const as = subj.first - 1;
  let last = i;
  if (/^(?:out|it)$/.test(lower(tokens[i + 1]))) last = i + 1; // "pointed out", "put it"
  const after = tokens[last + 1];
  const cueRange = { first: i, last };
  const channel = channelNear(ctx, i);
  if (as === sFirst || as === sFirst + 1 && CONNECTORS.has(lower(tokens[sFirst]))) {
    // "As the report notes, the program …"
    if (after?.text !== ',') return null;
    const r = contentRange(ctx, last + 2, sLast);
    return r ? { start: r[0], end: r[1], kind: 'indirect', source: subj, cue: cueRange, continues: null, channel, anchor: i } : null;
  }
  if (tokens[as - 1]?.text !== ',') return null;
  let s0 = sFirst;
  while (s0 < as - 1 && (CONNECTORS.has(lower(tokens[s0])) || tokens[s0]!.kind === 'quote')) s0++;
  if (as - 1 - s0 < 1) return null;
  if (!after || /^[.!?]$/.test(after.text) || after.kind === 'quote') {
    if (as - 1 - s0 < 3) return null;
    // "…, as police have said."
    return { start: tokens[s0]!.start, end: tokens[as - 2]!.end, kind: 'indirect', source: subj, cue: cueRange, continues: null, channel, anchor: i };
  }
  if (after.text !== ',') return null;
  // "The region, as one of his advisers pointed out, normally does not get two floods a year."
  const r = contentRange(ctx, last + 2, sLast);
  return r ? { start: tokens[s0]!.start, end: r[1], kind: 'indirect', source: subj, cue: cueRange, continues: null, channel, anchor: i } : null;
}

/** Rules and plans that things are done according to. */
const RULE_WORDS = /^(?:laws?|rules?|plans?|schedule|timetable|constitution|procedures?|protocols?|regulations?|norms?|standards?|principles?|guidelines?|script|tradition|customs?|instructions?|orders?)$/;

/** A subject phrase that opens with a preposition ("instead of the bonfire New Labour") or holds a noun phrase right after a noun ("The plan the minister"). */
function reducedRelative(tokens: readonly Token[], r: TokRange): boolean {
  if (PREPOSITIONS.has(lower(tokens[r.first])) || /^(?:instead|because|ahead|regardless|irrespective)$/.test(lower(tokens[r.first])) && lower(tokens[r.first + 1]) === 'of') return true;
  for (let k = r.first + 1; k <= r.last; k++) {
    const p = tokens[k - 1]!;
    if (/^(?:the|a|an)$/.test(lower(tokens[k])) && p.kind === 'word' && /^\p{Ll}+$/u.test(p.text) && !PREPOSITIONS.has(lower(p)) && !DETERMINERS.has(lower(p))
      && !/^(?:and|or|but|that|which|who|of)$/.test(lower(p))) return true;
  }
  return false;
}

/** "according to X": X is the source; the content stands before it, after it, or on both sides of it. */
function accordingDraft(ctx: Context, cue: TokRange, sFirst: number, sLast: number): Draft | null {
  const { tokens } = ctx;
  let source = phraseAfter(tokens, cue.last + 1, sLast, true);
  if (!source) return null;
  // "according to a survey released on Thursday": the phrase stopped at the time; its participle goes with it
  if (source.last > source.first && /^\p{Ll}+(?:ed|en)$/u.test(tokens[source.last]!.text) && /^(?:on|in|at|last|this|earlier|late|early|during|by)$/.test(lower(tokens[source.last + 1]))) {
    source = { first: source.first, last: source.last - 1 };
  }
  // "was handled according to the law", "went according to plan": a rule followed, not a source, right after a word
  if (tokens[cue.first - 1]?.kind === 'word' && !CONNECTORS.has(lower(tokens[cue.first - 1])) && RULE_WORDS.test(lower(tokens[source.last]))) return null;
  let cStart: number, cEnd: number;
  let b = cue.first - 1;
  let joined = false;
  while (b >= sFirst && (tokens[b]!.text === ',' || CONNECTORS.has(lower(tokens[b])))) { if (tokens[b]!.text !== ',') joined = true; b--; }
  // ("… and, according to Reuters, once told analysts …", "said that, according to the data, …", "…: according to
  // estimates, …": after a conjunction, a complementiser or a colon the source is over what follows it, as it is at
  // the start of a sentence; a dash may close an aside in the content before it, "… — or flat out wrong —, according to")
  if (b < sFirst || joined || /^(?:[:;]|that)$/.test(lower(tokens[b]))) {
    // "According to X, CONTENT."
    let k = source.last + 1;
    while (k <= sLast && tokens[k]!.text !== ',') k++;
    // "According to Novak, the move smells of panic.": an appositive that never closes was the content
    if (k > sLast) {
      source = phraseAfter(tokens, cue.last + 1, sLast, false);
      if (!source) return null;
      k = source.last + 1;
      while (k <= sLast && tokens[k]!.text !== ',') k++;
    }
    if (k > sLast) return null;
    // "According to Olena Marchuk, who runs the shelter, 40 families …": a relative clause after the source is part of
    // it (PolNeAR's convention); the content starts after the comma that closes it
    if (/^(?:who|whom|whose|which)$/.test(lower(tokens[k + 1]))) {
      let c = k + 2;
      while (c <= sLast && c < k + 25 && tokens[c]!.text !== ',' && tokens[c]!.kind !== 'quote') c++;
      if (c < sLast && tokens[c]!.text === ',') { source = { first: source.first, last: c - 1 }; k = c; }
    }
    const r = contentRange(ctx, k + 1, sLast);
    if (!r) return null;
    [cStart, cEnd] = r;
  } else {
    // "CONTENT, according to X."
    let s = afterTimestamp(tokens, sFirst);
    while (s < b && CONNECTORS.has(lower(tokens[s]))) s++;
    cStart = tokens[s]!.start;
    cEnd = tokens[b]!.end;
    // a source set between commas inside the statement, which goes on to the sentence's end, as PolNeAR annotates it:
    // "Exports fell 12 percent, according to the central bank, and imports fell 9 percent", "Fundraising, according to
    // the campaign, has surged", "Since May, according to HRW, forces have killed 400" (not a relative clause or a
    // participle about the source, "according to the report, which …", "…, released …")
    // (not after a subordinate clause, which the source is over: "Although the surplus is expanding, according to
    // the figures, the department …"; nor a manner phrase with no comma, "dealt with according to the law")
    const next = tokens[source.last + 2];
    const inside = tokens[cue.first - 1]?.text === ',' && tokens[source.last + 1]?.text === ',' && next?.kind === 'word'
      && !/^(?:who|whom|whose|which|where|that)$/.test(lower(next)) && !/^\p{Ll}+ed$/u.test(next.text) && !cueInfo(next.text)?.participle
      && !/^(?:although|though|while|whereas|if|when|because|as|unless|whether)$/.test(lower(tokens[s]));
    if (inside) {
      const rest = contentRange(ctx, source.last + 2, sLast);
      if (rest) cEnd = rest[1];
    }
  }
  return { start: cStart, end: cEnd, kind: 'indirect', source, cue, continues: null, channel: channelNear(ctx, cue.first), anchor: cue.first };
}

/** Skips what may stand between a cue and its content: adverbs, times, channel phrases, a hearer. */
function skipAdjuncts(ctx: Context, from: number, sLast: number, info: CueInfo): number {
  const { tokens } = ctx;
  let k = from;
  // a channel phrase was skipped ("in a statement"), which a participle may modify
  let channel = false;
  for (let guard = 0; guard < 8 && k <= sLast; guard++) {
    // the name of a show after its channel ("told BBC’s “Newsnight” on Friday that …", "on Sky News’s “Sunday
    // Friends” that …")
    const show = quotedTitleEnd(ctx, k, sLast);
    if (show > k) { k = show; continue; }
    if (/^(?:on|in)$/.test(lower(tokens[k]))) {
      let m = k + 1;
      while (m <= sLast && m < k + 6 && tokens[m]!.kind === 'word' && (isCap(tokens[m]) || /^[’']s$/.test(tokens[m]!.text))) m++;
      const end = m > k + 1 ? quotedTitleEnd(ctx, m, sLast) : m;
      if (end > m) { k = end; if (tokens[k]?.text === ',') k++; continue; }
    }
    const w = lower(tokens[k]);
    // ("said as much in an interview": a pro-form is the content, see contentRange)
    if (w === 'so' && lower(tokens[k + 1]) !== 'far' || w === 'as' && lower(tokens[k + 1]) === 'much' && lower(tokens[k + 2]) !== 'as') break;
    // "said, citing a senior official, that …", "said, speaking in Kyiv, that …": a participle aside between commas
    if (w === ',' && /^\p{Ll}+ing$/u.test(tokens[k + 1]?.text ?? '')) {
      let c = k + 2;
      while (c <= sLast && c < k + 12 && tokens[c]!.text !== ',' && tokens[c]!.kind !== 'quote') c++;
      if (c < sLast && tokens[c]!.text === ',' && lower(tokens[c + 1]) === 'that') { k = c + 1; continue; }
    }
    // (an auxiliary after the cue is the content's own verb: "which the government says is provoked by Russia")
    if (isAdverbish(tokens[k]) && !['that', 'in'].includes(w) && !approximates(tokens, k) && !(AUXILIARIES.test(w) && k === from)) { k++; continue; }
    if (isTimeWord(tokens[k]) && !(isCap(tokens[k]) && !/day$/i.test(tokens[k]!.text) && !/^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/.test(tokens[k]!.text))) {
      let t = k + 1; while (t <= sLast && isTimeWord(tokens[t])) t++;
      // a possessive time is the content's determiner, not when it was said ("said Thursday's report showed …",
      // "said last year's deal was dead")
      if (/^[’']s?$/.test(tokens[t]?.text ?? '')) break;
      // "called this decision a madness": "this", "last", "next" alone are determiners, not times
      if (t === k + 1 && /^(?:this|last|next)$/i.test(tokens[k]!.text)) break;
      k = t;
      // "said March 1 that", "said on March 1, 2014, that": the day and year of a date
      while (k <= sLast && (/^(?:[12]?\d|3[01]|(?:19|20)\d\d)(?:st|nd|rd|th)?$/.test(tokens[k]!.text) || (tokens[k]!.text === ',' && /^(?:19|20)\d\d$/.test(tokens[k + 1]?.text ?? '')))) k++;
      continue;
    }
    // ("said on January 24 he would …", "said on Friday, January 24, that …": the whole date, its day and year too)
    if (w === 'on' && isTimeWord(tokens[k + 1])) {
      k += 2;
      // (a day number only right after its month, a year after a day: "on Monday 12 people …" is a count)
      const MONTH = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?$/;
      const datePart = (j: number) => isTimeWord(tokens[j]) && !/^\d/.test(tokens[j]!.text)
        || /^(?:[12]?\d|3[01])(?:st|nd|rd|th)?$/.test(tokens[j]?.text ?? '') && MONTH.test(tokens[j - 1]?.text ?? '')
        || /^(?:19|20)\d\d$/.test(tokens[j]?.text ?? '') && (tokens[j - 1]?.text === ',' || MONTH.test(tokens[j - 1]?.text ?? ''));
      while (k <= sLast && (datePart(k) || tokens[k]!.text === ',' && datePart(k + 1) && (MONTH.test(tokens[k + 1]!.text) || /^\d{4}$/.test(tokens[k + 1]!.text)))) k++;
      continue;
    }
    // "told Al Jazeera in Kiev that …", "said in Brussels that …": a place named before "that" is where it was said
    if (/^(?:in|at|from)$/.test(w) && isCap(tokens[k + 1])) {
      let t = k + 1;
      while (t <= sLast && t < k + 5 && (isCap(tokens[t]) || /^[’']s$/.test(tokens[t]!.text))) t++;
      if (lower(tokens[t]) === 'that' || tokens[t]?.text === ',' && lower(tokens[t + 1]) === 'that') { k = tokens[t]!.text === ',' ? t + 1 : t; continue; }
    }
    // "wrote to Sanders' office that …", "complained to CBS News' Charlie Rose that …": whom a statement was addressed
    // to is no part of it; without a "that" after it, a shout at someone says nothing ("A protester shouts to riot
    // police in front of a barricade", a caption)
    if (w === 'to' && ADDRESSED.test(info.lemma) && tokens[k + 1]?.kind === 'word' && (isCap(tokens[k + 1]) || DETERMINERS.has(lower(tokens[k + 1])) || /^(?:his|her|their|its|our|my|riot|police|reporters|journalists|supporters|crowds?|protesters)$/.test(lower(tokens[k + 1])))) {
      let t = k + 2;
      while (t <= sLast && t < k + 14 && (tokens[t]!.kind !== 'quote' || /^['’]$/.test(tokens[t]!.text) && /s$/.test(tokens[t - 1]!.text) && tokens[t - 1]!.end === tokens[t]!.start) && !/^[.;:!?,]$/.test(tokens[t]!.text) && !/^(?:that|to)$/.test(lower(tokens[t])) && !(lower(tokens[t]) === 'about' && TOPIC_ADDRESSED.test(info.lemma))) t++;
      if (t <= sLast && (lower(tokens[t]) === 'that' || lower(tokens[t]) === 'about')) { k = t; continue; }
      if (/^(?:shout|yell|scream|cry|whisper)$/.test(info.lemma)) return sLast + 1;
    }
    // "in a statement", "on social media", "in an interview with CNN", "at a news conference", "to reporters"
    const rest = ctx.text.slice(tokens[k]!.start, tokens[Math.min(sLast, k + 8)]!.end);
    const m = /^(?:(?:in|on|at|during|via|through)\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){0,2}(?:statement|interview|post|posts|message|speech|address|conference|briefing|media|Twitter|X|Facebook|Telegram|television|TV|radio|appearance|op-ed|letter|email|video|rally|hearing|summit|meeting|show|program|programme|broadcast|podcast|call|debate|event|forum|remarks|report|filing|release|talks|negotiations|conversation|discussions|page|account|feed|channel|blog|website)\b(?:\s+(?:with|on|to|at|in|before)\s+(?:the\s+|a\s+|an\s+)?(?!that\b)(?:\p{Lu}[\w’'.-]*\s*)+|\s+(?:with|on|to|at|in|before)\s+(?:the\s+|a\s+|an\s+)(?!that\b)[\w’'-]+(?:\s+[\w’'-]+)?(?=\s*[,.]))?|to\s+(?:reporters|journalists))/u.exec(rest);
    if (m) {
      const end = tokens[k]!.start + m[0].trimEnd().length;
      while (k <= sLast && tokens[k]!.end <= end) k++;
      // ("in a statement on August 13 that …": the channel's trailing name was a month; its day and year go with it)
      while (k <= sLast && (/^(?:[12]?\d|3[01])(?:st|nd|rd|th)?$/.test(tokens[k]!.text) && isTimeWord(tokens[k - 1]) && isCap(tokens[k - 1])
        || /^(?:19|20)\d\d$/.test(tokens[k]!.text) && (isTimeWord(tokens[k - 1]) || tokens[k - 1]?.text === ',')
        || tokens[k]!.text === ',' && /^(?:19|20)\d\d$/.test(tokens[k + 1]?.text ?? '') && /^\d/.test(tokens[k - 1]?.text ?? ''))) k++;
      if (tokens[k]?.text === ',') k++;
      channel = true;
      continue;
    }
    // ("said in a statement posted on Facebook that …": a past participle after the channel modifies it; the content
    // starts at the "that" it leads to)
    if (channel && /^(?:posted|published|issued|released|broadcast|aired|shared|uploaded|carried|sent|read|delivered|seen)$/.test(w)) {
      let t = k + 1;
      while (t <= sLast && t < k + 10 && tokens[t]!.kind !== 'quote' && !/^[.;:!?]$/.test(tokens[t]!.text) && lower(tokens[t]) !== 'that') t++;
      if (lower(tokens[t]) === 'that') { k = t; continue; }
    }
    // ("wrote in a letter to EU ambassadors ahead of a meeting on 15 December that …": the rest of the channel's phrase,
    // with no verb or comma in it, runs to the "that" of the content)
    if (channel && tokens[k]!.kind === 'word' && !finiteVerbAt(ctx, k)) {
      let t = k;
      while (t <= sLast && t < k + 14 && (tokens[t]!.kind === 'word' || tokens[t]!.kind === 'number') && lower(tokens[t]) !== 'that' && !finiteVerbAt(ctx, t)) t++;
      if (t <= sLast && lower(tokens[t]) === 'that') { k = t; continue; }
    }
    break;
  }
  // ("warned Kyiv that Gazprom could …", "warned Ukraine on Thursday he would retaliate": a name or an object pronoun
  // warned, before "that" or a clause with a pronoun subject, is a hearer too; "warned the plan would fail" is content)
  // (and bare people in the plural: "warning locals the time switch could trigger …", "warned civilians that …")
  const people = k <= sLast && /^\p{Ll}+s$/u.test(tokens[k]!.text) && GROUP_NOUNS.test(lower(tokens[k]).replace(/s$/, ''));
  const warned = info.lemma === 'warn' && k <= sLast && (isCap(tokens[k]) || /^(?:him|her|them|us|me)$/.test(lower(tokens[k])) || people);
  // (no hearer before what was asked: "asked if the deployments meant …", "asked whether …")
  if ((HEARER_VERBS.has(info.lemma) || warned) && k <= sLast && lower(tokens[k]) !== 'that' && !WH_WORD.test(lower(tokens[k]))) {
    const hearer = phraseAfter(tokens, k, sLast, false);
    if (warned && hearer) {
      const s = skipAdjuncts(ctx, hearer.last + 1, sLast, { ...info, lemma: 'say' });
      return s <= sLast && (/^(?:that|he|she|it|they|we)$/.test(lower(tokens[s])) || people && DETERMINERS.has(lower(tokens[s]))) ? s : k;
    }
    // "told the story of …", "told a joke", "He said he had told the truth throughout and had raised …": what is told
    // is the object itself, the content (as PolNeAR annotates it), not a hearer
    if (hearer && tokens.slice(hearer.first, hearer.last + 1).some((t) => /^(?:truth|lies?|story|stories|jokes?|tales?|fibs?|untruths?|falsehoods?)$/.test(lower(t)))) return hearer.first;
    // "told a woman who fled from Poland in the war that …": the hearer's relative clause runs to the "that" of the content
    if (hearer && /^(?:who|whom)$/.test(lower(tokens[hearer.last + 1]))) {
      for (let t = hearer.last + 2; t <= sLast && t < hearer.last + 22; t++) {
        if (tokens[t]!.kind === 'quote' || /^[;:]$/.test(tokens[t]!.text)) break;
        if (lower(tokens[t]) === 'that') return t;
      }
    }
    if (hearer) {
      // what follows the hearer ("that …", or a clause directly: "told reporters Russia was …") is the content,
      // after any further adjuncts; the hearer is skipped only once
      let s = skipAdjuncts(ctx, hearer.last + 1, sLast, { ...info, lemma: 'say' });
      // ("told parliament after the August 14 vote that Ukraine had taken …": a phrase of time or place after the hearer
      // runs to the "that" of the content)
      if (s <= sLast && /^(?:after|before|during|following|on|at|in|since)$/.test(lower(tokens[s]))) {
        for (let m = s + 1; m <= sLast && m < s + 12; m++) {
          // (not a determiner "that": "at that time that …")
          if (lower(tokens[m]) === 'that' && !PREPOSITIONS.has(lower(tokens[m - 1]))) { s = m; break; }
          if (tokens[m]!.kind !== 'word' && tokens[m]!.kind !== 'number' || finiteVerbAt(ctx, m)) break;
        }
      }
      // ("told the BBC progress had been made", "told reporters prices had risen": a clause with no subject of its own
      // took the hearer's last noun, which is its subject)
      const last = tokens[hearer.last]!;
      if (s === hearer.last + 1 && hearer.last > hearer.first && /^(?:had|has|have|was|were|is|are|will|would)$/.test(lower(tokens[s]))
        && last.kind === 'word' && /^\p{Ll}{3,}$/u.test(last.text) && !/(?:ly|ing)$/.test(last.text) && !/^(?:just|also|still|now|then|again|too|even|which|what|who)$/.test(last.text)
        && !PRONOUNS.has(last.text) && !DETERMINERS.has(last.text)) return hearer.last;
      return s;
    }
  }
  return k;
}

/**
 * When token k opens a short quoted title that directly follows a possessive or a channel word ("MSNBC’s “Morning
 * Joe”", "on “Face the Nation”"), the index after its closing mark; else k.
 */
function quotedTitleEnd(ctx: Context, k: number, sLast: number): number {
  const { tokens, text } = ctx;
  if (tokens[k]?.kind !== 'quote') return k;
  const prev = tokens[k - 1];
  if (!prev || !(/[’']s$/.test(prev.text) || /^(?:on|in|to|of)$/.test(lower(prev)) || /^[’']s$/.test(prev.text))) return k;
  for (let j = k + 1; j <= Math.min(sLast, k + 8); j++) {
    const t = tokens[j]!;
    if (t.kind === 'quote') {
      const inner = text.slice(tokens[k]!.end, t.start).replace(/[.,]$/, '');
      return j > k + 1 && looksLikeTitle(inner) ? j + 1 : k;
    }
  }
  return k;
}

/**
 * A name and a finite verb of saying at token `n` after a comma (", Mr Blair told the Guardian newspaper."), the frame
 * of what stands before the comma.
 */
function nameThenSpeech(tokens: readonly Token[], n: number, sLast: number): boolean {
  let k = n;
  while (k <= sLast && k < n + 6 && tokens[k]!.kind === 'word' && (isCap(tokens[k]) || /^(?:of|[’']s)$/.test(lower(tokens[k])))) k++;
  const info = k > n && isCap(tokens[n]) && k <= sLast ? cueInfo(tokens[k]!.text) : undefined;
  return !!info && info.tier === 'speech' && !info.participle && !isCap(tokens[k]) && /^(?:said|says|told|tells|added|adds|wrote|writes)$/.test(lower(tokens[k]));
}

/** The content from token k to the end of the sentence, stopping before a new cue clause. */
function contentRange(ctx: Context, k: number, sLast: number): [number, number] | null {
  const { tokens } = ctx;
  if (k > sLast) return null;
  // "Asked if he was ever bullied, the candidate said no.": a one-word answer is the whole content
  // ("72 percent of Democrats said yes while 48 percent …")
  if (/^(?:yes|no)$/i.test(tokens[k]!.text) && (k === sLast || /^[.,;!]$/.test(tokens[k + 1]?.text ?? '') || /^(?:while|whereas|but)$/.test(lower(tokens[k + 1])))) return [tokens[k]!.start, tokens[k]!.end];
  // "said as much in an interview on Thursday", "said so in December": a pro-form is the whole content, and what
  // follows is when and where it was said ("said so many …", "said as much as half …" are clauses)
  const proForm = lower(tokens[k]) === 'so' ? k : lower(tokens[k]) === 'as' && lower(tokens[k + 1]) === 'much' ? k + 1 : -1;
  if (proForm >= 0 && (proForm === sLast || /^[.,;:!?)]$/.test(tokens[proForm + 1]!.text) || PREPOSITIONS.has(lower(tokens[proForm + 1])) || isTimeWord(tokens[proForm + 1])
    || /^(?:publicly|privately|openly|explicitly|directly|repeatedly|again|too|himself|herself|themselves|yesterday|today|now|then|last|earlier|later)$/.test(lower(tokens[proForm + 1])))) {
    return [tokens[k]!.start, tokens[proForm]!.end];
  }
  let e = sLast;
  // "which the channel said was recorded in Lviv, Petrenko said …": content that opens with its verb is the rest
  // of a relative clause whose subject is the relative pronoun; it ends where the main clause resumes
  const gapped = /^(?:is|was|were|are|has|had|have|will|would|could|can|may|might)$/.test(lower(tokens[k])) && tokens[k - 1]?.kind === 'word';
  // (words inside quotation marks opened in the clause stay together: "a policy “focused on our interests -- so
  // important -- promoting stability”")
  // (only when the marks pair up within the sentence)
  const isMark = (j: number) => tokens[j]!.kind === 'quote' && !isApostrophe(tokens, j) && !/[‘’']/.test(tokens[j]!.text);
  let marks = 0;
  for (let j = k; j <= sLast; j++) if (isMark(j)) marks++;
  let inQuote = marks % 2 === 0 && isMark(k);
  // "vowed to recapture lost ground and has conditioned talks on …": after an infinitive, "and" with a finite verb
  // ("has", "was", a past in -ed) is the speaker's next deed, not more of what was vowed; a coordinated infinitive
  // has its base form ("to recapture and hold"). (After "to have"/"to be" an -ed form is a participle of that verb.)
  const infinitive = lower(tokens[k]) === 'to' && /^\p{Ll}+$/u.test(tokens[k + 1]?.text ?? '');
  const perfectOrPassive = infinitive && /^(?:have|be|get)$/.test(lower(tokens[k + 1]));
  // (so does a noun phrase said or told: "told the truth throughout and had raised the case …")
  const nounPhrase = DETERMINERS.has(lower(tokens[k]));
  let finiteSeen = false;
  // (a semicolon inside brackets ends nothing: "spending $20m (£12.3m; 14.8m euros) a week")
  let bracket = 0;
  for (let j = k + 1; j <= sLast; j++) {
    if (marks % 2 === 0 && isMark(j)) { inQuote = !inQuote; continue; }
    if (tokens[j]!.text === '(') bracket++;
    else if (tokens[j]!.text === ')' && bracket > 0) bracket--;
    if (nounPhrase && !finiteSeen && !inQuote && lower(tokens[j]) === 'and' && /^(?:has|have|had|is|are|was|were|will|would|did|does)$/.test(tokens[j + 1]?.text ?? '')) {
      e = j - 1;
      break;
    }
    // ("expressed support for the agreement but imposed additional conditions": a past verb after "but" goes on with the
    // speaker, whose object the noun phrase was)
    if (nounPhrase && !finiteSeen && !inQuote && lower(tokens[j]) === 'but' && tokens[j + 1]?.kind === 'word' && lower(tokens[j + 2]) !== 'by'
      && (/^\p{Ll}{3,}ed$/u.test(tokens[j + 1]!.text) || IRREGULAR_PAST.has(lower(tokens[j + 1]))) && !/^(?:was|were|had|did|indeed|need)$/.test(lower(tokens[j + 1]))) {
      e = tokens[j - 1]?.text === ',' ? j - 2 : j - 1;
      break;
    }
    if (finiteVerbAt(ctx, j)) finiteSeen = true;
    // ("A spokesman who declined to be named said …": a verb of saying right after the infinitive's participle is the
    // main clause's, whose subject the relative clause is part of)
    if (infinitive && !inQuote && j > k + 2 && /^(?:said|says|told|tells|added|adds)$/.test(lower(tokens[j])) && /^\p{Ll}{3,}ed$/u.test(tokens[j - 1]!.text)) {
      e = j - 1;
      break;
    }
    if (infinitive && !inQuote && /^(?:and|but)$/.test(lower(tokens[j])) && tokens[j + 1]?.kind === 'word'
      && (/^(?:has|have|had|is|are|was|were|will|would|did|does)$/.test(lower(tokens[j + 1]))
        || !perfectOrPassive && /^\p{Ll}{2,}[^e]ed$/u.test(tokens[j + 1]!.text))) {
      e = tokens[j - 1]?.text === ',' ? j - 2 : j - 1;
      break;
    }
    // (a comma right before the closing mark ends the quoted words: "… “true,” but …" is read as after them)
    if (inQuote && !(tokens[j]!.text === ',' && j + 1 <= sLast && isMark(j + 1) && tokens[j + 1]!.start === tokens[j]!.end)) continue;
    // (at a comma before a name: a list or an aside inside the relative clause goes on)
    if (gapped && tokens[j]!.text === ',' && isCap(tokens[j + 1]) && !isTimeWord(tokens[j + 1])) { e = j - 1; break; }
    // the word after a comma, past a closing quote mark ("… “as president,” while 73 percent …")
    const n1 = tokens[j]!.text === ',' && tokens[j + 1]?.kind === 'quote' && tokens[j + 1]!.start === tokens[j]!.end ? j + 2 : j + 1;
    // ", adding that …", ", according to …", "; …", "— …" start another statement
    // (not right after the complementiser: "said that, according to the data, GDP rose" goes on past the source)
    if (tokens[j]!.text === ',' && (cueInfo(tokens[n1]?.text ?? '')?.participle || lower(tokens[n1]) === 'according' && lower(tokens[n1 + 1]) === 'to' && !(j === k + 1 && lower(tokens[k]) === 'that')
      // (", as later reported by The Guardian", ", as quoted by Interfax": who passed the statement on)
      || lower(tokens[n1]) === 'as' && /^as\s+(?:(?:first|later|earlier|originally|previously|widely|\p{L}+ly)\s+)?(?:reported|quoted|cited|relayed)\s+(?:by|in)\b/iu.test(ctx.text.slice(tokens[n1]!.start, (tokens[Math.min(sLast, n1 + 4)] ?? tokens[n1]!).end))
      || lower(tokens[n1]) === 'he' && cueInfo(tokens[n1 + 1]?.text ?? '') || lower(tokens[n1]) === 'she' && cueInfo(tokens[n1 + 1]?.text ?? '')
      // (", Mr Blair told the Guardian.": a named speaker's frame after the content reports the whole of it)
      || nameThenSpeech(tokens, n1, sLast))) {
      // (the conjunction before it joins what comes after: "promised to cut costs and, according to Reuters, …")
      e = j - 1 > k && /^(?:and|but|or)$/.test(lower(tokens[j - 1])) ? j - 2 : j - 1;
      break;
    }
    if (tokens[j]!.text === ';' && bracket === 0) { e = j - 1; break; }
    // ("…, a charge London rejected", "…, a claim that Kyiv denied": an appositive of saying is another statement)
    if (tokens[j]!.text === ',' && claimAppositive(tokens, n1)) { e = j - 1; break; }
    // (a bare plural too: "…, claims that many experts said seemed to be propaganda")
    if (tokens[j]!.text === ',' && /^(?:claims|allegations|accusations|assertions|charges)$/.test(lower(tokens[n1])) && /^(?:that|which)$/.test(lower(tokens[n1 + 1]))) { e = j - 1; break; }
    // "…, a swipe at the recent disturbances", "…, an apparent reference to …": the writer's comment on the statement
    if (tokens[j]!.text === ',' && /^(?:a|an)$/.test(lower(tokens[n1])) && /^(?:(?:apparent|thinly|veiled|clear|pointed|not-so-subtle|subtle|oblique|indirect)\s+)*(?:swipe|jab|dig|reference|nod|allusion|shot|rebuke|rejoinder)\s+(?:at|to|against)\b/i.test(ctx.text.slice(tokens[n1 + 1]?.start ?? 0, (tokens[n1 + 5] ?? tokens[sLast]!).end))) { e = j - 1; break; }
    // "calling her a “good mayor” and she left it there", "a “liar” and asking why …": after quoted words, "and" with a
    // pronoun subject or a participle starts another clause
    if (lower(tokens[j]) === 'and' && tokens[j - 1]?.kind === 'quote' && tokens[j - 2]?.end === tokens[j - 1]!.start
      && (/^(?:he|she|they|we|i)$/.test(lower(tokens[j + 1])) || /^\p{Ll}+ing$/u.test(tokens[j + 1]?.text ?? ''))) { e = j - 1; break; }
    // "… as a “terrible provocation,” but stopped short of …", "… was only “partial,” meaning …", "… to “rewarding
    // the aggressor” - a charge that …": after quoted words, a but-clause, a participle or a dash is the writer's comment
    const afterClose = tokens[j - 1]?.kind === 'quote' && tokens[j - 2]?.end === tokens[j - 1]!.start;
    if (tokens[j]!.text === ',' && n1 === j + 2 && tokens[n1]?.kind === 'word' && (lower(tokens[n1]) === 'but' || /^\p{Ll}+ing$/u.test(tokens[n1]!.text) && !/^(?:including|according|regarding|concerning)$/.test(lower(tokens[n1]))))
      { e = j - 1; break; }
    // (not a hyphen glued to both sides, which compounds the quoted word: "in “LPR”-controlled Pryshyb")
    const glued = tokens[j]!.text === '-' && tokens[j - 1]!.end === tokens[j]!.start && tokens[j + 1]?.start === tokens[j]!.end;
    if (afterClose && /^[—–―]$|^--?$/.test(tokens[j]!.text) && !glued) { e = j - 1; break; }
    // ("said the talks were “constructive” but gave no details", "was “disgusting” and encouraged Americans to …": a
    // past verb with no subject of its own after "and"/"but" goes on with the speaker, not the content)
    // (only after quoted words: without them the verb is as often the reported subject's, and PolNeAR dev and train fall)
    if (afterClose && /^(?:and|but)$/.test(lower(tokens[j])) && tokens[j + 1]?.kind === 'word'
      && (/^\p{Ll}+ed$/u.test(tokens[j + 1]!.text) || IRREGULAR_PAST.has(lower(tokens[j + 1]))) && !/^(?:was|were|had|did)$/.test(lower(tokens[j + 1]))) { e = j - 1; break; }
    // ("accused Van Nistelrooy of “cheating” and was fined £15,000": so does a passive of the speaker's)
    if (afterClose && lower(tokens[j]) === 'and' && /^(?:was|were)$/.test(lower(tokens[j + 1])) && /^\p{Ll}{3,}ed$/u.test(tokens[j + 2]?.text ?? '')) { e = j - 1; break; }
    // a list bullet starts another item ("… for the insurgents. • Russia says …" where the source lost the breaks)
    if (/^[•▪‣◦]$/.test(tokens[j]!.text)) { e = j - 1; break; }
    // ("stressed that the majority of its projects - which also include X - were performing strongly": a relative
    // aside between two dashes, with the clause going on after the second, is read through)
    if (/^[—–―]$|^--?$/.test(tokens[j]!.text) && /^(?:which|who)$/.test(lower(tokens[j + 1]))) {
      let close = j + 2;
      while (close < sLast && !/^[—–―]$|^--?$/.test(tokens[close]!.text) && tokens[close]!.kind !== 'quote') close++;
      // (not when a participle or "but" follows the second dash: "criticised the move - which … - saying …")
      const next = tokens[close + 1]?.text ?? '';
      if (close < sLast && tokens[close]!.text === tokens[j]!.text && /^\p{Ll}/u.test(next) && !/^\p{Ll}+ing$/u.test(next) && next !== 'but') { j = close; continue; }
    }
    // "— asserting that …", "– even though …": a dash that opens another clause
    if (/^[—–―]$|^--?$/.test(tokens[j]!.text) && (/ing$/.test(lower(tokens[j + 1])) && lower(tokens[j + 1]) !== 'including' || SUBORDINATORS.has(lower(tokens[j + 1])) || lower(tokens[j + 1]) === 'even'
      // "– it has also exposed …", "― probably not what he had in mind", "― as was true …"
      || /^(?:it|he|she|they|this|that|probably|perhaps|as|which|who)$/.test(lower(tokens[j + 1])))) { e = j - 1; break; }
    // ", and reminded the audience …": after a comma, a past verb with no subject of its own goes on with the speaker
    // (not a participle: before a bare noun it is an adjective, "and repaired bridges", "and classified information";
    // after a passive in the clause it is a second passive, "had been injured …, and transported to hospital")
    if (tokens[j]!.text === ',' && lower(tokens[n1]) === 'and' && coordinatedPast(ctx, n1 + 1, k, j)) { e = j - 1; break; }
    // ", and they …": a new clause with its own subject
    if (tokens[j]!.text === ',' && /^(?:and|but)$/.test(lower(tokens[n1])) && /^(?:he|she|they|it|we|i)$/.test(lower(tokens[n1 + 1]))) { e = j - 1; break; }
    if (tokens[j]!.text === ',' && /^(?:however)$/.test(lower(tokens[n1]))) { e = j - 1; break; }
    // "…, he would have to name Rep. Tom Alder, a former governor and envoy.": an appositive that
    // closes the sentence describes the last name; it is the writer's, not part of what was said
    // (also after quoted words: "… the “border gap,” a flaw in the rules that …")
    if (tokens[j]!.text === ',' && /^(?:a|an|the)$/.test(lower(tokens[n1])) && (isCap(tokens[j - 1]) || n1 === j + 2) || tokens[j]!.text === ',' && tokens[j - 1]?.text === ')' && /^(?:a|an|the)$/.test(lower(tokens[n1]))) {
      const rest = tokens.slice(n1, sLast + 1);
      // (one with a verb of its own is a clause: "…, the economy rose by 2%"; not a verb of a relative clause in it,
      // "…, the state where the events took place")
      const relative = rest.findIndex((t) => /^(?:who|whom|whose|which|that|where|when)$/.test(lower(t)));
      if (!rest.some((t, x) => t.text === ',' || t.text === ';' || t.kind === 'quote' || /^(?:is|are|was|were|has|have|had|will|would|can|could|said|says|should|must|may|might)$/.test(lower(t))
        || IRREGULAR_PAST.has(lower(t)) && (relative < 0 || x < relative))) { e = n1 === j + 2 ? j + 1 : j - 1; break; }
    }
    // "… on supporting Ryan, who will face a challenger in a primary on Tuesday": a relative clause on a name that
    // closes the sentence describes the name
    // (unless the relative clause reports itself: "backs Kovac, who says she is grateful")
    if (tokens[j]!.text === ',' && /^(?:who|whose)$/.test(lower(tokens[n1])) && isCap(tokens[j - 1])
      && !tokens.slice(n1, sLast + 1).some((t) => t.text === ',' || t.text === ';' || t.kind === 'quote' || cueInfo(t.text)?.tier === 'speech')) { e = j - 1; break; }
    // "… “a burden” (though she later apologised)": a bracket after quoted words is the writer's
    if (tokens[j]!.text === '(' && tokens[j - 1]?.kind === 'quote' && /^\p{Ll}/u.test(tokens[j + 1]?.text ?? '')) { e = j - 1; break; }
    // ", after …", ", while …", ", when …" mostly leave the reported clause (PolNeAR train: 55–85% of cases)
    // (not inside an adverbial that opens the reported clause: "said that after the summit on 28 November, when …, he
    // would ask …")
    // (nor a relative clause on the subject of a that-clause whose verb is still to come: "that the criticism, which is
    // outlined in a report, is fair game")
    if (tokens[j]!.text === ',' && /^(?:after|before|while|when|whereas|which|although|though)$/.test(lower(tokens[n1]))
      && !(lower(tokens[n1]) === 'which' && /^(?:that|whether)$/.test(lower(tokens[k])) && !finiteSeen && j - k <= 10)
      && !(lower(tokens[k]) === 'that' && /^(?:after|before|when|if|while|once|until|since|in|on|at|during)$/.test(lower(tokens[k + 1])) && !tokens.slice(k, j).some((t) => VERBISH.test(t.text)))) { e = j - 1; break; }
    // ", even suggesting …", ", focusing on …", ", contradicting …": a participle clause after a comma comments on the
    // statement, it is not part of it
    // (unless it goes on a list of gerunds: "accused Putin of prolonging the war, undermining diplomatic efforts")
    if (tokens[j]!.text === ',' && tokens[n1]?.kind === 'word' && (/^\p{Ll}+ing$/u.test(tokens[n1]!.text) && !/^(?:including|according|regarding|concerning|excluding|during|notwithstanding)$/.test(lower(tokens[n1]))
      || lower(tokens[n1]) === 'even' && /ing$/.test(lower(tokens[n1 + 1])))
      && !hasGerund(tokens, k, j)) { e = j - 1; break; }
    // ", but Mr. Obama learned …", ", but the deal …": a new clause with its own subject
    if (tokens[j]!.text === ',' && lower(tokens[n1]) === 'but' && (isCap(tokens[n1 + 1]) || DETERMINERS.has(lower(tokens[n1 + 1])))) { e = j - 1; break; }
    // "… and predicted that …", "…, and 40 percent said …": a coordinated cue starts another statement
    // ("denies having worked for them though admits knowing many": "though"/"yet" right before a finite verb of saying
    // coordinate it too)
    // ("denied Russia had sent any troops, said the documents were fakes and claimed …": a comma and a finite verb of
    // saying with a clause of its own after it, no subject between, start the speaker's next statement; "…, said a
    // spokesman." is an inverted frame, with no clause)
    if (tokens[j]!.text === ',' && !inQuote && bracket === 0 && asyndeticCue(ctx, j + 1, sLast)) { e = j - 1; break; }
    // (not the adverb "yet": "hadn't yet called for …")
    const bareConcessive = (/^(?:though|although)$/.test(lower(tokens[j])) || lower(tokens[j]) === 'yet' && tokens[j - 1]?.text === ',') && finiteCueAt(ctx, j + 1);
    if (lower(tokens[j]) === 'and' || lower(tokens[j]) === 'but' || bareConcessive) {
      for (let k = j + 1; k <= Math.min(sLast, j + 6); k++) {
        if (tokens[k]!.kind !== 'word' && tokens[k]!.kind !== 'number') break;
        // ("and about 20 people that he called “terrorists”": a cue in a relative clause reports inside this statement)
        if (/^(?:that|who|whom|which)$/.test(lower(tokens[k]))) break;
        if (bareConcessive && k === j + 1) { e = j - 1; break; }
        // ("… he had not heard shooting, but did say that …": an emphatic "did" and a cue's base form)
        if (k === j + 1 && /^(?:did|does|do)$/.test(lower(tokens[k])) && cueInfo(tokens[k + 1]?.text ?? '')?.lemma === lower(tokens[k + 1]) && cueInfo(tokens[k + 1]!.text)!.tier === 'speech') { e = j - 1; break; }
        // a finite verb of saying ("and predicted", "but insists"), not a base form ("and tell him …")
        // (an -s form that doubles as a plural noun must read as a verb there: "shootings and protests demands that")
        if (speechVerbAt(ctx, k) && (!cueInfo(tokens[k]!.text)!.nounLike || !!verbCue(ctx, k, false)) && !DETERMINERS.has(lower(tokens[k - 1]))) { e = j - 1; break; }
      }
      if (e === j - 1) break;
    }
  }
  if (e === sLast) {
    // "said that the towns had waited “far too long for water. Nobody came.”": a quote opened in
    // the reported clause and closed in a later sentence of the paragraph carries the clause on to its closing mark
    const close = closingMarkAfter(ctx, k, sLast);
    if (close > sLast) return [tokens[k]!.start, tokens[close]!.start];
  }
  while (e > k && tokens[e]!.kind === 'punct' && /^[.!?,;:—–]$/.test(tokens[e]!.text)) e--;
  e = dropTrailingAdjuncts(ctx, k, e);
  if (e < k) return null;
  const words = tokens.slice(k, e + 1).filter((t) => t.kind === 'word').length;
  if (words < 2) return null;
  return [tokens[k]!.start, tokens[e]!.end];
}

/**
 * When tokens `k`..`sLast` leave a double quote open (an opening mark with no closer before the sentence end), the
 * index of the mark that closes it within the next three sentences of the same paragraph; else -1.
 */
function closingMarkAfter(ctx: Context, k: number, sLast: number): number {
  const { tokens, text } = ctx;
  let open = -1;
  for (let j = k; j <= sLast; j++) {
    const t = tokens[j]!;
    if (t.kind !== 'quote' || isApostrophe(tokens, j) || /[‘’']/.test(t.text)) continue;
    open = open < 0 ? j : -1;
  }
  // (an opening mark: a space or nothing before it, a word right after it)
  if (open < 0 || tokens[open + 1]?.start !== tokens[open]!.end || (open > 0 && tokens[open - 1]!.end === tokens[open]!.start && tokens[open - 1]!.kind === 'word')) return -1;
  const lastSent = tokens[sLast]!.sentence + 3;
  for (let j = sLast + 1; j < tokens.length && tokens[j]!.sentence <= lastSent; j++) {
    if (text.slice(tokens[j - 1]!.end, tokens[j]!.start).includes('\n')) return -1;
    const t = tokens[j]!;
    if (t.kind !== 'quote' || isApostrophe(tokens, j) || /[‘’']/.test(t.text)) continue;
    // a closing mark follows a word or punctuation without a space
    return tokens[j - 1]!.end === t.start ? j : -1;
  }
  return -1;
}

/**
 * A finite past verb at `v` that goes on with the clause's subject ("…, and reminded the audience of …"): a past
 * form in -ed or an irregular past, before a determiner, a pronoun, a preposition, an adverb or "to" (not a
 * participle used as an adjective, "and repaired bridges"), in a clause from `from` to `to` with no passive of its
 * own ("was sent to …, and opened by his wife").
 */
function coordinatedPast(ctx: Context, v: number, from: number, to: number): boolean {
  const { tokens } = ctx;
  const w = tokens[v];
  if (!w || w.kind !== 'word' || /^(?:was|were|had|did|indeed|need|feed|speed|seed|breed|bleed|proceed)$/.test(lower(w))) return false;
  if (!/^\p{Ll}+ed$/u.test(w.text) && !IRREGULAR_PAST.has(lower(w))) return false;
  const n = tokens[v + 1];
  if (!n || lower(n) === 'by' || !(DETERMINERS.has(lower(n)) || PRONOUNS.has(lower(n)) || PREPOSITIONS.has(lower(n)) || lower(n) === 'to' || isAdverbish(n) || /^(?:up|out|off|down|back|away|it|them|him|her)$/.test(lower(n)))) return false;
  for (let k = from; k < to; k++) if (/^(?:was|were|been|being|be|is|are)$/.test(lower(tokens[k])) && /^\p{Ll}+(?:ed|en)$/u.test(tokens[k + 1]?.text ?? '')) return false;
  return true;
}

/** A gerund after a preposition between tokens `from` and `to` ("of intentionally prolonging"). */
function hasGerund(tokens: readonly Token[], from: number, to: number): boolean {
  for (let x = from; x < to; x++) {
    if (!/^\p{Ll}+ing$/u.test(tokens[x]!.text)) continue;
    const p1 = lower(tokens[x - 1]), p2 = lower(tokens[x - 2]);
    if (/^(?:of|by|for|from|about)$/.test(p1) || /ly$/.test(p1) && /^(?:of|by|for|from|about)$/.test(p2)) return true;
  }
  return false;
}

/**
 * Trims what closes a reported clause but tells where it was said, not what: "…, in an interview with
 * CNN on Sunday". (Trailing times stay: PolNeAR keeps them in the content.)
 */
function dropTrailingAdjuncts(ctx: Context, k: number, e: number): number {
  const { tokens, text } = ctx;
  for (let guard = 0; guard < 3 && e > k + 1; guard++) {
    const before = e;
    // ", in an interview with CNN on Sunday" / ", on Twitter"
    for (let c = e - 1; c > k && e - c <= 12; c--) {
      if (tokens[c]!.text !== ',') continue;
      // (the comma may stand inside a closing mark: "called the plan “reckless,” in an interview with Reuters")
      const closing = tokens[c + 1]?.kind === 'quote' && tokens[c + 1]!.start === tokens[c]!.end && c + 1 < e;
      const tail = text.slice(tokens[closing ? c + 2 : c + 1]!.start, tokens[e]!.end);
      if (/^(?:in|on|during|at)\s+(?:an?\s+|the\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,2}(?:interview|statement|speech|post|tweet|message|address|conference|briefing|rally|appearance|Twitter|Facebook|television|TV|radio)\b/i.test(tail)) { e = closing ? c + 1 : c - 1; }
      break;
    }
    // "… more school investment in a statement on Thursday", "… the envoy in early-morning tweets": the channel at the
    // very end, without a comma
    for (let c = e - 1; c > k + 1 && e - c <= 8; c--) {
      if (!/^(?:in|on|via|during)$/.test(lower(tokens[c]))) continue;
      const tail = text.slice(tokens[c]!.start, tokens[e]!.end);
      // (with a day after it: "in a tweet Sunday")
      if (/^(?:in|on|via|during)\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+|its\s+)?(?:[\w-]+\s+){0,2}(?:statement|interview|tweets?|posts?|speech|remarks|news conference|press conference|briefing)(?:\s+(?:on|last|this)\s+\S+|\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday))?$/i.test(tail)) { e = c - 1; break; }
    }
    // "confirmed the number to journalists": who heard a noun phrase said is the channel, not what was said (a clause
    // keeps it: "said the talks were open to journalists")
    if (e - 1 > k && lower(tokens[e - 1]) === 'to' && /^(?:reporters|journalists)$/.test(lower(tokens[e]))) {
      let clause = false;
      for (let c = k; c < e - 1; c++) if (finiteVerbAt(ctx, c) || tokens[c]!.kind === 'quote') clause = true;
      if (!clause) e -= 2;
    }
    while (e > k && tokens[e]!.kind === 'punct' && /^[.!?,;:—–]$/.test(tokens[e]!.text)) e--;
    if (e === before) break;
  }
  return e;
}

/** Verbs of saying whose "to" names whom the statement was addressed to ("wrote to the council that …"). */
const ADDRESSED = /^(?:write|complain|say|shout|yell|scream|cry|whisper|speak|talk|explain|insist|declare|announce|confess|boast)$/;
/** Of those, the ones whose topic follows "about" ("complained to the BBC about the coverage"). */
const TOPIC_ADDRESSED = /^(?:complain|speak|talk|write)$/;

/** Prepositions whose object is the topic of a statement ("complained about", "spoke of", "railed against"). */
const TOPIC_PREPS = /^(?:about|of|on|over|against|for)$/;

/**
 * Where the topic of a statement starts when the cue governs it through a preposition, or null. `k` is where the
 * content would start (after adverbs and times): "complained about his mic" → "his", "called on Trump to …" →
 * "Trump".
 */
function topicStart(ctx: Context, info: CueInfo, cue: TokRange, k: number, sLast: number): number | null {
  const { tokens } = ctx;
  let j = k;
  // "spoke out Tuesday about", "lashed out at"
  if (/^(?:out|up)$/.test(lower(tokens[j])) && cue.last === j - 1) j++;
  while (j <= sLast && isTimeWord(tokens[j]) && !/^(?:may|march)$/i.test(tokens[j]!.text)) j++;
  // "said little about the plan", "says nothing about blocking …": what was left unsaid is the topic, after the
  // preposition, and the cue runs to it (as PolNeAR annotates it)
  if (/^(?:nothing|little)$/.test(lower(tokens[j])) && /^(?:about|of|on|regarding)$/.test(lower(tokens[j + 1])) && j + 2 <= sLast
    && /^(?:say|comment|reveal|disclose)$/.test(info.lemma)) return j + 2;
  const w = lower(tokens[j]);
  if (TOPIC_PREPS.test(w) && j < sLast) {
    // "said on Tuesday", "said for years", "said of the plan, “…”" (a frame) are no topics
    if (w === 'for' && info.lemma !== 'call' && !info.topicOnly && !/^(?:advocate|argue|push|lobby|plead|press|campaign|apologize|apologise)$/.test(info.lemma)) return null;
    if (w === 'on' && info.lemma !== 'call' && !info.topicOnly && !/^(?:comment|remark|reflect|elaborate|insist|focus|weigh|speak|talk|report|testify|brief|agree|disagree)$/.test(info.lemma)) return null;
    if (isTimeWord(tokens[j + 1]) || tokens[j + 1]?.kind === 'number' || tokens[j + 1]?.kind === 'quote') return null;
    if (info.lemma === 'say' || info.lemma === 'tell' || info.lemma === 'add') return null;
    return j + 1;
  }
  return null;
}

function verbDraft(ctx: Context, info: CueInfo, cueIn: TokRange, sFirst: number, sLast: number): Draft | null {
  let cue = cueIn;
  const { tokens } = ctx;
  // "should keep repeating that …", "continued to say that …": the catenative verb is part of the cue, and its
  // subject is the source (not "keep")
  if (cue.first === cue.last && cue.first - 2 >= sFirst) {
    const c1 = lower(tokens[cue.first - 1]), c2 = lower(tokens[cue.first - 2]);
    if (/ing$/.test(lower(tokens[cue.first])) && CATENATIVES.test(c1)) cue = { first: cue.first - 1, last: cue.last };
    else if (!info.participle && catenativeTo(tokens, cue.first) >= sFirst) cue = { first: catenativeTo(tokens, cue.first), last: cue.last };
  }
  const i = cue.first;
  const prev = tokens[i - 1];
  // (", even suggesting …": an adverb may stand between the comma and the participle; ", going on to say …" is one)
  // ("flipped his choice on the spot – saying he …": a dash before the participle is its comma)
  const participle = (info.participle || lower(tokens[i]) === 'going') && (prev?.text === ',' || /^[—–]$/.test(prev?.text ?? '') && i - 1 > sFirst || /^(?:and|while|before|after|by|when)$/.test(lower(prev))
    || isAdverbish(prev) && tokens[i - 2]?.text === ','
    // "…,” adding that …": the comma stands inside the closing mark
    || prev?.kind === 'quote' && tokens[i - 2]?.text === ',');
  // "regarding", "concerning", "considering" are prepositions
  if (info.participle && /^(?:regarding|concerning|considering|including|following|excluding)$/.test(lower(tokens[i]))) return null;
  // "a far-right Serbian denied entry into Canada", "was denied bail": refusing a thing is no statement
  // (also past the one it is refused to: "The “LPR” members denied the SMM any further movement")
  if (info.lemma === 'deny') {
    const THING = /^(?:entry|access|visas?|bail|permission|requests?|applications?|asylum|landing|passage|treatment|services?|funding|hearings?|parole|citizenship|credentials|accreditation|admission|boarding|membership|licen[cs]es?|permits?|loans?|benefits?|care|food|water|aid|medicine|rights?|movement|travel|transit|exit|contact|visits?)$/;
    for (let o = cue.last + 1; o <= Math.min(sLast, cue.last + 6); o++) {
      const w = lower(tokens[o]);
      if (tokens[o]!.kind !== 'word' || /^(?:that|he|she|they|we|i|it|was|were|is|are|had|has|have|would|will)$/.test(w) && !(w === 'it' && o === cue.last + 1)) break;
      // (not the subject of a clause: "denied security services were involved")
      if (THING.test(w) && !/^(?:was|were|is|are|had|has|have|would|will|could|can|did|do|does|might|may|must|should)$/.test(lower(tokens[o + 1]))) return null;
    }
  }
  // "— called “unfortunate” by the UN and described as a farce by President Poroshenko —": a participle right before
  // "as" is a passive (the active has its object there); the one after "by" said it, the "as" phrase is what
  // (not "acknowledged as much in an article by …": "as much", "as well" are no phrase of what)
  if (info.pastForm && lower(tokens[cue.last + 1]) === 'as' && tokens[cue.last + 2]?.kind === 'word' && !/^(?:much|well|such|many|far|long|soon|usual|expected|before|often)$/.test(lower(tokens[cue.last + 2]))) {
    let by = cue.last + 2;
    while (by <= sLast && by < cue.last + 12 && tokens[by]!.kind !== 'punct' && tokens[by]!.kind !== 'quote' && lower(tokens[by]) !== 'by') by++;
    const agent = lower(tokens[by]) === 'by' && by > cue.last + 2 ? byAgent(ctx, by + 1, sLast) : null;
    if (agent) return { start: tokens[cue.last + 1]!.start, end: tokens[by - 1]!.end, kind: 'indirect', source: agent, cue, continues: null, channel: null, anchor: i };
  }
  // "criticised “extravagant” Tory promises": an -s form after a name that quoted words modify is a plural noun
  const q2 = tokens[i - 2];
  if (/s$/.test(lower(tokens[i])) && info.nounLike && prev?.kind === 'word' && isCap(prev) && q2?.kind === 'quote' && !isApostrophe(tokens, i - 2)
    && tokens[i - 3]?.end === q2.start && !/[,.!?…]$/.test(tokens[i - 3]!.text)) return null;
  // ("a statement saying that …", "tweets early Friday saying that …": a participle after a noun reports a clause)
  // (without "that" only after a noun for a text or a message, "a statement saying the test was …": after other nouns
  // the participle's subject is too often not the speaker — "voters saying", "with all precincts reporting" — and
  // PolNeAR dev and train lose source spans)
  const nounParticiple = info.participle && !participle && !progressive(tokens, i) && prev?.kind === 'word' && info.tier === 'speech' && info.lemma !== 'report'
    && STATEMENT_NOUNS.has(lower(prev));
  const quotedAs = info.participle ? passiveQuotedAs(tokens, i, sFirst) : -1;
  // "Interfax quoted Putin as saying the talks had failed": the statement is read at "saying", with Putin its source
  // (the verb of quoting has no content of its own)
  const activeAs = info.participle ? activeQuotedAs(tokens, i, sFirst) : null;
  if (/^(?:quote|cite|report)$/.test(info.lemma) && quotesAsSaying(tokens, i, sLast)) return null;
  if (info.participle && !participle && !progressive(tokens, i) && quotedAs < 0 && !activeAs
    && !(lower(tokens[cue.last + 1]) === 'that' && prev?.kind === 'word' && info.tier === 'speech')
    && !nounParticiple) return null;
  // "a translation posted on the website": a past participle right after a noun is a reduced relative, not a cue
  // ("The report said the talks had failed" is the verb: only a participle before a place, a time or a by-phrase is
  // reduced)
  const next1 = tokens[cue.last + 1];
  // (never "said"/"told": ", the report said." is the finite verb of a frame)
  const reducedNext = info.lemma !== 'say' && info.lemma !== 'tell' && (!next1 || next1.kind === 'punct' || isTimeWord(next1) || /^(?:on|in|at|by|to|from|with|during|online|via|last|this|earlier|after|before|for|over)$/.test(lower(next1)));
  if (info.pastForm && reducedNext && prev && prev.kind === 'word' && !isCap(prev) && /^(?:translations?|statements?|videos?|letters?|messages?|reports?|transcripts?|texts?|versions?|notes?|photos?|pictures?|images?|posts?|articles?|comments?|remarks|footage|documents?|lists?|recordings?)$/.test(lower(prev))) return null;
  // "linked to individuals and companies mentioned in the previous list": a participle after a plural noun that is a
  // preposition's object, before a place or a by-phrase, is a reduced relative (the noun is no subject that speaks)
  if (info.pastForm && reducedNext && prev && /^\p{Ll}+s$/u.test(prev.text) && !PRONOUNS.has(lower(prev)) && !AUXILIARIES.test(lower(prev))
    && !/^(?:others|this|thus|always|perhaps|news|series|species|politics|press)$/.test(lower(prev))) {
    let b = i - 2;
    while (b >= sFirst && tokens[b]!.kind === 'word' && !PREPOSITIONS.has(lower(tokens[b])) && !DETERMINERS.has(lower(tokens[b]))
      && !/^(?:as|while|when|because|after|before|if|since|that|which|who|where)$/.test(lower(tokens[b])) && b > i - 5) b--;
    if (b >= sFirst && DETERMINERS.has(lower(tokens[b]))) b--;
    // (not "of", "like": "most of his competitors called for", "who like others spoke")
    if (b >= sFirst && /^(?:to|with|for|from|against|among|between|into|on|at|by)$/.test(lower(tokens[b]))) return null;
  }
  // "photos of IDs allegedly found on the bodies": a participle between an adverb after a plural noun and a place is
  // a reduced relative too
  if (info.pastForm && reducedNext && prev && /^\p{Ll}+ly$/u.test(prev.text) && /^\p{Ll}+s$/u.test(tokens[i - 2]?.text ?? '') && !PRONOUNS.has(lower(tokens[i - 2]))) return null;
  // "…, a claim denied by the chancellor": an appositive of saying with a passive; the noun is what was denied, the
  // agent after "by" the source (the clause before is another statement)
  if (info.pastForm && lower(tokens[cue.last + 1]) === 'by' && claimAppositive(tokens, i - 2)) {
    const agent = byAgent(ctx, cue.last + 2, sLast);
    if (agent) return { start: tokens[i - 2]!.start, end: prev!.end, kind: 'indirect', source: agent, cue, continues: null, channel: null, anchor: i };
  }
  // "a man cited by Novaya Gazeta": a past participle after a noun and before "by" is a reduced passive
  // (after a name too, "£7m from the Treasury announced by the chancellor", unless "by" names the means: "Putin said by
  // phone that …", "responded by using …")
  if (info.pastForm && prev && prev.kind === 'word' && !/^(?:was|were|is|are|been|be|has|have|had|he|she|they|it|we|i)$/.test(lower(prev)) && lower(tokens[cue.last + 1]) === 'by'
    && !/^(?:phone|telephone|video|videolink|email|e-mail|letter|mail|text|satellite|radio|telegram|fax|post|messenger|\p{Ll}+ing)$/u.test(lower(tokens[cue.last + 2]))) return null;
  // "Szilard Nemeth, recalled in place of Job, was denied …": a past participle right after the comma that follows a
  // sentence's opening name, before a phrase, is an appositive aside on it (a verb is not cut from its subject by one comma)
  if (info.pastForm && prev?.text === ',' && cue.first === cue.last && PREPOSITIONS.has(lower(tokens[i + 1])) && lower(tokens[i + 1]) !== 'to') {
    const subj = subjectBefore(tokens, i - 1, sFirst);
    if (subj && subj.first === sFirst && subj.last === i - 2 && isCap(tokens[subj.last]) && !tokens.slice(subj.first, subj.last + 1).some((t) => t.text === ',')) return null;
  }
  // "its Walkman branded mobile phone", "a Kremlin labelled report": a naming participle between a name inside a noun
  // phrase and the noun it qualifies is an adjective (a naming verb's object is a determiner, a pronoun or a name:
  // "branded the protesters …"; "Stephen Pound labelled casino-related schemes “…”" has its subject before it)
  const object = tokens[cue.last + 1];
  if (/^(?:brand|label|dub|term)$/.test(info.lemma) && info.pastForm && prev && isCap(prev) && object?.kind === 'word' && /^\p{Ll}/u.test(object.text)
    && !DETERMINERS.has(lower(object)) && !PRONOUNS.has(lower(object)) && !/^(?:him|her|them|it|us|me|himself|herself|themselves|itself)$/.test(lower(object))) {
    let f = i - 1;
    while (f - 1 >= sFirst && isCap(tokens[f - 1])) f--;
    if (DETERMINERS.has(lower(tokens[f - 1]))) return null;
  }
  // "repeated requests": an adjective before a noun; "warning shots were fired", "warning signs": a compound noun
  if (info.lemma === 'repeat' && /^\p{Ll}+s$/u.test(tokens[cue.last + 1]?.text ?? '')) return null;
  if (lower(tokens[i]) === 'warning' && /^(?:shots?|signs?|lights?|labels?|letters?|systems?|sirens?|strikes?|notices?|bells?|flares?|fire)$/.test(lower(tokens[cue.last + 1]))) return null;
  // "added 292,000 jobs", "would add less than 1 percent to output", "added the conversion", "added a second goal":
  // "add" with a number or a score for its object adds to a count, it reports nothing (PolNeAR train: such objects of
  // "add" are mostly unannotated)
  if (info.lemma === 'add' && addsToCount(tokens, cue.last + 1, sLast)) return null;
  // "who spoke on condition of anonymity", "spoke on behalf of the campaign", "spoke on the phone": how or for whom
  // someone spoke, not what was said (PolNeAR train: 1 of 13 such phrases annotated)
  if (info.lemma === 'speak' && /^\s+on\s+(?:the\s+)?(?:condition|behalf|phone|telephone|background|record)\b/i.test(ctx.text.slice(tokens[i]!.end, tokens[i]!.end + 30))) return null;
  // "In court, Lazar said little, offering …", "he said nothing.": someone who says nothing, about nothing named, states
  // nothing ("said nothing about the plan" has a topic: see `topicStart`; "Everybody said nothing happened" a clause)
  if (/^(?:say|comment|reveal|disclose)$/.test(info.lemma) && /^\s+(?:nothing|little)\s*(?:[,.;:]|$)/i.test(ctx.text.slice(tokens[cue.last]!.end, tokens[cue.last]!.end + 30))) return null;
  // "a field said to be in Volnovakha", "With the zone said to hold gas reserves": "said to" and a verb is a passive of
  // hearsay with no one saying it (not "said to reporters", "said to him")
  if (lower(tokens[i]) === 'said' && cue.last === i && lower(tokens[i + 1]) === 'to' && /^(?:be|have|hold|contain|include|own|run|lead|command|number|total|cost|involve|date|originate|stem|come|belong|live|work|suffer|face|plan|want|pose|control)$/.test(lower(tokens[i + 2]))) return null;
  // "The track claimed the top spot", "claimed the lives of 30 people", "claiming 41 percent of the vote": "claim" that
  // takes a prize, a place or lives says nothing (a victory claimed is a claim: "Russia claimed victory in …")
  if (info.lemma === 'claim' && CLAIMED_PRIZE.test(ctx.text.slice(tokens[cue.last]!.end, tokens[Math.min(sLast, cue.last + 5)]!.end))) return null;
  // "When asked, Putin said …", "As noted, …": a reduced clause with no subject reports nothing itself
  // ("when asked whether he would …, Christie said": the question is reported, by nobody named — PolNeAR marks it)
  // ("Trump, asked whether he trusted Putin, replied …": the same question in a participle aside after the subject)
  if ((/^(?:when|if|after|before)$/.test(lower(prev)) || prev?.text === ',' && lower(tokens[i]) === 'asked' && subjectAside(tokens, sFirst, i - 1)) && info.lemma === 'ask' && /^(?:whether|if|how|which|what|why|who)$/.test(lower(tokens[cue.last + 1]))) {
    let e = cue.last + 2;
    while (e <= sLast && !/^[,;:.?!]$/.test(tokens[e]!.text) && tokens[e]!.kind !== 'quote') e++;
    if (e - 1 > cue.last + 2) return { start: tokens[cue.last + 1]!.start, end: tokens[e - 1]!.end, kind: 'indirect', source: null, cue, continues: null, channel: null, anchor: i };
  }
  if (/^(?:when|if|as|once|unless|until)$/.test(lower(prev)) && (tokens[cue.last + 1]?.text === ',' || /^(?:about|by|whether|if)$/.test(lower(tokens[cue.last + 1])))) return null;
  const k = skipAdjuncts(ctx, cue.last + 1, sLast, info);
  const next = tokens[k];
  // a direct quote frame, unless the clause goes on after the quoted words ("said “frozen assets” and levies would …")
  if (next && (next.kind === 'quote' && !goesOnAfterQuote(ctx, k) || next.text === ':' || (next.text === ',' && tokens[k + 1]?.kind === 'quote'))) return null;
  const channel = channelNear(ctx, i);
  let source: TokRange | null;
  source = participleSource(ctx, i, sFirst);
  // "Lavrov was quoted by Interfax as saying …": the one quoted is the source; the cue runs from the passive
  if (quotedAs >= 0) {
    source = subjectBefore(tokens, quotedAs, sFirst);
    cue = { first: quotedAs, last: cue.last };
  } else if (activeAs) {
    source = activeAs.source;
    cue = { first: activeAs.verb, last: activeAs.verb };
    // "Prices will rise, Reuters quoted the minister as saying.": with nothing after the participle, the clause before
    // the outlet's comma is what was said
    if (k > sLast || /^[.!?]$/.test(tokens[k]!.text)) {
      const outlet = subjectBefore(tokens, activeAs.verb, sFirst);
      let s0 = sFirst;
      while (s0 < sLast && (CONNECTORS.has(lower(tokens[s0])) || tokens[s0]!.text === ',')) s0++;
      if (!outlet || tokens[outlet.first - 1]?.text !== ',' || outlet.first - 2 < s0) return null;
      return { start: tokens[s0]!.start, end: tokens[outlet.first - 2]!.end, kind: 'indirect', source, cue, continues: null, channel, anchor: i };
    }
  }
  // ("The ministry put out a statement saying …": the text's noun phrase, from its determiner, is the source as written)
  if (nounParticiple && source) {
    let d = source.last;
    while (d > source.first && !DETERMINERS.has(lower(tokens[d]))) d--;
    if (d > source.first) source = { first: d, last: source.last };
  }
  // "…, the ministry said, a claim Kyiv denied.": an appositive noun of saying with a relative clause; the noun is what
  // was denied, the name after it the source (the clause before belongs to the earlier frame, not to this verb)
  // ("…, an account that Kyiv disputed.", "…, a charge which the administration denies.")
  if (source && source.last > source.first + 1 && claimAppositive(tokens, source.first)) {
    const claim = { first: source.first, last: source.first + 1 };
    return { start: tokens[claim.first]!.start, end: tokens[claim.last]!.end, kind: 'indirect', source: { first: claim.last + 1, last: source.last }, cue, continues: null, channel, anchor: i };
  }
  if (source && /^(?:that|which)$/.test(lower(tokens[source.first - 1])) && claimAppositive(tokens, source.first - 3)) {
    const claim = { first: source.first - 3, last: source.first - 2 };
    return { start: tokens[claim.first]!.start, end: tokens[claim.last]!.end, kind: 'indirect', source, cue, continues: null, channel, anchor: i };
  }
  // "Barkley, who said he votes Democratic, …", "Christie, who in 2010 said …": the relative pronoun is the source as
  // written (PolNeAR's convention), and the reported clause ends where the main clause resumes
  const relative = source ? -1 : relativeBefore(ctx, i, sFirst);
  if (relative >= 0) source = { first: relative, last: relative };
  // "the “security operation,” as the ministry terms its campaign in the east, …": a naming verb in an as-clause names the
  // quoted term before it; what follows is its object, not a statement
  // (only when that object runs on into the main clause: "as he calls it" stays)
  if (source && NAMING.test(lower(tokens[i])) && lower(tokens[source.first - 1]) === 'as' && !/^(?:it|them|him|her|this|that)$/.test(lower(tokens[i + 1]))
    && tokens.slice(i + 1, sLast + 1).some((t) => t.text === ',')) return null;
  // "This campaign, he says, is different.": the reported clause wraps around its source and cue
  // (the comma may close a channel phrase: "the agency said in a June report, and those …")
  const wrapComma = tokens[k]?.text === ',' ? k : k - 1 > i && tokens[k - 1]?.text === ',' ? k - 1 : -1;
  if (source && source.first < i && tokens[source.first - 1]?.text === ',' && wrapComma >= 0 && !participle && !activeAs) {
    let s0 = sFirst;
    while (s0 < source.first - 1 && (CONNECTORS.has(lower(tokens[s0])) || tokens[s0]!.kind === 'quote')) s0++;
    const rest = contentRange(ctx, wrapComma + 1, sLast);
    const firstQuote = tokens.slice(s0, source.first).some((t) => t.kind === 'quote');
    const w1 = tokens[wrapComma + 1];
    // ("…, the ministry said, a claim Kyiv denied": an appositive of saying closes the statement)
    if (claimAppositive(tokens, wrapComma + 1) && source.first - 1 - s0 >= 1 && !firstQuote) {
      return { start: tokens[s0]!.start, end: tokens[source.first - 2]!.end, kind: 'indirect', source, cue, continues: null, channel, anchor: i };
    }
    // (", adding that …" starts another statement; ", replacing Clinton would be …" goes on with this one)
    if (rest && source.first - 1 - s0 >= 1 && !firstQuote && !cueInfo(w1?.text ?? '')?.participle && !PREPOSITIONS.has(lower(w1))) {
      return { start: tokens[s0]!.start, end: rest[1], kind: 'indirect', source, cue, continues: null, channel, anchor: i };
    }
  }
  // "pointed out that …", "did not rule out that …": the particle belongs to the cue
  if (lower(tokens[k]) === 'out' && (info.lemma === 'point' || info.lemma === 'rule') && cue.last === i) return verbDraft(ctx, info, { first: i, last: k }, sFirst, sLast);
  let kk = k;
  // "complained about his mic", "called for a moratorium", "called on Trump to …", "spoke out Tuesday against …":
  // what was said is the preposition's object, and the cue runs through the preposition. ("accused Putin of
  // prolonging the war" keeps "Putin of …": the accused is part of what was said.)
  // "Mr Clarke, writing in The Times, accused …": a participle of writing or speaking before a place or outlet names the
  // channel of the main verb's statement, it has no content of its own
  if (info.participle && /^(?:write|speak|talk|appear)$/.test(info.lemma) && /^(?:in|on|at|to|for|from)$/.test(lower(next))) {
    const comma = tokens.slice(k, Math.min(sLast, k + 10) + 1).findIndex((t) => t.text === ',');
    if (comma >= 0 && !tokens.slice(k, k + comma).some((t) => lower(t) === 'that')) return null;
  }
  // "Video posted on YouTube showed men …": a participle after a noun that cannot speak, with a phrase and a finite
  // verb after it, modifies the subject of that verb; it reports nothing
  // (right after the noun: not "had long called for …", "who pleaded with …", "it commented on proposed rules")
  if (source && source.last === i - 1 && !isAgent(ctx, source) && !PRONOUNS.has(lower(tokens[source.last])) && !/^(?:who|which|that)$/.test(lower(tokens[source.last]))
    && /^\p{Ll}+ed$/u.test(tokens[i]!.text) && cue.first === cue.last && PREPOSITIONS.has(lower(next)) && lower(next) !== 'to') {
    for (let t = k + 2; t <= Math.min(sLast, k + 6); t++) {
      if (tokens[t]!.kind !== 'word' || lower(tokens[t]) === 'that') break;
      if (!isCap(tokens[t]) && finiteVerbAt(ctx, t) && !AUXILIARIES.test(lower(tokens[t]))) return null;
    }
  }
  const topic = topicStart(ctx, info, cue, k, sLast);
  if (topic) { cue = { first: cue.first, last: topic - 1 }; kk = topic; }
  else if (info.topicOnly) return null;
  // ("said about 60 gunmen attacked …": "about", "over", "nearly" before a number count, they govern nothing)
  // ("Kyiv wants to provide …", "refused to back that change": "to" before a verb opens the content; it is no
  // preposition with a tail, and a later "that" is no complementizer)
  // (a plural or a collective after "to" is a hearer: "said to supporters that …", "said to police that …")
  const infinitive = lower(next) === 'to' && tokens[k + 1]?.kind === 'word' && /^\p{Ll}+$/u.test(tokens[k + 1]!.text) && !DETERMINERS.has(lower(tokens[k + 1]))
    && !PRONOUNS.has(lower(tokens[k + 1])) && !/[^s]s$/.test(lower(tokens[k + 1])) && !/^(?:police|staff|media|press|parliament|congress|everyone|everybody|anyone|people|journalists|reporters)$/.test(lower(tokens[k + 1]));
  if (!topic && next && PREPOSITIONS.has(lower(next)) && !info.takesObject && !approximates(tokens, k) && !infinitive) {
    // "said during a taping of a town hall in Buffalo, New York, that …": the content starts at "that"
    for (let m = k + 1; m <= Math.min(sLast, k + 20); m++) {
      if (lower(tokens[m]) === 'that') { kk = m; break; }
      if (tokens[m]!.kind === 'quote' || /^[;:]$/.test(tokens[m]!.text)) break;
    }
  }
  if (lower(tokens[kk]) === 'according' || lower(tokens[kk]) === 'or' || lower(tokens[kk]) === 'and') return null;
  // "“…,” Becker said of the minister's plan.": what the quote is about, not what was said
  if (kk === k && lower(tokens[kk]) === 'of' && (info.lemma === 'say' || info.lemma === 'write') && (prev?.text === ',' || source?.first !== undefined)) {
    const before = tokens.slice(sFirst, i).some((t) => t.kind === 'quote');
    if (before) return null;
  }
  // "…, Anna Kovac said when she resigned": a time or reason clause after the cue is no content, unless a main
  // clause follows it ("said when he arrived, the town was empty")
  // ("have not said when they would …" asks a question: its clause is the content)
  // ("did not comment Tuesday, while the ministry denied …": a subordinate clause after a comma is no content either)
  if (kk === k && tokens[kk]?.text === ',' && /^(?:while|whereas|although|though|but|and)$/.test(lower(tokens[kk + 1]))) kk = sLast + 1;
  if (kk === k && (/^(?:when|while|because|although|though|once|as)$/.test(lower(tokens[kk])) && !(lower(tokens[kk]) === 'as' && lower(tokens[kk + 1]) === 'much')
    || /^(?:before|after|until|since)$/.test(lower(tokens[kk])) && /^(?:he|she|they|it|we|i|you)$/.test(lower(tokens[kk + 1])))
    && !tokens.slice(kk + 1, sLast + 1).some((t) => t.text === ',')
    && !tokens.slice(kk + 1, kk + 5).some((t) => /^(?:would|will|could|should|might|can|may)$/.test(lower(t)))) kk = sLast + 1;
  // "…, said Oleksandr Syrskyi." — the cue and an inverted source close the sentence
  // (not after a verb whose object is its hearer: "…, the former commander, Igor Kasatonov, told RIA Novosti." — the
  // name after "told" is who heard it)
  if (prev?.text === ',' && !participle && !(HEARER_VERBS.has(info.lemma) && info.lemma !== 'ask')) {
    // the source may close with a relative clause: "said Brian Baker, an adviser to the family who oversees …"
    let plain = phraseAfter(tokens, i + 1, sLast);
    // ("…, said Mr King and that it was likely …": the source ends before the conjunction, and the clause after it is
    // a second content of the same cue, not a relative clause on the source)
    const andThat = !!plain && plain.last > plain.first && /^(?:and|or)$/.test(lower(tokens[plain.last])) && lower(tokens[plain.last + 1]) === 'that';
    if (andThat) plain = { first: plain!.first, last: plain!.last - 1 };
    // (or a second appositive that closes the sentence: "said RoseAnn DeMoro, executive director of National Nurses
    // United, a union that has broken away …")
    const relative = plain && !andThat && (/^(?:that|which)$/.test(lower(tokens[plain.last + 1]))
      || tokens[plain.last + 1]?.text === ',' && /^(?:a|an|the)$/.test(lower(tokens[plain.last + 2])) && isCap(tokens[plain.first])
        && !tokens.slice(plain.last + 2, sLast + 1).some((t) => t.kind === 'quote' || t.text === ';'));
    let np = andThat ? plain : sourceAfterCue(tokens, i + 1, sLast);
    // "But Megan Hester, a senior associate, said the plan failed": when everything before the cue is its subject
    // (a name and an appositive), the clause after the cue is the content, not an inverted source
    let s00 = sFirst;
    while (s00 < i && (CONNECTORS.has(lower(tokens[s00])) || tokens[s00]!.kind === 'quote')) s00++;
    const wholeSubject = subjectBefore(tokens, i, sFirst);
    const forward = !!wholeSubject && wholeSubject.first <= s00 && isCap(tokens[s00]) && tokens.slice(s00, i).filter((t) => t.text === ',').length >= 2;
    // (a time after the cue is no inverted source: "Brian Sandoval, a Republican, said Tuesday that …")
    if (np && plain && !forward && (np.last >= sLast - 1 || relative || andThat) && (isCap(tokens[np.first]) || DETERMINERS.has(lower(tokens[np.first]))) && !isTimeWord(tokens[np.first])) {
      let c = i - 2;
      let s0 = sFirst;
      while (s0 < c && (CONNECTORS.has(lower(tokens[s0])) || tokens[s0]!.kind === 'quote')) s0++;
      // the relative clause is part of the source as written (PolNeAR's convention), up to the sentence end
      let last = np.last;
      if (relative) { last = sLast; while (last > plain.last && tokens[last]!.kind === 'punct') last--; }
      if (c - s0 >= 2 && tokens[c]!.kind !== 'quote') return { start: tokens[s0]!.start, end: tokens[c]!.end, kind: 'indirect', source: { first: np.first, last }, cue, continues: null, channel, anchor: i };
    }
    // "Broadband, argues the report, is encouraging …", "More significantly, argues the report, broadband is …": an
    // inverted frame set between commas reports the words around it (after an opening adverb, only those after it)
    // (after the second comma a clause, not an appositive: "says Dr Lind, the equipment is …", not "says X, a union that …";
    // the source phrase may have run on over that comma into the clause's subject)
    let clauseAfter = false;
    if (np) {
      const comma = tokens.slice(np.first, np.last + 1).findIndex((t) => t.text === ',');
      if (comma > 0 && finiteVerbAt(ctx, np.last + 1)) { np = { first: np.first, last: np.first + comma - 1 }; clauseAfter = true; }
    }
    if (np && !clauseAfter) {
      for (let t = np.last + 2; t <= Math.min(sLast, np.last + 8); t++) {
        if (/^(?:that|who|which|whose|whom)$/.test(lower(tokens[t])) || tokens[t]!.kind !== 'word' && tokens[t]!.kind !== 'number') break;
        if (finiteVerbAt(ctx, t) && t > np.last + 2) { clauseAfter = true; break; }
      }
    }
    if (np && !forward && (!relative || clauseAfter) && !andThat && tokens[np.last + 1]?.text === ',' && np.last + 2 <= sLast && !/^(?:and|or|but)$/.test(lower(tokens[np.last])) && (isCap(tokens[np.first]) || DETERMINERS.has(lower(tokens[np.first])))
      && !isTimeWord(tokens[np.first]) && cue.first === cue.last && /s$/.test(lower(tokens[i])) && info.tier === 'speech') {
      let s0 = sFirst;
      while (s0 < i - 1 && (CONNECTORS.has(lower(tokens[s0])) || tokens[s0]!.kind === 'quote')) s0++;
      const before = tokens.slice(s0, i - 1);
      const rest = contentRange(ctx, np.last + 2, sLast);
      // (a sentence adverb in -ly, "Currently", "More significantly": not a noun or adjective in -ly, nor "Only", "Early")
      const lastWord = lower(before[before.length - 1]);
      const adverbial = before.length > 0 && before.length <= 3 && /^\p{L}+ly$/u.test(lastWord) && !LY_NOUNS.has(lastWord) && !/^(?:early|only|likely)$/.test(lastWord);
      if (rest && before.length > 0 && !before.some((t) => t.kind === 'quote' || t.text === ',')) {
        return { start: adverbial ? rest[0] : tokens[s0]!.start, end: rest[1], kind: 'indirect', source: np, cue, continues: null, channel, anchor: i };
      }
    }
  }
  let after = kk <= sLast ? contentRange(ctx, kk, sLast) : null;
  // ("said little about the plan in recent months, and people familiar with …": the topic left unsaid is a noun phrase,
  // it ends at the first comma)
  if (after && topic && /^(?:nothing|little)$/.test(lower(tokens[topic - 2]))) {
    for (let m = kk + 1; m < ctx.tokenAt(after[1]); m++) if (tokens[m]!.text === ',') { after = [after[0], tokens[m - 1]!.end]; break; }
  }
  // ", who said he votes Democratic, said …": a comma before a verb closes the relative clause; without commas
  // ("Officials who said the plan failed were fired"), an auxiliary right after the reported verb resumes the main clause
  // (and an object relative: "The pier, which the council says is unsafe, will close")
  const objectRelative = relative < 0 && !!source && source.first > sFirst && /^(?:which|whom|that|who)$/.test(lower(tokens[source.first - 1])) ? source.first - 1 : -1;
  const rel = relative >= 0 ? relative : objectRelative;
  if (after && rel >= 0) {
    const commas = tokens[rel - 1]?.text === ',';
    let finite = false;
    for (let m = kk + 1; m < ctx.tokenAt(after[1]); m++) {
      // (without commas: a second finite "be"/"have" after the reported clause has its verb, with no subject of its own
      // before it: "… the dam was weak were ignored", "… the plan failed were fired"; "… found officials were …" is a clause)
      const p = tokens[m - 1]!;
      // (after an appositive, "Pavlov, a lawyer who has said the law is vague, told reporters …": a comma and a finite
      // verb of saying resume the main clause, whose subject the appositive describes)
      const speechAfterComma = tokens[m]!.text === ',' && speechVerbAt(ctx, m + 1) && tokens.slice(sFirst, rel).some((t) => t.text === ',');
      // ("Those who favored closer integration with Europe are voicing …": after a verb whose object is a noun phrase, no
      // clause of its own, the first "be" or "have" resumes the main clause, after a name too)
      // (only a subject relative right before a stance verb — "who support", "who want to" —, not "show" or "find", whose
      // object is a clause, nor an existential "there" inside the object, nor anything after a bracket)
      const objectOnly = relative >= 0 && relative === i - 1 && info.tier === 'stance' && !/^(?:show|find|suggest|indicate|reveal|confirm)$/.test(info.lemma) && !finite
        && lower(tokens[kk]) !== 'that' && /^(?:is|are|was|were|has|have|had)$/.test(lower(tokens[m])) && p.kind === 'word' && !PRONOUNS.has(lower(p))
        && !AUXILIARIES.test(lower(p)) && !/^(?:and|or|that|who|which|to|there)$/.test(lower(p)) && !tokens.slice(kk, m).some((t) => t.text === '(' || t.text === ',');
      const closes = commas ? tokens[m]!.text === ',' && finiteVerbAt(ctx, m + 1)
        : speechAfterComma || objectOnly || finite && /^(?:is|are|was|were|has|have|had|will|would)$/.test(lower(tokens[m])) && p.kind === 'word' && !isCap(p) && !PRONOUNS.has(lower(p))
          && !/s$/.test(lower(p)) && !DETERMINERS.has(lower(p)) && !AUXILIARIES.test(lower(p)) && !/^(?:and|or|that|who|which|to)$/.test(lower(p));
      if (!commas && finiteVerbAt(ctx, m)) finite = true;
      if (!closes) continue;
      after = m - 1 > kk ? [after[0], tokens[m - 1]!.end] : null;
      break;
    }
  }
  // "Though she called for X to be “clawed back”, Clinton restricted …": a cue inside an opening subordinate clause
  // reports up to the comma that closes that clause, where the main clause begins
  if (after && FRONTED.test(lower(tokens[firstWord(ctx, sFirst, i)]))) {
    for (let m = kk + 1; m < ctx.tokenAt(after[1]); m++) {
      if (tokens[m]!.text !== ',' || tokens[m + 1]?.kind !== 'word') continue;
      const n = tokens[m + 1]!;
      if (!(isCap(n) || PRONOUNS.has(lower(n)) || /^(?:the|a|an|this|his|her|their|its)$/.test(lower(n)))) continue;
      if (m - 1 > kk) after = [after[0], tokens[m - 1]!.end];
      break;
    }
  }
  // "hailed the elections — citing the free food and folk music — Western journalists painted …", "(citing …)": a cue
  // that opens an aside reports up to the aside's closing dash or bracket
  if (after && /^[—–(]$/.test(tokens[i - 1]?.text ?? '')) {
    const close = tokens[i - 1]!.text === '(' ? /^\)$/ : /^[—–]$/;
    for (let m = kk + 1; m < ctx.tokenAt(after[1]); m++) {
      if (!close.test(tokens[m]!.text)) continue;
      if (m - 1 > kk) after = [after[0], tokens[m - 1]!.end];
      break;
    }
  }
  // "After what he described as successful talks there, he returned …": a cue in a free relative reports up to the comma
  // that closes the phrase; the main clause follows
  if (after && source && source.first > sFirst && lower(tokens[source.first - 1]) === 'what' && !/^(?:is|was|are|were)$/.test(lower(tokens[kk]))) {
    for (let m = kk + 1; m < ctx.tokenAt(after[1]); m++) {
      if (tokens[m]!.text !== ',') continue;
      if (m - 1 > kk) after = [after[0], tokens[m - 1]!.end];
      break;
    }
  }
  // "called for calm.", "appealed for restraint": a topic cue's object may be one word
  if (!after && topic && kk <= sLast && tokens[kk]!.kind === 'word' && /^\p{Ll}/u.test(tokens[kk]!.text) && (kk === sLast || /^[.!?]$/.test(tokens[kk + 1]!.text))) after = [tokens[kk]!.start, tokens[kk]!.end];
  // "After saying the road was “too dangerous,” she was …": an opening participle clause ends at its comma
  if (after && info.participle && opensSentence(ctx, i - 1, sFirst) && OPENING_SUBORDINATOR.test(lower(tokens[i - 1]))) {
    for (let m = kk + 1; m < ctx.tokenAt(after[1]); m++) {
      if (tokens[m]!.text !== ',') continue;
      after = [after[0], tokens[m - 1]!.end];
      break;
    }
  }
  // a noun phrase said or backed ("attacked the envoy in early-morning tweets", "praised the coalition during his time on
  // MSNBC") ends before a time or circumstance adjunct
  if (after && (topic || info.tier === 'stance') && !/^(?:that|to|how|what|why|whether|if|who|when)$/.test(lower(tokens[kk]))) {
    const lastTok = ctx.tokenAt(after[1]) - 1;
    for (let m = kk + 1; m <= lastTok; m++) {
      const w = lower(tokens[m]);
      if (/^(?:since|during|while|when|after|before|until)$/.test(w) && tokens[m - 1]!.kind === 'word' && !PREPOSITIONS.has(lower(tokens[m - 1]))
        && (DETERMINERS.has(lower(tokens[m + 1])) || /^(?:his|her|their|its|an?|the)$/.test(lower(tokens[m + 1])) || isTimeWord(tokens[m + 1]) || /^(?:he|she|they|at|in)$/.test(lower(tokens[m + 1])) || /^[\p{Ll}-]+$/u.test(tokens[m + 1]?.text ?? ''))) {
        after = [after[0], tokens[m - 1]!.end]; break;
      }
    }
  }
  // ", she said in a video message to the convention." ends a clause too: what follows is a prepositional tail
  const subjectAfterComma = !!source && source.first < i && tokens[source.first - 1]?.text === ',' && source.first - 1 - sFirst >= 3;
  const tailOnly = !!next && (PREPOSITIONS.has(lower(next)) && kk === k && !infinitive || next.text === ',') && !info.takesObject;
  const endsClause = !after || (next && /^[.!?]$/.test(next.text)) || (subjectAfterComma && tailOnly);
  if (!endsClause && after) {
    // a subject too long or odd for the source finder ("Many speakers at the service — including …, Jews — said …"):
    // the sentence's main subject, when it ends before the cue
    // (only a cue that cannot be a noun — "the reports from the states were watched", "as state counselor" — and not
    // a participle before "by": "The claims, cited by a local paper, could not be verified")
    // (nor a cue inside an infinitive, "claimed to have personally urged …": that is the other cue's content)
    // (nor a cue after another verb of saying in the sentence, "He said people he had known … then asked him to …":
    // there the main subject is the other cue's)
    if (!source && i > sFirst + 1 && !info.nounLike && lower(tokens[i + 1]) !== 'by' && !tokens.slice(Math.max(sFirst, i - 3), i).some((t) => lower(t) === 'to')
      && !tokens.slice(sFirst, i).some((t) => !isCap(t) && cueInfo(t.text)?.tier === 'speech' && !cueInfo(t.text)?.nounLike)) {
      const m = mainSubject(ctx, sFirst, i);
      if (m && m.last < i && m.last >= i - 12 && !/^(?:it|this|that|there)$/.test(lower(tokens[m.first]))) source = m;
    }
    if (!source) {
      // "Said Zelenskyy: …" is rare; an inverted cue needs content before it
      return null;
    }
    // ("asked not to be named": the negation of an infinitive is part of what was asked, not a skipped adverb)
    const first = ctx.tokenAt(after[0]);
    if (lower(tokens[first]) === 'to' && first - 1 > cue.last && /^(?:not|never)$/.test(lower(tokens[first - 1]))) after = [tokens[first - 1]!.start, after[1]];
    return { start: after[0], end: after[1], kind: 'indirect', source, cue, continues: null, channel, anchor: i };
  }
  // "CONTENT, X said." / "CONTENT, said X." / "CONTENT, X said, CONTENT."
  if (!source || source.first === i + 1) source = source ?? phraseAfter(tokens, i + 1, sLast);
  // ("The war is over, said Tuesday.": a time alone after the cue is when, not who)
  if (source && source.first === i + 1 && onlyTime(tokens, source)) source = null;
  const srcStart = source && source.first < i ? source.first : i;
  let c = srcStart - 1;
  if (tokens[c]?.text !== ',') return null;
  while (c >= sFirst && tokens[c]!.text === ',') c--;
  let s = afterTimestamp(tokens, sFirst);
  while (s < c && (CONNECTORS.has(lower(tokens[s])) || tokens[s]!.kind === 'quote')) s++;
  if (c - s < 2) return null;
  if (!source) return null;
  // "At the same time, Kyiv wants …": a short prepositional opener is an adjunct, not what was said
  if (c - s < 6 && PREPOSITIONS.has(lower(tokens[s])) && !tokens.slice(s, c + 1).some((t) => VERBISH.test(t.text))) return null;
  // ("During the live broadcast that lasted 3 hours, the President responded to 81 questions": so is a longer one,
  // without a comma of its own, whose only verbs are in a relative clause on its noun)
  if (/^(?:during|throughout|in|at|on|amid|following)$/.test(lower(tokens[s]))) {
    const opener = tokens.slice(s, c + 1);
    const rel = opener.findIndex((t) => /^(?:that|which|who|where|when)$/.test(lower(t)));
    if (rel > 1 && !opener.some((t) => t.text === ',') && !opener.slice(0, rel).some((t) => VERBISH.test(t.text) || IRREGULAR_PAST.has(lower(t)))) return null;
  }
  return { start: tokens[s]!.start, end: tokens[c]!.end, kind: 'indirect', source, cue, continues: null, channel, anchor: i };
}

/** The first token after a live blog's time stamp that opens the sentence ("18:15 - Five warships have …"), else `s`. */
function afterTimestamp(tokens: readonly Token[], s: number): number {
  return /^\d{1,2}[:.]\d{2}$/.test(tokens[s]?.text ?? '') && /^(?:[-–—―]|--)$/.test(tokens[s + 1]?.text ?? '') ? s + 2 : s;
}

/** Words that make a short opener a clause ("In 2014 the army was …") rather than an adjunct ("At the same time"). */
const VERBISH = /^(?:is|are|was|were|be|been|has|have|had|will|would|can|could|should|must|may|might|do|does|did|\p{Ll}+ed)$/u;


/**
 * Headlines and transcripts that attribute with a colon: "Graham: Trump’s Rhetoric Destroying GOP’s Chances",
 * "RAMOS: Secretary Clinton, …". Only the first paragraph, a paragraph without a closing period, or an
 * all-capitals speaker label qualifies, so "The reason was simple: …" in running text does not.
 */
function colonHeadlines(ctx: Context): Draft[] {
  const { tokens, text } = ctx;
  const out: Draft[] = [];
  ctx.paragraphs.forEach((p, pi) => {
    let first = ctx.tokenAt(p.start);
    // a transcript paragraph may open with a stray quote mark ("\"PENCE: Well, look, …")
    if (tokens[first]?.kind === 'quote' && /^\p{Lu}{2}/u.test(tokens[first + 1]?.text ?? '')) first++;
    let colon = -1;
    for (let k = first; k < Math.min(tokens.length, first + 7) && tokens[k]!.start < p.end; k++) {
      if (tokens[k]!.text === ':') { colon = k; break; }
      const t = tokens[k]!;
      if (t.kind === 'quote' || (t.kind === 'word' && !isCap(t) && !/^(?:of|the|and|’s|'s|de)$/.test(t.text))) return;
      if (t.kind === 'punct' && t.text !== '.') return;
    }
    if (colon <= first) return;
    // ("21 November 2013: Ukraine announces …": a timeline entry's date is no speaker)
    if (tokens.slice(first, colon).every((t) => t.kind === 'number' || isTimeWord(t) || /^\d/.test(t.text))) return;
    const label = text.slice(tokens[first]!.start, tokens[colon - 1]!.end);
    const body = text.slice(tokens[colon]!.end, p.end).trim();
    const headline = pi === 0 || !/[.!?]["”’]?$/.test(body);
    const transcript = /^[\p{Lu} .'’-]+$/u.test(label) && /\p{Lu}{2}/u.test(label);
    if (!headline && !transcript) return;
    const words = body.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
    if (words < 3 || /^(?:Update|Updated|Note|Editor|Watch|Video|Photos?|Read|Related|Breaking|Exclusive|Analysis|Opinion)$/i.test(label)) return;
    let s0 = tokens[colon]!.end;
    while (s0 < p.end && /[\s“"‘'«„]/u.test(text[s0]!)) s0++;
    let e0 = p.end;
    while (e0 > s0 && /[\s”"’'».]/u.test(text[e0 - 1]!)) e0--;
    // a transcript turn is word for word what was said
    out.push({ start: s0, end: e0, kind: transcript || /[“"‘«„]/.test(text.slice(tokens[colon]!.end, s0)) ? 'direct' : 'indirect',
      source: { first, last: colon - 1 }, cue: { first: colon, last: colon }, continues: null, channel: null, anchor: colon });
  });
  return out;
}

/**
 * Title Case headlines that attribute with a capitalised verb: "Sanctions Could Be Lifted, Foreign Minister
 * Says.", "Scholz Says Talks Will Resume in Spring". Only a short paragraph whose words are nearly all
 * capitalised qualifies, and only verbs of saying in the present or past.
 */
function titleHeadlines(ctx: Context): Draft[] {
  const { tokens, text } = ctx;
  const out: Draft[] = [];
  for (const p of ctx.paragraphs) {
    const body = text.slice(p.start, p.end);
    if (body.length > 160 || body.includes('\n')) continue;
    const words = body.split(/\s+/).filter((w) => /\p{L}/u.test(w));
    const caps = words.filter((w) => /^[‘“'"(]?[\p{Lu}\d]/u.test(w)).length;
    if (words.length < 4 || caps < words.length * 0.7) continue;
    const first = ctx.tokenAt(p.start);
    let last = first;
    while (last + 1 < tokens.length && tokens[last + 1]!.start < p.end) last++;
    for (let i = first + 1; i <= last; i++) {
      const info = cueInfo(tokens[i]!.text);
      if (!info || info.tier !== 'speech' || info.participle || !/^(?:say|warn|claim|tell|urge|insist|deny|admit|argue|vow|predict|accuse|reveal|confirm|suggest)$/.test(info.lemma)) continue;
      // "Museum Will Tell of …", "Set to Claim": a verb after a modal or "to" is the headline's own clause
      if (/^(?:will|would|could|can|may|might|must|should|to)$/.test(lower(tokens[i - 1]))) continue;
      let end = last;
      while (end > i && tokens[end]!.kind !== 'word' && tokens[end]!.kind !== 'number') end--;
      if (tokens[i - 1]!.text !== ',' && end > i + 1) {
        // "Scholz Says Talks Will Resume …"
        const source = { first, last: i - 1 };
        out.push({ start: tokens[i + 1]!.start, end: tokens[end]!.end, kind: 'indirect', source, cue: { first: i, last: i }, continues: null, channel: null, anchor: i });
      } else if (tokens[i - 1]!.text !== ',' && end === i) {
        // "…, Lindsey Graham Says."
        let c = i - 1;
        while (c > first && tokens[c]!.text !== ',') c--;
        if (c <= first + 1 || c === i - 1) break;
        let ce = c - 1;
        while (ce > first && tokens[ce]!.kind === 'quote') ce--;
        out.push({ start: tokens[first]!.start, end: tokens[ce]!.end, kind: 'indirect', source: { first: c + 1, last: i - 1 }, cue: { first: i, last: i }, continues: null, channel: null, anchor: i });
      }
      break;
    }
  }
  return out;
}

/** Words that open what was asked: "whether …", "who …", "why …". */
const WH_WORD = /^(?:whether|if|why|how|what|who|whom|which|when|where)$/;

/**
 * Questions put to someone in the passive: "Clinton was asked about the speeches", "Sanders was asked by host John
 * Dickerson whether his aim was …", "has been asked to release the transcripts". The asker is the source when "by" names
 * them, else nobody; the content is what was asked (after "about", or the wh-clause or infinitive). PolNeAR train
 * marks 51 of the 71 passives of "ask" as attributions.
 */
function passiveQuestions(ctx: Context, quoted: readonly QuotedSpan[]): Draft[] {
  const { tokens } = ctx;
  const out: Draft[] = [];
  const mask = ctx.quotedMask(quoted);
  for (let i = 1; i < tokens.length - 2; i++) {
    if (lower(tokens[i]) !== 'asked' || mask[i]) continue;
    let b = i - 1;
    while (b > 0 && b > i - 3 && /^(?:\p{Ll}+ly|also|not|again|later|then|often|never|once|twice)$/u.test(tokens[b]!.text)) b--;
    if (!/^(?:was|were|is|are|be|been|being)$/.test(lower(tokens[b]))) continue;
    const sLast = ctx.sentTok[tokens[i]!.sentence]!.last;
    let k = i + 1;
    let source: TokRange | null = null;
    if (lower(tokens[k]) === 'by') {
      // (the asker runs up to what was asked: "by host John Dickerson whether …", "by reporters about …")
      let e = k + 1;
      while (e <= sLast && e < k + 10 && tokens[e]!.kind === 'word' && !(WH_WORD.test(lower(tokens[e])) || /^(?:about|to|that|and|or)$/.test(lower(tokens[e])))) e++;
      if (e === k + 1 || e > sLast || tokens[e]!.kind !== 'word') continue;
      source = { first: k + 1, last: e - 1 };
      k = e;
    }
    let cue: TokRange = { first: i, last: i };
    const w = lower(tokens[k]);
    // ("was asked about" is the cue; past an asker, "about" opens the content: "asked by reporters about the deal")
    if (w === 'about') { if (!source) { cue = { first: i, last: k }; k++; } }
    else if (w === 'to' && tokens[k + 1]?.kind === 'word' && /^\p{Ll}+$/u.test(tokens[k + 1]!.text) && !DETERMINERS.has(lower(tokens[k + 1]))) { /* the infinitive is the content */ }
    else if (!WH_WORD.test(w)) continue;
    const r = contentRange(ctx, k, sLast);
    if (!r) continue;
    // (a question ends at its comma: "When voters were asked who would bring change, Trump trounced Clinton")
    if (WH_WORD.test(lower(tokens[k]))) {
      let e = k + 1;
      while (e <= sLast && !/^[,;:]$/.test(tokens[e]!.text) && tokens[e]!.kind !== 'quote') e++;
      r[1] = Math.min(r[1], tokens[e - 1]!.end);
    }
    out.push({ start: r[0], end: r[1], kind: 'indirect', source, cue, continues: null, channel: null, anchor: i });
  }
  return out;
}

/**
 * Frames of more than one word that no single verb makes: "made (it) clear that …", "expressed (deep) concern that
 * …", "expressed frustration over …", "voiced support for …", "has made no secret of …" (and, by `referringTo` and
 * `pollSource`, ", referring to …" and "In a … poll, …"). PolNeAR train marks 12 of 12 "expressed … that", 28 of 33
 * "expressed … about/over/at/for …", 9 of 10 "voiced …" and 16 of 29 "made clear that" as attributions. The source is
 * the verb's subject; the content the clause after "that", or the preposition's object (the preposition is part of the
 * cue).
 */
function phraseFrames(ctx: Context, quoted: readonly QuotedSpan[]): Draft[] {
  const { tokens } = ctx;
  const out: Draft[] = [];
  const mask = ctx.quotedMask(quoted);
  for (let i = 0; i < tokens.length - 3; i++) {
    const w = lower(tokens[i]);
    if (w === 'referring' && !mask[i]) { const d = referringTo(ctx, i); if (d) out.push(d); continue; }
    if (w === 'in' && !mask[i]) { const d = pollSource(ctx, i) ?? viewSource(ctx, i); if (d) out.push(d); continue; }
    if (mask[i] || !/^(?:made|makes|expressed|expresses|voiced|voices)$/.test(w)) continue;
    // (the finite verb of a clause: not "a statement made clear …", "the concerns expressed by …")
    if (PASSIVE_AUX.has(lower(tokens[i - 1])) || lower(tokens[i + 1]) === 'by') continue;
    const sFirst = ctx.sentTok[tokens[i]!.sentence]!.first, sLast = ctx.sentTok[tokens[i]!.sentence]!.last;
    let k = i + 1;
    let prep = false;
    if (w.startsWith('made') || w === 'makes') {
      if (lower(tokens[k]) === 'it') k++;
      if (/^(?:very|abundantly|quite|perfectly|crystal)$/.test(lower(tokens[k]))) k++;
      if (lower(tokens[k]) === 'clear' && lower(tokens[k + 1]) === 'that') k++;
      else if (lower(tokens[k]) === 'no' && lower(tokens[k + 1]) === 'secret' && lower(tokens[k + 2]) === 'of') { k += 2; prep = true; }
      else continue;
    } else {
      let n = k;
      while (n < k + 3 && (DETERMINERS.has(lower(tokens[n])) || /^(?:his|her|their|its|our|deep|grave|serious|strong|growing|cautious|some|particular|great|profound|sincere|renewed|continued|full|public|private)$/.test(lower(tokens[n])) || isAdverbish(tokens[n]) && /ly$/.test(lower(tokens[n])))) n++;
      if (!EXPRESS_NOUNS.has(lower(tokens[n]))) continue;
      k = n + 1;
      // ("expressed a willingness to come": the infinitive is the content)
      if (lower(tokens[k]) === 'that' || lower(tokens[k]) === 'to' && /^\p{Ll}+$/u.test(tokens[k + 1]?.text ?? '') && !DETERMINERS.has(lower(tokens[k + 1]))) { /* the clause is the content */ }
      else if (/^(?:about|over|at|for|regarding|with|in|on|to)$/.test(lower(tokens[k]))) prep = true;
      else continue;
    }
    const cue = { first: i, last: prep ? k : k - 1 };
    const from = prep ? k + 1 : k;
    const r = contentRange(ctx, from, sLast);
    if (!r) continue;
    const source = participleSource(ctx, i, sFirst);
    if (!source) continue;
    out.push({ start: r[0], end: r[1], kind: 'indirect', source, cue, continues: null, channel: channelNear(ctx, i), anchor: i });
  }
  return out;
}

/**
 * ", referring to …" after a statement (the participle after a comma, or after a quote's closing comma): what the
 * speaker meant, up to a quote mark ("…,” she said, referring to the excuse, “you …”" is the quote going on). Its
 * source is the participle's. PolNeAR train marks 31 of its 40.
 */
function referringTo(ctx: Context, i: number): Draft | null {
  const { tokens } = ctx;
  if (lower(tokens[i + 1]) !== 'to' || !(tokens[i - 1]?.text === ',' || tokens[i - 1]?.kind === 'quote' && tokens[i - 2]?.text === ',')) return null;
  const sFirst = ctx.sentTok[tokens[i]!.sentence]!.first, sLast = ctx.sentTok[tokens[i]!.sentence]!.last;
  let stop = i + 2;
  while (stop <= sLast && !(tokens[stop]!.kind === 'quote' && !isApostrophe(tokens, stop))) stop++;
  const r = isTimeWord(tokens[i + 2]) ? null : contentRange(ctx, i + 2, stop - 1);
  const source = r ? participleSource(ctx, i, sFirst) : null;
  return r && source ? { start: r[0], end: r[1], kind: 'indirect', source, cue: { first: i, last: i + 1 }, continues: null, channel: null, anchor: i } : null;
}

/**
 * "In the latest Washington Post-ABC News poll, Clinton led Trump …": a poll or survey named at the opening of its
 * sentence is the source of the clause after its comma, as "according to" would make it (PolNeAR train marks 14 of
 * its 21) — unless the clause has a speaker and a verb of its own ("In an online poll …, Democracy Corp found that …":
 * the poll is then where it was found).
 */
function pollSource(ctx: Context, i: number): Draft | null {
  const { tokens } = ctx;
  if (!DETERMINERS.has(lower(tokens[i + 1])) && lower(tokens[i + 1]) !== 'one') return null;
  const sFirst = ctx.sentTok[tokens[i]!.sentence]!.first, sLast = ctx.sentTok[tokens[i]!.sentence]!.last;
  if (firstWord(ctx, sFirst, i + 1) !== i) return null;
  let c = i + 1;
  while (c <= Math.min(sLast, i + 16) && tokens[c]!.text !== ',' && tokens[c]!.kind !== 'quote') c++;
  if (tokens[c]?.text !== ',' || !tokens.slice(i + 1, c).some((t) => /^(?:poll|polls|survey|surveys)$/i.test(t.text))) return null;
  // (a clause that opens with a number is the poll's finding even with a verb of saying: "79 percent of Democrats said …")
  if (tokens[c + 1]?.kind !== 'number') {
    for (let x = c + 2; x <= Math.min(sLast, c + 8); x++) {
      const info = verbCue(ctx, x, true);
      if (info && !info.participle && info.tier !== 'cognitive') return null;
    }
  }
  const r = contentRange(ctx, c + 1, sLast);
  return r ? { start: r[0], end: r[1], kind: 'indirect', source: { first: i + 1, last: c - 1 }, cue: { first: i, last: i }, continues: null, channel: null, anchor: i } : null;
}

/**
 * "In Ash’s view, the change would …", "In their view, Democrats could …", "In Trump's mind, …": a view opening its
 * sentence is its owner's, and the clause after the comma what the owner holds (PolNeAR train marks all three of its
 * opening views so) — unless the clause has a speaker and a verb of saying of its own.
 */
function viewSource(ctx: Context, i: number): Draft | null {
  const { tokens } = ctx;
  const sFirst = ctx.sentTok[tokens[i]!.sentence]!.first, sLast = ctx.sentTok[tokens[i]!.sentence]!.last;
  if (firstWord(ctx, sFirst, i + 1) !== i) return null;
  let n = i + 1;
  let owner: TokRange;
  if (/^(?:his|her|their|its|our)$/.test(lower(tokens[n]))) { owner = { first: n, last: n }; n++; }
  else {
    while (n <= sLast && n < i + 5 && isCap(tokens[n])) n++;
    if (n === i + 1 || !/^[’']s$/.test(tokens[n]?.text ?? '')) return null;
    owner = { first: i + 1, last: n - 1 };
    n++;
  }
  if (!/^(?:view|opinion|mind|estimation|eyes)$/.test(lower(tokens[n])) || tokens[n + 1]?.text !== ',') return null;
  const c = n + 1;
  for (let x = c + 2; x <= Math.min(sLast, c + 8); x++) {
    const info = verbCue(ctx, x, true);
    if (info && !info.participle && info.tier === 'speech') return null;
  }
  const r = contentRange(ctx, c + 1, sLast);
  return r ? { start: r[0], end: r[1], kind: 'indirect', source: owner, cue: { first: n, last: n }, continues: null, channel: null, anchor: i } : null;
}

/**
 * Noun forms of reported speech: "Trump’s claim that the election was rigged", "a warning by the ministry
 * that …", "the Kremlin’s statement that …". Only with a that-clause, which carries the content.
 */
function nounStatements(ctx: Context, quoted: readonly QuotedSpan[]): Draft[] {
  const { tokens } = ctx;
  const out: Draft[] = [];
  const mask = ctx.quotedMask(quoted);
  for (let i = 1; i < tokens.length - 2; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || !STATEMENT_NOUNS.has(lower(t)) || mask[i]) continue;
    const sLast = ctx.sentTok[t.sentence]!.last;
    const sFirst = ctx.sentTok[t.sentence]!.first;
    let source: TokRange | null = null;
    let that = i + 1;
    const owner = lower(tokens[i + 1]) === 'that' ? possessiveBefore(tokens, i, sFirst) : -1;
    if (tokens[i - 1]!.text === '’s' || tokens[i - 1]!.text === "'s") {
      // "Trump’s claim", "the Kremlin’s statement"
      // (the source as written keeps its possessive mark, as PolNeAR train marks it 61% of the time: 173 to 111)
      const owner = subjectBefore(tokens, i - 1, sFirst);
      // (from its determiner or name: "… to accept Syria's denials that …" is Syria's)
      let first = owner ? owner.first : -1;
      while (owner && first < i - 2 && !isCap(tokens[first]) && !DETERMINERS.has(lower(tokens[first]))) first++;
      if (owner) source = { first, last: i - 1 };
    } else if (isCap(tokens[i - 1]) && tokens[i - 1]!.sentence === t.sentence && !/s$/.test(lower(t))) {
      // (not before a plural, which reads as a verb there: "The News of the World reports that …")
      // "a New York Times report that …", "a Pentagon statement that …": a name before the noun is its source
      let f = i - 1;
      while (f - 1 >= sFirst && isCap(tokens[f - 1]) && f > i - 6) f--;
      if (f - 1 >= sFirst && /^(?:a|an|the)$/i.test(tokens[f - 1]!.text)) source = { first: f - 1, last: i - 1 };
    } else if (owner >= 0 && !finiteVerbAt(ctx, i + 2)) {
      // "after her March comment that …", "his repeated claims that …": a possessive pronoun before the noun is its source
      // (not a relative "that": "his statements that fired them up"; nor the object of a verb of saying, whose subject is
      // the source: "De Blasio repeated his claim that …")
      if (verbCue(ctx, owner - 1, true)) continue;
      source = { first: owner, last: owner };
    } else if (lower(tokens[i + 1]) === 'by' || lower(tokens[i + 1]) === 'from') {
      // "a claim by the ministry that …"
      const np = phraseAfter(tokens, i + 2, sLast, false);
      if (np) { source = np; that = np.last + 1; }
    }
    if (!source || lower(tokens[that]) !== 'that') continue;
    const r = contentRange(ctx, that, sLast);
    if (!r) continue;
    // ("her comment that, “We're going to …”": quoted words after "that" are the direct quote this noun frames)
    const q0 = /^[,:]$/.test(tokens[that + 1]?.text ?? '') ? that + 2 : that + 1;
    if (tokens[q0]?.kind === 'quote' && mask[q0 + 1] && nounThatFrame(ctx, q0, sFirst)) continue;
    // "Moscow’s warning that it would respond to any attack raised fears …": a noun of saying that opens its sentence
    // is the subject; its clause ends where the sentence's own verb comes after a noun
    if (firstWord(ctx, sFirst, source.first + 1) === source.first) {
      const end = matrixVerbAfter(ctx, that + 1, ctx.tokenAt(r[1] - 1));
      if (end > that + 1) r[1] = tokens[end - 1]!.end;
    }
    out.push({ start: r[0], end: r[1], kind: 'indirect', source, cue: { first: i, last: i }, continues: null, channel: null, anchor: i });
  }
  return out;
}

/**
 * The possessive pronoun that determines the noun at `i`, past up to two modifiers ("her March comment"), or -1. Not
 * a plural noun's ("Its makers claim that …": the word is a verb) nor a channel's ("said in her remarks that …": the
 * verb before it frames the clause).
 */
function possessiveBefore(tokens: readonly Token[], i: number, sFirst: number): number {
  for (let k = i - 1; k >= sFirst && k >= i - 3; k--) {
    const w = lower(tokens[k]);
    if (/^(?:his|her|their|its)$/.test(w)) return /^(?:in|during|at|through|via)$/.test(lower(tokens[k - 1])) ? -1 : k;
    if (tokens[k]!.kind !== 'word' || DETERMINERS.has(w) || PREPOSITIONS.has(w) || outsideNounPhrase(w) || /^\p{Ll}+[^s]s$/u.test(tokens[k]!.text)) return -1;
  }
  return -1;
}

/** An auxiliary, a modal or a conjunction: no modifier of a noun, so the possessive's phrase has ended before it. */
function outsideNounPhrase(w: string): boolean {
  return /^(?:is|are|was|were|has|have|had|will|would|can|could|should|must|may|might|do|does|did|and|or|but)$/.test(w);
}

/** Index of the last span starting at or before `offset` in a list sorted by start, or -1. */
function lastStartingBefore(spans: readonly { start: number }[], offset: number): number {
  let lo = 0, hi = spans.length - 1, best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start <= offset) { best = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return best;
}
