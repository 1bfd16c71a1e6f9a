import { useDeferredValue, useEffect, useState } from 'react';
import type { PricedScenario } from '../../report';
import { type Checklist, type ChecklistItem, checklistSteps } from '../../report/checklist';
import { useActions, useDerived, useInputsNow } from '../AppContext';
import { usd } from '../format';
import { runInSlices } from '../runInSlices';
import { SETTLE_MAX_WAIT_MS, SETTLE_QUIET_MS, useSettledResults } from '../useSettled';

type Priced = Extract<PricedScenario, { ok: true }>;

/**
 * The brief's cost checklist for the scenario on screen: each optimisation that applies, its
 * monthly saving (the system's bill before and after only that change, both priced in full), the
 * assumption it rests on, and "Apply", which makes that one change to the current inputs.
 */
export function ChecklistSection() {
  // Re-prices the scenario once per item: it follows settled inputs, like the right-sizing panel.
  const shown = useDeferredValue(useSettledResults(useDerived().shown, SETTLE_QUIET_MS, SETTLE_MAX_WAIT_MS));
  const { replaceScenario } = useActions();
  // "Apply" changes the inputs as they are when it is clicked (an edit may have followed the priced list).
  const inputsNow = useInputsNow();
  // Worked out a few milliseconds at a time (runInSlices): its whole run is far more than a frame, and
  // an input that comes as it starts is answered between two slices, not after it. Until the new list
  // is ready the previous one stays on screen, marked busy.
  const [done, setDone] = useState<{ readonly shown: Priced; readonly list: Checklist } | null>(null);
  useEffect(() => {
    if (!shown) return undefined;
    return runInSlices(checklistSteps(shown), (list) => setDone({ shown, list }));
  }, [shown]);
  if (!shown || !done) return null;
  const { list } = done;
  const apply = (item: ChecklistItem) => replaceScenario(item.apply(inputsNow().scenario));
  return (
    <section
      className="panel checklist"
      aria-labelledby="checklist-heading"
      aria-busy={done.shown !== shown}
      data-testid="checklist"
    >
      <h2 id="checklist-heading">Optimisation checklist</h2>
      <p className="muted">
        Each change priced on its own against today's bill, largest monthly saving first. Apply makes only that change.
      </p>
      {list.items.length === 0 ? (
        <p>Nothing to save: every optimisation checked is already in place or would cost more.</p>
      ) : (
        <ol className="checklist__items">
          {list.items.map((i) => (
            <li key={i.id} className="checklist__item" data-testid="checklist-item" data-item={i.id}>
              <div className="checklist__head">
                <strong className="num checklist__saving">{usd(i.savingUsd)}/month</strong>
                <span>
                  {i.alternativeName}: {i.title}
                </span>
                <button type="button" onClick={() => apply(i)}>
                  Apply<span className="visually-hidden"> {`${i.title} to ${i.alternativeName}`}</span>
                </button>
              </div>
              <p className="checklist__detail">
                <code>{i.change}</code> · {usd(i.beforeUsd)} → {usd(i.afterUsd)}
              </p>
              <p className="checklist__detail muted">Assumes: {i.assumption}</p>
            </li>
          ))}
        </ol>
      )}
      {list.optimal.length > 0 && (
        <p className="muted" data-testid="checklist-optimal">
          Already optimal: {list.optimal.map((i) => `${i.alternativeName}: ${i.title}`).join('; ')}.
        </p>
      )}
    </section>
  );
}
