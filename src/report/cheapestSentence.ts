import {
  type Analysis,
  type CheapestSegment,
  type Decimal,
  MAX_REQUESTS_PER_MONTH,
  cannotRun,
  cheapestSequence,
} from '../engine';
import type { SentencePart } from './breakevenSentence';

const SCALES: readonly (readonly [number, string])[] = [
  [1e12, ' T'],
  [1e9, ' B'],
  [1e6, ' M'],
  [1e3, ' k'],
];

/** 8,134,271 → "8.1 M" at 2 significant digits; whole numbers below 1,000. */
export function shortRequests(n: number, digits: number): string {
  for (const [size, suffix] of SCALES)
    if (n >= size)
      return `${Number((n / size).toPrecision(Math.max(digits, Math.ceil(Math.log10(n / size + 1)))))}${suffix}`;
  return String(Math.round(n));
}

/**
 * The segments' boundaries, short: two significant digits, more where two neighbours would read
 * the same ("from 1.2 M to 1.2 M" says nothing), whole requests past seven.
 */
export function boundaryFigures(bounds: readonly Decimal[]): string[] {
  const ns = bounds.map((b) => b.toNumber());
  for (let digits = 2; digits <= 7; digits++) {
    const out = ns.map((n) => shortRequests(n, digits));
    if (out.every((s, i) => i === 0 || s !== out[i - 1])) return out;
  }
  return bounds.map((b) => b.toDecimalPlaces(0).toNumber().toLocaleString('en-US'));
}

/** Segments said in words at most; past it the sentence counts the rest. */
const MAX_SEGMENTS_IN_WORDS = 8;

/** "Lambda", "Lambda and Cloud Run (the same cost)", "Lambda or t3.small (alternating …)". */
function who(s: CheapestSegment, names: ReadonlyMap<string, string>): SentencePart[] {
  const name = (id: string): SentencePart => ({ text: names.get(id) ?? id, role: 'name' });
  const group = (ids: readonly string[], joiner: string): SentencePart[] =>
    ids.flatMap((id, i) => [
      ...(i === 0 ? [] : [{ text: i === ids.length - 1 ? joiner : ', ', role: 'words' } as const]),
      name(id),
    ]);
  if (s.undetermined.length > 0)
    return [
      ...group([s.id, ...s.undetermined], ' or '),
      { text: ' (within one instance of each other, alternating: not every change listed)', role: 'words' },
    ];
  if (s.tiedWith.length > 0)
    return [...group([s.id, ...s.tiedWith], ' and '), { text: ' (the same cost)', role: 'words' }];
  return [name(s.id)];
}

/**
 * The answer users read first, in parts: "Below 8.1 M requests/month Lambda is cheapest; from 8.1 M
 * to 41 M t3.small; above 41 M Fargate", without its closing period. Figures are rounded for
 * reading; the exact bounds are in the JSON and the table.
 */
export function cheapestParts(
  segments: readonly CheapestSegment[],
  names: ReadonlyMap<string, string>,
): readonly SentencePart[] {
  const [first] = segments;
  if (!first) return [];
  // "Lambda and Cloud Run are cheapest", but "Lambda or t3.small is cheapest".
  const plural = first.tiedWith.length > 0 && first.undetermined.length === 0 ? ' are cheapest' : ' is cheapest';
  if (segments.length === 1)
    return [...who(first, names), { text: `${plural} at every traffic up to 10^12 requests/month`, role: 'words' }];
  const figures = boundaryFigures(segments.slice(1).map((s) => s.fromRequestsPerMonth!));
  const out: SentencePart[] = [
    { text: 'Below ', role: 'words' },
    { text: figures[0]!, role: 'figure' },
    { text: ' requests/month ', role: 'words' },
    ...who(first, names),
    { text: plural, role: 'words' },
  ];
  // Fleets a step apart can trade places thousands of times: the words stop after a few changes
  // (every segment is still in the JSON and the CLI's table).
  const shown = segments.length > MAX_SEGMENTS_IN_WORDS ? segments.slice(0, MAX_SEGMENTS_IN_WORDS - 1) : segments;
  shown.slice(1).forEach((s, i) => {
    const last = shown === segments && i === segments.length - 2;
    out.push({ text: last ? '; above ' : '; from ', role: 'words' }, { text: figures[i]!, role: 'figure' });
    if (!last) out.push({ text: ' to ', role: 'words' }, { text: figures[i + 1]!, role: 'figure' });
    out.push({ text: ' ', role: 'words' }, ...who(s, names));
  });
  if (shown !== segments)
    out.push({
      text: `; then ${(segments.length - shown.length).toLocaleString('en-US')} more changes up to 10^12 requests/month (every one in the JSON export and \`breakeven\`)`,
      role: 'words',
    });
  return out;
}

/** {@link cheapestParts} as one sentence, with its period. */
export function cheapestSentence(segments: readonly CheapestSegment[], names: ReadonlyMap<string, string>): string {
  const parts = cheapestParts(segments, names);
  return parts.length === 0 ? '' : `${parts.map((p) => p.text).join('')}.`;
}

/**
 * The cheapest at every traffic among some of the systems (a chart or embed of a few): their own
 * envelope from the pairs already solved, so a system left out is never named. All when `ids` is null.
 */
export function cheapestAmong(analysis: Analysis, ids: ReadonlySet<string> | null): readonly CheapestSegment[] {
  if (ids === null) return analysis.cheapest;
  return cheapestSequence(
    analysis.estimates.filter((e) => ids.has(e.id) && !cannotRun(e.limits)).map((e) => e.id),
    analysis.curves,
    analysis.pairs.filter((p) => ids.has(p.a) && ids.has(p.b)),
    MAX_REQUESTS_PER_MONTH,
  );
}
