import { useContext, useEffect, useState } from 'react';
import type { LinkNotice } from '../../share/openLink';
import { noticeText } from '../../share/openLink';
import { useUrlSync } from './useUrlSync';
import { useActions, useInputs, usePricing, useStartScenario } from '../AppContext';
import { LinkFlushContext } from './linkFlush';

type Props = {
  readonly initialNotice: LinkNotice | null;
  /** The fragment the page opened (main.tsx, before the first render). */
  readonly openedHash: string;
};

/**
 * Keeps the address bar and the store in step: a link opened later (pasted, back/forward) replaces
 * the scenario, edits are written back with replaceState (throttled, never flooding history), and a
 * bad link shows its notice above the page while the defaults load. Loaded after the first figure.
 */
export function LinkSync({ initialNotice, openedHash }: Props) {
  const scenario = useInputs((s) => s.scenario);
  const { replaceScenario } = useActions();
  const { catalog, price } = usePricing();
  const startScenario = useStartScenario();
  const [notice, setNotice] = useState<LinkNotice | null>(initialNotice);
  const flush = useUrlSync(
    scenario,
    (opened) => {
      // The page opened its fragment before this component loaded (main.tsx), and the user may have
      // edited since: the sync hands over only a different fragment (a link pasted, back/forward).
      if (opened.fromLink || opened.notice) replaceScenario(opened.scenario);
      setNotice(opened.notice);
    },
    { catalog, price, startScenario, openedHash },
  );
  const slot = useContext(LinkFlushContext);
  useEffect(() => {
    // The context's value is a mutable slot (App's own object, like a ref), written only here, in an effect.
    // oxlint-disable-next-line react/immutability
    slot.current = flush;
  }, [slot, flush]);
  if (!notice) return null;
  return (
    <>
      {notice && (
        <div className="notice notice--error" role="alert" data-testid="link-notice">
          <p>{noticeText(notice)}</p>
          {notice.issues.length > 0 && (
            <ul>
              {notice.issues.map((i) => (
                <li key={`${i.field}:${i.message}`}>
                  <code>{i.field}</code>: {i.message}
                </li>
              ))}
            </ul>
          )}
          <button type="button" onClick={() => setNotice(null)}>
            Dismiss
          </button>
        </div>
      )}
    </>
  );
}
