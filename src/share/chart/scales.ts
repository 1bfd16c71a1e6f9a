/**
 * An axis mapping a value range [lo, hi] onto pixels [from, to]: log10 (both > 0), or linear when
 * `linear` is set (the cost axis on its linear scale).
 */
export type LogScale = {
  readonly lo: number;
  readonly hi: number;
  readonly from: number;
  readonly to: number;
  readonly linear?: boolean;
};

/** Pixel position of `v` (on a log axis values at or below `lo`, including zero, sit on the axis). */
export function project(s: LogScale, v: number): number {
  const t = s.linear
    ? (v - s.lo) / (s.hi - s.lo)
    : (Math.log10(Math.max(v, s.lo)) - Math.log10(s.lo)) / (Math.log10(s.hi) - Math.log10(s.lo));
  return s.from + Math.min(1, Math.max(0, t)) * (s.to - s.from);
}

/** Powers of ten enclosing [min, max], widened to at least `minDecades` and clamped to [floor, ceiling]. */
export function decadeRange(
  min: number,
  max: number,
  minDecades: number,
  floor: number,
  ceiling: number,
): [number, number] {
  let lo = Math.floor(Math.log10(Math.max(min, floor)));
  let hi = Math.ceil(Math.log10(Math.min(Math.max(max, floor), ceiling)));
  while (hi - lo < minDecades) {
    if (10 ** hi < ceiling) hi++;
    else if (10 ** lo > floor) lo--;
    else break;
  }
  return [Math.max(10 ** lo, floor), Math.min(10 ** hi, ceiling)];
}

/** How far a logarithm may be off a whole number and still count as one: a computed bound such as (0.1 + 0.2) / 3 is 0.10000000000000002. */
const LOG_SLACK = 1e-9;

/**
 * The one tick rule of both breakeven charts, the app's (recharts) and the SVG/PNG/embed one: a tick
 * at every power of ten in [lo, hi] (both > 0), a bound that is one included, on either axis.
 */
export function decadeTicks(lo: number, hi: number): number[] {
  const out: number[] = [];
  for (let e = Math.ceil(Math.log10(lo) - LOG_SLACK); e <= Math.floor(Math.log10(hi) + LOG_SLACK); e++)
    out.push(10 ** e);
  return out;
}

/** Fewer decade ticks than this on the traffic axis and it gets 2× and 5× ticks too, then every 1…9×. */
const MIN_TRAFFIC_TICKS = 5;

/**
 * The traffic axis' ticks, for both charts: every power of ten while the window spans four decades
 * or more; zoomed closer, 2× and 5× between them, and zoomed to a decade or two every whole multiple,
 * so a crossing can be read off the axis rather than guessed between two distant ticks.
 */
export function trafficTicks(lo: number, hi: number): number[] {
  const decades = decadeTicks(lo, hi);
  if (decades.length >= MIN_TRAFFIC_TICKS) return decades;
  for (const multiples of [
    [1, 2, 5],
    [1, 2, 3, 4, 5, 6, 7, 8, 9],
  ]) {
    const out: number[] = [];
    for (let e = Math.floor(Math.log10(lo) - LOG_SLACK); e <= Math.ceil(Math.log10(hi) + LOG_SLACK); e++)
      for (const m of multiples) {
        // m × 10^e computed as one rounding: 3 × 1e-1 would be 0.30000000000000004.
        const v = Number(`${m}e${e}`);
        if (v >= lo * (1 - LOG_SLACK) && v <= hi * (1 + LOG_SLACK)) out.push(v);
      }
    if (out.length >= MIN_TRAFFIC_TICKS + 1) return out;
  }
  return decadeTicks(lo, hi);
}

const SUFFIXES = [
  [1e12, 'T'],
  [1e9, 'B'],
  [1e6, 'M'],
  [1e3, 'K'],
] as const;

/** 1500000 → "1.5M", 8134271 → "8.13M", 999 → "999": three significant digits at most. */
export function shortCount(n: number): string {
  for (const [size, suffix] of SUFFIXES) if (Math.abs(n) >= size) return `${trim((n / size).toPrecision(3))}${suffix}`;
  return trim(n < 1 ? n.toPrecision(2) : n.toPrecision(Math.max(3, Math.ceil(Math.log10(Math.abs(n) + 1)))));
}

/**
 * 0.01 → "$0.01", 0.0001 → "$0.0001", 0.5 → "$0.5", 1000 → "$1K": en-US compact currency to three
 * significant digits, the app's axis format (ui/format.ts `axisUsd`) in the exports' locale.
 */
export function shortUsd(n: number): string {
  return USD_AXIS.format(n);
}
const USD_AXIS = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  notation: 'compact',
  maximumSignificantDigits: 3,
});

function trim(s: string): string {
  return s.includes('e') ? String(Number(s)) : s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}
