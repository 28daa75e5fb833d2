import type { Analysis } from '../model/analysis.js';
import type { Entity, Quote } from '../model/layers.js';
import { isPosition } from '../pipeline/analysis.js';

/** Options for the terminal brief. */
export interface BriefOptions {
  color: boolean;
  width: number;
}

/**
 * Renders an analysis as a readable brief for a terminal: source, people and places, quotes by
 * speaker, timeline, events and findings. A section whose stage is not in the pipeline says so.
 */
export function renderBrief(a: Analysis, opts: BriefOptions): string {
  const c = colors(opts.color);
  const ran = new Set(a.stages.flatMap((s) => s.produces));
  const out: string[] = [];
  const head = (t: string) => out.push('', c.bold(t), c.dim('─'.repeat(Math.min(opts.width, t.length + 4))));
  const missing = (layer: string) => out.push(c.dim(`  (the ${layer} stage is not part of this build yet)`));
  const none = (what: string) => out.push(c.dim(`  no ${what} found`));

  out.push(c.bold(a.source.title ?? a.source.path ?? a.source.url ?? a.id));
  const meta = [
    a.publishedAt ? `published ${a.publishedAt}${a.source.dateSource ? ` (${a.source.dateSource})` : ''}` : 'publication date unknown',
    a.source.byline ? `by ${a.source.byline}` : null,
    `${a.paragraphs.length} paragraphs, ${a.sentences.length} sentences, ${a.text.length.toLocaleString('en-US')} characters`,
  ].filter(Boolean);
  out.push(c.dim(meta.join(' · ')));
  for (const n of a.notes) out.push(c.yellow(`! ${n}`));

  head('People and places');
  if (!ran.has('entities')) missing('entities');
  else if (a.entities.length === 0) none('entities');
  else {
    const groups: Array<[string, (e: Entity) => boolean]> = [
      ['People', (e) => e.type === 'PERSON'],
      ['Organisations', (e) => e.type === 'ORG'],
      ['Places', (e) => e.type === 'GPE' || e.type === 'LOC' || e.type === 'FAC'],
      ['Other', (e) => e.type === 'NORP' || e.type === 'MISC'],
    ];
    for (const [label, pick] of groups) {
      const es = a.entities.filter(pick).sort((x, y) => y.mentions.length - x.mentions.length);
      if (!es.length) continue;
      out.push(`  ${c.bold(label)}`);
      for (const e of es) {
        const extra = [e.role, e.country && e.type !== 'PERSON' ? e.country : null, e.geo ? `${e.geo.lat.toFixed(2)},${e.geo.lon.toFixed(2)}` : null].filter(Boolean).join(' · ');
        out.push(`    ${e.name}${extra ? c.dim(` — ${extra}`) : ''} ${c.dim(`×${e.mentions.length + (e.references?.length ?? 0)}`)}`);
      }
    }
  }

  head('Quotes and statements');
  if (!ran.has('quotes')) missing('quotes');
  else if (a.quotes.length + a.positions.length === 0) none('quotes');
  else {
    // one group per speaker: the canonical entity when known, else the name as resolved; a speaker's positions
    // (vowed, urged, condemned …) stand with their statements, marked with what they do
    const groups = new Map<string, { name: string; qs: Quote[] }>();
    for (const q of [...a.quotes, ...a.positions]) {
      const key = q.speaker ? (q.speaker.entity ?? `name:${q.speaker.name}`) : '(unattributed)';
      const g = groups.get(key) ?? { name: q.speaker?.name ?? '(unattributed)', qs: [] };
      g.qs.push(q);
      groups.set(key, g);
    }
    const ordered = [...groups.entries()].sort((x, y) => (x[0] === '(unattributed)' ? 1 : 0) - (y[0] === '(unattributed)' ? 1 : 0) || y[1].qs.length - x[1].qs.length);
    for (const [, g] of ordered) {
      const direct = g.qs.filter((q) => q.kind !== 'indirect').length, positions = g.qs.filter(isPosition).length;
      const counts = [`${direct} quoted`, `${g.qs.length - direct - positions} reported`, positions ? `${positions} position${positions > 1 ? 's' : ''}` : null];
      out.push(`  ${c.bold(g.name)} ${c.dim(counts.filter(Boolean).join(', '))}`);
      for (const q of [...g.qs].sort((x, y) => x.start - y.start)) {
        const written = q.speaker?.start !== undefined && q.speaker.end !== undefined ? a.text.slice(q.speaker.start, q.speaker.end) : null;
        const how = [
          // in the order the text gives them: "Kyiv said", "according to Kyiv"
          q.cue ? (written && written !== g.name ? (q.cueSpan && q.cueSpan.start < q.speaker!.start! ? `${q.cue} ${written}` : `${written} ${q.cue}`) : q.cue) : q.speaker ? 'continued' : null,
          q.channel ? `via ${q.channel}` : null,
          q.date ? `on ${q.date}` : null,
        ].filter(Boolean).join(', ');
        const body = isPosition(q) ? `(${q.act}) ${clip(q.text, 400)}` : q.kind === 'indirect' ? `(reported) ${clip(q.text, 400)}` : q.kind === 'partial' ? `(partial) “${q.text}”` : `“${q.text.replace(/,$/, '')}”`; // the comma before "he said" is the frame's
        out.push(`    ${wrap(body, opts.width - 6, '      ')}${how ? c.dim(` — ${how}`) : ''}`);
      }
    }
  }

  head('Timeline');
  if (!ran.has('times')) missing('time');
  else if (a.times.length === 0) none('time expressions');
  else {
    const sorted = [...a.times].sort((x, y) => (x.value || '~').localeCompare(y.value || '~') || x.start - y.start);
    for (const t of sorted) {
      const sentence = a.sentences.find((s) => s.start <= t.start && t.end <= s.end);
      const ctx = sentence ? a.text.slice(sentence.start, sentence.end) : t.text;
      out.push(`  ${c.cyan((t.value || 'unresolved').padEnd(16))} ${c.bold(t.text)} ${c.dim('— ' + clip(ctx, opts.width - 40))}`);
    }
  }

  head('Events');
  if (!ran.has('events')) missing('events');
  else if (a.events.length === 0) none('events');
  else {
    // actors as canonical entities ("Moscow" acting → Russia), with the words of the text when they differ
    const byId = new Map(a.entities.map((x) => [x.id, x]));
    const named = (r: { entity: string | null; name: string } | null | undefined) => {
      if (!r) return '?';
      const canon = r.entity ? byId.get(r.entity)?.name : undefined;
      return canon && canon !== r.name ? `${canon} (“${r.name}”)` : r.name;
    };
    for (const e of a.events) {
      const who = [named(e.actor), '→', named(e.target)].join(' ');
      const qty = e.quantities.map((q) => `${q.role} ${q.qualifier ? q.qualifier + ' ' : ''}${q.value} ${q.unit}`).join(', ');
      const flags = [e.negated ? 'NOT' : null, e.modality].filter(Boolean).join(' ');
      const places = e.locations?.map((l) => (l.entity ? byId.get(l.entity)?.name : undefined) ?? l.name).join(', ');
      const rest = [e.mode, e.date, places, qty, e.source ? `per ${named(e.source)}` : null].filter(Boolean).join(' · ');
      out.push(`  ${c.bold(e.type.padEnd(10))} ${flags ? c.yellow(`[${flags}] `) : ''}${who}${rest ? c.dim(' · ' + rest) : ''}`);
      out.push(`    ${c.dim(clip(e.evidence.text, opts.width - 4))}`);
    }
  }

  head('Findings');
  if (!ran.has('findings')) missing('findings');
  else if (a.findings.length === 0) none('findings');
  else {
    for (const f of a.findings) {
      const mark = f.severity === 'error' ? c.red('✖') : f.severity === 'warning' ? c.yellow('▲') : c.cyan('●');
      out.push(`  ${mark} ${c.bold(f.kind)}: ${f.message}`);
      for (const ev of f.evidence) out.push(`      ${c.dim('“' + clip(ev.text, opts.width - 10) + '”')}`);
    }
  }
  return out.join('\n') + '\n';
}

function clip(s: string, n: number): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > n ? one.slice(0, Math.max(10, n - 1)) + '…' : one;
}

function wrap(s: string, width: number, indent: string): string {
  const words = s.split(/\s+/);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line && line.length + 1 + w.length > width) { lines.push(line); line = w; } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines.join('\n' + indent);
}

function colors(on: boolean) {
  const wrapC = (code: number, close = 39) => (s: string) => (on ? `\x1b[${code}m${s}\x1b[${close}m` : s);
  return { bold: wrapC(1, 22), dim: wrapC(2, 22), red: wrapC(31), yellow: wrapC(33), cyan: wrapC(36) };
}
