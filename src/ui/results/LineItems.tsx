import type { LineItem, PartEstimate, SystemEstimate } from '../../engine';
import { priceText } from '../../engine';
import { percent, usd } from '../format';
import { GradeBadge } from './GradeBadge';

/**
 * The bill of one system: each line's amount and share, its arithmetic, and the sources of its
 * rates. An architecture's bill is shown by component: each one's own lines and its share of the
 * lines pooled across components (one account's free tier and tiers), which say they are shared.
 */
export function LineItems({ estimate }: { readonly estimate: SystemEstimate }) {
  const total = estimate.monthlyUsd;
  return (
    <div className="explain" data-testid="explain">
      {estimate.parts ? (
        <PartsLines estimate={estimate} parts={estimate.parts} />
      ) : (
        <LineList lines={estimate.lines} total={total} isShared={() => false} />
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
}: {
  readonly estimate: SystemEstimate;
  readonly parts: readonly PartEstimate[];
}) {
  const total = estimate.monthlyUsd;
  // A part's line that is not a line of the whole bill is its share of a pooled one.
  const whole = new Set(estimate.lines.map((l) => l.key));
  return (
    <>
      {parts.map((p) => (
        <section key={p.id} className="explain-part" data-testid="explain-part" aria-label={p.name}>
          <h4>
            {p.name}: <span className="num">{usd(p.monthlyUsd)}</span>{' '}
            <span className="muted">({percent(share(p.monthlyUsd, total))} of this bill)</span>
          </h4>
          {p.lines.length === 0 ? (
            <p className="muted">No charges at this traffic.</p>
          ) : (
            <LineList lines={p.lines} total={total} isShared={(l) => !whole.has(l.key)} />
          )}
        </section>
      ))}
    </>
  );
}

function share(part: SystemEstimate['monthlyUsd'], total: SystemEstimate['monthlyUsd']): number {
  return total.isZero() ? 0 : part.div(total).toNumber();
}

function LineList({
  lines,
  total,
  isShared,
}: {
  readonly lines: readonly LineItem[];
  readonly total: SystemEstimate['monthlyUsd'];
  readonly isShared: (l: LineItem) => boolean;
}) {
  return (
    <ol className="line-items">
      {lines.map((l) => {
        const s = share(l.usd, total);
        const shared = isShared(l);
        return (
          <li key={l.key} className="line-item">
            <div className="line-item__head">
              <span className="line-item__label">
                {l.label}
                {shared && <span className="badge">shared: its part of a pooled line</span>}
              </span>
              <span className="num">{usd(l.usd)}</span>
              <span className="line-item__share num">{percent(s)} of this bill</span>
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
                  ({src.dateShown ? `dated ${src.dateShown}` : `retrieved ${src.retrieved}`}
                  {src.grade !== l.grade ? `, ${src.grade}` : ''})
                </span>
              ))}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
