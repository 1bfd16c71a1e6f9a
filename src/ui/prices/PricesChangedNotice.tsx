import { useMemo } from 'react';
import { latestDate } from '../../pricing';
import { type PricesChanged, percentText, pricesChangedSince } from '../../share/pricesChanged';
import type { Priced } from '../../state';
import { usePricing } from '../AppContext';
import { usd } from '../format';
import { SETTLE_MAX_WAIT_MS, SETTLE_QUIET_MS, useSettled } from '../useSettled';

const CURRENT: PricesChanged = { kind: 'current' };

/**
 * What the latest prices would change for the figures on screen, computed once per change of them
 * and after the inputs settle (it prices the scenario a second time, at the latest date). Once the
 * figures on screen are at the latest prices it says so at once, not a settle later.
 */
export function usePricesChanged(shown: Priced | null): PricesChanged {
  const { catalog, price } = usePricing();
  const latest = latestDate(catalog);
  const settled = useSettled(shown, SETTLE_QUIET_MS, SETTLE_MAX_WAIT_MS);
  const change = useMemo(
    () => (settled ? pricesChangedSince(settled, price, latest) : CURRENT),
    [settled, price, latest],
  );
  const date = shown?.scenario.pricingDate;
  return date === undefined || date >= latest ? CURRENT : change;
}

/**
 * For a scenario pinned to an earlier date (a shared link, or a date picked): "Newer prices exist
 * (from 2026-03-01). At the latest prices: Lambda: $1.87 → $1.20 (−35.7%). [Switch to prices as of
 * 2026-03-01]". Renders nothing when the scenario is at the latest prices.
 */
export function PricesChangedNotice({
  change,
  onSwitch,
}: {
  readonly change: PricesChanged;
  readonly onSwitch: (latestDate: string) => void;
}) {
  if (change.kind === 'current') return null;
  if (change.kind === 'unpriceable') {
    return (
      <div className="notice" role="status" data-testid="newer-prices">
        <p>
          Newer prices exist (from {change.latestDate}), but these systems cannot be priced with them:{' '}
          {change.issues.map((i) => `${i.field}: ${i.message}`).join('; ')}.
        </p>
      </div>
    );
  }
  const changed = change.systems.filter((s) => !s.pinnedUsd.eq(s.latestUsd));
  return (
    <div className="notice" role="status" data-testid="newer-prices">
      <p>
        Newer prices exist (from {change.latestDate}).{' '}
        {change.anyChange ? 'At the latest prices:' : 'They would not change any total.'}
      </p>
      {changed.length > 0 && (
        <ul>
          {changed.map((s) => (
            <li key={s.id}>
              {s.name}: {usd(s.pinnedUsd)} → {usd(s.latestUsd)} ({percentText(s.percent)})
            </li>
          ))}
        </ul>
      )}
      <button type="button" onClick={() => onSwitch(change.latestDate)}>
        Switch to prices as of {change.latestDate}
      </button>
    </div>
  );
}
