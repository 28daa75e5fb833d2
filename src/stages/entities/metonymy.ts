import type { DocView } from './context.js';

/**
 * Whether a capital or seat of government at tokens [t0, t1) acts (stands for its state) rather than
 * names a place. Actor uses: subject of a verb ("Moscow has vowed", "Kyiv and Moscow are
 * maneuvering"), possessor of a stance ("Moscow's skepticism"), object of a verb of pressure or
 * accusation ("accusing Moscow of", "pressure Moscow into") or party to relations ("relationship
 * with Washington"). Everything else ("drones targeting Kyiv", "to Moscow") stays a place.
 *
 * @example
 * actsAsState(view, 0, 1) // true for "Moscow has vowed …", false for "… flew to Moscow"
 */
export function actsAsState(v: DocView, t0: number, t1: number): boolean {
  const next = t1;
  // "protesters in Kiev will be …", "the embassy in Kyiv declined": after a locative preposition it is a place
  if (LOCATIVE.has(v.lower(t0 - 1))) return false;
  // a later conjunct of a locative list is a place too: "officials in Paris and Berlin welcomed it"
  if (inLocativeList(v, t0)) return false;
  // "Moscow's skepticism" acts; "Kyiv's Independence Square", "Kyiv's streets" are places
  if (v.isPossessive(next)) return !PLACE_NOUNS.has(v.lower(next + 1)) && !v.isCap(next + 1);
  if (followedByVerb(v, t0, next)) return true;
  // "Moscow, which denies its troops have a role, says …": the verb of a relative clause set off after it acts too
  if (v.word(next) === ',' && /^(?:which|who)$/.test(v.lower(next + 1)) && followedByVerb(v, next + 1, next + 2)) return true;
  const prev = v.lower(t0 - 1);
  if (OBJECT_CUES.test(prev)) return true;
  if (prev === 'with' && RELATION_NOUNS.test(v.lower(t0 - 2))) return true;
  if ((prev === 'and' || prev === 'or') && v.isCap(t0 - 2)) {
    // second conjunct: "Kyiv and Moscow are …"
    return followedByVerb(v, t0, next);
  }
  return false;
}

/** Whether the token at t0 closes a list of capitalised names ("Paris, Rome and Berlin") that follows a locative word. */
function inLocativeList(v: DocView, t0: number): boolean {
  const prev = v.lower(t0 - 1);
  if (prev !== 'and' && prev !== 'or' && prev !== ',') return false;
  let i = t0 - 1;
  for (let steps = 0; steps < 12 && i > 0; steps++) {
    const w = v.lower(i - 1);
    if (w === 'and' || w === 'or' || w === ',' || v.isCap(i - 1)) { i--; continue; }
    return LOCATIVE.has(w);
  }
  return false;
}

function followedByVerb(v: DocView, t0: number, from: number): boolean {
  let i = from;
  // coordination: "Kyiv and Moscow are"
  if ((v.lower(i) === 'and' || v.lower(i) === 'or') && v.isCap(i + 1)) {
    i += 2;
    while (v.isCap(i)) i++;
  }
  while (ADVERBS.has(v.lower(i)) || /^\p{Ll}+ly$/u.test(v.word(i))) i++;
  const w = v.word(i);
  if (!w || !/^\p{Ll}/u.test(w)) return false;
  const lw = w.toLowerCase();
  if (BE.has(lw)) return agentiveAfterBe(v, i + 1);
  if (lw === 'has' || lw === 'have' || lw === 'had') return v.lower(i + 1) === 'been' ? agentiveAfterBe(v, i + 2) : true;
  if (AUX.has(lw)) return true;
  if (lw.length > 4 && lw.endsWith('ed') && !lw.endsWith('eed')) return true;
  if (VERBS_S.has(lw)) return true;
  // a present-tense verb at the start of a clause ("that Moscow intends to …")
  const before = v.lower(t0 - 1);
  const clauseStart = t0 === 0 || v.sentenceOf(t0 - 1) !== v.sentenceOf(t0) || CLAUSE_OPENERS.has(before) || before === ',' || v.tokens[t0 - 1]?.kind === 'quote';
  return clauseStart && /^\p{Ll}{3,}s$/u.test(w) && !NOUN_ENDINGS.test(lw);
}

