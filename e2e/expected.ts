import { type Decimal, centsString } from '../src/engine';
import { cheapestSentence, priceScenario } from '../src/report';
import { type Scenario, DEFAULT_SCENARIO } from '../src/scenario';
import { testCatalog } from '../src/testing/catalog';

/**
 * What the engine says about a scenario, computed in the test process from the same pricing files
 * the app bundles: the page must show the same figures and sentences.
 */
export function engineSays(patch: (s: Scenario) => Scenario = (s) => s): {
  totals: Record<string, string>;
  sentences: string[];
  cheapest: string;
} {
  const res = priceScenario(testCatalog(), patch(DEFAULT_SCENARIO));
  if (!res.ok) throw new Error(JSON.stringify(res.issues));
  const names = new Map(res.analysis.estimates.map((e) => [e.id, e.name]));
  const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
  const totals = Object.fromEntries(
    res.analysis.estimates.map((e) => [e.name, usd.format(Number(centsString(e.monthlyUsd)))]),
  );
  const whole = (r: Decimal) => r.toDecimalPlaces(0).toNumber().toLocaleString('en-US');
  const sentences = res.analysis.breakevens.map((b) => {
    const [a, c] = b.between;
    // Named from the order above: below it the two may cost the same (a tie that ends here).
    const dearer = names.get(b.cheaperAbove === 'a' ? c : a);
    const cheaper = names.get(b.cheaperAbove === 'a' ? a : c);
    const step = b.kind !== 'jump' ? '' : b.fleetStep ? ' (where a fleet adds an instance)' : ' (where a price steps)';
    const tie =
      b.cheaperBelow !== 'tie'
        ? ''
        : b.equalFrom!.isZero()
          ? ' (the same cost below it)'
          : ` (the same cost from ${whole(b.equalFrom!)})`;
    return `${dearer} costs more than ${cheaper} above ${whole(b.requestsPerMonth)} requests/month${step}${tie}`;
  });
  return { totals, sentences, cheapest: cheapestSentence(res.analysis.cheapest, names) };
}
