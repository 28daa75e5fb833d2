import { seededRandom } from './random.js';
/**
 * Distributional word clusters from unlabeled text, for the tagger's cluster features (training time only).
 *
 * Words that occur in the same contexts get the same cluster id, so a name never seen in CoNLL's training data
 * ("Smolensk") still shares a feature with names that were ("Murmansk"), if both occur in the unlabeled text.
 * Brown clusters (Ratinov & Roth 2009; Turian et al. 2010) are the classic form; this is the cheaper route of
 * Yu et al. (2013) / Levy & Goldberg (2014): positive PMI of each word with its ±1 and ±2 neighbours, reduced
 * to a few dozen dimensions by a randomized SVD (Halko et al. 2011), then spherical k-means at several
 * granularities (coarse to fine, as Brown cluster prefixes are). Fully seeded: the same text gives the same table.
 */

export interface ClusterOptions {
  /** Words seen fewer times get no cluster. */
  minCount: number;
  /** The most frequent words serve as context dimensions. */
  contexts: number;
  /** Dimensions kept from the SVD. */
  dims: number;
  /** Numbers of clusters, one clustering each. */
  sizes: number[];
  /** k-means iterations per clustering. */
  iterations: number;
  seed: number;
}

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = {
  minCount: 3, contexts: 2000, dims: 80, sizes: [64, 256, 1024], iterations: 12, seed: 20261129,
};

/** Result: the clustered words (most frequent first) and, per size, each word's cluster id. */
export interface WordClusterTable {
  sizes: number[];
  words: string[];
  ids: Uint16Array[];
}

const rng = seededRandom;

function gaussian(random: () => number): number {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

const OFFSETS = [-2, -1, 1, 2] as const;

/**
 * Clusters the words of tokenised documents (each an array of word keys, in text order).
 *
 * @example
 * const t = buildWordClusters(docs, { ...DEFAULT_CLUSTER_OPTIONS, sizes: [2] });
 * t.ids[0][t.words.indexOf('paris')] === t.ids[0][t.words.indexOf('london')] // true on a corpus where they share contexts
 */
export function buildWordClusters(docs: ReadonlyArray<readonly string[]>, opt: ClusterOptions = DEFAULT_CLUSTER_OPTIONS): WordClusterTable {
  // vocabulary by frequency (ties by string, so the order is reproducible)
  const freq = new Map<string, number>();
  for (const d of docs) for (const w of d) freq.set(w, (freq.get(w) ?? 0) + 1);
  const words = [...freq.entries()].filter(([, c]) => c >= opt.minCount)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([w]) => w);
  const index = new Map(words.map((w, i) => [w, i]));
  const V = words.length;
  const C = Math.min(opt.contexts, V);
  const D = C * OFFSETS.length;

  // co-occurrence counts word × (offset, context word), sparse per word
  const rows: Array<Map<number, number>> = words.map(() => new Map());
  for (const d of docs) {
    const ids = d.map((w) => index.get(w) ?? -1);
    for (let i = 0; i < ids.length; i++) {
      const wi = ids[i]!;
      if (wi < 0) continue;
      const row = rows[wi]!;
      OFFSETS.forEach((k, ki) => {
        const c = ids[i + k];
        if (c === undefined || c < 0 || c >= C) return;
        const col = ki * C + c;
        row.set(col, (row.get(col) ?? 0) + 1);
      });
    }
  }
  // positive PMI with context-distribution smoothing (counts^0.75; Levy et al. 2015), in CSR form
  const colSum = new Float64Array(D);
  const rowSum = new Float64Array(V);
  rows.forEach((r, i) => {
    for (const [col, n] of r) {
      colSum[col]! += n;
      rowSum[i]! += n;
    }
  });
  const colSmooth = colSum.map((n) => Math.pow(n, 0.75));
  const smoothTotal = colSmooth.reduce((a, b) => a + b, 0);
  const ptr = new Uint32Array(V + 1);
  const cols: number[] = [];
  const vals: number[] = [];
  rows.forEach((r, i) => {
    ptr[i] = cols.length;
    const entries = [...r.entries()].sort((a, b) => a[0] - b[0]);
    for (const [col, n] of entries) {
      const pmi = Math.log((n / rowSum[i]!) / (colSmooth[col]! / smoothTotal));
      if (pmi > 0) {
        cols.push(col);
        vals.push(pmi);
      }
    }
  });
  ptr[V] = cols.length;
  const colIdx = Uint32Array.from(cols);
  const val = Float64Array.from(vals);

  const emb = randomizedSvd(V, D, ptr, colIdx, val, opt.dims, opt.seed);
  const ids = opt.sizes.map((k, n) => sphericalKMeans(emb, V, opt.dims, Math.min(k, V), opt.iterations, opt.seed + 101 * (n + 1)));
  return { sizes: opt.sizes, words, ids };
}

