import { describe, expect, it } from 'vitest';
import { META_CSP, securityHeadersFor, staticHostHeadersFile } from './securityHeaders';

/** `_headers` as a host reads it: pattern lines, then indented `Name: value` lines. */
function rules(file: string): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of file.split('\n')) {
    if (line.trim() === '') continue;
    if (!line.startsWith(' ')) out.set(line, (current = new Map()));
    else {
      const [name, ...value] = line.trim().split(': ');
      current?.set(name!, value.join(': '));
    }
  }
  return out;
}

describe('security headers', () => {
  it('let only the embed be framed by other sites', () => {
    expect(securityHeadersFor('/')['Content-Security-Policy']).toMatch(/frame-ancestors 'self'$/);
    expect(securityHeadersFor('/index.html?x=1')['Content-Security-Policy']).toMatch(/frame-ancestors 'self'$/);
    // No frame-ancestors for the embed: `*` would refuse file: and opaque-origin hosts.
    expect(securityHeadersFor('/embed.html#s=v2.x')['Content-Security-Policy']).toBe(META_CSP);
    expect(securityHeadersFor('/tool/embed.html')['Content-Security-Policy']).toBe(META_CSP);
    expect(securityHeadersFor('/embedded-notes.html')['Content-Security-Policy']).toMatch(/'self'$/);
  });

  it('allow no inline code, no eval and no framing directive in the meta tag (browsers ignore it there)', () => {
    expect(META_CSP).not.toMatch(/unsafe-inline|unsafe-eval|frame-ancestors/);
    expect(META_CSP).toContain("script-src 'self'");
  });

  it('write _headers so that no path gets two CSPs (hosts join repeated headers with a comma)', () => {
    const file = rules(staticHostHeadersFile());
    expect(file.get('/*')?.has('Content-Security-Policy')).toBe(false);
    expect(file.get('/*')?.get('X-Content-Type-Options')).toBe('nosniff');
    for (const path of ['/', '/index.html', '/embed', '/embed.html']) {
      expect(file.get(path)?.get('Content-Security-Policy')).toBe(securityHeadersFor(path)['Content-Security-Policy']);
    }
    expect(file.get('/embed')?.get('Content-Security-Policy')).not.toContain('frame-ancestors');
  });
});
