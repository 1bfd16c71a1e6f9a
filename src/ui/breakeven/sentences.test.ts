import { describe, expect, it } from 'vitest';
import { breakevenSentence, priceScenario } from '../../report';
import { DEFAULT_SCENARIO } from '../../scenario';
import { testCatalog } from '../../testing/catalog';
import { breakevenWords } from './sentences';

describe('breakeven sentences', () => {
  it('say what the engine’s sentences say, with the corrected 8,134,271', () => {
    const res = priceScenario(testCatalog(), DEFAULT_SCENARIO);
    if (!res.ok) throw new Error('default scenario must price');
    const names = new Map(res.analysis.estimates.map((e) => [e.id, e.name]));
    const ours = res.analysis.breakevens.map((b) => breakevenWords(b, names).sentence);
    expect(ours).toEqual(res.analysis.breakevens.map((b) => breakevenSentence(b, names)));
    expect(ours[0]).toBe('Lambda costs more than t3.small above 8,134,271 requests/month.');
    expect(breakevenWords(res.analysis.breakevens[0]!, names).approx).toBe('8.13M');
  });
});