/**
 * After a form of "be", a state acts in progressive or stance readings ("is preparing", "is ready to")
 * and is a place in passive or descriptive ones ("was hit", "were calm").
 */
function agentiveAfterBe(v: DocView, from: number): boolean {
  let i = from;
  while (ADVERBS.has(v.lower(i)) || /^\p{Ll}+ly$/u.test(v.word(i))) i++;
  const w = v.lower(i);
  return (w.length > 4 && w.endsWith('ing') && w !== 'during') || STANCE.has(w);
}

const BE = new Set(['is', 'are', 'was', 'were', "'s", '’s']);
const STANCE = new Set(['ready', 'willing', 'prepared', 'determined', 'unwilling', 'open', 'keen', 'eager', 'reluctant', 'adamant', 'confident', 'committed', 'set', 'poised', 'intent', 'likely', 'unlikely', 'not', 'responsible', 'behind', 'against', 'opposed']);
const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'from', 'to', 'into', 'around', 'across', 'over', 'inside', 'within', 'toward', 'towards', 'via', 'through', 'throughout', 'beyond', 'above', 'below', 'on', 'off', 'past', 'targeting', 'targeted', 'hit', 'struck', 'shelled', 'attacked', 'bombed', 'visited', 'visiting', 'reached', 'entered', 'left', 'leaving', 'fled', 'including']);
const AUX = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'shall', 'does', 'did', 'do', 'says', 'said', 'wants', 'sees']);
const VERBS_S = new Set(['intends', 'insists', 'denies', 'claims', 'accuses', 'warns', 'plans', 'rejects', 'demands', 'seeks', 'hopes', 'refuses', 'remains', 'continues', 'appears', 'believes', 'considers', 'expects', 'needs', 'wants', 'says', 'calls', 'urges', 'threatens', 'vows', 'pledges', 'announces', 'responds', 'retaliates', 'launches', 'sends', 'argues', 'maintains', 'views', 'fears', 'agrees', 'backs', 'supports', 'opposes', 'condemns', 'blames', 'approves', 'signals', 'reiterates', 'offers', 'proposes']);
const ADVERBS = new Set(['also', 'still', 'now', 'already', 'not', 'never', 'yet', 'long', 'reportedly', 'too', 'again', 'then', 'even', 'so', 'far', 'once', 'soon', 'ultimately']);
const CLAUSE_OPENERS = new Set(['that', 'and', 'but', 'while', 'as', 'because', 'if', 'when', 'whether', 'since', 'although', 'though', 'after', 'before', 'where', 'unless']);
const NOUN_ENDINGS = /(ents|ers|ors|ions|als|ists|ians|ties|ness|ships|ings|ans|ets|ces|ares|ums)$/;
const OBJECT_CUES = /^(accus\w*|urg\w*|pressur\w*|press|pressed|pressing|warn\w*|blam\w*|sanction\w*|condemn\w*|critici[sz]\w*|told|tell|tells|telling|ask|asked|asks|asking|persuad\w*|push\w*|against|convinc\w*|punish\w*|isolat\w*|engag\w*|lobby\w*|lobbied|defy\w*|defied|confront\w*|provok\w*|deter\w*|appeas\w*|reassur\w*)$/;
const RELATION_NOUNS = /^(talks|relations|relationship|ties|deal|agreement|negotiations|dialogue|contacts|cooperation|co-operation|rift|dispute|standoff|tensions|alliance|partnership)$/;
const PLACE_NOUNS = new Set(['streets', 'street', 'residents', 'mayor', 'outskirts', 'suburbs', 'center', 'centre', 'districts', 'district', 'airport', 'metro', 'population', 'people', 'citizens', 'city', 'skyline', 'subway', 'railway', 'station', 'downtown', 'region', 'oblast', 'neighborhoods', 'neighbourhoods', 'buildings', 'hospitals', 'infrastructure', 'power', 'air']);
