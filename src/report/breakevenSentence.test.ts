import { describe, expect, it } from 'vitest';
import { type Breakeven, dec } from '../engine';
import { PINNED_DEFAULT } from '../testing/pinnedDefault';
import { testCatalog } from '../testing/catalog';
import { breakevenParts, breakevenSentence } from './breakevenSentence';
import { priceScenario } from './priceScenario';

const priced = priceScenario(testCatalog(), PINNED_DEFAULT);
if (!priced.ok) throw new Error('the default scenario must price');
const { analysis } = priced;
const names = new Map(analysis.estimates.map((e) => [e.id, e.name]));
const first = analysis.breakevens.find((b) => b.between.join() === 'lambda,t3-small')!;

describe('the breakeven sentence', () => {
  it('says which system costs more above which traffic: the corrected 8,134,271', () => {
    expect(breakevenSentence(first, names)).toBe('Lambda costs more than t3.small above 8,134,271 requests/month.');
  });

  it('is its parts joined, with a period; names and the figure are marked for emphasis', () => {
    const parts = breakevenParts(first, names);
    expect(`${parts.map((p) => p.text).join('')}.`).toBe(breakevenSentence(first, names));
    expect(parts.filter((p) => p.role !== 'words').map((p) => [p.role, p.text])).toEqual([
      ['name', 'Lambda'],
      ['name', 't3.small'],
      ['figure', '8,134,271'],
    ]);
  });

  it('groups the figure for the locale it is given', () => {
    expect(breakevenSentence(first, names, 'de-DE')).toBe(
      'Lambda costs more than t3.small above 8.134.271 requests/month.',
    );
  });

  it('says where a fleet adds an instance, and names a system it has no name for by its id', () => {
    const jump: Breakeven = {
      ...first,
      kind: 'jump',
      fleetStep: true,
      between: ['a', 'b'],
      cheaperBelow: 'b',
      cheaperAbove: 'a',
      requestsPerMonth: dec('26279999.6'),
      usdAAbove: dec(1),
      usdBAbove: dec(2),
    };
    expect(breakevenSentence(jump, new Map([['a', 'Fleet']]))).toBe(
      'b costs more than Fleet above 26,280,000 requests/month (where a fleet adds an instance).',
    );
    expect(breakevenSentence({ ...jump, fleetStep: false }, new Map())).toBe(
      'b costs more than a above 26,280,000 requests/month (where a price steps).',
    );
  });

  it('names a tie that ends from the order above it, and says where the tie began', () => {
    const tie: Breakeven = { ...first, cheaperBelow: 'tie', cheaperAbove: 'b', equalFrom: dec(0) };
    const [a, b] = first.between.map((id) => names.get(id));
    expect(breakevenSentence(tie, names)).toBe(
      `${a} costs more than ${b} above 8,134,271 requests/month (the same cost below it).`,
    );
    expect(breakevenSentence({ ...tie, equalFrom: dec('1000000.4') }, names)).toBe(
      `${a} costs more than ${b} above 8,134,271 requests/month (the same cost from 1,000,000).`,
    );
  });
});
