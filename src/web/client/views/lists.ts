import { api } from '../api.js';
import { h, link, s, type Child } from '../dom.js';
import { articleLink } from './article.js';

/** Search over article text and quotes. */
export async function searchView(q: string, go: (route: string) => void): Promise<HTMLElement> {
  const input = h('input', { type: 'search', name: 'q', value: q, placeholder: 'Search articles and quotes…', 'data-testid': 'search-input', autocomplete: 'off' });
  const form = h('form', { class: 'search', role: 'search', onsubmit: (ev: Event) => { ev.preventDefault(); go(`search/${encodeURIComponent(input.value.trim())}`); } },
    input, h('button', { type: 'submit', 'data-testid': 'search-button' }, 'Search'));
  const results = h('div', { class: 'results', 'data-testid': 'search-results' });
  if (q) {
    const { hits } = await api.search(q);
    if (!hits.length) results.appendChild(h('p', { class: 'empty' }, `Nothing matches “${q}”.`));
    for (const hit of hits) results.appendChild(articleLink(hit.id, hit.title, h('span', { class: 'meta' }, hit.publishedAt ?? ''), h('p', { class: 'snippet' }, hit.snippet)));
  } else {
    const st = await api.stats();
    results.appendChild(h('p', { class: 'meta' }, `${st.articles} articles · ${st.entities} entities · ${st.quotes} quotes · ${st.events} events · ${st.findings} findings`));
  }
  return h('div', {}, form, results);
}

/** Speakers with their quotes across articles. */
export async function speakersView(key: string | null): Promise<HTMLElement> {
  const { speakers } = await api.speakers();
  const list = h('ul', { class: 'speakers', 'data-testid': 'speakers' }, ...speakers.map((sp) => h('li', {},
    link(`speakers/${encodeURIComponent(sp.key)}`, sp.name), h('span', { class: 'meta' }, ` ${sp.role ?? ''} · ${sp.quotes} quotes in ${sp.articles} articles`))));
  let detail: Child = h('p', { class: 'meta' }, 'Choose a speaker.');
  if (key) {
    const { speaker, quotes } = await api.speakerQuotes(key);
    detail = h('div', { class: 'speaker-detail' }, h('h3', {}, speaker.name),
      ...quotes.map((sq) => h('blockquote', { class: `q-${sq.quote.kind}` }, sq.quote.kind === 'indirect' ? sq.quote.text : `“${sq.quote.text}”`,
        h('footer', {}, [sq.quote.cue, sq.quote.channel, sq.quote.date ?? sq.publishedAt].filter(Boolean).join(' · '), ' — ', link(`article/${encodeURIComponent(sq.articleId)}`, sq.title ?? sq.articleId)))));
  }
  return h('div', { class: 'two-col' }, list, detail);
}

/** Time expressions across articles, in order. */
export async function timelineView(entity: string): Promise<HTMLElement> {
  const { items } = await api.timeline(entity);
  return h('div', {}, h('p', { class: 'meta' }, entity ? `Timeline of ${entity}` : 'Timeline of the whole corpus'),
    h('ol', { class: 'timeline', 'data-testid': 'timeline' }, ...items.map((t) => h('li', {}, h('code', {}, t.value), ' ', h('b', {}, t.text), ' — ', t.context, ' ',
      link(`article/${encodeURIComponent(t.articleId)}`, t.title ?? t.articleId)))));
}

/** Places on an offline world map (country shapes from world-atlas, projected at build time). */
export async function mapView(): Promise<HTMLElement> {
  const [{ places }, world] = await Promise.all([api.places(), api.world()]);
  const x = (lon: number) => ((lon + 180) / 360) * world.width;
  const y = (lat: number) => ((90 - lat) / 180) * world.height;
  const info = h('div', { class: 'place-info', 'data-testid': 'place-info' }, h('p', { class: 'meta' }, `${places.length} places. Click a dot.`));
  const max = Math.max(1, ...places.map((p) => p.mentions));
  const svg = s('svg', { viewBox: `0 0 ${world.width} ${world.height}`, class: 'map', 'data-testid': 'map' },
    ...world.paths.map((d) => s('path', { d, class: 'land' })),
    ...places.map((p) => s('circle', { cx: x(p.lon).toFixed(1), cy: y(p.lat).toFixed(1), r: (2 + 6 * Math.sqrt(p.mentions / max)).toFixed(1), class: 'place',
      onclick: async () => {
        // a store does not list a place's articles up front: search for the place's name instead
        const articles = p.articles.length ? p.articles : (await api.search(p.name)).hits;
        info.replaceChildren(h('h3', {}, p.name), h('p', { class: 'meta' }, `${p.country ?? ''} · ${p.mentions} mentions`), ...articles.map((a) => articleLink(a.id, a.title)));
      } }, s('title', {}, `${p.name} (${p.mentions})`))));
  return h('div', { class: 'map-view' }, svg, info);
}

/** Findings across articles. */
export async function findingsView(): Promise<HTMLElement> {
  const { findings } = await api.findings();
  return h('ul', { class: 'findings', 'data-testid': 'findings' }, ...findings.map((f) => h('li', {}, h('b', { class: `sev-${f.finding.severity}` }, f.finding.kind), ' ',
    f.finding.message, ' ', h('span', { class: 'meta' }, f.finding.evidence.map((e) => `“${e.text}”`).join(' / ')), ' — ',
    link(`article/${encodeURIComponent(f.articleId)}`, f.title ?? f.articleId))));
}
