import { gazetteer } from '../../kb/places.js';
import type { Token } from '../../model/layers.js';
import { cueInfo } from './lexicon.js';

/** Words that may stand between a subject and its reporting verb ("he also said", "she has long argued"). */
const BETWEEN = new Set(['also', 'has', 'have', 'had', 'would', 'will', 'could', 'did', 'does', 'do', 'never', 'not', "n't",
  'later', 'aloud', 'then', 'once', 'twice', 'again', 'long', 'first', 'just', 'further', 'still', 'earlier', 'even', 'often', 'flatly', 'outright',
  'previously', 'recently', 'repeatedly', 'reportedly', 'publicly', 'privately', 'initially', 'separately', 'already', 'is', 'was',
  'may', 'might', 'can', 'should', 'must', '’s', "'s", '’ve', "'ve", 'quickly', 'immediately', 'subsequently', 'similarly',
 'likewise', 'too', 'always', 'now', 'soon', 'ever', 'sometimes', 'usually', 'actually', 'personally', 'clearly', 'certainly', 'simply', 'consistently', 'loudly', 'openly', 'directly', 'explicitly', 'strongly', 'firmly',
  // ("Clinton has nevertheless called …", "has meanwhile insisted"; not "since", "instead", "yet",
  // which open a content after the cue: "said instead of …", "said since the war began …")
  'nevertheless', 'nonetheless', 'meanwhile', 'however', 'thus', 'therefore']);
/** Adverbs in -ly that are nouns or names instead. */
export const LY_NOUNS = new Set(['ally', 'family', 'assembly', 'supply', 'rally', 'reply', 'monopoly', 'anomaly', 'italy', 'fly', 'july', 'belly', 'bully',
  // adjectives in -ly, which modify a noun rather than a verb ("two friendly states", "a costly deal")
  // (not those that are adverbs too: "only", "likely", "early", "daily")
  'friendly', 'unfriendly', 'costly', 'deadly', 'elderly', 'lonely', 'lovely', 'ugly', 'holy', 'silly', 'unlikely', 'timely',
  'lively', 'orderly', 'manly', 'worldly', 'scholarly', 'cowardly']);

/** Function words that end a subject when walking left from its verb. */
const CLAUSE_WORDS = new Set(['that', 'which', 'who', 'whom', 'whose', 'when', 'where', 'while', 'as', 'if', 'because', 'but',
  'although', 'though', 'since', 'so', 'than', 'whether', 'unless', 'until', 'after', 'before', 'what', 'how', 'why', 'yet',
  'nor', 'once', 'whereas', 'said', 'says', 'say', 'told', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had',
  'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'shall', 'do', 'does', 'did', 'to', 'not']);
/** Irregular past tenses that end a subject when they follow a name ("Trump spoke", "Putin met"). */
export const IRREGULAR_PAST = new Set(['spoke', 'went', 'came', 'made', 'took', 'gave', 'held', 'met', 'left', 'sent', 'won', 'lost',
  'began', 'became', 'ran', 'saw', 'got', 'put', 'set', 'stood', 'led', 'kept', 'brought', 'thought', 'found', 'hit', 'struck',
  'rose', 'fell', 'drove', 'flew', 'fought', 'sought', 'knew', 'felt', 'heard', 'meant', 'paid', 'sat', 'shot', 'spent', 'threw',
  'wore', 'broke', 'chose', 'drew', 'grew', 'hid', 'laid', 'lay', 'ate', 'bought', 'built', 'caught', 'did', 'had', 'was', 'is',
  'quit', 'fled', 'sold', 'swore', 'wrote', 'forgot', 'stole', 'tore', 'woke']);
/** Prepositions: inside a subject ("an adviser to Putin") but never its first word. */
export const PREPOSITIONS = new Set(['on', 'in', 'at', 'after', 'before', 'during', 'since', 'with', 'by', 'from', 'to', 'for', 'of',
  'about', 'over', 'under', 'among', 'across', 'against', 'within', 'without', 'near', 'inside', 'outside', 'amid', 'following',
  'despite', 'into', 'onto', 'per', 'via', 'like', 'throughout', 'toward', 'towards', 'upon']);
export const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your',
  'some', 'many', 'several', 'other', 'both', 'all', 'most', 'few', 'each', 'every', 'another', 'one', 'two', 'three', 'four',
  'five', 'six', 'seven', 'eight', 'nine', 'ten', 'no', 'any', 'such', 'more', 'top', 'senior', 'former', 'various', 'numerous',
  'multiple', 'early', 'recent', 'latest', 'new']);
/** Words that open a clause: never the first word of a subject. */
export const SUBORDINATORS = new Set(['and', 'but', 'or', 'so', 'yet', 'as', 'when', 'while', 'if', 'because', 'although', 'though',
  'since', 'after', 'before', 'until', 'unless', 'whether', 'once', 'where', 'whereas']);
export const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'who']);
const TIME_WORDS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|tomorrow|night|morning|afternoon|evening|week|month|year|january|february|march|april|may|june|july|august|september|october|november|december|jan\.|feb\.|aug\.|sept?\.|oct\.|nov\.|dec\.|last|next|this|earlier|later|summer|winter|autumn|weekend)$/i;

/**
 * A straight or curly apostrophe that the tokenizer took for a quote mark: the plural possessive "veterans' families",
 * glued to a word in -s and followed by a space and a word.
 */
export function isApostrophe(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j], prev = tokens[j - 1], next = tokens[j + 1];
  if (!!t && t.kind === 'quote' && isNicknameMark(tokens, j)) return true;
  return !!t && !!prev && !!next && t.kind === 'quote' && /^['’]$/.test(t.text) && prev.kind === 'word' && /s$/i.test(prev.text)
    && prev.end === t.start && next.kind === 'word' && next.start > t.end && /^\p{Ll}/u.test(next.text);
}

/** A mark around a nickname inside a name (Laura “Lolly” Marsh, Anthony "Tony" Marsh): part of the name, no quotation. */
function isNicknameMark(tokens: readonly Token[], j: number): boolean {
  const capOrInitial = (t: Token | undefined) => !!t && t.kind === 'word' && /^\p{Lu}/u.test(t.text);
  const q = (k: number) => tokens[k]?.kind === 'quote';
  // opening: Name “Nick” Name
  if (capOrInitial(tokens[j - 1]) && capOrInitial(tokens[j + 1]) && q(j + 2) && capOrInitial(tokens[j + 3])) return true;
  // closing
  return capOrInitial(tokens[j + 1]) && capOrInitial(tokens[j - 1]) && q(j - 2) && capOrInitial(tokens[j - 3]);
}

