import type { Architecture } from '../engine/pricebook';

/** A Power Tuning point: memory, average time and its own cost per invocation. */
type PricedPoint = { readonly memoryMb: number; readonly durationMs: number; readonly costUsd: number };

/** What a series' costs say about the architecture it ran on. */
export type ArchitectureReading = {
  readonly costPerMsAt128MbUsd: number | null;
  readonly architecture: Architecture | null;
  readonly architectureBasis: string;
};

/**
 * Power Tuning prices each invocation as ⌈duration⌉ × (price per ms at 128 MB) × memory/128, with
 * the price of the architecture it ran on: $2.1e-9 on x86_64 and $1.7e-9 on arm64 in us-east-1 and
 * most regions (its utils' computePrice; Lambda's $0.0000166667 and $0.0000133334 per GB-s, rounded).
 */
export const POWER_TUNING_MS_PRICE_AT_128_MB: Readonly<Record<Architecture, number>> = {
  x86_64: 2.1e-9,
  arm64: 1.7e-9,
};

/** How far a read-back price may stray from a constant and still match it (rounding of ⌈time⌉, float32). */
const TOLERANCE = 0.04;
/** arm64 is priced 20% below x86_64 in every region: the ratio between the two series of a comparison. */
const ARM_TO_X86 = 0.8;

/**
 * Price per ms at 128 MB read back from the longest-running point (where rounding matters least), with
 * durations rounded up to 1 ms, or to 100 ms as Lambda billed (and Power Tuning priced) before December 2020.
 */
function readBack(points: readonly PricedPoint[]): { perMs: number; per100: number } | null {
  const p = points.reduce<(typeof points)[number] | null>(
    (m, x) => (m === null || x.durationMs > m.durationMs ? x : m),
    null,
  );
  if (!p || p.costUsd <= 0) return null;
  const at = (billedMs: number) => p.costUsd / (billedMs * (p.memoryMb / 128));
  return { perMs: at(Math.ceil(p.durationMs)), per100: at(Math.ceil(p.durationMs / 100) * 100) };
}

function near(a: number, b: number): boolean {
  return Math.abs(a / b - 1) <= TOLERANCE;
}

function byConstant(c: number): Architecture | null {
  for (const [a, k] of Object.entries(POWER_TUNING_MS_PRICE_AT_128_MB)) if (near(c, k)) return a as Architecture;
  return null;
}

const fmt = (c: number) => c.toExponential(2);

/**
 * Sets each series' architecture from its costs: a known price per ms at 128 MB, or, in a comparison
 * at regional prices, the series priced 20% below the other is arm64. Otherwise null, said as such.
 */
export function inferArchitecture(list: readonly (readonly PricedPoint[])[]): ArchitectureReading[] {
  const prices = list.map((points) => {
    const r = readBack(points);
    if (!r) return null;
    // A price that matches only with 100 ms rounding is a link from before 1 ms billing.
    return byConstant(r.perMs) === null && byConstant(r.per100) !== null ? r.per100 : r.perMs;
  });
  const [a, b] = prices;
  return list.map((_, i) => {
    const c = prices[i] ?? null;
    if (c === null)
      return {
        costPerMsAt128MbUsd: null,
        architecture: null,
        architectureBasis: 'no costs to read the architecture from',
      };
    const known = byConstant(c);
    if (known)
      return {
        costPerMsAt128MbUsd: c,
        architecture: known,
        architectureBasis: `cost per ms at 128 MB ${fmt(c)}: Power Tuning's ${known} price`,
      };
    const other = i === 0 ? b : a;
    if (list.length === 2 && other != null) {
      const arch: Architecture | null = near(c / other, ARM_TO_X86)
        ? 'arm64'
        : near(other / c, ARM_TO_X86)
          ? 'x86_64'
          : null;
      if (arch)
        return {
          costPerMsAt128MbUsd: c,
          architecture: arch,
          architectureBasis: `cost per ms at 128 MB ${fmt(c)}, ${arch === 'arm64' ? '20% below' : '25% above'} the other series: ${arch} at regional prices`,
        };
    }
    return {
      costPerMsAt128MbUsd: c,
      architecture: null,
      architectureBasis: `cost per ms at 128 MB ${fmt(c)} matches neither x86_64 (${fmt(POWER_TUNING_MS_PRICE_AT_128_MB.x86_64)}) nor arm64 (${fmt(POWER_TUNING_MS_PRICE_AT_128_MB.arm64)})`,
    };
  });
}
