import { describe, expect, it } from 'vitest';
import { type CheapestSegment, dec } from '../engine';
import { boundaryFigures, cheapestSentence } from './cheapestSentence';

const seg = (
  id: string,
  from: string | null,
  to: string | null,
  extra: Partial<CheapestSegment> = {},
): CheapestSegment => ({
  id,
  fromRequestsPerMonth: from === null ? null : dec(from),
  toRequestsPerMonth: to === null ? null : dec(to),
  tiedWith: [],
  undetermined: [],
  ...extra,
});
const names = new Map([
  ['fn', 'Lambda'],
  ['vm', 't3.small'],
  ['run', 'Cloud Run'],
  ['task', 'Fargate'],
]);

describe('the cheapest-at-every-traffic sentence', () => {
  it('reads like the issue: below, from … to, above', () => {
    const segs = [seg('fn', null, '8134271.2'), seg('vm', '8134271.2', '41000000'), seg('task', '41000000', null)];
    expect(cheapestSentence(segs, names)).toBe(
      'Below 8.1 M requests/month Lambda is cheapest; from 8.1 M to 41 M t3.small; above 41 M Fargate.',
    );
  });

  it('says one system is cheapest everywhere when it is, and nothing without systems', () => {
    expect(cheapestSentence([seg('vm', null, null)], names)).toBe(
      't3.small is cheapest at every traffic up to 10^12 requests/month.',
    );
    expect(cheapestSentence([], names)).toBe('');
  });

  it('names a tie and a stretch the walk left undetermined', () => {
    const segs = [
      seg('fn', null, '934139', { tiedWith: ['run'] }),
      seg('fn', '934139', '2000000'),
      seg('fn', '2000000', null, { undetermined: ['vm'] }),
    ];
    expect(cheapestSentence(segs, names)).toBe(
      'Below 934 k requests/month Lambda and Cloud Run (the same cost) are cheapest; from 934 k to 2 M Lambda; above 2 M Lambda or t3.small (within one instance of each other, alternating: not every change listed).',
    );
  });

  it('stops after a few changes and counts the rest', () => {
    const segs = Array.from({ length: 40 }, (_, i) =>
      seg(i % 2 ? 'vm' : 'task', i === 0 ? null : String(1000 * i), i === 39 ? null : String(1000 * (i + 1))),
    );
    const words = cheapestSentence(segs, names);
    expect(words).toMatch(/^Below 1 k requests\/month Fargate is cheapest; from 1 k to 2 k t3\.small; /);
    expect(words).toMatch(
      /from 6 k to 7 k Fargate; then 33 more changes up to 10\^12 requests\/month \(every one in the JSON export and `breakeven`\)\.$/,
    );
  });

  it('gives neighbouring bounds enough digits to tell them apart', () => {
    expect(boundaryFigures([dec('1210000'), dec('1240000')])).toEqual(['1.21 M', '1.24 M']);
    expect(boundaryFigures([dec('999'), dec('5000'), dec('5001')])).toEqual(['999', '5 k', '5.001 k']);
  });
});
