import type { SystemEstimate } from '../../engine';
import { priceText } from '../../engine';
import { percent, usd } from '../format';
import { GradeBadge } from './GradeBadge';

/** The bill of one system: each line's amount and share, its arithmetic, and the sources of its rates. */
export function LineItems({ estimate }: { readonly estimate: SystemEstimate }) {
  const total = estimate.monthlyUsd;
  return (
    <div className="explain" data-testid="explain">
      <ol className="line-items">
        {estimate.lines.map((l) => {
          const share = total.isZero() ? 0 : l.usd.div(total).toNumber();
          return (
            <li key={l.key} className="line-item">
              <div className="line-item__head">
                <span className="line-item__label">{l.label}</span>
                <span className="num">{usd(l.usd)}</span>
                <span className="line-item__share num">{percent(share)} of this bill</span>
              </div>
              <div className="share-bar" aria-hidden="true">
                <span style={{ width: `${Math.round(share * 100)}%` }} />
              </div>
              <p className="trace">
                <code>{l.trace}</code>
              </p>
              <p className="line-item__rate">
                Rate {priceText(l.rate)} <GradeBadge grade={l.grade} /> from{' '}
                {l.sources.map((s, i) => (
                  <span key={`${s.id}-${i}`}>
                    {i > 0 && ', '}
                    <a href={s.url} rel="noreferrer noopener" target="_blank">
                      {s.title}
                    </a>{' '}
                    ({s.dateShown ? `dated ${s.dateShown}` : `retrieved ${s.retrieved}`}
                    {s.grade !== l.grade ? `, ${s.grade}` : ''})
                  </span>
                ))}
              </p>
            </li>
          );
        })}
      </ol>
      {estimate.notes.map((n) => (
        <p key={n} className="muted">
          Note: {n}
        </p>
      ))}
    </div>
  );
}
