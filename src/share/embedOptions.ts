import { z } from 'zod';
import type { InputIssue, Scenario } from '../scenario';
import { buildFragment } from './fragment';
import { escapeXml } from './chart';
import { pageTitle } from './titles';

export const EMBED_VIEWS = ['chart', 'table', 'both', 'diagram'] as const;
export const EMBED_THEMES = ['light', 'dark', 'auto'] as const;

/** What an embed shows and how: read from its fragment next to the scenario. */
export const EmbedOptionsSchema = z.object({
  view: z.enum(EMBED_VIEWS, { error: 'must be chart, table, both or diagram' }).default('both'),
  theme: z.enum(EMBED_THEMES, { error: 'must be light, dark or auto' }).default('auto'),
  /** Height of the chart's plot area in CSS pixels (the page grows around it). */
  height: z
    .string()
    .regex(/^\d{2,4}$/, 'must be a whole number of pixels')
    .transform(Number)
    .refine((n) => n >= 120 && n <= 1200, 'must be 120–1,200 pixels')
    .optional(),
  /** Systems to show, by id (all when absent). */
  systems: z
    .string()
    .regex(/^[A-Za-z0-9_.,-]{1,600}$/, 'must be system ids separated by commas')
    .transform((s) => s.split(',').filter((x) => x !== ''))
    .optional(),
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

/**
 * The iframe snippet "Copy embed code" writes: embed.html next to the app page, the scenario and
 * options in the fragment, a title for screen readers, and a starting height the embed then
 * corrects by posting `{ type: 'serverless-breakeven:height', version: 1, height }` to the parent.
 */
export function embedCode(appPageUrl: string, scenario: Scenario, options: Partial<EmbedOptions> = {}): string {
  const base = appPageUrl.split('#')[0] ?? appPageUrl;
  const src = `${new URL('embed.html', base).href}#${buildFragment(scenario, embedParams(options))}`;
  const title = pageTitle(scenario.name);
  const view = options.view ?? 'both';
  const diagrams = scenario.architectures ?? [];
  const diagramHeight = diagrams.reduce((h, a) => h + 60 + 80 * a.components.length, 0);
  const height =
    view === 'diagram'
      ? 80 + diagramHeight
      : (view === 'table' ? 80 : (options.height ?? 300) + 160) +
        (view === 'chart'
          ? 0
          : 40 + 32 * (scenario.systems.length + (scenario.architectures?.length ?? 0)) + diagramHeight);
  return `<iframe src="${escapeXml(src)}" title="${escapeXml(title)}" width="100%" height="${height}" style="border:0" loading="lazy"></iframe>`;
}
