import type { Span, TextSpan } from './span.js';

/**
 * Item types of every layer. Types only: the stages that produce them live in src/stages/.
 * The public JSON contract (src/model/analysis.ts) is built from these.
 */

/** A paragraph of the text. */
export interface Paragraph extends Span {
  index: number;
}

/** A sentence; `paragraph` is the index of the paragraph that holds it. */
export interface Sentence extends Span {
  index: number;
  paragraph: number;
}

/** Coarse token classes: enough for rules and features without a tagger. */
export type TokenKind = 'word' | 'number' | 'punct' | 'quote' | 'symbol';

/** A token; `sentence` is the index of the sentence that holds it. */
export interface Token extends TextSpan {
  index: number;
  kind: TokenKind;
  sentence: number;
  /** True when whitespace follows the token in the text. */
  spaceAfter: boolean;
}

/** Entity types, after OntoNotes: the scorer maps them to CoNLL's PER/ORG/LOC/MISC. */
export type EntityType = 'PERSON' | 'ORG' | 'GPE' | 'LOC' | 'FAC' | 'NORP' | 'MISC';

/** A typed proper-name span found by the named-entity tagger (before linking). */
export interface NameMention extends TextSpan {
  type: EntityType;
  /** Tagger confidence in [0, 1] when known. */
  confidence?: number;
}

/** How a mention refers to its entity. */
export type MentionKind = 'name' | 'title' | 'description' | 'pronoun' | 'demonym' | 'metonym';

/** A mention linked to a canonical entity. */
export interface Mention extends TextSpan {
  entity: string;
  kind: MentionKind;
  type: EntityType;
}

/** Coordinates in decimal degrees. */
export interface Geo {
  lat: number;
  lon: number;
}

/** A canonical identity within one article, holding all its mentions. */
export interface Entity {
  /** Article-local id ("e1"). */
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  /** Role from titles and appositives, e.g. "Foreign Minister of Russia". */
  role?: string;
  /** Stable id across articles (e.g. "person:vladimir-putin", "country:UA", "place:geonames:703448"). */
  kbId?: string;
  /** ISO 3166-1 alpha-2 code of the country the entity is, belongs to or stands in. */
  country?: string;
  geo?: Geo;
  /** For metonyms and possessive organisations: the entity id this one stands for or belongs to. */
  standsFor?: string;
  /** Named mentions: names, metonyms ("Moscow" for Russia) and demonyms — what a NER scorer counts. */
  mentions: Mention[];
  /**
   * Titles, descriptions and pronouns that refer to it ("the Ukrainian president", "he"), kept apart from
   * `mentions` so that named-mention counts (CoNLL) stay exact. The `mentions` layer holds both.
   */
  references?: Mention[];
}

/** TIMEX3 types. */
export type TimeType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** A time expression with a TIMEX3-style value. */
export interface TimeExpression extends TextSpan {
  type: TimeType;
  /** TIMEX3 value: "2025-03-15", "2025-03-15TNI", "2025-W11", "P30D", "PAST_REF", … ; "" when unresolved. */
  value: string;
  /** Which parts the text states and which were inferred (e.g. the year from the publication date). */
  stated?: string[];
  inferred?: string[];
  /** Why the value is what it is, in a few words ("weekday before publication, past tense"). */
  note?: string;
}

/** The speaker of a quote: a canonical entity when known, and the source as written at this place. */
export interface Speaker {
  entity: string | null;
  name: string;
  start?: number;
  end?: number;
}

export type QuoteKind = 'direct' | 'partial' | 'indirect';

/**
 * What a statement does: an assertion (a claim about how things are, that a reader can check), an intention (vowed,
 * promised, refused to …), a demand (urged, asked to, called for …), a question (asked whether …), an evaluation (condemned, praised,
 * rejected a thing named) or a naming (labelled it a provocation). See src/stages/quotes/data/speech-acts.json.
 */
export type SpeechAct = 'assertion' | 'intention' | 'demand' | 'question' | 'evaluation' | 'naming';

/** A quote or reported statement; its span is the quoted or reported content. */
export interface Quote extends TextSpan {
  id: string;
  kind: QuoteKind;
  speaker: Speaker | null;
  /** Cue word as written ("said", "according to"). */
  cue: string | null;
  /**
   * Where the cue stands, as a verb group: with its auxiliaries and adverbs before it and a bare day or an interview
   * right after it ("has also said", "is stressing", "said Monday", "said in an interview"); it holds `cue`.
   */
  cueSpan: Span | null;
  /** "social media", "televised interview", "reporters", a named outlet … */
  channel: string | null;
  /** What the statement does; reported statements that are not assertions are listed as `positions` in the JSON contract. */
  act?: SpeechAct;
  /** TIMEX3 value of when it was said, when the text gives it. */
  date?: string | null;
  /**
   * Id of the quote this piece goes on from, as one statement: the second half of a quote split by its
   * attribution (“A,” she said. “B”), or a quote with no frame of its own that carries on a speaker's words.
   */
  continues?: string;
  /**
   * A partial quote's reported clause, when its cue governs one ("she called the ministry’s conduct “outrageous”":
   * the clause is "the ministry’s conduct “outrageous”"). The statement view spans it.
   */
  clause?: Span;
  /** Set when pieces are grouped into one statement (`groupStatements`): the pieces, in text order. */
  parts?: Span[];
}

/** A reference from an event to an entity. */
export interface EntityRef {
  entity: string | null;
  name: string;
  start?: number;
  end?: number;
}

export interface Quantity {
  value: number;
  unit: string;
  /** launched, intercepted, lost, killed, injured, detained, displaced, troops, money, location-count … */
  role: string;
  span?: Span;
  /** How the text bounds the number: "more than", "at least", "about", "dozens" … */
  qualifier?: string;
}

/** A PLOVER-coded event. */
export interface Event {
  id: string;
  type: string;
  mode?: string | null;
  actor: EntityRef | null;
  target: EntityRef | null;
  locations?: EntityRef[];
  date?: string | null;
  quantities: Quantity[];
  /** Who reports the event ("according to …"). */
  source?: EntityRef | null;
  negated?: boolean;
  modality?: string | null;
  trigger?: TextSpan;
  evidence: TextSpan;
}

export type Severity = 'info' | 'warning' | 'error';

/** A positioned message from a consistency checker. */
export interface Finding {
  /** Stable rule id from the catalogue (src/rules/catalogue.ts): quantity-gap, date-conflict … */
  kind: string;
  severity: Severity;
  message: string;
  evidence: TextSpan[];
  actual?: string | number | null;
  expected?: string | number | null;
}

/**
 * The layer map. The layers of the public contract are declared here; each stage module adds
 * its internal layers by declaration merging
 * (`declare module '../../model/layers.js' { interface LayerMap { tokens: Token[] } }`),
 * so the runner knows the type of every layer without a global registry.
 */
export interface LayerMap {
  paragraphs: Paragraph[];
  sentences: Sentence[];
  /** Every mention linked to its entity: names, titles, descriptions, pronouns. */
  mentions: Mention[];
  entities: Entity[];
  times: TimeExpression[];
  quotes: Quote[];
  events: Event[];
  findings: Finding[];
}
