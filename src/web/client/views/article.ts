import type { Analysis } from '../../../model/analysis.js';
import type { Entity, Quote } from '../../../model/layers.js';
import { isPosition } from '../../../pipeline/analysis.js';
import { h, link, type Child } from '../dom.js';
import { segments, type Mark } from '../highlight.js';

const PALETTE = 8;

/**
 * The article view: the text with highlighted spans (entities, quotes coloured by speaker, times, events) and a side
 * panel; clicking an item scrolls to its evidence and marks it.
 */
export function articleView(a: Analysis): HTMLElement {
  const speakerColour = new Map<string, number>();
  const colourOf = (q: Quote) => {
    const k = q.speaker?.entity ?? q.speaker?.name ?? '?';
    if (!speakerColour.has(k)) speakerColour.set(k, speakerColour.size % PALETTE);
    return speakerColour.get(k)!;
  };
  // quotes and positions (what a speaker vowed, urged, condemned …) read alike: statements with a speaker
  const statements = [...a.quotes, ...(a.positions ?? [])].sort((x, y) => x.start - y.start);
  const marks: Mark[] = [];
  a.entities.forEach((e, i) => [...e.mentions, ...(e.references ?? [])].forEach((m) => marks.push({ start: m.start, end: m.end, cls: `ent ent-${e.type}`, key: `e${i}` })));
  statements.forEach((q, i) => {
    marks.push({ start: q.start, end: q.end, cls: `q q-${q.kind} spk-${colourOf(q)}`, key: `q${i}` });
    if (q.speaker && Number.isInteger(q.speaker.start)) marks.push({ start: q.speaker.start!, end: q.speaker.end!, cls: 'spk', key: `q${i}` });
    if (q.cueSpan) marks.push({ start: q.cueSpan.start, end: q.cueSpan.end, cls: 'cue', key: `q${i}` });
  });
  a.times.forEach((t, i) => marks.push({ start: t.start, end: t.end, cls: 'time', key: `t${i}` }));
  a.events.forEach((e, i) => marks.push({ start: e.evidence.start, end: e.evidence.end, cls: 'ev', key: `v${i}` }));
  a.findings.forEach((f, i) => f.evidence.forEach((s) => marks.push({ start: s.start, end: s.end, cls: 'fd', key: `f${i}` })));

  const textEl = h('article', { class: 'text', 'data-testid': 'article-text' });
  const paras = a.paragraphs.length ? a.paragraphs : [{ start: 0, end: a.text.length, index: 0 }];
  for (const p of paras) {
    const pe = h('p');
    for (const seg of segments(p.start, p.end, marks)) {
      const text = a.text.slice(seg.start, seg.end);
      if (!seg.marks.length) { pe.appendChild(document.createTextNode(text)); continue; }
      const cls = [...new Set(seg.marks.flatMap((m) => m.cls.split(' ')))].join(' ');
      pe.appendChild(h('span', { class: `seg ${cls}`, 'data-keys': [...new Set(seg.marks.map((m) => m.key))].join(' ') }, text));
    }
    textEl.appendChild(pe);
  }

  const mark = (key: string, item: HTMLElement) => {
    for (const el of textEl.querySelectorAll('.marked')) el.classList.remove('marked');
    for (const el of document.querySelectorAll('.panel .active')) el.classList.remove('active');
    const hits = textEl.querySelectorAll(`[data-keys~="${key}"]`);
    for (const el of hits) el.classList.add('marked');
    item.classList.add('active');
    hits[0]?.scrollIntoView({ block: 'center', behavior: 'auto' });
  };
  const item = (key: string, testid: string, ...children: Child[]) => {
    const li: HTMLLIElement = h('li', { class: 'item', tabindex: 0, 'data-key': key, 'data-testid': testid, onclick: () => mark(key, li), onkeydown: (ev: Event) => { if ((ev as KeyboardEvent).key === 'Enter') mark(key, li); } }, ...children);
    return li;
  };

  const section = (title: string, count: number, body: Child) => h('section', {}, h('h3', {}, `${title} `, h('span', { class: 'count' }, count)), body);
  const nameOf = (e: Entity) => h('span', { class: `ent-dot ent-${e.type}` }, e.name);

  const bySpeaker = new Map<string, Array<[Quote, number]>>();
  statements.forEach((q, i) => { const k = q.speaker?.name ?? '(unattributed)'; bySpeaker.set(k, [...(bySpeaker.get(k) ?? []), [q, i]]); });

  const quoteGroups = [...bySpeaker].map(([name, qs]) => h('div', { class: 'speaker-group' },
    h('h4', { class: `spk-${colourOf(qs[0]![0])}` }, name),
    h('ul', {}, ...qs.map(([q, i]) => item(`q${i}`, 'quote-item',
      h('span', { class: `qtext spk-${colourOf(q)}` }, q.kind === 'indirect' ? q.text : `“${q.text}”`),
      h('span', { class: 'meta' }, [isPosition(q) ? q.act : q.kind, q.cue, q.channel, q.date].filter(Boolean).join(' · ')))))));
  const entityItems = a.entities.map((e, i) => item(`e${i}`, 'entity-item', nameOf(e),
    h('span', { class: 'meta' }, [e.type, e.role, e.country, `×${e.mentions.length + (e.references?.length ?? 0)}`].filter(Boolean).join(' · '))));
  const timeItems = a.times.map((t, i) => [t, i] as const)
    .sort((x, y) => (x[0].value || '~').localeCompare(y[0].value || '~'))
    .map(([t, i]) => item(`t${i}`, 'time-item', h('code', {}, t.value || '?'), ' ', t.text));
  const eventItems = a.events.map((e, i) => item(`v${i}`, 'event-item', h('b', {}, e.type), ' ', `${e.actor?.name ?? '?'} → ${e.target?.name ?? '?'}`,
    h('span', { class: 'meta' }, [e.date, ...e.quantities.map((q) => `${q.role} ${q.value} ${q.unit}`), e.source ? `per ${e.source.name}` : null].filter(Boolean).join(' · '))));
  const findingItems = a.findings.map((f, i) => item(`f${i}`, 'finding-item', h('b', { class: `sev-${f.severity}` }, f.kind), ' ', f.message));

  const panel = h('aside', { class: 'panel', 'data-testid': 'side-panel' },
    section('Quotes', statements.length, h('div', {}, ...quoteGroups)),
    section('People and places', a.entities.length, h('ul', {}, ...entityItems)),
    section('Timeline', a.times.length, h('ul', {}, ...timeItems)),
    section('Events', a.events.length, h('ul', {}, ...eventItems)),
    section('Findings', a.findings.length, h('ul', {}, ...findingItems)));

  const head = h('header', { class: 'article-head' },
    h('h2', { 'data-testid': 'article-title' }, a.source.title ?? a.id),
    h('div', { class: 'meta' }, [a.publishedAt ? `published ${a.publishedAt}` : 'publication date unknown', a.source.byline, a.source.url ?? a.source.canonicalUrl].filter(Boolean).join(' · ')),
    ...a.notes.map((n) => h('div', { class: 'note' }, n)));
  return h('div', { class: 'article-view' }, h('div', { class: 'main' }, head, textEl), panel);
}

/** A short list row linking to an article. */
export function articleLink(id: string, title: string | null, ...rest: Child[]): HTMLElement {
  return h('div', { class: 'hit' }, link(`article/${encodeURIComponent(id)}`, title || id), ...rest);
}
