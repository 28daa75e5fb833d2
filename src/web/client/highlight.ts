/** A span to highlight in the article text, with the keys of the side-panel items it is evidence for. */
export interface Mark {
  start: number;
  end: number;
  /** CSS classes for this kind of span (e.g. "q spk-2", "ent ent-PERSON", "time", "ev"). */
  cls: string;
  /** Item key, [a-z0-9-] only, so it can be used in a selector. */
  key: string;
}

/** A run of text with the marks that cover all of it. */
export interface Segment {
  start: number;
  end: number;
  marks: Mark[];
}

/**
 * Cuts [from, to) at every mark boundary, so overlapping and nested marks (a name inside a quote) can be shown
 * with one flat list of runs. Sweep over sorted boundaries: O((n + b) log n).
 *
 * @example
 * segments(0, 10, [{start: 2, end: 5, cls: 'q', key: 'q1'}]).map((s) => [s.start, s.end]) // [[0,2],[2,5],[5,10]]
 */
export function segments(from: number, to: number, marks: readonly Mark[]): Segment[] {
  const inside = marks.filter((m) => m.end > from && m.start < to && m.end > m.start);
  const cuts = new Set<number>([from, to]);
  for (const m of inside) {
    cuts.add(Math.max(from, m.start));
    cuts.add(Math.min(to, m.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const byStart = [...inside].sort((a, b) => a.start - b.start);
  const out: Segment[] = [];
  let active: Mark[] = [];
  let next = 0;
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i]!, b = points[i + 1]!;
    active = active.filter((m) => m.end > a);
    while (next < byStart.length && byStart[next]!.start <= a) {
      if (byStart[next]!.end > a) active.push(byStart[next]!);
      next++;
    }
    out.push({ start: a, end: b, marks: [...active] });
  }
  return out;
}
