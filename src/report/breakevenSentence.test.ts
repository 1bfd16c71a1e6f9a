import { describe, expect, it } from 'vitest';
import { type Breakeven, dec } from '../engine';
import type { Scenario } from '../scenario';
import { PINNED_DEFAULT } from '../testing/pinnedDefault';
import { testCatalog } from '../testing/catalog';
import { breakevenParts, breakevenSentence } from './breakevenSentence';
import { priceScenario } from './priceScenario';

/** The pinned default comparison with its t3.small as AWS bills it (a public IPv4 and an 8 GB gp3 root volume). */
const AS_BILLED: Scenario = {
  ...PINNED_DEFAULT,
  systems: PINNED_DEFAULT.systems.map((s) =>
    s.id === 't3-small' ? { id: s.id, name: 't3.small', kind: 'aws-ec2', instanceType: 't3.small', count: 1 } : s,
  ) as Scenario['systems'],
};
const priced = priceScenario(testCatalog(), AS_BILLED);
if (!priced.ok) throw new Error('the default scenario must price');
const { analysis } = priced;
const names = new Map(analysis.estimates.map((e) => [e.id, e.name]));
const first = analysis.breakevens.find((b) => b.between.join() === 'lambda,t3-small')!;

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
      `${a} costs more than ${b} above 10,432,481 requests/month (the same cost below it).`,
    );
    expect(breakevenSentence({ ...tie, equalFrom: dec('1000000.4') }, names)).toBe(
      `${a} costs more than ${b} above 10,432,481 requests/month (the same cost from 1,000,000).`,
    );
  });
});
