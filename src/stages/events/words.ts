/** Word classes the argument finder and the trigger filter share. */

export const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my',
  'your', 'any', 'no', 'every', 'each', 'another', "'s", 'such', 'new', 'further', 'fresh', 'major', 'first', 'latest', 'direct',
  'joint', 'peace', 'military', 'economic', 'additional', 'possible', 'formal', 'informal', 'several', 'two', 'three', 'more']);
export const PREPOSITIONS = new Set(['of', 'for', 'in', 'on', 'at', 'with', 'against', 'after', 'before', 'during', 'by', 'from',
  'to', 'into', 'over', 'under', 'between', 'among', 'toward', 'towards', 'despite', 'amid', 'following', 'including', 'inside',
  'near', 'across', 'about', 'through', 'throughout', 'within', 'without', 'along', 'around', 'behind', 'beyond', 'like', 'than',
  'upon', 'via', 'per', 'since', 'until', 'regarding', 'concerning', 'as']);
export const AUX = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'do', 'does', 'did',
  "'s", "'ve", "'re", "'d"]);
export const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', "'re"]);
export const MODALS: Record<string, string> = {
  will: 'future', would: 'future', shall: 'future', "'ll": 'future', wo: 'future',
  could: 'possible', may: 'possible', might: 'possible', can: 'possible', ca: 'possible',
  should: 'obligation', must: 'obligation', ought: 'obligation',
};
export const NEGATORS = new Set(['not', "n't", 'never', "'t", 'nt']);
export const HABITUAL = new Set(['repeatedly', 'consistently', 'constantly', 'regularly', 'often', 'routinely', 'continually',
  'long', 'frequently', 'always', 'usually', 'habitually', 'persistently', 'sometimes']);
export const VERB_ADVERBS = new Set(['also', 'still', 'already', 'reportedly', 'allegedly', 'yet', 'now', 'then', 'recently',
  'initially', 'again', 'jointly', 'outright', 'later', 'just', 'officially', 'finally', 'previously', 'once', 'even', 'apparently',
  'formally', 'publicly', 'swiftly', 'immediately', 'quickly', 'today', 'tonight', 'personally', 'unanimously', 'effectively',
  'reluctantly', 'tentatively', 'sharply', 'strongly', 'firmly', 'openly', 'partially', 'fully', 'largely', 'further', 'quietly',
  'temporarily', 'deliberately', 'intentionally', 'no', 'longer', 'ever', 'soon', 'first', ...HABITUAL]);
export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'who', 'which']);
/** Verbs that report what someone said: a clause after them starts afresh, and their subject is the source. */
export const REPORTING = new Set(['say', 'tell', 'report', 'claim', 'announce', 'state', 'add', 'confirm', 'declare', 'note',
  'write', 'post', 'insist', 'suggest', 'believe', 'indicate', 'quote', 'deny', 'allege', 'warn', 'argue', 'explain', 'acknowledge',
  'admit', 'reveal', 'disclose', 'conclude', 'reiterate', 'repeat', 'estimate', 'predict', 'show', 'emphasize', 'emphasise', 'stress', 'assert', 'maintain']);
