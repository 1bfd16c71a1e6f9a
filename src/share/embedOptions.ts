import { z } from 'zod/mini';
import '../validation/english';
import type { InputIssue, Scenario } from '../scenario';
import { buildFragment } from './fragment';
import { escapeXml } from './chart';
import { HEIGHT_LISTENER_SCRIPT } from './embedMessage';
import { pageTitle } from './titles';

export const EMBED_VIEWS = ['chart', 'table', 'both', 'diagram'] as const;
export const EMBED_THEMES = ['light', 'dark', 'auto'] as const;

/** What an embed shows and how: read from its fragment next to the scenario. */
export const EmbedOptionsSchema = z.object({
  view: z._default(z.enum(EMBED_VIEWS, { error: 'must be chart, table, both or diagram' }), 'both'),
  theme: z._default(z.enum(EMBED_THEMES, { error: 'must be light, dark or auto' }), 'auto'),
  /** Height of the chart's plot area in CSS pixels (the page grows around it). */
  height: z.optional(
    z
      .pipe(z.string().check(z.regex(/^\d{2,4}$/, 'must be a whole number of pixels')), z.transform(Number))
      .check(z.refine((n) => n >= 120 && n <= 1200, 'must be 120–1,200 pixels')),
  ),
  /** Systems to show, by id (all when absent). */
  systems: z.optional(
    z.pipe(
      z.string().check(z.regex(/^[A-Za-z0-9_.,-]{1,600}$/, 'must be system ids separated by commas')),
      z.transform((s) => s.split(',').filter((x) => x !== '')),
    ),
  ),
});
export type EmbedOptions = z.output<typeof EmbedOptionsSchema>;

/** The defaults: both views, the reader's colour scheme, every system. */
export const DEFAULT_EMBED_OPTIONS: EmbedOptions = { view: 'both', theme: 'auto' };

/**
 * Reads embed options from fragment parameters. An invalid option falls back to its default and is
 * reported (the embed shows a notice); a system id the scenario lacks is reported too.
 */
export function parseEmbedOptions(
  params: ReadonlyMap<string, string>,
  scenario: Scenario,
): { options: EmbedOptions; issues: InputIssue[] } {
  const issues: InputIssue[] = [];
  const raw: Record<string, string> = {};
  for (const key of ['view', 'theme', 'height', 'systems'] as const) {
    const v = params.get(key);
    if (v === undefined) continue;
    const one = EmbedOptionsSchema.shape[key].safeParse(v);
    if (one.success) raw[key] = v;
    else issues.push({ field: key, message: one.error.issues[0]?.message ?? 'is invalid' });
  }
  const options = EmbedOptionsSchema.parse(raw);
  if (options.systems) {
    const known = new Set([...scenario.systems, ...(scenario.architectures ?? [])].map((s) => s.id));
    const unknown = options.systems.filter((id) => !known.has(id));
    if (unknown.length > 0) {
      issues.push({
        field: 'systems',
        message: `the scenario has no system ${unknown.map((u) => `"${u}"`).join(', ')}; showing every system`,
      });
      const { systems: _dropped, ...rest } = options;
      return { options: rest, issues };
    }
  }
  return { options, issues };
}

/** Fragment parameters for embed options, leaving out the defaults. */
export function embedParams(options: Partial<EmbedOptions>): Record<string, string> {
  const out: Record<string, string> = {};
  if (options.view && options.view !== 'both') out.view = options.view;
  if (options.theme && options.theme !== 'auto') out.theme = options.theme;
  if (options.height !== undefined) out.height = String(options.height);
  if (options.systems && options.systems.length > 0) out.systems = options.systems.join(',');
  return out;
}

/** What the embed will show, to size its iframe before it reports its height: how many crossings the table lists. */
export type EmbedContent = { readonly breakevens: number };

/**
 * The code "Copy embed code" writes: an iframe of embed.html next to the app page (the scenario and
 * options in the fragment, the scenario's title as its title) and the few lines of script that
 * apply the embed's height messages (`HEIGHT_LISTENER_SCRIPT`), so pasted alone it shows the whole
 * embed. Its starting height is an estimate from the content, generous rather than short, for the
 * moment before the first message (or a host that refuses inline scripts).
 */
export function embedCode(
  appPageUrl: string,
  scenario: Scenario,
  options: Partial<EmbedOptions> = {},
  content: EmbedContent = { breakevens: 0 },
): string {
  const base = appPageUrl.split('#')[0] ?? appPageUrl;
  const src = `${new URL('embed.html', base).href}#${buildFragment(scenario, embedParams(options))}`;
  const title = pageTitle(scenario.name);
  const height = estimatedHeight(scenario, options, content);
  return `<iframe src="${escapeXml(src)}" title="${escapeXml(title)}" width="100%" height="${height}" style="border:0;display:block" loading="lazy"></iframe>\n${HEIGHT_LISTENER_SCRIPT}`;
}

/**
 * The embed's height in CSS pixels at a 600-pixel width, over-estimated: header and footer, the chart
 * (its plot, axes, legend, answer and caption), the table (a row per alternative, a line per
 * crossing, the answer) and each architecture's diagram.
 */
function estimatedHeight(scenario: Scenario, options: Partial<EmbedOptions>, content: EmbedContent): number {
  const view = options.view ?? 'both';
  const alternatives =
    (options.systems?.length ?? 0) || scenario.systems.length + (scenario.architectures?.length ?? 0);
  const diagrams = (scenario.architectures ?? []).reduce((h, a) => h + 60 + 80 * a.components.length, 0);
  const chart = (options.height ?? 300) + 120 + 24 * alternatives + 80;
  const table = 60 + 40 * alternatives + 44 * content.breakevens + 60;
  const shown =
    view === 'diagram' ? diagrams : view === 'chart' ? chart : view === 'table' ? table : chart + table + diagrams;
  return 100 + shown;
}
