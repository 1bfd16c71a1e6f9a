import { useMemo } from 'react';
import type { PricingCatalog } from '../../pricing';
import { priceScenario } from '../../report';
import type { Scenario } from '../../scenario';
import type { Priced } from '../../state';
import { usd } from '../format';

type Props = { readonly catalog: PricingCatalog; readonly scenario: Scenario; readonly shown: Priced; readonly latest: string };

/** For a scenario pinned to an earlier date: what each total would be at the latest prices. */
export function NewerPrices({ catalog, scenario, shown, latest }: Props) {
  const changes = useMemo(() => {
    const { pricingDate: _pinned, ...rest } = scenario;
    const now = priceScenario(catalog, rest);
    if (!now.ok) return null;
    return shown.analysis.estimates.map((e) => {
      const later = now.analysis.estimates.find((x) => x.id === e.id);
      return { id: e.id, name: e.name, then: e.monthlyUsd, now: later?.monthlyUsd ?? null };
    });
  }, [catalog, scenario, shown]);
  if (!changes) return <p className="muted">These systems cannot be priced at the latest prices ({latest}).</p>;
  const changed = changes.filter((c) => c.now !== null && !c.now.eq(c.then));
  return (
    <div className="notice" data-testid="newer-prices">
      <p>
        Newer prices exist (from {latest}).{' '}
        {changed.length === 0 ? 'They would not change any total.' : 'At the latest prices:'}
      </p>
      {changed.length > 0 && (
        <ul>
          {changed.map((c) => (
            <li key={c.id}>
              {c.name}: {usd(c.then)} → {usd(c.now!)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
