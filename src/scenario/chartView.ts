import { z } from 'zod/mini';

/** The cost axis of the breakeven chart. */
export const COST_SCALES = ['log', 'linear'] as const;
export type CostScale = (typeof COST_SCALES)[number];

/** The breakeven chart's traffic window (10^fromExp … 10^toExp requests/month) and cost axis scale. */
export type ChartView = { readonly fromExp: number; readonly toExp: number; readonly costScale: CostScale };

/** What a scenario without `chart` is drawn with, in the app, its exports, embeds and the CLI: 10^4 … 10^10, log. */
export const DEFAULT_CHART_VIEW: ChartView = { fromExp: 4, toExp: 10, costScale: 'log' };

const exponent = (min: number, max: number) =>
  z
    .number({ error: 'must be a whole power of ten between 0 and 12' })
    .check(
      z.int('must be a whole power of ten between 0 and 12'),
      z.gte(min, `must be ${min}–${max}`),
      z.lte(max, `must be ${min}–${max}`),
    );

/**
 * Optional `chart` of a scenario (schema 4, no version bump): how its breakeven chart is drawn, so a
 * shared link, an embed and an export show the chart the user was looking at. Every field optional,
 * defaulting to {@link DEFAULT_CHART_VIEW}'s; no figure depends on it.
 */
export const ChartViewSchema = z
  .strictObject({
    fromExp: z.optional(exponent(0, 11)),
    toExp: z.optional(exponent(1, 12)),
    costScale: z.optional(z.enum(COST_SCALES, { error: 'must be "log" or "linear"' })),
  })
  .check(
    z.superRefine((c, ctx) => {
      const v = chartViewOf({ chart: c });
      if (v.fromExp >= v.toExp) ctx.addIssue({ code: 'custom', path: ['toExp'], message: 'must be above fromExp' });
    }),
  );
export type WrittenChartView = z.infer<typeof ChartViewSchema>;

/** A scenario's chart view with its defaults filled in. */
export function chartViewOf(s: { readonly chart?: WrittenChartView | undefined }): ChartView {
  return {
    fromExp: s.chart?.fromExp ?? DEFAULT_CHART_VIEW.fromExp,
    toExp: s.chart?.toExp ?? DEFAULT_CHART_VIEW.toExp,
    costScale: s.chart?.costScale ?? DEFAULT_CHART_VIEW.costScale,
  };
}

/** The `chart` to write for a view: only what differs from the defaults (absent when nothing does), so links stay short. */
export function writtenChartView(v: ChartView): WrittenChartView | undefined {
  const out: { fromExp?: number; toExp?: number; costScale?: CostScale } = {};
  if (v.fromExp !== DEFAULT_CHART_VIEW.fromExp) out.fromExp = v.fromExp;
  if (v.toExp !== DEFAULT_CHART_VIEW.toExp) out.toExp = v.toExp;
  if (v.costScale !== DEFAULT_CHART_VIEW.costScale) out.costScale = v.costScale;
  return Object.keys(out).length > 0 ? out : undefined;
}
