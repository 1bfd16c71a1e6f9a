import type { LineItem, PartEstimate, SystemEstimate } from '../../engine';
import { priceText } from '../../engine';
import { percent, usd } from '../format';
import { type BillShares, billShares, grossOf, shareOf } from './billShares';
import { GradeBadge } from './GradeBadge';
import { sourceDate } from './sourceDate';

/**
 * The bill of one system: each line's amount and share, its arithmetic, and the sources of its
 * rates. Shares are of the gross bill (the charges before credits), so none exceeds 100%; a credit or
 * discount is its own line with its amount. An architecture's bill is shown by component: each one's
 * own lines and its share of the lines pooled across components (one account's free tier and tiers),
 * which say they are shared.
 */
export function LineItems({ estimate }: { readonly estimate: SystemEstimate }) {
  const bill = billShares(estimate.lines);
  return (
    <div className="explain" data-testid="explain">
      {bill.hasCredits && (
        <p className="muted" data-testid="gross-bill">
          Charges {usd(bill.grossUsd)}, less credits and discounts {usd(bill.grossUsd.minus(estimate.monthlyUsd))}:{' '}
          {usd(estimate.monthlyUsd)}. Shares are of the charges.
        </p>
      )}
      {estimate.parts ? (
        <PartsLines estimate={estimate} parts={estimate.parts} bill={bill} />
      ) : (
        <LineList lines={estimate.lines} bill={bill} isShared={() => false} />
      )}
      {estimate.notes.map((n) => (
        <p key={n} className="muted">
          Note: {n}
        </p>
      ))}
    </div>
  );
}

function PartsLines({
  estimate,
  parts,
  bill,
}: {
  readonly estimate: SystemEstimate;
  readonly parts: readonly PartEstimate[];
  readonly bill: BillShares<LineItem>;
}) {
  // A part's line that is not a line of the whole bill is its share of a pooled one.
  const whole = new Set(estimate.lines.map((l) => l.key));
  return (
    <>
      {parts.map((p) => (
        <section key={p.id} className="explain-part" data-testid="explain-part" aria-label={p.name}>
          <h4>
            {p.name}: <span className="num">{usd(p.monthlyUsd)}</span>{' '}
            <span className="muted">
              ({percent(shareOf(grossOf(p.lines.map((l) => l.usd)), bill.grossUsd))} of the{' '}
              {bill.hasCredits ? 'charges' : 'bill'})
            </span>
          </h4>
          {p.lines.length === 0 ? (
            <p className="muted">No charges at this traffic.</p>
          ) : (
            <LineList lines={p.lines} bill={bill} isShared={(l) => !whole.has(l.key)} />
          )}
        </section>
      ))}
    </>
  );
}

function LineList({
  lines,
  bill,
  isShared,
}: {
  readonly lines: readonly LineItem[];
  readonly bill: BillShares<LineItem>;
  readonly isShared: (l: LineItem) => boolean;
}) {
  const of = bill.hasCredits ? 'of the charges' : 'of this bill';
  return (
    <ol className="line-items">
      {lines.map((l) => {
        const credit = l.usd.isNegative() && !l.usd.isZero();
        const s = credit ? 0 : shareOf(l.usd, bill.grossUsd);
        const shared = isShared(l);
        return (
          <li key={l.key} className="line-item">
            <div className="line-item__head">
              <span className="line-item__label">
                {l.label}
                {shared && <span className="badge">shared: its part of a pooled line</span>}
              </span>
              <span className="num">{usd(l.usd)}</span>
              <span className="line-item__share num">{credit ? 'credit' : `${percent(s)} ${of}`}</span>
            </div>
            <div className="share-bar" aria-hidden="true">
              <span style={{ width: `${Math.round(s * 100)}%` }} />
            </div>
            <p className="trace">
              <code>{l.trace}</code>
            </p>
            <p className="line-item__rate">
              Rate {priceText(l.rate)} <GradeBadge grade={l.grade} /> from{' '}
              {l.sources.map((src, i) => (
                <span key={`${src.id}-${i}`}>
                  {i > 0 && ', '}
                  <a href={src.url} rel="noreferrer noopener" target="_blank">
                    {src.title}
                  </a>{' '}
                  {sourceNote(sourceDate(src), src.grade !== l.grade ? src.grade : '')}
                </span>
              ))}
            </p>
          </li>
        );
      })}
    </ol>
  );
}

/** " (dated 2026-03-01, secondary)", or nothing when there is nothing to say. */
function sourceNote(date: string, grade: string): string {
  const parts = [date, grade].filter((p) => p !== '');
  return parts.length === 0 ? '' : `(${parts.join(', ')})`;
}
