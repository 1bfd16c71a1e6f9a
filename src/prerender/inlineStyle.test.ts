import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cspHeaderFor, metaCsp, staticHostHeadersFile } from '../app/securityHeaders';
import { inlineStyleSources, inlineStylesheets } from './inlineStyle';

const CSS = ':root{color:#111}.a>.b{margin:0}';
const page = (head: string) => `<html><head>${head}</head><body><p>x</p></body></html>`;
const LINK = '<link rel="stylesheet" crossorigin href="./assets/app-X1.css">';
const files: Record<string, string> = { 'assets/app-X1.css': CSS };
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('the inlined stylesheet', () => {
  it('replaces the stylesheet link with the file’s CSS, byte for byte', () => {
    const html = inlineStylesheets(page(`<title>t</title>${LINK}`), (f) => files[f]);
    expect(html).toBe(page(`<title>t</title><style>${CSS}</style>`));
    expect(html).not.toContain('rel="stylesheet"');
  });

  it('fails the build on a missing file, a relative url() or text that would end the element', () => {
    expect(() => inlineStylesheets(page(LINK), () => undefined)).toThrow(/app-X1\.css is not in the build/);
    expect(() => inlineStylesheets(page(LINK), () => '.a{background:url(./bg.png)}')).toThrow(/url\(\)/);
    expect(() => inlineStylesheets(page(LINK), () => '.a{}</style><script>x()</script>')).toThrow(/<\/style/);
    expect(inlineStylesheets(page(LINK), () => '.a{background:url("data:image/png;base64,AA")}')).toContain(
      'url("data:',
    );
  });

  it('is allowed by its hash alone: the CSP names the SHA-256 of the exact text, never unsafe-inline', () => {
    const html = inlineStylesheets(page(LINK), (f) => files[f]);
    const sources = inlineStyleSources(html);
    expect(sources).toEqual([sha256(CSS)]);
    expect(inlineStyleSources(html.replace(CSS, `${CSS} `))).not.toEqual(sources);
    expect(metaCsp(sources)).toContain(`style-src 'self' ${sha256(CSS)};`);
    expect(metaCsp(sources)).not.toMatch(/unsafe-inline/);
    expect(inlineStyleSources(page(LINK))).toEqual([]);
  });

  it('is allowed on the calculator’s paths only, in the header and in _headers', () => {
    const sources = [sha256(CSS)];
    expect(cspHeaderFor('/', sources)).toContain(sha256(CSS));
    expect(cspHeaderFor('/index.html', sources)).toContain(sha256(CSS));
    expect(cspHeaderFor('/embed.html', sources)).not.toContain('sha256-' + sources[0]!.slice(8));
    expect(cspHeaderFor('/embed.html', sources)).toBe(cspHeaderFor('/embed.html'));
    const file = staticHostHeadersFile(sources);
    expect(file.split(sha256(CSS)).length - 1).toBe(2);
  });
});
