/**
 * Series colours readable on both the light and the dark background, plus dash patterns so lines
 * stay distinguishable without colour (the legend shows both).
 */
export const SERIES_COLORS = ['#2f6fde', '#d9822b', '#1f9e6e', '#d64545', '#8b5cf6', '#0f9fb5', '#d6458f', '#7a9a1e', '#8a94a6', '#c9a227', '#a855f7', '#14a89a'] as const;
export const SERIES_DASHES = ['', '7 3', '2 3', '9 3 2 3'] as const;

/** The colour and dash of the i-th series. */
export function seriesStyle(i: number): { stroke: string; dash: string } {
  return { stroke: SERIES_COLORS[i % SERIES_COLORS.length]!, dash: SERIES_DASHES[Math.floor(i / 3) % SERIES_DASHES.length]! };
}
