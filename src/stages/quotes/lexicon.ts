import verbsData from './data/reporting-verbs.json' with { type: 'json' };

/** What a word form is, as a reporting cue. */
export interface CueInfo {
  lemma: string;
  /** speech verbs work with any clause; cognitive ones only before an explicit "that". */
  tier: 'speech' | 'cognitive' | 'stance';
  /** The verb takes a hearer or target before its content (tell reporters that …, accuse Putin of …). */
  takesObject: boolean;
  /** The form is a present participle ("saying", "accusing"): its source is the clause subject. */
  participle: boolean;
  /** The form is a past participle that could be passive ("was told", "is expected"). */
  pastForm: boolean;
  /** The -s form doubles as a plural noun ("contests", "states"). */
  nounLike: boolean;
  /** Reports speech only right after a quotation ("…,” he continued). */
  frameOnly: boolean;
  /** Reports speech only about a topic: "talked about the economy", "spoke of betrayal". */
  topicOnly?: boolean;
  /** Only introduces a partial quote in its clause ("referred to him as “…”"); never a verb of saying on its own. */
  partialOnly?: boolean;
}

const ONE_SYLLABLE_CVC = /^(?:qu|[^aeiou])*[aeiou][bdgklmnprt]$/;

function inflect(base: string): string[] {
  const irregular = (verbsData.irregular as Record<string, string[]>)[base];
  if (irregular) return [base, ...irregular];
  const forms = [base];
  if (/(?:s|sh|ch|x|z)$/.test(base)) forms.push(base + 'es');
  else if (/[^aeiou]y$/.test(base)) forms.push(base.slice(0, -1) + 'ies');
  else forms.push(base + 's');
  let stem = base;
  if (/e$/.test(base)) stem = base.slice(0, -1);
  else if (/[^aeiou]y$/.test(base)) stem = base.slice(0, -1) + 'i';
  // one-syllable consonant-vowel-consonant verbs double their last letter (vow is not one: w never doubles; the "u" of
  // "qu" is no vowel: quip, quipped)
  else if (ONE_SYLLABLE_CVC.test(base)) stem = base + base.slice(-1);
  forms.push(stem + 'ed');
  const ing = /e$/.test(base) && !/ee$/.test(base) ? base.slice(0, -1) + 'ing'
    : ONE_SYLLABLE_CVC.test(base) ? base + base.slice(-1) + 'ing' : base + 'ing';
  forms.push(ing);
  return forms;
}

const OBJECT_VERBS = new Set(verbsData.object);
const NOUN_LIKE = new Set(verbsData.nounLike);

/** What one inflected form of a cue lemma is. */
function formInfo(lemma: string, form: string, tier: CueInfo['tier'], frameOnly = false): CueInfo {
  return {
    lemma, tier, takesObject: OBJECT_VERBS.has(lemma),
    participle: form.endsWith('ing') && form !== lemma,
    pastForm: form !== lemma && !form.endsWith('ing') && !form.endsWith('s'),
    nounLike: NOUN_LIKE.has(lemma), frameOnly,
  };
}

function buildCues(): Map<string, CueInfo> {
  const out = new Map<string, CueInfo>();
  const add = (lemma: string, tier: CueInfo['tier'], onlyInFrame = false) => {
    for (const form of inflect(lemma)) if (!out.has(form)) out.set(form, formInfo(lemma, form, tier, onlyInFrame));
  };
  for (const v of verbsData.speech) add(v, 'speech');
  for (const v of verbsData.cognitive) add(v, 'cognitive');
  for (const v of verbsData.stance) add(v, 'stance');
  for (const v of verbsData.frameOnly) add(v, 'speech', true);
  for (const v of verbsData.topicOnly) {
    add(v, 'speech');
    for (const form of inflect(v)) {
      const c = out.get(form);
      if (c?.lemma === v) out.set(form, { ...c, topicOnly: true });
    }
  }
  return out;
}

/**
 * Forms of lemmas that only introduce a partial quote in their clause ("referred to him as “…”") and are no reporting
 * verb otherwise: looked up apart, so that ", referring to …" never starts or ends a statement.
 */
function buildPartialOnly(cues: ReadonlyMap<string, CueInfo>): Map<string, CueInfo> {
  const out = new Map<string, CueInfo>();
  for (const lemma of verbsData.partialCues) {
    if (inflect(lemma).some((f) => cues.get(f)?.lemma === lemma)) continue;
    for (const form of inflect(lemma)) out.set(form, { ...formInfo(lemma, form, 'stance'), nounLike: false, partialOnly: true });
  }
  return out;
}

/** Every inflected reporting-verb form, lower case, with what it is. */
export const CUES: ReadonlyMap<string, CueInfo> = buildCues();
const PARTIAL_ONLY_CUES: ReadonlyMap<string, CueInfo> = buildPartialOnly(CUES);

/**
 * Looks a word up as a cue of a partial quote only ("referred" → refer), for words that are no reporting verb.
 *
 * @example
 * partialOnlyCue('referred')?.lemma // "refer"
 */
export function partialOnlyCue(word: string): CueInfo | undefined {
  return PARTIAL_ONLY_CUES.get(word.toLowerCase());
}

/** Lemmas that introduce a partial quote in the same clause ("calling the talks “productive”"). */
export const PARTIAL_CUE_LEMMAS: ReadonlySet<string> = new Set(verbsData.partialCues);

/** Nouns of a stance or a feeling that make "express" a frame ("expressed concern that …", "expressed support for …"). */
export const EXPRESS_NOUNS: ReadonlySet<string> = new Set(verbsData.expressNouns);

/** Nouns that name a statement ("a claim by X", "X's statement"). */
export const STATEMENT_NOUNS: ReadonlySet<string> = new Set(verbsData.nouns);

/**
 * Looks a word up as a reporting cue.
 *
 * @example
 * cueInfo('Warned')?.lemma // "warn"
 */
export function cueInfo(word: string): CueInfo | undefined {
  return CUES.get(word.toLowerCase());
}

/** Lemma of a reporting-cue form, when it is one ("said" → "say"). */
export function lemmaOf(word: string): string | null {
  return CUES.get(word.toLowerCase())?.lemma ?? null;
}