/**
 * Rank-k embedding of a sparse V × D matrix (CSR): U·√S from a randomized SVD with one power iteration,
 * rows normalised to unit length. Returned row-major, V × k.
 */
function randomizedSvd(V: number, D: number, ptr: Uint32Array, col: Uint32Array, val: Float64Array, k: number, seed: number): Float64Array {
  const random = rng(seed);
  const p = k + 16; // oversampling
  // Y = A Ω
  const omega = new Float64Array(D * p);
  for (let i = 0; i < omega.length; i++) omega[i] = gaussian(random);
  const mulA = (X: Float64Array): Float64Array => { // A (V×D) · X (D×p) → V×p
    const Y = new Float64Array(V * p);
    for (let i = 0; i < V; i++) {
      const yo = i * p;
      for (let e = ptr[i]!; e < ptr[i + 1]!; e++) {
        const a = val[e]!;
        const xo = col[e]! * p;
        for (let j = 0; j < p; j++) Y[yo + j]! += a * X[xo + j]!;
      }
    }
    return Y;
  };
  const mulAt = (Y: Float64Array): Float64Array => { // Aᵀ (D×V) · Y (V×p) → D×p
    const Z = new Float64Array(D * p);
    for (let i = 0; i < V; i++) {
      const yo = i * p;
      for (let e = ptr[i]!; e < ptr[i + 1]!; e++) {
        const a = val[e]!;
        const zo = col[e]! * p;
        for (let j = 0; j < p; j++) Z[zo + j]! += a * Y[yo + j]!;
      }
    }
    return Z;
  };
  let Y = mulA(omega);
  orthonormalize(Y, V, p);
  Y = mulA(mulAt(Y)); // one power iteration sharpens the spectrum
  orthonormalize(Y, V, p);
  // B = Qᵀ A (p × D), stored transposed as D × p; then the eigenvectors of B Bᵀ (p × p)
  const Bt = mulAt(Y);
  const G = new Float64Array(p * p);
  for (let d = 0; d < D; d++) {
    const o = d * p;
    for (let a = 0; a < p; a++) {
      const x = Bt[o + a]!;
      if (x === 0) continue;
      for (let b = a; b < p; b++) G[a * p + b]! += x * Bt[o + b]!;
    }
  }
  for (let a = 0; a < p; a++) for (let b = 0; b < a; b++) G[a * p + b] = G[b * p + a]!;
  const { values, vectors } = jacobiEigen(G, p);
  const order = [...values.keys()].sort((a, b) => values[b]! - values[a]!).slice(0, k);
  // embedding = Q · Ub · S^½, with S = √eigenvalue
  const emb = new Float64Array(V * k);
  const w = order.map((c) => Math.pow(Math.max(values[c]!, 0), 0.25));
  for (let i = 0; i < V; i++) {
    const yo = i * p;
    for (let c = 0; c < k; c++) {
      const vc = order[c]!;
      let s = 0;
      for (let a = 0; a < p; a++) s += Y[yo + a]! * vectors[a * p + vc]!;
      emb[i * k + c] = s * w[c]!;
    }
    normalize(emb, i * k, k);
  }
  return emb;
}

function normalize(x: Float64Array, o: number, k: number): void {
  let n = 0;
  for (let j = 0; j < k; j++) n += x[o + j]! * x[o + j]!;
  n = Math.sqrt(n);
  if (n > 0) for (let j = 0; j < k; j++) x[o + j]! /= n;
}