export const isCap = (t: Token | undefined) => !!t && t.kind === 'word' && /^\p{Lu}/u.test(t.text);
export const lower = (t: Token | undefined) => (t ? t.text.toLowerCase() : '');
export const isTimeWord = (t: Token | undefined) => !!t && TIME_WORDS.test(t.text);

/** True for an adverb that may sit between a subject and its verb. */
export function isAdverbish(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  const w = t.text.toLowerCase();
  if (BETWEEN.has(w)) return true;
  return /^\p{Ll}+ly$/u.test(t.text) && !LY_NOUNS.has(w);
}

/**
 * A word that counts rather than modifies or governs: "about", "nearly", "roughly" before a number or a quantity
 * word ("said about 60 gunmen attacked", "said nearly a dozen people left") opens the reported clause.
 */
export function approximates(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k]?.text.toLowerCase() ?? '';
  if (!/^(?:about|around|over|under|nearly|almost|roughly|approximately|some|up|more|fewer|less|at)$/.test(w)) return false;
  const x = tokens[k + 1]?.text.toLowerCase() ?? '';
  // "up to", "more than", "at least" before their number ("at a rally" is a place)
  if ((w === 'up' && x === 'to') || ((w === 'more' || w === 'fewer' || w === 'less') && x === 'than') || (w === 'at' && x === 'least')) return countAt(tokens, k + 2);
  return w !== 'at' && countAt(tokens, k + 1);
}

/** A number at token `k`: digits, a number word, or "a dozen", "a third" ("a plan" is no count). */
function countAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (t.kind === 'number') return true;
  const w = t.text.toLowerCase();
  if (w === 'a' || w === 'an') return /^(?:dozen|hundred|thousand|million|billion|third|quarter|fifth|half|score)$/i.test(tokens[k + 1]?.text ?? '');
  return /^(?:half|dozens|hundreds|thousands|millions|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand)$/.test(w);
}

/** A token range, inclusive of both ends. */
export interface TokRange { first: number; last: number }

/**
 * The subject that ends right before the token at `verb` (adverbs and auxiliaries in between are
 * skipped): a pronoun, a name with its titles ("Russian Foreign Minister Sergei Lavrov"), a possessive
 * organisation ("Ukraine’s air force"), a description ("a senior adviser to Putin"), with one
 * appositive ("Simon Rosenberg, a Clinton supporter,"). `floor` is the first token that may belong to it.
 *
 * @example
 * // tokens of "“No,” he also said." with verb at "said" → the range of "he"
 */
export function subjectBefore(tokens: readonly Token[], verb: number, floor: number): TokRange | null {
  const r = subjectPhraseBefore(tokens, verb, floor);
  // ("What officials called “fraud” led …": the pronoun of a free relative is the verb's object, not part of its subject)
  if (r && r.last > r.first && lower(tokens[r.first]) === 'what') return { first: r.first + 1, last: r.last };
  // ("he understood Mr Howard had signalled …": a past verb after a subject pronoun is that pronoun's, not part of the
  // next clause's subject)
  if (r && r.last > r.first && /^(?:he|she|they|we|i|you)$/i.test(tokens[r.first - 1]?.text ?? '') && tokens[r.first]!.kind === 'word' && isCap(tokens[r.first + 1])
    && (/^\p{Ll}{3,}ed$/u.test(tokens[r.first]!.text) || IRREGULAR_PAST.has(tokens[r.first]!.text) || /^(?:understood|thought|knew|heard|felt|saw|said|told)$/.test(tokens[r.first]!.text))) return { first: r.first + 1, last: r.last };
  // ("Boeing, in contrast to its rival, hopes airlines will want …": an -s form of a cue after a comma or a name is the
  // verb before this clause, not a noun modifying its subject; "figures from the Bank of England showed" is a noun)
  if (r && r.last > r.first && /^\p{Ll}+s$/u.test(tokens[r.first]!.text) && (tokens[r.first - 1]?.text === ',' || isCap(tokens[r.first - 1]))
    && !PREPOSITIONS.has(lower(tokens[r.first + 1])) && (isCap(tokens[r.first + 1]) || DETERMINERS.has(lower(tokens[r.first + 1])) || /^\p{Ll}+[^s]s$/u.test(tokens[r.first + 1]!.text))
    && cueInfo(tokens[r.first]!.text) && cueInfo(tokens[r.first]!.text)!.lemma !== lower(tokens[r.first])) return { first: r.first + 1, last: r.last };
  // ("“LPR” members told the SMM …", "the “DPR” fighters said": a quoted name before a common noun is part of the phrase)
  if (r && !isCap(tokens[r.first]) && tokens[r.first]!.kind === 'word' && tokens[r.first - 1]?.kind === 'quote' && tokens[r.first - 1]!.start === tokens[r.first - 2]?.end) {
    let o = r.first - 2;
    while (o > floor && o > r.first - 7 && tokens[o]!.kind === 'word' && /^\p{Lu}/u.test(tokens[o]!.text)) o--;
    if (o >= floor && o < r.first - 2 && tokens[o]!.kind === 'quote' && tokens[o]!.end === tokens[o + 1]!.start) {
      const det = o - 1 >= floor && DETERMINERS.has(lower(tokens[o - 1])) ? o - 1 : o;
      return { first: det, last: r.last };
    }
  }
  return r;
}

