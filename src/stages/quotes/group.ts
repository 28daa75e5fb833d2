import type { Quote } from '../../model/layers.js';

/**
 * One record per statement instead of one per piece of text.
 *
 * The quotes layer keeps each run of quoted words as its own quote, so that every quote's span is exactly the words
 * someone said: in “We will counter it,” he said. “I want …” there are two quotes. Attribution corpora such as
 * PolNeAR annotate the statement instead: one attribution whose content runs from the first piece to the last, with
 * one source and one cue. This view gives that: pieces of one paragraph linked by `continues`, or governed by the
 * same cue word ("X is “smart”, Y wrote, and “honest”"), and a reported clause with the quoted words inside it,
 * become one record whose `start`/`end` span them all and whose `parts` list
 * the pieces. The speaker, cue and channel come from the piece that names them.
 *
 * @example
 * groupStatements(analysis.text, analysis.quotes) // [{ start: 1, end: 62, parts: [{ start: 1, end: 19 }, { start: 38, end: 62 }], … }]
 */
export function groupStatements(text: string, quotes: readonly Quote[]): Quote[] {
  const index = new Map(quotes.map((q, i) => [q.id, i] as const));
  const parent = quotes.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const join = (a: number, b: number) => { const ra = find(a), rb = find(b); if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb); };
  quotes.forEach((q, i) => {
    const to = q.continues !== undefined ? index.get(q.continues) : undefined;
    if (to !== undefined) {
      // a statement goes on across paragraphs in the quotes layer (the speaker carries over), but each paragraph
      // is its own attribution in the corpora that annotate statements: measured on PolNeAR dev, joining across
      // paragraphs loses 16 statements it finds otherwise
      // (a quote that goes on from a partial quote inside reported speech has that speaker, but is a statement of its own:
      // "X said the move was a “step in the wrong direction”. “The basic point is …”")
      const o = quotes[to]!, gap = text.slice(Math.min(o.end, q.end), Math.max(o.start, q.start));
      if (!gap.includes('\n') && !(o.kind === 'partial' && !o.clause)) join(i, to);
    }
  });
  // pieces of one cue word: the verb group around it may differ from piece to piece ("said" and "said Monday"), but
  // cue spans of one cue word always overlap
  const cued = quotes.map((q, i) => i).filter((i) => quotes[i]!.cueSpan).sort((a, b) => quotes[a]!.cueSpan!.start - quotes[b]!.cueSpan!.start);
  for (let x = 0; x < cued.length; x++) {
    const q = quotes[cued[x]!]!;
    for (let y = x + 1; y < cued.length; y++) {
      const o = quotes[cued[y]!]!;
      if (o.cueSpan!.start >= q.cueSpan!.end) break;
      // quoted pieces of one cue are one statement; a reported clause holds the quoted words inside it
      if ((q.kind !== 'indirect' && o.kind !== 'indirect') || holds(q, o) || holds(o, q)) join(cued[x]!, cued[y]!);
    }
  }
  const groups = new Map<number, Quote[]>();
  quotes.forEach((q, i) => {
    const r = find(i);
    const g = groups.get(r);
    if (g) g.push(q); else groups.set(r, [q]);
  });
  const out: Quote[] = [];
  for (const members of groups.values()) {
    if (members.length === 1 && !members[0]!.clause) { out.push(members[0]!); continue; }
    members.sort((a, b) => a.start - b.start);
    out.push(merge(text, members));
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A reported clause that holds quoted words of the same cue inside it. */
function holds(a: Quote, b: Quote): boolean {
  return a.kind === 'indirect' && b.kind !== 'indirect' && a.start <= b.start && b.end <= a.end + 2;
}

function merge(articleText: string, members: Quote[]): Quote {
  const first = members[0]!;
  // a partial quote stands for the clause it is part of
  const start = Math.min(...members.map((q) => q.clause?.start ?? q.start));
  const end = Math.max(...members.map((q) => q.clause?.end ?? q.end));
  // the piece that names the speaker where it stands, else the one with a cue, else the first
  const framed = members.find((q) => q.speaker && Number.isInteger(q.speaker.start)) ?? members.find((q) => q.cueSpan) ?? first;
  // a reported clause that holds quoted words is reported speech with a partial quote inside: partial
  const kind = members.some((q) => q.kind === 'direct') ? 'direct' : members.some((q) => q.kind === 'partial') ? 'partial' : 'indirect';
  const { continues: _drop, clause: _clause, ...rest } = framed;
  return {
    ...rest,
    id: first.id,
    start,
    end,
    // the contract's `text` is the slice at start/end, attribution cue included; `parts` say what was said
    text: articleText.slice(start, end),
    kind,
    channel: members.find((q) => q.channel)?.channel ?? null,
    date: framed.date ?? members.find((q) => q.date)?.date ?? null,
    // the pieces of text that make the statement; quoted words inside a reported clause are part of that piece
    parts: members.filter((q) => !members.some((o) => o !== q && o.start <= q.start && q.end <= o.end + 2 && o.end - o.start > q.end - q.start))
      .map((q) => ({ start: q.start, end: q.end })),
  };
}
