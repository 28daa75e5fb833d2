import type { Span } from '../../model/span.js';
import { decode } from './decode.js';
import { FeatureExtractor, ScoreCache, type TaggerInput } from './features.js';
import { WordClusters, type ClusterLists } from './clusters.js';
import { codeOf, GAZ_CATEGORIES, Gazetteer, type GazetteerLists } from './gazetteer.js';
import { wordKey } from './normalize.js';
import { chunksOf, NER_TYPES, type NerType } from './tags.js';
import type { Weights } from './weights.js';

/**
 * Particles that stand between the parts of a personal name ("bin", "von der", "van", "al"); a narrower list than
 * the tagger's features use, without "'s", "e", "i", "y", "la" that join other things in English text.
 */
const JOINING_PARTICLE = /^(?:de|del|della|der|den|di|da|dos|du|van|von|ter|ten|zu|bin|ibn|bint|ben|al|el|abu|ould)$/;

const ORG_CATEGORY = GAZ_CATEGORIES.indexOf('org');
const PLACE_CATEGORIES = (['country', 'city', 'bigcity', 'region'] as const).map((c) => GAZ_CATEGORIES.indexOf(c));

/** A typed name over character offsets. */
export interface NameSpan extends Span {
  type: NerType;
}

/** How a tagger is put together: weights, the gazetteer lists they were trained with, and the passes. */
export interface TaggerOptions {
  weights: Weights;
  gazetteer: GazetteerLists;
  /** The word cluster table the weights were trained with, if any. */
  clusters?: ClusterLists;
  /** Run the second pass that sees how the first tagged other occurrences of each word. */
  twoPass: boolean;
}

/**
 * The statistical name tagger: feature extraction, greedy BILOU decoding and the document pass.
 *
 * @example
 * const tagger = new NerTagger({ weights, gazetteer, twoPass: true });
 * tagger.names({ text, tokens }) // [{ start: 0, end: 15, type: 'PER' }, …]
 */
export class NerTagger {
  readonly extractor: FeatureExtractor;
  private readonly cache = new ScoreCache();
  /** Abbreviated titles ("gen.", "dr.", "sen."), lowercased: never the first word of a person's name. */
  private readonly titleAbbreviations: ReadonlySet<string>;
  private readonly gazetteer: Gazetteer;

  constructor(private readonly options: TaggerOptions) {
    this.titleAbbreviations = new Set((options.gazetteer.title ?? []).filter((t) => t.endsWith('.')).map((t) => t.toLowerCase()));
    this.gazetteer = new Gazetteer(options.gazetteer);
    this.extractor = new FeatureExtractor(this.gazetteer, options.clusters ? new WordClusters(options.clusters) : null);
  }

  /** BILOU tags of every token. */
  tag(input: TaggerInput): Uint8Array {
    const w = this.options.weights;
    const { df, staticRow } = this.extractor.staticScores(input, w, this.cache);
    const first = decode(df, w, null, undefined, staticRow);
    return this.options.twoPass ? decode(df, w, first, undefined, staticRow) : first;
  }

  /**
   * Whether tokens [start, end) are, word for word, a place of several words in the gazetteer ("Khan Younis",
   * "Nizhny Novgorod"): the tagger may read such a name as a person's when each word is also a personal name
   * in its training data, but a whole multi-word place name is a place.
   */
  /** Whether tokens [start, end) are, word for word, one name of the gazetteer category `cat` (several words). */
  private isGazetteerName(input: TaggerInput, start: number, end: number, cat: number): boolean {
    const keys: string[] = [];
    for (let i = start; i < end; i++) keys.push(wordKey(input.text.slice(input.tokens[i]!.start, input.tokens[i]!.end)));
    const codes = this.gazetteer.match(keys);
    return keys.length > 1 && codes[0]!.includes(codeOf(cat, 0)) && codes[keys.length - 1]!.includes(codeOf(cat, 2));
  }

  private isPlaceName(input: TaggerInput, start: number, end: number): boolean {
    const keys: string[] = [];
    for (let i = start; i < end; i++) keys.push(wordKey(input.text.slice(input.tokens[i]!.start, input.tokens[i]!.end)));
    const codes = this.gazetteer.match(keys);
    return PLACE_CATEGORIES.some((cat) => codes[0]!.includes(codeOf(cat, 0)) && codes[keys.length - 1]!.includes(codeOf(cat, 2)));
  }

  /**
   * Whether token `i` is a word for a nationality or a trade ("Tunisian", "Singer", "Cinematographer", "Welshman"),
   * or the head of a body ("Staff", "Office"), and no first or last name ("Alexander", "Brian", "Walter"). Titles and styles stay: the entities stage reads
   * them ("Prince Charles", "General Wesley Clark").
   */
  private isDescriptor(input: TaggerInput, i: number): boolean {
    const text = input.text.slice(input.tokens[i]!.start, input.tokens[i]!.end);
    const codes = this.gazetteer.match([wordKey(text)])[0]!;
    const has = (cat: string) => codes.includes(codeOf(GAZ_CATEGORIES.indexOf(cat as never), 3));
    if (has('firstname') || has('lastname')) return false;
    // (and the head of a body whose head the person is: "the Presidential Office Vyacheslav Volodin", "the General
    // Staff Viktor Muzhenko")
    return has('demonym') || /^\p{Lu}\p{Ll}{3,}(?:er|or|ist|man|ian)$/u.test(text)
      || /^(?:Staff|Office|Committee|Council|Ministry|Department|Service|Command|Bureau|Agency|Administration|Directorate)$/.test(text);
  }

