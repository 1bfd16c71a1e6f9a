import { join } from 'node:path';
import { LINK_GUARD_SCRIPT } from '../app/linkGuard';
import { loadPricing } from '../pricing';
import { readPricingDir } from '../pricing/fromDisk';
import { prerenderProblems } from './check';
import { defaultFigures } from './figures';
import { prerenderApp } from './page';

const EMPTY_ROOT = '<div id="root"></div>';
/** The guard goes right after it: before the stylesheet, which an inline script would wait for. */
const CHARSET = '<meta charset="UTF-8" />';

/**
 * The built index.html with the default page prerendered into `#root` (from the pricing files in
 * `<repoRoot>/pricing`, the ones the app bundles) and the link guard early in `<head>`. Throws — so
 * the build fails — when a pricing file is invalid, or when the prerendered figures differ from the
 * engine's (each difference named).
 */
export function prerenderIndexHtml(html: string, repoRoot: string): string {
  const loaded = loadPricing(readPricingDir(join(repoRoot, 'pricing')));
  if (loaded.errors.length > 0) throw new Error(`prerender: invalid pricing files:\n${loaded.errors.join('\n')}`);
  const markup = prerenderApp(loaded.catalog);
  const problems = prerenderProblems(markup, defaultFigures(loaded.catalog));
  if (problems.length > 0)
    throw new Error(`prerender: the prerendered page differs from the engine:\n- ${problems.join('\n- ')}`);
  if (html.split(EMPTY_ROOT).length !== 2 || html.split(CHARSET).length !== 2)
    throw new Error(`prerender: index.html needs one empty ${EMPTY_ROOT} and one ${CHARSET}`);
  return html
    .replace(CHARSET, `${CHARSET}\n    <script>${LINK_GUARD_SCRIPT}</script>`)
    .replace(EMPTY_ROOT, `<div id="root">${markup}</div>`);
}
