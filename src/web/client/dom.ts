/**
 * The only way the page builds DOM: elements and text nodes, never HTML strings. Article text is untrusted, so nothing
 * here parses markup; links may only point inside the app (#/…) and event handlers are functions, not attributes.
 */
export type Child = Node | string | number | null | undefined | false;
export type Attrs = Record<string, string | number | boolean | undefined | null | EventListener>;

const SAFE_ATTR = /^(?:class|id|title|role|type|name|value|placeholder|for|min|max|step|tabindex|colspan|rowspan|datetime|viewBox|d|cx|cy|r|x|y|width|height|fill|stroke|stroke-width|transform|lang|dir|autocomplete|disabled|checked|rows|cols|href|aria-[a-z]+|data-[a-z0-9-]+)$/;

/**
 * Creates an element. `on*` keys take listener functions; `href` must be an in-app route.
 *
 * @example
 * h('a', { href: '#/article/a1', class: 'hit' }, 'Title')
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

/** SVG elements, with the same attribute rules. */
export function s(tag: string, attrs: Attrs = {}, ...children: Child[]): SVGElement {
  const el = document.createElementNS('http://www.w3.org/2000/svg', tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

function setAttrs(el: Element, attrs: Attrs): void {
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') {
      el.addEventListener(k.slice(2).toLowerCase(), v);
      continue;
    }
    if (!SAFE_ATTR.test(k)) throw new Error(`attribute not allowed: ${k}`);
    const value = v === true ? '' : String(v);
    if (k === 'href' && !value.startsWith('#/')) throw new Error('links must stay inside the app');
    el.setAttribute(k, value);
  }
}

function append(el: Node, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

/** Replaces an element's children. */
export function mount(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}

/** An in-app link. */
export function link(route: string, ...children: Child[]): HTMLAnchorElement {
  return h('a', { href: `#/${route}` }, ...children);
}
