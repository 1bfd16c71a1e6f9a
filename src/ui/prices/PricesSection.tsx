import { useId } from 'react';
import { awsRegionCoverage, effectiveDates, latestDate } from '../../pricing';
import { filesUsed, usedWarnings } from '../../report/jsonReport';
import { useActions, useDerived, useInputs, usePricing } from '../AppContext';
import { CheckboxField } from '../fields/CheckboxField';
import { GradeBadge } from '../results/GradeBadge';
import { sourceDate } from '../results/sourceDate';

/**
 * "Prices as of …" with a picker of earlier dates, free-tier switches, warnings, and the files and sources used.
 * What newer prices would change is said once, under the results' header (`PricesChangedBanner`).
 */
export function PricesSection() {
  const { catalog, pricingErrors } = usePricing();
  const pricingDate = useInputs((s) => s.scenario.pricingDate);
  const freeTier = useInputs((s) => s.scenario.freeTier ?? false);
  const apiFreeTier = useInputs((s) => s.scenario.apiGatewayFreeTier ?? false);
  const { setScenarioField } = useActions();
  const { shown } = useDerived();
  const dateId = useId();
  const regionId = useId();
  const region = useInputs((s) => s.scenario.region ?? 'us-east-1');
  const regions = awsRegionCoverage(catalog);
  const latest = latestDate(catalog);
  const dates = effectiveDates(catalog);
  const book = shown?.book;
  const files = shown ? filesUsed(shown.book, shown.analysis) : [];
  return (
    <section className="panel" aria-labelledby="prices-heading">
      <h2 id="prices-heading">Prices</h2>
      <p className="as-of" data-testid="prices-as-of">
        Prices as of <strong>{book?.pricingDate ?? pricingDate ?? latest}</strong>
        {book && ` (${book.region})`}
      </p>
      <div className="field">
        <label htmlFor={dateId}>Price list date</label>
        <select
          id={dateId}
          value={pricingDate ?? ''}
          onChange={(e) => setScenarioField('pricingDate', e.currentTarget.value || undefined)}
        >
          <option value="">Latest ({latest})</option>
          {dates.map((d) => (
            <option key={d} value={d}>
              {d}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={regionId}>AWS region</label>
        <select
          id={regionId}
          value={region}
          onChange={(e) =>
            setScenarioField('region', e.currentTarget.value === 'us-east-1' ? undefined : e.currentTarget.value)
          }
        >
          {regions.map((r) => (
            <option key={r.region} value={r.region}>
              {r.region} ({r.services.length} of {r.of} AWS services sourced)
            </option>
          ))}
        </select>
        <p className="field__hint">
          Outside us-east-1 only some AWS prices are sourced; a system without a sourced price in the region says so on
          its own row, and the others still price.
        </p>
      </div>
      <CheckboxField
        label="Always-free tiers: AWS, Google Cloud and Azure"
        checked={freeTier}
        onChange={(on) => setScenarioField('freeTier', on || undefined)}
        hint="Each provider's monthly free allowance, account-wide. AWS: Lambda's 1 M requests and 400,000 GB-s, SQS, SNS, DynamoDB, Step Functions, CloudWatch Logs and 100 GB of data transfer out. Google Cloud: Cloud Run and egress. Azure: Functions and bandwidth. Cloudflare Workers' included usage comes with its plan and always counts."
      />
      <CheckboxField
        label="AWS API Gateway free tier (12 months, new accounts)"
        checked={apiFreeTier}
        onChange={(on) => setScenarioField('apiGatewayFreeTier', on || undefined)}
        hint="AWS only: 1 M HTTP API and 1 M REST API calls a month, for an account's first 12 months."
      />
      {[...(shown ? usedWarnings(shown.book, shown.analysis) : []), ...pricingErrors].map((w) => (
        <p key={w} className="notice notice--warn" role="status">
          {w}
        </p>
      ))}
      <details className="sources">
        <summary>Price files and sources used ({files.length})</summary>
        <ul>
          {files.map((f) => (
            <li key={f.id}>
              <code>{f.id}</code>: {f.title}
              {f.unchangedSinceAtLeast && ` (prices unchanged since at least ${f.unchangedSinceAtLeast})`}
              <ul>
                {f.sources.map((s) => (
                  <li key={s.id}>
                    <a href={s.url} rel="noreferrer noopener" target="_blank">
                      {s.title}
                    </a>{' '}
                    <GradeBadge grade={s.grade} /> {sourceDate(s)}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