function subjectPhraseBefore(tokens: readonly Token[], verb: number, floor: number): TokRange | null {
  let i = verb - 1;
  for (;;) {
    // ("his aides haven’t said": a negated auxiliary stands between the subject and the verb)
    while (i >= floor && (isAdverbish(tokens[i]) && !isCap(tokens[i]) || /^[’']t$/.test(tokens[i]!.text) || /n[’']t$/.test(lower(tokens[i]))
      || i < verb - 1 && /^(?:haven|hasn|hadn|didn|doesn|don|won|wouldn|isn|aren|wasn|weren)$/.test(lower(tokens[i])) && /^[’']t$/.test(tokens[i + 1]!.text))) i--;
    // ("has so far refused", "has thus far declined", "has as yet said nothing": two-word adverbs)
    if (i - 1 >= floor && (lower(tokens[i]) === 'far' && /^(?:so|thus)$/.test(lower(tokens[i - 1])) || lower(tokens[i]) === 'yet' && lower(tokens[i - 1]) === 'as')) { i -= 2; continue; }
    // "Hillary Clinton on Tuesday said", "Trump Tuesday night said"
    // (a capitalised "Today" after a name is part of it: "A correspondent for USA Today spotted")
    if (i >= floor && isTimeWord(tokens[i]) && /day$|night$|morning$|week$/i.test(tokens[i]!.text) && !(/^today$/i.test(tokens[i]!.text) && isCap(tokens[i]) && i > floor)) {
      let k = i;
      while (k - 1 >= floor && isTimeWord(tokens[k - 1])) k--;
      if (lower(tokens[k - 1]) === 'on') k--;
      // ("a poll released Friday shows": the time belongs to the participle, not to the verb)
      const participle = /^\p{Ll}+ed$/u.test(tokens[k - 1]?.text ?? '');
      // ("Sen. Bernie Sanders (I-Vt.) on Saturday criticized", "Trump, who …, on Friday described": past a bracket or comma too)
      if (k - 1 >= floor && (tokens[k - 1]!.kind === 'word' || /^[),]$/.test(tokens[k - 1]!.text) && k - 2 >= floor) && !participle) { i = k - 1; continue; }
    }
    break;
  }
  if (i < floor) return null;
  // "Proponents of the bill, however, say": a sentence adverb between commas after the subject is no part of it
  if (tokens[i]!.text === ',' && i - 2 > floor && ASIDE_ADVERB.test(tokens[i - 1]!.text) && tokens[i - 2]!.text === ',') {
    const r = subjectBefore(tokens, i - 2, floor);
    if (r) return r;
  }
  // "Fields, along with reporter Ben Terris, say": the company named between commas goes with the subject, after it
  // ("Joyce — who is listed as an attorney — told", "bosses meeting in Kharkiv - the city where … - adopted": so does
  // an aside between dashes, or between hyphens set apart as dashes)
  if (/^(?:[,—–-]|--)$/.test(tokens[i]!.text)) {
    let o = i - 1;
    while (o > floor && o > i - 20 && tokens[o]!.text !== tokens[i]!.text) o--;
    const aside = lower(tokens[o + 1]) + ' ' + lower(tokens[o + 2]);
    // (not an alternative between hyphens: "a non-competitive - or “B” - quote")
    const hyphenOk = tokens[i]!.text !== '-' || !/^(?:or|and)$/.test(lower(tokens[o + 1]));
    if (o > floor && tokens[o]!.text === tokens[i]!.text && hyphenOk && (tokens[i]!.text !== ',' && !/[.!?]/.test(tokens.slice(o + 1, i).map((t) => t.text).join('')) || /^(?:along with|together with|as well|in addition|alongside \S+|like \S+|unlike \S+)$/.test(aside) || lower(tokens[o + 1]) === 'alongside'
      // ("Trump, asked whether he trusted Putin, replied", "Peskov, speaking to reporters, said": a participle aside)
      || /^(?:asked|pressed|questioned|speaking|writing|talking|responding|reacting|commenting)$/.test(lower(tokens[o + 1])))) {
      const r = subjectBefore(tokens, o, floor);
      // ("Laah Chong-gyu, executive director of the bank - one of its creditors - said": past the aside, a description
      // after a name's comma goes with the name)
      if (r && tokens[i]!.text !== ',' && !isCap(tokens[r.first]) && tokens[r.first - 1]?.text === ',') {
        const name = plainSubject(tokens, r.first - 2, floor);
        const b = name ? tokens[name.first - 1] : undefined;
        if (name && isCap(tokens[name.first]) && isCap(tokens[name.last]) && (name.first === floor || !b || b.kind === 'quote' || /^[,;:(—–]$/.test(b.text))) return { first: name.first, last: r.last };
      }
      if (r) return r;
    }
  }
  // "Sen. Anna Kovac (D-Ore.) said": a short parenthetical after a name belongs to the source
  const po = parenOpen(tokens, i, floor);
  if (po >= 0) {
    const r = plainSubject(tokens, po - 1, floor);
    const t = r ? trimSubject(tokens, r.first, r.last) : null;
    if (t) return { first: t.first, last: i };
  }
  // "Name, appositive, said": walk over up to three comma-separated pieces to a name
  if (tokens[i]!.text === ',') {
    const last = i - 1;
    let j = last;
    let commas = 0;
    let first = -1;
    while (j >= floor && commas < 4) {
      const t = tokens[j]!;
      const po = parenOpen(tokens, j, floor);
      if (po >= 0) { j = po - 1; continue; }
      if ((t.kind === 'quote' && !isApostrophe(tokens, j)) || /^[;:()—–]$/.test(t.text)) break;
      if (t.text === ',') {
        commas++;
        // the piece right of this comma must be an appositive; left of it, a name or description
        const r = plainSubject(tokens, j - 1, floor);
        // "Earlier, Russia’s ambassador to the UN, Vitaly Churkin, said": an adverb opening the sentence is no piece
        // of the source; the source starts after its comma
        if (r && r.first === r.last && (r.first === floor || /^[,;:(—–]$/.test(tokens[r.first - 1]?.text ?? ',')) && SENTENCE_ADVERB.test(tokens[r.first]!.text)) {
          first = j + 1;
          break;
        }
        const lead = lower(tokens[r?.first ?? 0]);
        // a segment that opens with a participle or a preposition is an adverbial, not the subject
        const adverbial = !r || /ing$/.test(lead) && !isCap(tokens[r.first]) || PREPOSITIONS.has(lead) || /^(?:making|speaking|asked|after|in|on)$/.test(lead);
        const po = parenOpen(tokens, j - 1, floor);
        const nameEnd = po >= 0 ? po - 1 : j - 1;
        // ("Kane's niece, state Del. Laura “Lolly” Marsh, shouted": a possessive name phrase is a description too)
        const possessive = !!r && isCap(tokens[r.first]) && tokens.slice(r.first, nameEnd).some((x) => /^[’']s$/.test(x.text));
        if (r && !adverbial && (isCap(tokens[nameEnd]) || DETERMINERS.has(lead) || /^(?:her|his|their|its)$/.test(lead) || possessive)) {
          const before = tokens[r.first - 1];
          // (or after a fronted "After the ruling" with no comma: preposition, article, noun)
          const fronted = r.first - 3 === floor && /^(?:the|a|an|this|that|his|her|their|its)$/.test(lower(tokens[r.first - 2])) && !PREPOSITIONS.has(lower(before)) && isCap(tokens[floor]) && PREPOSITIONS.has(lower(tokens[floor])) && isCap(tokens[r.first]);
          if (r.first === floor || !before || before.kind === 'quote' || /^[,;:(—–]$/.test(before.text) || before.sentence !== t.sentence || CLAUSE_WORDS.has(lower(before)) && !PREPOSITIONS.has(lower(before)) || fronted) {
            first = r.first;
            // "Dean Johnson, a salesman from Sumter, South Carolina,": keep walking to the name the description follows
            if (!isCap(tokens[first]) || before?.text === ',') {
              const more = before?.text === ',' ? plainSubject(tokens, r.first - 2, floor) : null;
              const b2 = more ? tokens[more.first - 1] : undefined;
              if (more && isCap(tokens[more.last]) && !PREPOSITIONS.has(lower(tokens[more.first])) && (!b2 || more.first === floor || b2.kind === 'quote' || /^[;:(—–]$/.test(b2.text) || b2.sentence !== t.sentence || SUBORDINATORS.has(lower(b2)))) first = more.first;
            }
            break;
          }
        }
      }
      j--;
    }
    // ("And on Tuesday, Kevin Brady, chairman of …, said", "Speaking on Tuesday, Kevin Brady, …, said": an opening
    // adverbial piece before the name is no part of the source)
    while (first >= 0 && first < last) {
      const c = tokens.findIndex((t, k) => k >= first && k <= last && t.text === ',');
      if (c < 0 || c + 1 > last || !isCap(tokens[c + 1])) break;
      const f0 = /^(?:and|but|so|yet)$/.test(lower(tokens[first])) ? first + 1 : first;
      const lead = lower(tokens[f0]);
      const piece = tokens.slice(f0, c);
      if (!(PREPOSITIONS.has(lead) || /^\p{L}+ing$/u.test(tokens[f0]!.text) || piece.every((t) => isTimeWord(t) || t.kind === 'number'))) break;
      first = c + 1;
    }
    if (first >= 0 && last - first <= 48) {
      // "Tom Becker, in a statement released …, said": the parenthetical is not part of the source
      const comma1 = tokens.slice(first, last + 1).findIndex((t) => t.text === ',') + first;
      const afterComma = lower(tokens[comma1 + 1]);
      // "Marco Rubio, speaking at a rally,", "Trump, in Kentucky,": the name alone
      // ("Amir Haddad, of Dearborn, Mich., said": where someone is from is an appositive, kept)
      const fromPlace = afterComma === 'of' && isCap(tokens[comma1 + 2]);
      // ("Clinton, clearly frustrated, responded": an adverb and an adjective describe how, they name no one)
      // (a short aside only, or one with a participle of doing: "formerly managed by Mourinho at Porto" says who)
      const closes = tokens.findIndex((t, x) => x > comma1 && x <= last + 1 && t.text === ',');
      const manner = /^\p{Ll}+ly$/u.test(tokens[comma1 + 1]?.text ?? '') && tokens[comma1 + 2]?.kind === 'word' && !isCap(tokens[comma1 + 2]) && !DETERMINERS.has(lower(tokens[comma1 + 2]))
        && (closes > 0 && closes - comma1 <= 4 || /ing$/.test(lower(tokens[comma1 + 2])));
      if (PREPOSITIONS.has(afterComma) && !fromPlace || manner || /^(?:however|meanwhile|though|too|also|instead|then|for)$/.test(afterComma)
        || /ing$/.test(afterComma) && !isCap(tokens[comma1 + 1])) return { first, last: comma1 - 1 };
      // "Maria Lind, who runs the mission's aid effort for displaced families, said": the source as
      // written keeps its relative clause (PolNeAR's convention), however long
      if (last - first <= 24 || /^(?:who|which|whose)$/.test(afterComma)) return { first, last };
    }
    return null;
  }
  const r = plainSubject(tokens, i, floor);
  const subject = r ? trimSubject(tokens, r.first, r.last) : null;
  // "the groups who wrote to her on Thursday say", "organizations that have endorsed him say": a plural or a name with
  // its relative clause (the clause ends in an object or a time, which is no subject on its own)
  // (so does a "subject" that opens right after "who": "The 28-year-old host who also presents Stars In Their Eyes said")
  const before = subject ? (isAdverbish(tokens[subject.first - 1]) ? subject.first - 2 : subject.first - 1) : -1;
  // (not the relative clause's own subject, "people who he says face …", nor its auxiliaries, "a reporter who has been
  // asking": the verb is the relative clause's)
  const afterWho = !!subject && before > floor && lower(tokens[before]) === 'who' && !PRONOUNS.has(lower(tokens[subject.first]))
    && !AUXILIARY_WORDS.test(lower(tokens[subject.first]));
  // (and a "subject" that is a verb of the relative clause: "A spokesman who declined to be named said")
  const verbal = !!subject && /^(?:to|be|been|being)$/.test(lower(tokens[subject.first - 1]));
  if (!/^(?:who|which|that)$/i.test(tokens[i]?.text ?? '') && (!subject || afterWho || verbal || subject.first === subject.last && /^(?:him|them|us|me)$/.test(lower(tokens[subject.first])) || isTimeWord(tokens[subject.last]) && !isCap(tokens[subject.last]))) {
    for (let k = i - 1; k > floor && k >= i - 12; k--) {
      const t = tokens[k]!;
      if (t.kind !== 'word' && t.kind !== 'number') break;
      // (a verb taken for the subject is a relative clause's only after "who": "a report that Bush has been considering
      // announcing" has no subject before "announcing")
      if (!/^(?:who|that)$/.test(t.text) || t.text === 'that' && subject && (afterWho || verbal)) continue;
      const head = tokens[k - 1]!;
      // (a plural noun or a name, not a verb before "that": "Yukos maintains that it …")
      // (or a singular noun for a person: "The 28-year-old host who …"; not when only auxiliaries stand between "who"
      // and the verb, which is the relative clause's own: "a reporter who has been asking")
      const auxOnly = tokens.slice(k + 1, i + 1).every((x) => AUXILIARY_WORDS.test(lower(x)) || lower(x) === 'not' || isAdverbish(x));
      if (auxOnly) break;
      const person = t.text === 'who' && (PERSON_NOUNS.test(lower(head)) || RELATIVE_HEADS.test(lower(head)));
      if (!person && (head.kind !== 'word' || isTimeWord(head) || !(isCap(head) || /^\p{Ll}{3,}s$/u.test(head.text) && !/(?:ss|us|is)$/.test(head.text)) || PRONOUNS.has(lower(head)) || /^\p{Ll}+s$/u.test(head.text) && k - 2 >= floor && !/^(?:the|these|those|many|some|other|all|several|\p{Ll}+(?:ive|al|an|ic|ed))$/u.test(lower(tokens[k - 2])))) break;
      const np = plainSubject(tokens, k - 1, floor);
      const t2 = np ? trimSubject(tokens, np.first, np.last) : null;
      if (t2) return { first: t2.first, last: i };
      break;
    }
  }
  return subject;
}

/** Nouns for people who speak (a subject "the ministry's spokesman", "two senior officials"). */
export const PERSON_NOUNS = /^(?:president|minister|adviser|advisor|spokesman|spokeswoman|spokesperson|official|leader|chief|envoy|secretary|general|commander|governor|mayor|senator|ambassador|lawmaker|aide|candidate|man|woman|prime|premier|chancellor|king|queen|director|head|negotiator|diplomat|analyst|expert|professor|nominee|representative|congressman|congresswoman|judge|officer|soldier|resident|witness|activist|economist|strategist|pollster|supporter|critic)$/i;

/** Other nouns for a person that head a subject with a relative clause ("The 28-year-old host who also presents …"). */
const RELATIVE_HEADS = /^(?:host|presenter|star|actor|actress|singer|player|coach|manager|owner|founder|author|writer|editor|reporter|journalist|lawyer|doctor|teacher|chairman|chairwoman|boss|executive|veteran|campaigner)$/;

/** Sentence adverbs set off by commas between a subject and its verb ("Critics, however, say …"). */
export const ASIDE_ADVERB = /^(?:however|meanwhile|though|too|also|instead|therefore|nonetheless|nevertheless)$/i;

/** Adverbs and time words that open a sentence before its subject. */
const SENTENCE_ADVERB = /^(?:earlier|later|meanwhile|however|also|then|now|separately|previously|additionally|instead|still|yet|today|yesterday|tonight|recently|subsequently|afterwards|initially|finally|moreover|furthermore|nevertheless|overnight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\p{L}+ly)$/iu;

/** Where the short parenthetical closed at `close` opens ("(R-Ga.)"), or -1. */
export function parenOpen(tokens: readonly Token[], close: number, floor: number): number {
  if (tokens[close]?.text !== ')') return -1;
  for (let o = close - 1; o >= floor && o > close - 8; o--) {
    if (tokens[o]!.text === ')') return -1;
    if (tokens[o]!.text === '(') return o - 1 >= floor && isCap(tokens[o - 1]) ? o : -1;
  }
  return -1;
}

/** Participles that describe a person in a source rather than end a clause ("retired Air Force general Tom Alder said"). */
const DESCRIBING_PARTICIPLE = /^(?:retired|embattled|disgraced|unnamed|renowned|acclaimed|celebrated|respected|elected|indicted|jailed|exiled|ousted|detained|imprisoned|deposed|sanctioned|self-described|self-declared|self-proclaimed|so-called|unidentified|registered|licensed|certified|qualified|seasoned|experienced|decorated|wounded|injured|displaced)$/;

/** A subject without commas ending at token `last`: walks left to a clause boundary or a verb. */
function plainSubject(tokens: readonly Token[], last: number, floor: number): TokRange | null {
  // "Rep. Thomas J. Alder (D-Ohio)": a name with a short parenthetical after it
  const o = parenOpen(tokens, last, floor);
  if (o >= 0) {
    const r = plainSubject(tokens, o - 1, floor);
    return r ? { first: r.first, last } : null;
  }
  let first = last + 1;
  let j = last;
  while (j >= floor) {
    const t = tokens[j]!;
    // (a comma before "and" most often joins clauses, not list items: ", and Hillary Clinton, promising …" — a list
    // reading measured worse on PolNeAR dev and train)
    // ("Stacy Baker of Columbia, South Carolina says": a city and its state or country after "of", "from" or "in")
    if (t.text === ',' && j === first - 1 && last - j <= 2 && isCap(tokens[j - 1]) && regionName(tokens.slice(j + 1, last + 1).map((x) => x.text).join(' '))
      && (/^(?:of|from|in)$/.test(lower(tokens[j - 2])) || isCap(tokens[j - 2]) && /^(?:of|from|in)$/.test(lower(tokens[j - 3])))) { j--; continue; }
    if ((t.kind === 'quote' && !isApostrophe(tokens, j)) || t.kind === 'punct' && !slashJoin(tokens, j) || t.kind === 'symbol' && /^[―—–]$/.test(t.text)) break;
    const w = lower(t);
    if (t.kind === 'word' && !isCap(t)) {
      // ("an adviser to Putin", "those close to him": "to" inside a noun phrase)
      // ("the ambassador to the OSCE", "an adviser to the president": "to" and its article inside a title)
      const neitherNor = w === 'nor' && tokens.slice(Math.max(floor, j - 6), j).some((x) => lower(x) === 'neither');
      // ("One of the authors of that 2013 report": "that" after a preposition is a determiner)
      // (and one that opens the clause before a noun: "But that freewheeling environment also underscored …")
      const thatDeterminer = w === 'that' && j < last && (/^(?:of|in|at|on|for|from|with|by|to|about|over)$/.test(lower(tokens[j - 1]))
        || (j === floor || j - 1 === floor && /^(?:but|and|yet|so|still)$/i.test(tokens[j - 1]!.text)) && /^\p{Ll}+$/u.test(tokens[j + 1]?.text ?? '') && !PRONOUNS.has(lower(tokens[j + 1])) && !DETERMINERS.has(lower(tokens[j + 1])));
      // ("More than 4 in 10 said": a proportion)
      const count = (t: Token | undefined) => /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)$/i.test(t?.text ?? '');
      if (w === 'in' && count(tokens[j - 1]) && count(tokens[j + 1])) { first = j; j--; continue; }
      if (CLAUSE_WORDS.has(w) && !neitherNor && !thatDeterminer && !(w === 'to' && j < last && (isCap(tokens[j + 1]) || /^(?:him|her|them|us|me)$/.test(lower(tokens[j + 1]))
        || /^(?:devoted|dedicated|addressed|submitted|presented|delivered|leaked|provided|posted)$/.test(lower(tokens[j - 1]))
        || /^(?:the|a|an)$/.test(lower(tokens[j + 1])) && j + 1 < last && tokens[j - 1]?.kind === 'word' && !/^(?:\p{Ll}+ed|going|according|is|are|was|were)$/u.test(lower(tokens[j - 1]))))) break;
      // ("a report released last year found", "a study published in May shows": a reduced relative after a noun)
      // (after a name too: "a poll from Marquette Law School released Wednesday found")
      const reduced = tokens[j - 1]?.kind === 'word' && (/^\p{Ll}+$/u.test(tokens[j - 1]!.text) || isCap(tokens[j - 1]) && j - 1 > floor) && !PRONOUNS.has(lower(tokens[j - 1])) && !CLAUSE_WORDS.has(lower(tokens[j - 1]))
        && (isTimeWord(tokens[j + 1]) || /^(?:by|in|on|earlier)$/.test(lower(tokens[j + 1]))
          // ("The section of the debate devoted to racial issues revealed …")
          || lower(tokens[j + 1]) === 'to' && /^(?:devoted|dedicated|addressed|submitted|presented|delivered|leaked|provided|posted)$/.test(w)
          // (a particle before the agent: "other WikiLeaks emails combed through by Vox suggest")
          || /^(?:through|over|up|out|down)$/.test(lower(tokens[j + 1])) && lower(tokens[j + 2]) === 'by');
      if (j < last && /ed$/.test(w) && !DESCRIBING_PARTICIPLE.test(w) && !reduced && !DETERMINERS.has(lower(tokens[j - 1])) && !/ly$/.test(lower(tokens[j - 1]))) break;
      // ("Protesters marching to the embassy chanted": a participle after a plural or a name modifies it)
      // ("One pastor supporting Mr. Cruz, …": so does one after a noun with its determiner or count)
      const modified = tokens[j - 1]?.kind === 'word' && (isCap(tokens[j - 1]) && j - 1 >= floor || /[^s]s$/.test(lower(tokens[j - 1])) && !PRONOUNS.has(lower(tokens[j - 1]))
        || !isCap(tokens[j - 1]) && /^(?:a|an|the|one|another|this|that)$/i.test(tokens[j - 2]?.text ?? '') && !PRONOUNS.has(lower(tokens[j - 1])));
      // ("chief operating officer James Dimon", "managing director", "acting president": an -ing word before a noun for a
      // person is part of the title)
      if (j < last && /ing$/.test(w) && !DETERMINERS.has(lower(tokens[j - 1])) && !(lower(tokens[j - 1]) === 'that' && j - 1 <= floor + 1) && !modified && !PERSON_NOUNS.test(lower(tokens[j + 1]))) break;
      // ("Neither Cruz nor Christie acknowledged": "nor" joins like "or")
      if ((w === 'and' || w === 'or' || w === 'nor') && !(isCap(tokens[j - 1]) && !isTimeWord(tokens[j - 1]) || tokens[j - 1]?.text === ',' || sharedDeterminer(tokens, j, last, floor))) {
        // "His advisers and allies said", "he and his lawyer said": a left conjunct that opens the clause joins the subject
        const left = coordinatedNoun(tokens, j, floor);
        if (left < 0) break;
        first = left;
        break;
      }
      if (PRONOUNS.has(w) && j < last) break;
    }
    // "After the ruling Carla Ferstman, …, said", "In the end the minister said": a fronted phrase of preposition, article
    // and noun with no comma before the subject is no part of it
    if (t.kind === 'word' && !isCap(t) && j < last && j - 2 === floor && /^(?:the|a|an|this|that|his|her|their|its)$/.test(lower(tokens[j - 1])) && !PREPOSITIONS.has(w) && isCap(tokens[floor])
      && PREPOSITIONS.has(lower(tokens[floor])) && (isCap(tokens[j + 1]) || DETERMINERS.has(lower(tokens[j + 1])))) break;
    first = j;
    if (t.kind === 'word' && PRONOUNS.has(w) && j === last) break;
    // "While both markets were stocked with food and sanitary items the SMM concluded …": a determiner right after a
    // lower-case plural opens the subject (a comma the copy left out)
    if (/^(?:the|a|an)$/.test(w) && j > floor && /^\p{Ll}{3,}s$/u.test(tokens[j - 1]?.text ?? '') && !PRONOUNS.has(lower(tokens[j - 1])) && !CLAUSE_WORDS.has(lower(tokens[j - 1]))
      && !/^(?:is|was|has|does|this|its|his|hers|theirs|ours|yours|always|perhaps|sometimes|besides|towards|afterwards|across|unless|thus|as|us|plus|versus|news|politics|series|species)$/.test(lower(tokens[j - 1]))) break;
    j--;
    if (last - first > 14) return null;
  }
  // "It took up the case of six …": a pronoun opening a longer phrase is a clause's subject, not this one
  if (first < last && /^(?:it|he|she|they|we|i)$/.test(lower(tokens[first])) && !/^(?:and|or|nor|,)$/.test(lower(tokens[first + 1]))) return null;
  // "friends she had made in Odesa then urged …": words after a pronoun and its auxiliary end a clause, not a subject
  if (first <= last && first > floor && /^(?:had|has|have|was|were|is|are|been|be|would|will|could|should|might)$/.test(lower(tokens[first - 1]))
    && /^(?:he|she|they|we|i|you)$/.test(lower(tokens[first - 2])) && tokens[first]!.kind === 'word' && !isCap(tokens[first])) return null;
  return first > last ? null : { first, last };
}


/** US state abbreviations in the AP style of datelines and hometowns ("Raleigh, N.C."). */
const STATE_ABBREVIATION = /^(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|Vt|Va|Wash|W\.Va|Wis|Wyo)\.$/;

/** A state, region or country, the second half of "Columbia, South Carolina" or "Kharkiv, Ukraine". */
function regionName(name: string): boolean {
  if (STATE_ABBREVIATION.test(name)) return true;
  const kind = gazetteer().lookup(name)?.kind;
  return kind === 'region' || kind === 'country';
}

/**
 * "The former foreign minister and U.N. envoy": two nouns under one determiner, the second bare, are one subject.
 * `and` is the coordinator's index, `last` the subject's last token.
 */
function sharedDeterminer(tokens: readonly Token[], and: number, last: number, floor: number): boolean {
  if (DETERMINERS.has(lower(tokens[and + 1])) || PRONOUNS.has(lower(tokens[and + 1])) || and + 1 > last) return false;
  for (let k = and - 1; k >= floor && k >= and - 6; k--) {
    const t = tokens[k]!;
    // (numbers only in a pair: "the world 200m and 400m record holder", not "collapsed in 2002 and prosecutors")
    if (t.kind !== 'word' && !(t.kind === 'number' && k === and - 1 && tokens[and + 1]?.kind === 'number') || CLAUSE_WORDS.has(lower(t)) && !/^(?:the|a|an|of)$/.test(lower(t))) return false;
    if (/^(?:the|a|an)$/.test(lower(t))) return k < and - 1;
  }
  return false;
}

/** A slash that joins two words or numbers without spaces ("9/11", "Reuters/Ipsos"). */
function slashJoin(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]!, a = tokens[j - 1], b = tokens[j + 1];
  return t.text === '/' && !!a && !!b && a.end === t.start && t.end === b.start && a.kind !== 'punct' && b.kind !== 'punct';
}

/**
 * The first token of a noun phrase that ends right before the coordinator at `and` and opens its clause (sentence
 * start, or after a comma, colon or quote), or -1: "His advisers and", "he and", "China's companies and".
 */
function coordinatedNoun(tokens: readonly Token[], and: number, floor: number): number {
  const end = and - 1;
  const e = tokens[end];
  if (!e || e.kind !== 'word' || /(?:ed|ly|ing)$/.test(lower(e)) || IRREGULAR_PAST.has(e.text) || CLAUSE_WORDS.has(lower(e)) && !PRONOUNS.has(lower(e))) return -1;
  if (PRONOUNS.has(lower(e))) return /^(?:he|she|they|we|i)$/.test(lower(e)) && opensClause(tokens, end, floor) ? end : -1;
  let k = end;
  // (a past verb joins no noun: "Prices fell and the company says" coordinates clauses)
  const joins = (x: Token) => x.kind === 'word' && !CLAUSE_WORDS.has(lower(x)) && !/(?:ed|ly|ing)$/.test(lower(x)) && !/^(?:but|and|or|so|yet)$/i.test(x.text)
    && !IRREGULAR_PAST.has(x.text)
    || /^[’']s$/.test(x.text) || x.text === '.' && isCap(tokens[tokens.indexOf(x) + 1]);
  while (k - 1 >= floor && k > end - 6 && joins(tokens[k - 1]!)) k--;
  if (k - 1 >= floor && /^(?:the|a|an|her|his|their|its|our|my)$/.test(lower(tokens[k - 1]))) k--;
  // ("It went on sale and Nintendo says": a subject pronoun before more words opens a clause, not a noun phrase)
  if (k < end && /^(?:it|he|she|they|we|i)$/.test(lower(tokens[k]))) return -1;
  return opensClause(tokens, k, floor) ? k : -1;
}

/** Token k opens its clause: the sentence start, or right after a comma, colon, semicolon or quote mark. */
function opensClause(tokens: readonly Token[], k: number, floor: number): boolean {
  const b = tokens[k - 1];
  return k === floor || !b || b.sentence !== tokens[k]!.sentence || b.kind === 'quote' || /^[,;:—–(]$/.test(b.text) || /^(?:but|and|so|yet)$/i.test(b.text) && k - 1 === floor;
}

/** Drops a leading preposition phrase or time words ("On Saturday Zelenskyy" → "Zelenskyy"). */
function trimSubject(tokens: readonly Token[], first: number, last: number): TokRange | null {
  // a list bullet or dash before the subject ("• Some relatives said") is not part of it
  while (first < last && /^[•·*▪‣◦–—-]$/.test(tokens[first]!.text)) first++;
  // ("Speaking in Harrogate Mr Kennedy said", "Asked about it Mr Johnson told …": an opening participle clause whose
  // comma the source left out; the name is the final capitalised run, from its title when it has one)
  const participleOpener = first < last && /^(?:\p{Lu}\p{Ll}+ing|Asked|Pressed|Questioned|Interviewed)$/u.test(tokens[first]!.text);
  // "Tuesday's vote showed", "Monday night’s results showed": a time that owns the head is part of the subject
  let tk = first;
  while (tk < last && (isTimeWord(tokens[tk]) || /^(?:last|this|next)$/.test(lower(tokens[tk])))) tk++;
  if (tk > first && tk < last && /^[’']s$/.test(tokens[tk]!.text)) return { first, last };
  // ("About four in 10 voters say", "Over 60 percent of voters say": a preposition before a count makes it approximate)
  const approximate = /^(?:about|around|over|under|nearly|almost|roughly)$/.test(lower(tokens[first])) && /^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|half|a)$/.test(lower(tokens[first + 1]));
  if (!approximate && (PREPOSITIONS.has(lower(tokens[first])) || isTimeWord(tokens[first]) && !isCap(tokens[last]) || participleOpener && isCap(tokens[last]))) {
    // keep the final run of capitalised words, when there is one
    let k = last;
    if (!isCap(tokens[k])) return null;
    while (k - 1 > first && isCap(tokens[k - 1]) && !isTimeWord(tokens[k - 1])) k--;
    for (let t = k; participleOpener && t < last; t++) if (/^(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady|Baroness|Prof)\.?$/.test(tokens[t]!.text)) { k = t; break; }
    return { first: k, last };
  }
  while (first < last && (isTimeWord(tokens[first]) || SUBORDINATORS.has(lower(tokens[first])))) first++;
  // "the case on Tuesday Mr Ebbers": a time adjunct before the name is no part of the source
  for (let k = last - 1; k > first; k--) {
    if (isTimeWord(tokens[k]) && /day$|^(?:today|yesterday|tonight)$/i.test(tokens[k]!.text) && isCap(tokens[k + 1])) { first = k + 1; break; }
  }
  const lastWord = tokens[last]!;
  if (lastWord.kind !== 'word' && lastWord.kind !== 'number') return null;
  // ("Some said troops fired", "Both said the talks went well": a quantifier standing alone is a pronoun)
  // (only capitalised, opening its sentence: "what some say", "they all agreed", "some pointed advice" are not sources)
  // ("Another tweeted …", "Yet another said …", "…; most said …": also "another", and after a semicolon or "yet")
  const standsAlone = first === last && /^(?:some|many|several|both|most|few|all|another)$/.test(lower(lastWord))
    && (isCap(lastWord) && (first === 0 || tokens[first - 1]!.sentence !== lastWord.sentence)
      || first > 0 && (tokens[first - 1]!.text === ';' || /^yet$/i.test(tokens[first - 1]!.text) && (first === 1 || tokens[first - 2]!.sentence !== lastWord.sentence)));
  // ("a mother of three replied": a number after "of" is a count of people, the phrase's head)
  const countOf = last - 1 > first && lower(tokens[last - 1]) === 'of' && /^(?:two|three|four|five|six|seven|eight|nine|ten)$/.test(lower(lastWord));
  if ((DETERMINERS.has(lower(lastWord)) && !standsAlone && !countOf) || PREPOSITIONS.has(lower(lastWord))) return null;
  return { first, last };
}

/**
 * An appositive without an article that names a post: "head of the Tax Policy Center", "executive director of the
 * Arms Control Association", "founder and CEO of …", "now a consultant on Burma".
 */
/** -ing words that belong to a title ("managing director", "acting head", "ranking member"). */
const TITLE_ING = /^(?:managing|acting|consulting|founding|presiding|visiting|ranking|outgoing|incoming|supervising|commanding)$/;

function titleAppositive(tokens: readonly Token[], k: number, limit: number): boolean {
  const t = tokens[k];
  // ("Europe editor for the Foreign Policy Review": a capitalised desk or body before a lower-case post)
  if (!t || t.kind !== 'word' || isCap(t) && !(tokens[k + 1]?.kind === 'word' && !isCap(tokens[k + 1]) && !CLAUSE_WORDS.has(lower(tokens[k + 1])))) return false;
  const w = lower(t);
  if (w === 'now' || w === 'then') return /^(?:a|an|the)$/.test(lower(tokens[k + 1]));
  // ("managing director and consumer internet analyst at Evercore", "acting head of …": -ing words of a title)
  const titleIng = TITLE_ING.test(w);
  if (CLAUSE_WORDS.has(w) || PREPOSITIONS.has(w) || SUBORDINATORS.has(w) || /(?:ing|ly|ed)$/.test(w) && !titleIng || PRONOUNS.has(w)) return false;
  // the post is a few words long and says of what: "… of", "… for", "… at" (two posts joined by "and": a few more)
  for (let j = k + 1, reach = k + 4; j <= Math.min(limit, reach); j++) {
    const x = lower(tokens[j]);
    if (/^(?:of|for|at)$/.test(x)) return true;
    if (x === 'and' && reach === k + 4) { reach = k + 7; continue; }
    if (tokens[j]!.kind !== 'word' || CLAUSE_WORDS.has(x)) return false;
  }
  return false;
}

/** The phrase is a time and nothing else ("Tuesday", "on Tuesday night", "last week"). */
export function onlyTime(tokens: readonly Token[], r: TokRange): boolean {
  return tokens.slice(r.first, r.last + 1).every((t) => isTimeWord(t) || /^(?:on|last|this|early|late|earlier|later)$/i.test(t.text));
}

/**
 * The source after an inverted cue, as written ("said Olga Petrenko, a former trade official who runs a
 * consultancy."): the noun phrase, with a post or a parenthetical after the name and, when the source closes the
 * sentence, a relative clause about it up to the sentence end (PolNeAR's convention).
 */
export function sourceAfterCue(tokens: readonly Token[], from: number, sLast: number): TokRange | null {
  const np = phraseAfter(tokens, from, sLast);
  if (!np) return null;
  // ("…, said Tuesday.": a time alone after the cue is when, not who)
  if (onlyTime(tokens, np)) return null;
  let k = np.last + 1;
  if (tokens[k]?.text === ',') k++;
  if (!/^(?:who|whose|whom)$/.test(lower(tokens[k])) || !isCap(tokens[np.first]) && !DETERMINERS.has(lower(tokens[np.first]))) return np;
  let last = sLast;
  // (", adding that …": a participle clause after the relative one is the speaker going on, not the source)
  for (let c = k + 1; c < sLast; c++) if (tokens[c]!.text === ',' && /^\p{Ll}+ing$/u.test(tokens[c + 1]?.text ?? '')) { last = c - 1; break; }
  while (last > k && (tokens[last]!.kind === 'punct' || tokens[last]!.kind === 'quote')) last--;
  return last > k ? { first: np.first, last } : np;
}

/** Auxiliary and modal verbs, which never head a subject nor close a relative clause on their own. */
const AUXILIARY_WORDS = /^(?:has|have|had|is|are|was|were|be|been|being|will|would|can|could|may|might|must|should|does|do|did)$/;

/** Finite verbs that cannot stand in an appositive noun phrase. */
const APPOSITIVE_VERB = /^(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|rose|fell|grew|says|said)$/;

/**
 * The noun phrase that starts at `from` and runs to the next comma, sentence end or clause word
 * ("said Yuri Ushakov, a senior adviser to Putin." → "Yuri Ushakov, a senior adviser to Putin").
 */
export function phraseAfter(tokens: readonly Token[], from: number, limit: number, appositive = true): TokRange | null {
  let j = from;
  let last = -1;
  let commas = 0, comma = -1;
  while (j <= limit) {
    const t = tokens[j]!;
    if (t.kind === 'quote') break;
    // "9/11 survivor Maria Lind", "the Reuters/Ipsos poll"
    if (slashJoin(tokens, j) && j > from) { j++; continue; }
    if (t.kind === 'punct') {
      // ("said the Rev. John Okafor, of St. Mark's Church": a place or body after "of" is an appositive too)
      const ofPlace = lower(tokens[j + 1]) === 'of' && isCap(tokens[j + 2]);
      if (t.text === ',' && appositive && commas === 0 && (isCap(tokens[j - 1]) || tokens[j - 1]?.text === ')') && (/^(?:a|an|the)$/i.test(tokens[j + 1]?.text ?? '') || ofPlace || titleAppositive(tokens, j + 1, limit))) { commas++; comma = j; j++; continue; }
      // "Sen. David Perdue (R-Ga.)": a short parenthetical after a name belongs to it
      if (t.text === '(' && isCap(tokens[j - 1]) && j > from) {
        let c = j + 1;
        while (c <= limit && c < j + 7 && tokens[c]!.text !== ')' && tokens[c]!.text !== '(') c++;
        if (c <= limit && tokens[c]!.text === ')') { last = c; j = c + 1; continue; }
      }
      break;
    }
    const w = lower(t);
    // ("according to data provided by the Liberians, the country's GDP rose by 2%": a finite verb after the comma
    // makes what follows it a clause, not an appositive)
    if (comma >= 0 && t.kind === 'word' && APPOSITIVE_VERB.test(t.text)) { last = comma - 1; break; }
    // a subject pronoun opens the clause after a hearer ("told reporters he was …"); a negated auxiliary is a verb
    // (not an acronym that spells one: "an IT professional")
    if (t.kind === 'word' && j > from && (/^(?:he|she|they|we|i|it)$/.test(w) && !/^\p{Lu}{2,}$/u.test(t.text) || /n[’']t$/.test(w) || /^[’']t$/.test(w))) break;
    // so does a new noun phrase right after the hearer: "told reporters the army had left", "told the BBC the talks
    // …", "told reporters Russia was …" (not inside the hearer's own phrase: "the head of the army")
    // (a time is no noun phrase of the clause: "told voters this weekend he would …", "a few hours earlier")
    if (!appositive && j > from && t.kind === 'word' && tokens[j - 1]!.kind === 'word' && !PREPOSITIONS.has(lower(tokens[j - 1])) && !DETERMINERS.has(lower(tokens[j - 1]))
      && !/^(?:and|or|nor)$/.test(lower(tokens[j - 1]))
      && (/^(?:the|a|an|this|these|those|his|her|their|its|our)$/.test(t.text) && !isTimeWord(tokens[j + 1]) && !/^(?:few|couple|week|weekend|month|year|morning|afternoon|evening|night|summer|winter|spring|autumn|fall|past)$/.test(lower(tokens[j + 1]))
        || isCap(t) && /^\p{Ll}+s$/u.test(tokens[j - 1]!.text))) break;
    if (t.kind === 'word' && !isCap(t) && j > from) {
      const toNoun = w === 'to' && (DETERMINERS.has(lower(tokens[j + 1])) || isCap(tokens[j + 1]));
      // ("the committee's ranking Republican": an -ing word after a possessive is an adjective)
      const ingAdjective = DETERMINERS.has(lower(tokens[j - 1])) || /^[’']s$/.test(tokens[j - 1]?.text ?? '') || TITLE_ING.test(w);
      if (CLAUSE_WORDS.has(w) && !toNoun || w === 'on' && isTimeWord(tokens[j + 1]) || /ing$/.test(w) && !ingAdjective) break;
      if (PREPOSITIONS.has(w) && commas === 0 && isCap(tokens[j - 1]) && !/^(?:of|for|to)$/.test(w)) break;
    }
    last = j;
    j++;
    if (last - from > 24) break;
  }
  if (last < from) return null;
  while (last > from && (PREPOSITIONS.has(lower(tokens[last])) || DETERMINERS.has(lower(tokens[last])) || tokens[last]!.text === ',')) last--;
  return { first: from, last };
}
