import actsData from './data/speech-acts.json' with { type: 'json' };
import type { SpeechAct } from '../../model/layers.js';
import { lemmaOf, partialOnlyCue } from './lexicon.js';

const INTENTION = new Set(actsData.intention);
const DEMAND = new Set(actsData.demand);
const DEMAND_BEFORE_INFINITIVE = new Set(actsData.demandBeforeInfinitive);
const EVALUATION = new Set(actsData.evaluation);
const NAMING = new Set(actsData.naming);
const NAMING_WITH_AS = new Set(actsData.namingWithAs);
const INFINITIVE_INTENTIONS = new Set(actsData.infinitiveIntentions);
const QUESTION_VERBS = new Set(actsData.questionVerbs);
/** A question's content: "whether …", "if …", "why …"; or what someone was asked about ("asked him about the talks"). */
const ASKED = /^(?:whether|if|how|why|what|who|whom|which|when|where)\b|^(?:\S+\s+){0,3}about\s/i;

/**
 * Content that is a clause of its own ("that …", a wh-clause), or claims of others that the source rejects or
 * disputes ("rejected allegations he pressured …", "dismissed claims recently voiced by some media that …"): a
 * denial is an assertion. (A rejected suggestion or plan is not: it proposes, it claims nothing.)
 */
const CLAUSE = /^(?:that|whether|if|how|why|what|who|when|where)\b|^(?:\S+\s+){0,3}that\s|^(?:\S+\s+){0,2}(?:claims?|allegations?|accusations?|reports?|speculation|rumou?rs?|charges|talk|insinuations?)\b/i;
/** A word after "to" that opens a noun phrase, not a verb ("to its neighbour", "to the start"). */
const NOT_A_VERB = String.raw`(?!(?:the|a|an|its|his|her|their|our|my|your|this|that|these|those|some|any|all|each|no)\b)`;
/** "to recapture …", "not to allow …". */
const INFINITIVE = new RegExp(String.raw`^(?:not\s+)?to\s+${NOT_A_VERB}\p{Ll}`, 'u');
/**
 * An addressee before an infinitive: "residents in Slaviansk to stay indoors", "him not to leave"; no verb, auxiliary
 * or possessive among its words ("he was going to a meeting", "Brown's decision to announce" are no addressees), and
 * no subject pronoun first: "told reporters, “it starts to pay off”" quotes a clause.
 */
const OBJECT_INFINITIVE = new RegExp(String.raw`^(?![Hh]e\s|[Ss]he\s|[Ww]e\s|[Tt]hey\s|I\s|[Ii]t\s|[Tt]here\s)(?:(?!(?:is|are|was|were|be|been|has|have|had|will|would|could|can|should|must|may|might|do|does|did)\s)[\p{L}\p{N}.-]+\s+){1,4}(?:not\s+)?to\s+${NOT_A_VERB}\p{Ll}`, 'u');

/** The lemma judges what it names (praise, condemn, endorse, support …): see data/speech-acts.json. */
export function evaluates(lemma: string): boolean {
  return EVALUATION.has(lemma);
}

/**
 * What a reported statement does (see data/speech-acts.json for the classes and their sources): an assertion that a
 * reader can check, or an intention, demand, question, evaluation or naming. `cue` is the cue as written, `after` the text right
 * after it, `content` the statement's content, `quoted` whether the content is a direct quotation.
 *
 * @example
 * speechAct('vowed', ' to recapture lost ground', 'to recapture lost ground') // "intention"
 * speechAct('said', ' that talks had failed', 'that talks had failed') // "assertion"
 */
export function speechAct(cue: string | null, after: string, content: string, quoted = false): SpeechAct {
  if (!cue) return 'assertion';
  const [word, ...rest] = cue.split(/\s+/) as [string, ...string[]];
  // ("expressed concern over …", "voiced support for …" are frames of their own, not reporting verbs of the lexicon)
  const lemma = lemmaOf(word) ?? partialOnlyCue(word)?.lemma ?? (/^(?:express(?:ed|es)?|voice[ds]?)$/i.test(word) ? 'express' : undefined);
  if (!lemma) return 'assertion';
  const text = content.trim();
  const clause = CLAUSE.test(text);
  if (QUESTION_VERBS.has(lemma) && (ASKED.test(text) || /^about$/i.test(rest[0] ?? ''))) return 'question';
  if (INTENTION.has(lemma)) return 'intention';
  if (DEMAND.has(lemma)) return 'demand';
  const next = `${rest.join(' ')} ${after}`;
  if ((lemma === 'call' || lemma === 'plead') && /^\s*(?:for|on|upon|with)\b/i.test(next)) return 'demand';
  // (a quotation is the words themselves, never an addressee and an infinitive: "told reporters, “So to speak, we …”")
  if (!quoted && DEMAND_BEFORE_INFINITIVE.has(lemma) && !clause && (INFINITIVE.test(text) || OBJECT_INFINITIVE.test(text) || /^\s*against\b/i.test(next))) return 'demand';
  if (!quoted && INFINITIVE.test(text) && INFINITIVE_INTENTIONS.has(lemma)) return 'intention';
  if (clause) return 'assertion';
  if (EVALUATION.has(lemma)) return 'evaluation';
  if (NAMING.has(lemma)) return 'naming';
  if (NAMING_WITH_AS.has(lemma) && /^(?:\S+\s+){0,6}as\s/i.test(text)) return 'naming';
  return 'assertion';
}
