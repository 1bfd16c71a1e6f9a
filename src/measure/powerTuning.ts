import { z } from 'zod/mini';
import '../validation/english';
import type { Architecture } from '../engine/pricebook';
import type { MeasuredPoint } from '../kinds/aws-lambda/rightsizing';
import { inferArchitecture } from './powerTuningArchitecture';

/** One series of a Power Tuning result: sizes with average time and Power Tuning's own cost per invocation. */
export type PowerTuningSeries = {
  readonly label: string | null;
  readonly points: readonly (MeasuredPoint & { readonly costUsd: number })[];
  /** Power Tuning's price per ms at 128 MB, read back from the costs (cost ÷ (⌈time⌉ × memory/128)). */
  readonly costPerMsAt128MbUsd: number | null;
  /** The architecture those prices are for, or null when they match neither. */
  readonly architecture: Architecture | null;
  /** Why `architecture` is what it is, for the user to check. */
  readonly architectureBasis: string;
  /**
   * The label says the run measured cold starts: recent Power Tuning versions then add INIT (or
   * restore) time to each invocation, so these times are not warm durations.
   */
  readonly includesInit: boolean;
};

export type PowerTuningResult =
  | { readonly ok: true; readonly series: readonly PowerTuningSeries[]; readonly currency: string | null }
  | { readonly ok: false; readonly message: string };

const Sizes = z
  .array(
    z
      .number()
      .check(z.int(), z.gte(128, 'a memory size is below 128 MB'), z.lte(10_240, 'a memory size is above 10,240 MB')),
  )
  .check(z.minLength(1));
// Bounded like a REPORT line's duration (15 minutes): a float32 time of 3e38 ms would price as $Infinity on the charts.
const Times = z.array(
  z.number().check(z.positive('a time is not positive'), z.lte(900_000, 'a time is above 900,000 ms (15 minutes)')),
);
const Costs = z.array(z.number().check(z.nonnegative('a cost is negative')));

function bytesOf(base64: string): Uint8Array | null {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64) || base64.length % 4 === 1) return null;
  try {
    const bin = atob(base64);
    return Uint8Array.from(bin, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

/** Little-endian typed values from base64; null when the bytes are not a whole number of values. */
function decode(base64: string, bytesPer: 2 | 4): number[] | null {
  const bytes = bytesOf(base64);
  if (!bytes || bytes.length % bytesPer !== 0) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: number[] = [];
  for (let i = 0; i < bytes.length; i += bytesPer)
    out.push(bytesPer === 2 ? view.getInt16(i, true) : view.getFloat32(i, true));
  return out;
}

function series(parts: readonly string[], label: string | null, which: string): PowerTuningSeries | string {
  const [p = '', t = '', c = ''] = parts;
  const sizes = Sizes.safeParse(decode(p, 2));
  if (!sizes.success)
    return `${which}sizes: ${sizes.error.issues[0]?.code === 'invalid_type' ? 'not base64 of 16-bit integers' : sizes.error.issues[0]?.message}`;
  const times = Times.safeParse(decode(t, 4));
  if (!times.success)
    return `${which}times: ${times.error.issues[0]?.code === 'invalid_type' ? 'not base64 of 32-bit floats' : times.error.issues[0]?.message}`;
  const costs = Costs.safeParse(decode(c, 4));
  if (!costs.success)
    return `${which}costs: ${costs.error.issues[0]?.code === 'invalid_type' ? 'not base64 of 32-bit floats' : costs.error.issues[0]?.message}`;
  const n = sizes.data.length;
  if (times.data.length !== n || costs.data.length !== n)
    return `${which}${n} sizes but ${times.data.length} times and ${costs.data.length} costs`;
  if (new Set(sizes.data).size !== n) return `${which}sizes: a size is listed twice`;
  const points = sizes.data.map((memoryMb, i) => ({ memoryMb, durationMs: times.data[i]!, costUsd: costs.data[i]! }));
  return {
    label,
    points: points.sort((a, b) => a.memoryMb - b.memoryMb),
    costPerMsAt128MbUsd: null,
    architecture: null,
    architectureBasis: '',
    includesInit: label !== null && /\bcold\b/i.test(label),
  };
}

function withArchitectures(list: readonly PowerTuningSeries[]): PowerTuningSeries[] {
  const readings = inferArchitecture(list.map((s) => s.points));
  return list.map((s, i) => ({ ...s, ...readings[i] }));
}

/**
 * Decodes a Power Tuning visualization link (`https://lambda-power-tuning.show/#sizes;times;costs`,
 * each part base64 of little-endian Int16 / Float32 / Float32 arrays; a comparison link has 8 parts
 * with two URI-encoded labels). Accepts the whole URL or just the fragment. Never throws.
 */
export function parsePowerTuningLink(input: string): PowerTuningResult {
  const text = input.trim();
  const hash = text.indexOf('#');
  const fragment = hash >= 0 ? text.slice(hash + 1) : text;
  const query = hash >= 0 ? text.slice(0, hash) : '';
  const currency =
    /[?&]currency=([A-Za-z]{3})\b/.exec(query)?.[1] ?? /[?&]currency=([A-Za-z]{3})\b/.exec(fragment)?.[1] ?? null;
  const parts = fragment.replace(/\?.*$/, '').split(';');
  // The viewer's own README demo link ends in ";": an empty trailing part is no part.
  if ((parts.length === 4 || parts.length === 9) && parts[parts.length - 1]?.trim() === '') parts.pop();
  if (parts.length !== 3 && parts.length !== 8) {
    return {
      ok: false,
      message: `link: expected 3 parts (sizes;times;costs) or 8 (a comparison) after "#", found ${parts.length}`,
    };
  }
  const label = (s: string | undefined) => {
    try {
      return s ? decodeURIComponent(s) : null;
    } catch {
      return s ?? null;
    }
  };
  const first = series(
    parts.slice(0, 3),
    parts.length === 8 ? label(parts[6]) : null,
    parts.length === 8 ? 'first series ' : '',
  );
  if (typeof first === 'string') return { ok: false, message: first };
  if (parts.length === 3) return { ok: true, series: withArchitectures([first]), currency };
  const second = series(parts.slice(3, 6), label(parts[7]), 'second series ');
  if (typeof second === 'string') return { ok: false, message: second };
  return { ok: true, series: withArchitectures([first, second]), currency };
}
