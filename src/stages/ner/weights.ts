import { TAG_COUNT } from './tags.js';

/** Adds a feature's weight row to the tag scores. */
export interface Weights {
  addTo(feature: number, scores: Float64Array): void;
}

/**
 * The weights being trained: an averaged perceptron (Collins 2002) with lazy averaging. `acc` holds the sum
 * of `c · δ` over updates, so the average after `c` steps is `w − acc / c` without touching every weight each step.
 * Rows are created only for features that were ever updated.
 */
export class TrainingWeights implements Weights {
  private readonly index = new Map<number, number>();
  private w = new Float64Array(1 << 16);
  private acc = new Float64Array(1 << 16);
  private rows = 0;
  /** Number of decisions seen so far (the averaging clock). */
  steps = 1;

  get rowCount(): number {
    return this.rows;
  }

  addTo(feature: number, scores: Float64Array): void {
    const r = this.index.get(feature);
    if (r === undefined) return;
    const base = r * TAG_COUNT;
    for (let t = 0; t < TAG_COUNT; t++) scores[t]! += this.w[base + t]!;
  }

  /** Perceptron update: reward the gold tag's features, penalise the guess's. */
  update(features: ArrayLike<number>, gold: number, guess: number): void {
    const c = this.steps;
    for (let k = 0; k < features.length; k++) {
      const base = this.row(features[k]!) * TAG_COUNT;
      this.w[base + gold]! += 1;
      this.acc[base + gold]! += c;
      this.w[base + guess]! -= 1;
      this.acc[base + guess]! -= c;
    }
  }

  private row(feature: number): number {
    let r = this.index.get(feature);
    if (r !== undefined) return r;
    r = this.rows++;
    this.index.set(feature, r);
    if (this.rows * TAG_COUNT > this.w.length) {
      const grow = (a: Float64Array) => {
        const b = new Float64Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.w = grow(this.w);
      this.acc = grow(this.acc);
    }
    return r;
  }

  /** A read-only view of the averaged weights, for evaluation during training. */
  averaged(): Weights {
    const c = this.steps;
    return {
      addTo: (feature, scores) => {
        const r = this.index.get(feature);
        if (r === undefined) return;
        const base = r * TAG_COUNT;
        for (let t = 0; t < TAG_COUNT; t++) scores[t]! += this.w[base + t]! - this.acc[base + t]! / c;
      },
    };
  }

  /** Every (feature, averaged row) pair, for export. */
  *averagedRows(): Generator<[number, Float64Array]> {
    const c = this.steps;
    const row = new Float64Array(TAG_COUNT);
    for (const [f, r] of this.index) {
      const base = r * TAG_COUNT;
      for (let t = 0; t < TAG_COUNT; t++) row[t] = this.w[base + t]! - this.acc[base + t]! / c;
      yield [f, row];
    }
  }
}

/**
 * Shipped weights: 32-bit feature keys in an open-addressing table, rows of int16 weights with one global scale.
 *
 * @example
 * const q = QuantizedWeights.fromRows([[42, new Float64Array(17).fill(0.5)]], 1 / 64);
 * const s = new Float64Array(17); q.addTo(42, s); s[0] // 0.5
 */
export class QuantizedWeights implements Weights {
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(
    readonly keys: Uint32Array,
    readonly values: Int16Array,
    readonly scale: number,
  ) {
    let size = 1;
    while (size < keys.length * 2) size <<= 1;
    this.slots = new Int32Array(size).fill(-1);
    this.mask = size - 1;
    const slotKeys = new Uint32Array(size);
    for (let r = 0; r < keys.length; r++) {
      let s = keys[r]! & this.mask;
      while (this.slots[s] !== -1) s = (s + 1) & this.mask;
      this.slots[s] = r;
      slotKeys[s] = keys[r]!;
    }
    this.slotKeys = slotKeys;
    this.scaled = new Float32Array(values.length);
    for (let i = 0; i < values.length; i++) this.scaled[i] = values[i]! * scale;
  }

  private readonly slotKeys: Uint32Array;
  /** Weights times scale, kept as floats for speed (the file holds the int16 values). */
  private readonly scaled: Float32Array;

  addTo(feature: number, scores: Float64Array): void {
    const key = feature >>> 0;
    let s = key & this.mask;
    for (;;) {
      const r = this.slots[s]!;
      if (r === -1) return;
      if (this.slotKeys[s] === key) {
        const base = r * TAG_COUNT;
        for (let t = 0; t < TAG_COUNT; t++) scores[t]! += this.scaled[base + t]!;
        return;
      }
      s = (s + 1) & this.mask;
    }
  }

  /**
   * Quantises rows to int16 at `step`, dropping rows whose largest weight is below `prune`
   * (features that never moved a decision).
   */
  static fromRows(rows: Iterable<[number, Float64Array]>, step: number, prune = 0): QuantizedWeights {
    const keys: number[] = [];
    const values: number[] = [];
    const merged = new Map<number, number>();
    for (const [f, row] of rows) {
      let max = 0;
      for (let t = 0; t < TAG_COUNT; t++) max = Math.max(max, Math.abs(row[t]!));
      if (max < prune || max < step / 2) continue;
      const key = f >>> 0;
      let at = merged.get(key);
      if (at === undefined) {
        at = keys.length;
        merged.set(key, at);
        keys.push(key);
        for (let t = 0; t < TAG_COUNT; t++) values.push(0);
      }
      for (let t = 0; t < TAG_COUNT; t++) {
        const q = values[at * TAG_COUNT + t]! + Math.round(row[t]! / step);
        values[at * TAG_COUNT + t] = Math.max(-32767, Math.min(32767, q));
      }
    }
    return new QuantizedWeights(Uint32Array.from(keys), Int16Array.from(values), step);
  }
}
