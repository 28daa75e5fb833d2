/**
 * A small lemmatiser for English verb forms: enough to find lexicon triggers ("launched", "launches",
 * "launching" → "launch"; "shot" → "shoot"). Rules first guess candidates; a known-lemma set picks among them.
 */

/** Irregular past and participle forms → base form. */
const IRREGULAR: Record<string, string> = {
  tore: 'tear', torn: 'tear', shot: 'shoot', held: 'hold', met: 'meet', sent: 'send', gave: 'give', given: 'give', fought: 'fight', struck: 'strike',
  stricken: 'strike', froze: 'freeze', frozen: 'freeze', withdrew: 'withdraw', withdrawn: 'withdraw', began: 'begin',
  begun: 'begin', took: 'take', taken: 'take', made: 'make', spoke: 'speak', spoken: 'speak', sought: 'seek',
  brought: 'bring', led: 'lead', kept: 'keep', beat: 'beat', beaten: 'beat', broke: 'break', broken: 'break', lost: 'lose',
  told: 'tell', said: 'say', went: 'go', gone: 'go', came: 'come', flew: 'fly', flown: 'fly', fled: 'flee', paid: 'pay',
  built: 'build', dealt: 'deal', found: 'find', forbade: 'forbid', forbidden: 'forbid', undertook: 'undertake',
  undertaken: 'undertake', upheld: 'uphold', withheld: 'withhold', overran: 'overrun', threw: 'throw', thrown: 'throw', blew: 'blow', blown: 'blow',
  won: 'win', rode: 'ride', rose: 'rise', risen: 'rise', stood: 'stand', lent: 'lend', hid: 'hide', hidden: 'hide',
  knew: 'know', known: 'know', thought: 'think', chose: 'choose', chosen: 'choose', drove: 'drive', driven: 'drive',
  wrote: 'write', written: 'write', bore: 'bear', borne: 'bear', slew: 'slay', slain: 'slay', swore: 'swear', sworn: 'swear',
  had: 'have', has: 'have', did: 'do', done: 'do', was: 'be', were: 'be', been: 'be', is: 'be', are: 'be', am: 'be',
  saw: 'see', seen: 'see', got: 'get', gotten: 'get', left: 'leave', felt: 'feel', set: 'set', put: 'put', cut: 'cut',
  hit: 'hit', shut: 'shut', let: 'let', spread: 'spread', quit: 'quit', bid: 'bid', hurt: 'hurt', laid: 'lay', wound: 'wound',
};

/** Nouns whose letters look like a verb form but never are one ("aides" are people, not "aid" + s). */
const NOT_VERB_FORMS = new Set(['aides']);

/** Candidate base forms of a word, most likely first. */
export function lemmaCandidates(word: string): string[] {
  const w = word.toLowerCase().replace(/[’']/g, "'");
  if (NOT_VERB_FORMS.has(w)) return [w];
  const out: string[] = [];
  const irr = IRREGULAR[w];
  if (irr) out.push(irr);
  out.push(w);
  const add = (s: string) => { if (s.length >= 2 && !out.includes(s)) out.push(s); };
  if (w.endsWith('ies')) add(w.slice(0, -3) + 'y');
  if (w.endsWith('ied')) add(w.slice(0, -3) + 'y');
  if (w.endsWith('es')) { add(w.slice(0, -2)); add(w.slice(0, -1)); }
  if (w.endsWith('s') && !w.endsWith('ss')) add(w.slice(0, -1));
  for (const suf of ['ed', 'ing']) {
    if (!w.endsWith(suf) || w.length <= suf.length + 1) continue;
    const stem = w.slice(0, -suf.length);
    add(stem);
    add(stem + 'e');
    if (stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2]) add(stem.slice(0, -1)); // "shelled" → "shell", "stopped" → "stop"
    if (suf === 'ed' && w.endsWith('ied')) add(w.slice(0, -3) + 'y');
  }
  return out;
}

const cache = new WeakMap<object, Map<string, string>>();
const NO_SET = {};

/**
 * The base form of a verb: the first candidate in `known` when given, else the best rule-based guess.
 *
 * @example
 * lemmatize('launching') // 'launch'
 * lemmatize('shot', new Set(['shoot'])) // 'shoot'
 */
export function lemmatize(word: string, known?: ReadonlySet<string> | Record<string, unknown>): string {
  // memoised per known-set: the same few hundred words recur in every article
  let memo = cache.get(known ?? NO_SET);
  if (!memo) { memo = new Map(); cache.set(known ?? NO_SET, memo); }
  let hit = memo.get(word);
  if (hit === undefined) {
    hit = lemmatizeUncached(word, known);
    if (memo.size < 50000) memo.set(word, hit);
  }
  return hit;
}

function lemmatizeUncached(word: string, known?: ReadonlySet<string> | Record<string, unknown>): string {
  const cands = lemmaCandidates(word);
  if (known) {
    const has = (s: string) => (known instanceof Set ? known.has(s) : Object.prototype.hasOwnProperty.call(known, s));
    for (const c of cands) if (has(c)) return c;
  }
  const w = word.toLowerCase();
  if (IRREGULAR[w]) return IRREGULAR[w]!;
  if (/eed$/.test(w)) return w.slice(0, -1); // "agreed"
  if (/^[a-z]{1,2}uing$/.test(w) || /[^aeiou][aeiou]u(?:ing|ed)$/.test(w)) return w.replace(/(?:ing|ed)$/, 'e'); // "suing", "sued"
  if (/(?:at|iz|is|ur|rg|v|c)(?:ing|ed)$/.test(w) && !/(?:ll|ss)(?:ing|ed)$/.test(w)) return w.replace(/(?:ing|ed)$/, 'e'); // "negotiated", "mobilizing", "captured
  if (/ies$|ied$/.test(w)) return w.slice(0, -3) + 'y';
  if (/(?:ch|sh|ss|x|z)es$/.test(w)) return w.slice(0, -2);
  if (/ing$/.test(w) && w.length > 5) return undouble(w.slice(0, -3));
  if (/ed$/.test(w) && w.length > 4) return undouble(w.slice(0, -2));
  if (/[^s]s$/.test(w)) return w.slice(0, -1);
  return w;
}

function undouble(stem: string): string {
  return /([bdgmnprt])\1$/.test(stem) && !/(?:ll|ss)$/.test(stem) ? stem.slice(0, -1) : stem;
}

/** What a verb form tells about itself: -ing, past/participle, or base/present. */
export function verbForm(word: string): 'ing' | 'past' | 'base' {
  const w = word.toLowerCase();
  if (w.endsWith('ing')) return 'ing';
  if (w.endsWith('ed') || (IRREGULAR[w] !== undefined && IRREGULAR[w] !== w)) return 'past';
  return 'base';
}
