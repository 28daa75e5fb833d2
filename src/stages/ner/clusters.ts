/**
 * Word cluster table as stored in the model file: distributional clusters of word keys at several granularities,
 * built from unlabeled news text at training time (src/stages/ner/train/word-clusters.ts).
 */
export interface ClusterLists {
  /** Number of clusters of each clustering, coarse to fine. */
  sizes: number[];
  /** Word keys (lowercased, punctuation folded, digits as 0), most frequent first. */
  words: string[];
  /** Per clustering, the cluster id of each word, parallel to `words`. */
  ids: number[][];
}

/**
 * Looks up the cluster ids of a word key.
 *
 * @example
 * const c = new WordClusters({ sizes: [2], words: ['paris', 'london'], ids: [[0, 0]] });
 * c.of('paris') // [0]
 * c.of('zzz') // undefined
 */
export class WordClusters {
  private readonly byWord = new Map<string, number[]>();
  readonly sizes: readonly number[];

  constructor(lists: ClusterLists) {
    this.sizes = lists.sizes;
    lists.words.forEach((w, i) => this.byWord.set(w, lists.ids.map((ids) => ids[i]!)));
  }

  /** The word's cluster id in each clustering, or undefined when the word was too rare to cluster. */
  of(key: string): readonly number[] | undefined {
    return this.byWord.get(key);
  }

  get size(): number {
    return this.byWord.size;
  }
}
