/** A log10 axis mapping a value range [lo, hi] (both > 0) onto pixels [from, to]. */
export type LogScale = { readonly lo: number; readonly hi: number; readonly from: number; readonly to: number };

/** Pixel position of `v` (values at or below `lo`, including zero, sit on the axis). */
export function project(s: LogScale, v: number): number {
  const t = (Math.log10(Math.max(v, s.lo)) - Math.log10(s.lo)) / (Math.log10(s.hi) - Math.log10(s.lo));
  return s.from + Math.min(1, Math.max(0, t)) * (s.to - s.from);
}

/** Powers of ten enclosing [min, max], widened to at least `minDecades` and clamped to [floor, ceiling]. */
export function decadeRange(min: number, max: number, minDecades: number, floor: number, ceiling: number): [number, number] {
  let lo = Math.floor(Math.log10(Math.max(min, floor)));
  let hi = Math.ceil(Math.log10(Math.min(Math.max(max, floor), ceiling)));
  while (hi - lo < minDecades) {
    if (10 ** hi < ceiling) hi++;
    else if (10 ** lo > floor) lo--;
    else break;
  }
  return [Math.max(10 ** lo, floor), Math.min(10 ** hi, ceiling)];
}

/** Every power of ten in [lo, hi]. */
export function decades(lo: number, hi: number): number[] {
  const out: number[] = [];
  for (let e = Math.round(Math.log10(lo)); 10 ** e <= hi * 1.000001; e++) out.push(10 ** e);
  return out;
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

/** 0.01 → "$0.01", 1000 → "$1K". */
export function shortUsd(n: number): string {
  return n < 1 ? `$${n.toFixed(2)}` : `$${shortCount(n)}`;
}

function trim(s: string): string {
  return s.includes('e') ? String(Number(s)) : s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}
