import type { Breakeven } from '../../engine';
import { compact, count } from '../format';

/** One breakeven in words, split so the UI can emphasise names and the figure. */
export type BreakevenWords = {
  readonly key: string;
  readonly dearer: string;
  readonly cheaper: string;
  /** Exact requests/month, rounded to a whole request: "8,134,271". */
  readonly requests: string;
  /** Three significant digits: "8.13M". */
  readonly approx: string;
  readonly jump: boolean;
  readonly sentence: string;
};

/**
 * "Lambda costs more than t3.small above 8,134,271 requests/month": the same statement as the
 * engine's `breakevenSentence`, with numbers laid out by Intl.
 */
export function breakevenWords(b: Breakeven, names: ReadonlyMap<string, string>): BreakevenWords {
  const [a, c] = b.between;
  const below = b.cheaperBelow === 'a' ? a : c;
  const above = b.cheaperAbove === 'a' ? a : c;
  const dearer = names.get(below) ?? below;
  const cheaper = names.get(above) ?? above;
  const r = b.requestsPerMonth.toDecimalPlaces(0);
  const requests = count(r);
  const jump = b.kind === 'jump';
  return {
    key: `${a}|${c}|${b.requestsPerMonth.toString()}`,
    dearer,
    cheaper,
    requests,
    approx: compact(r.toNumber()),
    jump,
    sentence: `${dearer} costs more than ${cheaper} above ${requests} requests/month${jump ? ' (where a fleet adds an instance)' : ''}.`,
  };
}