/** Modified Gram-Schmidt on the p columns of a row-major V × p matrix. */
function orthonormalize(Y: Float64Array, V: number, p: number): void {
  for (let a = 0; a < p; a++) {
    for (let b = 0; b < a; b++) {
      let dot = 0;
      for (let i = 0; i < V; i++) dot += Y[i * p + a]! * Y[i * p + b]!;
      for (let i = 0; i < V; i++) Y[i * p + a]! -= dot * Y[i * p + b]!;
    }
    let n = 0;
    for (let i = 0; i < V; i++) n += Y[i * p + a]! * Y[i * p + a]!;
    n = Math.sqrt(n) || 1;
    for (let i = 0; i < V; i++) Y[i * p + a]! /= n;
  }
}

/** Cyclic Jacobi eigen-decomposition of a symmetric n × n matrix (row-major); vectors in columns. */
export function jacobiEigen(M: Float64Array, n: number): { values: Float64Array; vectors: Float64Array } {
  const A = Float64Array.from(M);
  const Vm = new Float64Array(n * n);
  for (let i = 0; i < n; i++) Vm[i * n + i] = 1;
  for (let sweep = 0; sweep < 60; sweep++) {
    let off = 0;
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) off += A[i * n + j]! * A[i * n + j]!;
    if (off < 1e-20) break;
    for (let pI = 0; pI < n; pI++) {
      for (let q = pI + 1; q < n; q++) {
        const apq = A[pI * n + q]!;
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (A[q * n + q]! - A[pI * n + pI]!) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let r = 0; r < n; r++) { // columns p, q
          const arp = A[r * n + pI]!;
          const arq = A[r * n + q]!;
          A[r * n + pI] = c * arp - s * arq;
          A[r * n + q] = s * arp + c * arq;
        }
        for (let r = 0; r < n; r++) { // rows p, q
          const apr = A[pI * n + r]!;
          const aqr = A[q * n + r]!;
          A[pI * n + r] = c * apr - s * aqr;
          A[q * n + r] = s * apr + c * aqr;
        }
        for (let r = 0; r < n; r++) {
          const vrp = Vm[r * n + pI]!;
          const vrq = Vm[r * n + q]!;
          Vm[r * n + pI] = c * vrp - s * vrq;
          Vm[r * n + q] = s * vrp + c * vrq;
        }
      }
    }
  }
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) values[i] = A[i * n + i]!;
  return { values, vectors: Vm };
}

/**
 * Spherical k-means (cosine) over unit rows; centroids start at K distinct rows picked by a seeded draw among
 * the most frequent words (rows are frequency-ordered), which keeps clusters from forming around noise.
 */
function sphericalKMeans(X: Float64Array, V: number, k: number, K: number, iterations: number, seed: number): Uint16Array {
  const random = rng(seed);
  const pool = Math.min(V, Math.max(K * 4, K));
  const picks = new Set<number>();
  while (picks.size < K) picks.add(Math.floor(random() * pool));
  const cent = new Float64Array(K * k);
  [...picks].forEach((r, c) => cent.set(X.subarray(r * k, r * k + k), c * k));
  const assign = new Uint16Array(V);
  for (let it = 0; it < iterations; it++) {
    let changed = 0;
    for (let i = 0; i < V; i++) {
      const xo = i * k;
      let best = 0;
      let bestDot = -Infinity;
      for (let c = 0; c < K; c++) {
        const co = c * k;
        let dot = 0;
        for (let j = 0; j < k; j++) dot += X[xo + j]! * cent[co + j]!;
        if (dot > bestDot) {
          bestDot = dot;
          best = c;
        }
      }
      if (assign[i] !== best || it === 0) changed++;
      assign[i] = best;
    }
    cent.fill(0);
    const size = new Uint32Array(K);
    for (let i = 0; i < V; i++) {
      const co = assign[i]! * k;
      size[assign[i]!]!++;
      for (let j = 0; j < k; j++) cent[co + j]! += X[i * k + j]!;
    }
    for (let c = 0; c < K; c++) {
      // an empty cluster restarts at a random row
      if (size[c] === 0) {
        const r = Math.floor(random() * V);
        cent.set(X.subarray(r * k, r * k + k), c * k);
      }
      normalize(cent, c * k, k);
    }
    if (changed === 0) break;
  }
  return assign;
}
