/**
 * A tiny SVG element tree: the chart is built once as data, then written either as an XML string
 * (exports, the CLI) or as React elements (the embed). Text is always a string child, never markup,
 * so a name can only ever be text in both renderers.
 */
export type SvgNode = {
  readonly tag: SvgTag;
  readonly attrs: Readonly<Record<string, string | number>>;
  readonly children: readonly (SvgNode | string)[];
};

/** The only elements the chart uses: no <image>, <use>, <a>, <foreignObject>, <script> or <style>. */
export const SVG_TAGS = ['svg', 'g', 'rect', 'path', 'line', 'circle', 'text', 'title', 'desc'] as const;
export type SvgTag = (typeof SVG_TAGS)[number];

/** Builds a node; children that are strings become text. */
export function el(
  tag: SvgTag,
  attrs: Readonly<Record<string, string | number>> = {},
  ...children: (SvgNode | string)[]
): SvgNode {
  return { tag, attrs, children };
}

/** XML 1.0 forbids these characters even escaped (C0 controls but tab/LF/CR, lone surrogates, U+FFFE/F). */
const NOT_XML =
  // oxlint-disable-next-line no-control-regex -- finding the control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text safe inside an XML element or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, '\uFFFD')
    .replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]};`);
}

/** Writes a tree as XML; the root gets the SVG namespace. */
export function svgToString(node: SvgNode, root = true): string {
  const attrs = { ...(root ? { xmlns: 'http://www.w3.org/2000/svg' } : {}), ...node.attrs };
  const attrText = Object.entries(attrs)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join('');
  if (node.children.length === 0) return `<${node.tag}${attrText}/>`;
  const inner = node.children.map((c) => (typeof c === 'string' ? escapeXml(c) : svgToString(c, false))).join('');
  return `<${node.tag}${attrText}>${inner}</${node.tag}>`;
}
