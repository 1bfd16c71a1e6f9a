import { Fragment, useEffect, useMemo, useState } from 'react';
import { latestDate } from '../../pricing';
import { type PricesChanged, percentText, pricesChangedSince } from '../../share/pricesChanged';
import type { Priced } from '../../state';
import { useActions, useDerived, usePricing } from '../AppContext';
import { usd } from '../format';
import { SETTLE_MAX_WAIT_MS, SETTLE_QUIET_MS, useSettledResults } from '../useSettled';

const CURRENT: PricesChanged = { kind: 'current' };

/**
 * What the latest prices would change for the figures on screen, computed once per change of them
 * and after the inputs settle (it prices the scenario a second time, at the latest date). Once the
 * figures on screen are at the latest prices it says so at once, not a settle later.
 */
export function usePricesChanged(shown: Priced | null): PricesChanged {
  const { catalog, price } = usePricing();
  const latest = latestDate(catalog);
  const settled = useSettledResults(shown, SETTLE_QUIET_MS, SETTLE_MAX_WAIT_MS);
  const change = useMemo(
    () => (settled ? pricesChangedSince(settled, price, latest) : CURRENT),
    [settled, price, latest],
  );
  const date = shown?.scenario.pricingDate;
  return date === undefined || date >= latest ? CURRENT : change;
}

/**
 * The notice under the results' header for figures pinned to earlier prices (a shared link, or a date
 * picked). It prices the scenario a second time, so it starts after the first paint: the first figure
 * never waits for it.
 */
export function PricesChangedBanner() {
  const { shown } = useDerived();
  const { setScenarioField } = useActions();
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    const frame = requestAnimationFrame(() => setPainted(true));
    return () => cancelAnimationFrame(frame);
  }, []);
  const change = usePricesChanged(painted ? shown : null);
  const pinnedDate = shown?.book.pricingDate ?? '';
  return (
    <PricesChangedNotice pinnedDate={pinnedDate} change={change} onSwitch={(d) => setScenarioField('pricingDate', d)} />
  );
}

/**
 * "Priced as of 2020-11-30 · the latest prices (2026-03-01) would change Lambda to $1.20 (−35.7%) and
 * t3.small to $19.47 (+21.8%) · [Switch to prices as of 2026-03-01]". Renders nothing when the
 * scenario is at the latest prices. The one place the app says newer prices exist.
 */
export function PricesChangedNotice({
  pinnedDate,
  change,
  onSwitch,
}: {
  readonly pinnedDate: string;
  readonly change: PricesChanged;
  readonly onSwitch: (latestDate: string) => void;
}) {
  if (change.kind === 'current') return null;
  const head = (
    <>
      Priced as of <strong>{pinnedDate}</strong> · the latest prices ({change.latestDate}){' '}
    </>
  );
  if (change.kind === 'unpriceable')
    return (
      <p className="notice notice--warn" role="status" data-testid="newer-prices">
        {head}
        cannot price these systems: {change.issues.map((i) => `${i.field}: ${i.message}`).join('; ')}.
      </p>
    );
  const changed = change.systems.filter((s) => !s.pinnedUsd.eq(s.latestUsd));
  return (
    <p className="notice notice--warn" role="status" data-testid="newer-prices">
      {head}
      {changed.length === 0 ? 'would not change any total' : 'would change '}
      {changed.map((s, i) => (
        <Fragment key={s.id}>
          {i === 0 ? '' : i === changed.length - 1 ? ' and ' : ', '}
          {s.name} to <strong>{usd(s.latestUsd)}</strong> ({percentText(s.percent)})
        </Fragment>
      ))}{' '}
      ·{' '}
      <button type="button" onClick={() => onSwitch(change.latestDate)}>
        Switch to prices as of {change.latestDate}
      </button>
    </p>
  );
}
