import { describe, expect, it } from 'vitest';
import { dec } from '../../../engine/decimal';
import { versusText } from './versusText';

const v = (cheaperPct: number, fasterPct: number, saving: string) => ({
  cheaperPct,
  fasterPct,
  monthlySavingUsd: dec(saving),
});

describe('versusText reads as English in every case', () => {
  it.each([
    [v(31, -12, '3.20'), '31% cheaper / 12% slower than your current setting (saves $3.20/month)'],
    [v(-23, 73, '-0.87'), '23% dearer / 73% faster than your current setting (costs $0.87/month more)'],
    [v(19, 0.2, '0.71'), '19% cheaper than your current setting, at the same speed (saves $0.71/month)'],
    [v(0.3, 73, '0.02'), '73% faster than your current setting, at the same cost (saves $0.02/month)'],
    [v(0, 0, '0'), 'the same cost and speed as your current setting'],
    [v(0.1, -0.4, '0'), 'the same cost and speed as your current setting'],
  ])('%j', (versus, text) => {
    expect(versusText(versus)).toBe(text);
  });

  it('never says "same … than"', () => {
    for (const c of [0, 0.4, 5, -5])
      for (const f of [0, 0.4, 5, -5]) expect(versusText(v(c, f, '0'))).not.toMatch(/same \w+ than/);
  });
});
