import { SVG_TAGS, type SvgNode } from '../share/chart';

const SVG_NS = 'http://www.w3.org/2000/svg';
const ALLOWED = new Set<string>(SVG_TAGS);

/** A child of {@link h}: an element, text (always a text node, never parsed as markup), or nothing. */
export type Child = Node | string | null | undefined | false;

/**
 * Builds an HTML element. Strings become text nodes, so names and labels can never be markup;
 * attributes are set with setAttribute (no innerHTML anywhere in the embed).
 */
export function h(tag: string, attrs: Readonly<Record<string, string>> = {}, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  append(el, children);
  return el;
}

function append(el: Element, children: readonly Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === 'string' ? document.createTextNode(c) : c);
  }
}

/** A chart tree (see `breakevenChart`) as SVG DOM; unknown elements, handlers and links are dropped. */
export function svgTreeToDom(node: SvgNode): SVGElement | null {
  if (!ALLOWED.has(node.tag)) return null;
  const el = document.createElementNS(SVG_NS, node.tag);
  for (const [k, v] of Object.entries(node.attrs))
    if (!/^on/i.test(k) && !/href$/i.test(k)) el.setAttribute(k, String(v));
  for (const c of node.children) {
    const child = typeof c === 'string' ? document.createTextNode(c) : svgTreeToDom(c);
    if (child) el.append(child);
  }
  return el;
}
