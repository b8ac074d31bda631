// A tiny element builder. Text always goes in as text nodes (textContent), never as HTML, so
// quotes, names and titles from the data cannot inject markup.
import { safeHttpUrl } from './safe-url.ts';

export type Child = Node | string | null | undefined | false;

export interface Props {
  class?: string;
  /** Attributes set with setAttribute (never event handlers: use `on`). */
  attrs?: Record<string, string | number | boolean | undefined>;
  /** Listeners, by event name. */
  on?: Partial<Record<keyof HTMLElementEventMap, (event: Event) => void>>;
  dataset?: Record<string, string>;
  /**
   * Style properties (custom properties included), set through the CSSOM: the Content-Security-
   * Policy refuses style attributes (style-src-attr), not element.style.
   */
  style?: Record<string, string>;
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props.class) element.className = props.class;
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (value === undefined || value === false) continue;
    if (/^on/i.test(name)) throw new Error(`h(): use props.on for ${name}`);
    if (name.toLowerCase() === 'style') throw new Error('h(): use props.style (the CSP refuses style attributes)');
    element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const [name, value] of Object.entries(props.dataset ?? {})) element.dataset[name] = value;
  for (const [name, value] of Object.entries(props.style ?? {})) element.style.setProperty(name, value);
  for (const [name, listener] of Object.entries(props.on ?? {})) element.addEventListener(name, listener);
  append(element, ...children);
  return element;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

export function clear(element: Element): void {
  element.replaceChildren();
}

/** An http(s) link opening in a new tab, or plain text when the URL is not http(s). */
export function externalLink(text: string, url: string | null | undefined): HTMLElement {
  const href = safeHttpUrl(url);
  return href ? h('a', { attrs: { href, target: '_blank', rel: 'noopener noreferrer' } }, text) : h('span', {}, text);
}

const SVG = 'http://www.w3.org/2000/svg';

export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number> = {},
  ...children: SVGElement[]
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, String(value));
  for (const child of children) element.appendChild(child);
  return element;
}
