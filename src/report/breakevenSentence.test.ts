import { describe, expect, it } from 'vitest';
import { type Breakeven, dec } from '../engine';
import { DEFAULT_SCENARIO } from '../scenario';
import { testCatalog } from '../testing/catalog';
import { breakevenParts, breakevenSentence } from './breakevenSentence';
import { priceScenario } from './priceScenario';

const priced = priceScenario(testCatalog(), DEFAULT_SCENARIO);
if (!priced.ok) throw new Error('the default scenario must price');
const { analysis } = priced;
const names = new Map(analysis.estimates.map((e) => [e.id, e.name]));
const first = analysis.breakevens[0]!;

describe('the breakeven sentence', () => {
  it('says which system costs more above which traffic: the brief’s t3.small as billed, 10,432,481', () => {
    expect(breakevenSentence(first, names)).toBe('Lambda costs more than t3.small above 10,432,481 requests/month.');
  });

  it('is its parts joined, with a period; names and the figure are marked for emphasis', () => {
    const parts = breakevenParts(first, names);
    expect(`${parts.map((p) => p.text).join('')}.`).toBe(breakevenSentence(first, names));
    expect(parts.filter((p) => p.role !== 'words').map((p) => [p.role, p.text])).toEqual([
      ['name', 'Lambda'],
      ['name', 't3.small'],
      ['figure', '10,432,481'],
    ]);
  });

  it('groups the figure for the locale it is given', () => {
    expect(breakevenSentence(first, names, 'de-DE')).toBe(
      'Lambda costs more than t3.small above 10.432.481 requests/month.',
    );
  });

  it('says where a fleet adds an instance, and names a system it has no name for by its id', () => {
    const jump: Breakeven = {
      ...first,
      kind: 'jump',
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
  });
});