  /** Names as character spans, in text order. */
  names(input: TaggerInput): NameSpan[] {
    if (input.tokens.length === 0) return [];
    const tags = this.tag(input);
    const word = (i: number) => input.text.slice(input.tokens[i]!.start, input.tokens[i]!.end).toLowerCase();
    // "Osama bin Laden", "Ursula von der Leyen": two names with only name particles between them are one person's
    // name, however the tagger typed the pieces (it often leaves the particles out)
    const chunks = chunksOf(tags).map((c) => ({ ...c }));
    const perType = NER_TYPES.indexOf('PER');
    for (let k = chunks.length - 2; k >= 0; k--) {
      const a = chunks[k]!, b = chunks[k + 1]!;
      const gap = b.start - a.end;
      if (gap < 1 || gap > 3 || input.tokens[b.start]!.sentence !== input.tokens[a.end - 1]!.sentence) continue;
      let particles = true;
      for (let i = a.end; i < b.start; i++) if (!JOINING_PARTICLE.test(word(i)) || /^\p{Lu}/u.test(input.text[input.tokens[i]!.start]!)) particles = false;
      if (!particles || (a.type !== perType && b.type !== perType)) continue;
      chunks.splice(k, 2, { start: a.start, end: b.end, type: perType });
    }
    // the organisations the tagger found whole somewhere in the document ("the Home Office"), to mend a chunk that left a
    // word of one out elsewhere ("a Home Office spokeswoman" tagged "Office")
    const orgType = NER_TYPES.indexOf('ORG');
    const orgNames = new Set(chunks.filter((c) => c.type === orgType && c.end - c.start > 1)
      .map((c) => input.text.slice(input.tokens[c.start]!.start, input.tokens[c.end - 1]!.end)));
    // ("Furthermore, …", "Likewise, …": a sentence adverb the tagger has not seen in lower case is no name)
    return chunks.filter((c) => !(c.end - c.start === 1 && SENTENCE_ADVERB.test(word(c.start)))).map((c) => {
      const type = NER_TYPES[c.type]!;
      // CoNLL convention: a title is not part of the name ("Gen. Baraka Nyamweya" → "Baraka Nyamweya"). The
      // training data has almost no abbreviated titles, so the tagger may take one in; the abbreviation is
      // unambiguous (unlike "General" in "General Motors"), so it is cut off here.
      let start = c.start;
      while (type === 'PER' && start < c.end - 1 && this.titleAbbreviations.has(word(start))) start++;
      // a name never starts or ends on a lone punctuation token ("Aung San Suu Kyi." at a sentence end): the
      // tagger may take the full stop in after a word it has not seen
      let end = c.end;
      while (end - 1 > start && !/[\p{L}\p{N}]/u.test(word(end - 1))) end--;
      while (start < end - 1 && !/[\p{L}\p{N}]/u.test(word(start))) start++;
      // ("Singer George Michael", "Tunisian Selima Sfar", "Cinematographer John Mathieson": a capitalised word for a
      // nationality or a trade before a two-word name describes the person, as CoNLL has it, and is no part of the name)
      if (type === 'PER' && end - start >= 3 && this.isDescriptor(input, start)) start++;
      // ("the Home Office": a capitalised word before an organisation's name that makes, with it, an organisation the
      // tagger found whole elsewhere in the text, or one of the gazetteer word for word, is part of it)
      const before = start > 0 ? input.tokens[start - 1]! : null;
      if (type === 'ORG' && before && start === c.start && /^\p{Lu}/u.test(input.text.slice(before.start, before.end))
        && before.sentence === input.tokens[start]!.sentence && (orgNames.has(input.text.slice(before.start, input.tokens[end - 1]!.end))
          || this.isGazetteerName(input, start - 1, end, ORG_CATEGORY))) start--;
      const span = { start: input.tokens[start]!.start, end: input.tokens[end - 1]!.end, type };
      if (type === 'PER' && end - start > 1 && this.isPlaceName(input, start, end)) span.type = 'LOC';
      // "government-controlled Opytne (61km north-east of Donetsk)", "rebel-held Pryshyb", "the village of Berezove":
      // the words around a name the tagger has never seen can only describe a place
      if ((type === 'PER' || type === 'MISC') && placeContext(input.text, span.start, span.end)) span.type = 'LOC';
      return span;
    });
  }
}

/** Sentence adverbs that open a sentence with a capital and are never names on their own. */
const SENTENCE_ADVERB = /^(?:furthermore|moreover|however|meanwhile|nevertheless|nonetheless|additionally|consequently|therefore|thus|hence|indeed|otherwise|likewise|instead|similarly|accordingly|besides|overall|ultimately|finally)$/;

/** Text right before a name that makes it a place: "rebel-held", "government-controlled", "the village of". */
const PLACE_BEFORE = /(?:\b[\p{L}”"’']+-(?:controlled|held|occupied)|\b(?:village|town|city|settlement|hamlet|district|outskirts|suburb)\s+of)\s+$/iu;
/** Text right after a name that makes it a place: "(61km north-east of Donetsk)", "(33 kilometres from Luhansk)". */
const PLACE_AFTER = /^\s*\(\s*(?:some\s+|about\s+|around\s+)?[\d.,]+(?:\s*[-–]\s*[\d.,]+)?\s*(?:km|kilomet(?:re|er)s?|miles?)\b/i;

/** The words around the name at [start, end) can only describe a place. */
function placeContext(text: string, start: number, end: number): boolean {
  return PLACE_BEFORE.test(text.slice(Math.max(0, start - 40), start)) || PLACE_AFTER.test(text.slice(end, end + 40));
}
