import { useDeferredValue, useId, useState } from 'react';
import { pct } from '../../kinds/aws-lambda/coldstart';
import { AWS_LAMBDA } from '../../kinds/aws-lambda/kind';
import type { PricedScenario } from '../../report';
import { useDerived } from '../AppContext';
import { SETTLE_MAX_WAIT_MS, SETTLE_QUIET_MS, useSettledResults } from '../useSettled';
import { ColdStartInputs } from './ColdStartInputs';
import { MitigationTable } from './MitigationTable';
import { useColdStarts } from './useColdStarts';

/**
 * Cold starts of the scenario's Lambda systems and architectures' Lambda components: the rate (modelled from traffic, the scenario's, or
 * measured from pasted REPORT lines) and, for the target, what each way of meeting it costs.
 */
export function ColdStartSection() {
  const shown = useDeferredValue(useSettledResults(useDerived().shown, SETTLE_QUIET_MS, SETTLE_MAX_WAIT_MS));
  if (!shown || !hasLambda(shown.scenario)) return null;
  return (
    <div className="panel" data-testid="coldstart-panel">
      <h2>Cold starts</h2>
      <ColdStartInputs />
      <Results priced={shown} />
    </div>
  );
}

/** Whether the scenario runs a Lambda function: a system, or a component of an architecture. */
function hasLambda(s: Extract<PricedScenario, { ok: true }>['scenario']): boolean {
  return (
    s.systems.some((x) => x.kind === AWS_LAMBDA) ||
    (s.architectures ?? []).some((a) => a.components.some((c) => c.kind === AWS_LAMBDA))
  );
}

function Results({ priced }: { readonly priced: Extract<PricedScenario, { ok: true }> }) {
  const [paste, setPaste] = useState('');
  const pasteId = useId();
  const state = useColdStarts(priced, paste);
  const r = state.result;
  return (
    <>
      <div className="field">
        <label htmlFor={pasteId}>Measured REPORT lines (optional)</label>
        <textarea
          id={pasteId}
          rows={3}
          spellCheck={false}
          value={paste}
          onChange={(e) => setPaste(e.currentTarget.value)}
          placeholder="REPORT RequestId: … Init Duration: …"
        />
        <p className="field__hint" data-testid="cs-paste-status">
          {state.measured
            ? `${state.measured.invocations} invocations, ${pct(state.measured.coldStartRate)} cold: the measured rate replaces the model.`
            : 'Without measurements the rate is modelled from the workload’s traffic.'}
        </p>
      </div>
      {!r.ok ? (
        <ul role="alert">
          {r.issues.map((i) => (
            <li key={`${i.field}:${i.message}`}>{`${i.field}: ${i.message}`}</li>
          ))}
        </ul>
      ) : (
        r.reports.map((rep) => (
          <section key={rep.systemId} aria-label={`Cold starts of ${rep.systemName}`}>
            <h3>{rep.systemName}</h3>
            <p data-testid={`cs-rate-${rep.systemId}`}>
              <strong>{pct(rep.rate)}</strong> of invocations start cold (<strong>{rep.source}</strong>): {rep.rateText}
              .
            </p>
            <p className="muted">
              A cold start adds {rep.latency.medianMs} ms (p99 {rep.latency.p99Ms} ms; {rep.latency.source}); INIT
              billed {rep.initBilledMs} ms per cold start where the prices bill it (from 2025-08-01).
            </p>
            <MitigationTable report={rep} />
            {rep.pcBreakeven ? <p data-testid={`cs-breakeven-${rep.systemId}`}>{rep.pcBreakeven.text}.</p> : null}
            <ul className="muted">
              {[...rep.mitigations.flatMap((m) => m.notes.map((n) => `${m.label}: ${n}`)), ...rep.notes].map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          </section>
        ))
      )}
    </>
  );
}
