import { api } from './api.js';
import { h, mount } from './dom.js';
import { articleView } from './views/article.js';
import { findingsView, mapView, searchView, speakersView, timelineView } from './views/lists.js';

const root = document.getElementById('app')!;
const nav = document.getElementById('nav')!;

const go = (route: string) => { location.hash = `#/${route}`; };

/** Hash routes: #/search/Q, #/article/ID, #/speakers[/KEY], #/timeline[/ENTITY], #/map, #/findings, #/analyze. */
async function render(): Promise<void> {
  const [view = 'search', ...rest] = location.hash.replace(/^#\/?/, '').split('/');
  const arg = decodeURIComponent(rest.join('/'));
  for (const a of nav.querySelectorAll('a')) a.classList.toggle('current', a.getAttribute('href') === `#/${view}`);
  mount(root, h('p', { class: 'meta' }, 'Loading…'));
  const t0 = performance.now();
  try {
    let el: HTMLElement;
    switch (view) {
      case 'article': el = articleView(await api.article(arg)); break;
      case 'speakers': el = await speakersView(arg || null); break;
      case 'timeline': el = await timelineView(arg); break;
      case 'map': el = await mapView(); break;
      case 'findings': el = await findingsView(); break;
      case 'analyze': el = analyzeForm(); break;
      default: el = await searchView(arg, go);
    }
    mount(root, el);
    root.setAttribute('data-view', view);
    root.setAttribute('data-render-ms', (performance.now() - t0).toFixed(1));
  } catch (err) {
    mount(root, h('p', { class: 'error', role: 'alert' }, `Could not load: ${(err as Error).message}`));
  }
}

function analyzeForm(): HTMLElement {
  const text = h('textarea', { name: 'text', rows: 14, placeholder: 'Paste an article…', 'data-testid': 'analyze-text' });
  const date = h('input', { type: 'date', name: 'date', 'data-testid': 'analyze-date' });
  const out = h('div', { class: 'analyze-out' });
  return h('div', {}, h('form', { class: 'analyze', onsubmit: async (ev: Event) => {
    ev.preventDefault();
    mount(out, h('p', { class: 'meta' }, 'Analysing…'));
    try { mount(out, articleView(await api.analyze(text.value, date.value || null))); } catch (err) { mount(out, h('p', { class: 'error', role: 'alert' }, (err as Error).message)); }
  } }, text, h('label', {}, 'Published ', date), h('button', { type: 'submit', 'data-testid': 'analyze-button' }, 'Analyse')), out);
}

window.addEventListener('hashchange', () => void render());
void render();
