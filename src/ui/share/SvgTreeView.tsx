import { type ReactNode, createElement } from 'react';
import { SVG_TAGS, type SvgNode } from '../../share/chart';

const ALLOWED = new Set<string>(SVG_TAGS);

/** `stroke-width` → `strokeWidth`, `class` → `className`; aria-* stay as written (React's names). */
function reactName(attr: string): string {
  if (attr === 'class') return 'className';
  if (attr.startsWith('aria-') || attr.startsWith('data-')) return attr;
  return attr.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

function render(node: SvgNode, key: number | undefined): ReactNode {
  // The tree comes from breakevenChart, but stay strict: an unknown element or an on* handler is dropped.
  if (!ALLOWED.has(node.tag)) return null;
  const props: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(node.attrs))
    if (!/^on/i.test(k) && k !== 'href' && k !== 'xlink:href') props[reactName(k)] = v;
  if (key !== undefined) props.key = key;
  // Strings are passed as children, so React renders them as text nodes: a name is never markup.
  return createElement(node.tag, props, ...node.children.map((c, i) => (typeof c === 'string' ? c : render(c, i))));
}

/** Renders a chart tree (see `breakevenChart`) as React SVG elements. */
export function SvgTreeView({ tree }: { readonly tree: SvgNode }): ReactNode {
  return render(tree, undefined);
}
