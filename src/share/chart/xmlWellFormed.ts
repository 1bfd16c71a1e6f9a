/**
 * A small XML 1.0 well-formedness check (elements, attributes, entities, one root, allowed
 * characters) for tests of the SVG exports in Node, where there is no DOMParser. It accepts the
 * subset the chart writes (no comments, CDATA or DOCTYPE) and reports what breaks it.
 */
export function xmlWellFormedErrors(xml: string): string[] {
  const errors: string[] = [];
  // oxlint-disable-next-line no-control-regex -- finding the control characters is the point
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.test(xml)) errors.push('a character XML forbids');
  const entity = /&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;
  const stack: string[] = [];
  let roots = 0;
  const tag = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*"[^"<]*")*)\s*(\/?)>/y;
  let i = 0;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const text = xml.slice(i, lt < 0 ? xml.length : lt);
    if (entity.test(text) || text.includes('>')) errors.push(`bad text near "${text.slice(0, 30)}"`);
    if (stack.length === 0 && text.trim() !== '') errors.push('text outside the root element');
    if (lt < 0) break;
    tag.lastIndex = lt;
    const m = tag.exec(xml);
    if (!m) {
      errors.push(`malformed tag at ${lt}: "${xml.slice(lt, lt + 40)}"`);
      break;
    }
    const [, close, name = '', attrs = '', selfClose] = m;
    const names = [...attrs.matchAll(/([A-Za-z_][\w.:-]*)\s*=\s*"([^"]*)"/g)];
    if (new Set(names.map((a) => a[1])).size !== names.length) errors.push(`duplicate attribute on <${name}>`);
    for (const a of names) if (entity.test(a[2] ?? '')) errors.push(`bad "&" in ${a[1]} of <${name}>`);
    if (close) {
      if (stack.pop() !== name) errors.push(`</${name}> does not close the open element`);
    } else {
      if (stack.length === 0 && ++roots > 1) errors.push('more than one root element');
      if (!selfClose) stack.push(name);
    }
    i = tag.lastIndex;
  }
  if (stack.length > 0) errors.push(`unclosed <${stack.join('>, <')}>`);
  if (roots === 0) errors.push('no root element');
  return errors;
}
