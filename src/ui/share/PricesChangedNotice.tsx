import type { ReactNode } from 'react';
import { type PricesChanged, percentText } from '../../share/pricesChanged';

/**
 * "This link pins prices as of 2020-11-30. With prices as of 2026-03-01: Lambda −35.7%, t3.small
 * ±0%. [Switch to 2026-03-01]". Renders nothing when the scenario is at the latest prices.
 */
export function PricesChangedNotice({
  pricingDate,
  change,
  onSwitch,
}: {
  readonly pricingDate: string;
  readonly change: PricesChanged;
  readonly onSwitch: (latestDate: string) => void;
}): ReactNode {
  if (change.kind === 'current') return null;
  const button = (
    <button type="button" onClick={() => onSwitch(change.latestDate)}>
      Switch to prices as of {change.latestDate}
    </button>
  );
  if (change.kind === 'unpriceable') {
    return (
      <div role="status" className="sbe-prices-changed" data-testid="prices-changed">
        <p>
          Prices as of {pricingDate}. Newer prices exist ({change.latestDate}), but this scenario cannot be priced with them:{' '}
          {change.issues.map((i) => `${i.field}: ${i.message}`).join('; ')}.
        </p>
      </div>
    );
  }
  return (
    <div role="status" className="sbe-prices-changed" data-testid="prices-changed">
      <p>
        Prices as of {pricingDate}.{' '}
        {change.anyChange ? `With prices as of ${change.latestDate}:` : `Prices as of ${change.latestDate} give the same totals.`}
      </p>
      {change.anyChange && (
        <ul>
          {change.systems.map((s) => (
            <li key={s.id}>
              {s.name}: {percentText(s.percent)}
            </li>
          ))}
        </ul>
      )}
      {button}
    </div>
  );
}
