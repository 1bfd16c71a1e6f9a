/**
 * The security headers a host should send with the built pages, in one place: the build writes them
 * into each page's meta CSP and into `dist/_headers` (the format of Netlify and Cloudflare Pages), and
 * `vite preview` sends them. A meta CSP cannot set `frame-ancestors`, so only a header can say that
 * the calculator must not be framed by other sites while the embed may be framed by any.
 */
import { LINK_GUARD_CSP_SOURCE } from './linkGuard.ts';

/**
 * What each page may load: its own scripts and styles only, no eval, no inline styles or scripts but
 * the one script the calculator's prerendered page runs first, allowed by its hash (linkGuard.ts), and
 * the page's inlined stylesheet, allowed by the hash of its text (`styleSources`, computed by the build
 * from the built page: src/prerender/inlineStyle.ts).
 */
function pagePolicy(styleSources: readonly string[]): readonly string[] {
  return [
    "default-src 'self'",
    `script-src 'self' ${LINK_GUARD_CSP_SOURCE}`,
    ["style-src 'self'", ...styleSources].join(' '),
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ];
}

/** The CSP for a page's `<meta http-equiv>`: the page policy without `frame-ancestors`, which a meta tag ignores. */
export function metaCsp(styleSources: readonly string[] = []): string {
  return pagePolicy(styleSources).join('; ');
}

/** {@link metaCsp} for a page with no inline style (the embed). */
export const META_CSP = metaCsp();

/**
 * Who may frame a page: the calculator only itself (clickjacking); the embed anyone, which is its job.
 * The embed gets no `frame-ancestors` at all rather than `*`: `*` matches only http(s) origins, so it
 * would refuse an architecture document opened from a file, a sandboxed frame or an about:blank host.
 */
function frameAncestors(path: string): string | null {
  return isEmbedPath(path) ? null : "frame-ancestors 'self'";
}

function isEmbedPath(path: string): boolean {
  const pathname = path.split(/[?#]/, 1)[0] ?? '';
  return pathname === '/embed' || pathname.endsWith('/embed.html');
}

/** Headers every response gets, whatever it is. */
const EVERY_RESPONSE: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/**
 * The CSP header of a page path (`/`, `/index.html`, `/embed.html?x`…). `calculatorStyles`: the
 * sources of the calculator page's inline styles (the embed has none, and gets none of them).
 */
export function cspHeaderFor(path: string, calculatorStyles: readonly string[] = []): string {
  const policy = metaCsp(isEmbedPath(path) ? [] : calculatorStyles);
  const ancestors = frameAncestors(path);
  return ancestors === null ? policy : `${policy}; ${ancestors}`;
}

/** The headers for a request path: the CSP on pages, the rest on everything. */
export function securityHeadersFor(
  path: string,
  calculatorStyles: readonly string[] = [],
): Readonly<Record<string, string>> {
  return { ...EVERY_RESPONSE, 'Content-Security-Policy': cspHeaderFor(path, calculatorStyles) };
}

/** The page paths a static host serves (with and without `.html`, as pretty URLs do). */
const PAGE_PATHS: readonly string[] = ['/', '/index.html', '/embed', '/embed.html'];

/**
 * `_headers` for static hosts that read one (Netlify, Cloudflare Pages). Each CSP is on its exact
 * paths and never under the catch-all: both hosts join a header that two rules set with a comma, and
 * two CSPs both apply, so the embed would inherit the app's `frame-ancestors 'self'`.
 */
export function staticHostHeadersFile(calculatorStyles: readonly string[] = []): string {
  const rule = (pattern: string, headers: Readonly<Record<string, string>>): string =>
    [pattern, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  const rules = [
    rule('/*', EVERY_RESPONSE),
    ...PAGE_PATHS.map((path) => rule(path, { 'Content-Security-Policy': cspHeaderFor(path, calculatorStyles) })),
  ];
  return `${rules.join('\n\n')}\n`;
}
