import { useMemo } from 'react';
import { cheapestParts } from '../../report/cheapestSentence';
import { useDerived } from '../AppContext';
import { SentenceParts } from './SentenceParts';

/**
 * The answer users read first, at the top of the breakeven panel: which system is cheapest at
 * every traffic ("Below 8.1 M requests/month Lambda is cheapest; above 8.1 M t3.small.").
 */
export function CheapestSentence() {
  const analysis = useDerived().shown?.analysis;
  const parts = useMemo(() => {
    if (!analysis) return [];
    return cheapestParts(analysis.cheapest, new Map(analysis.estimates.map((e) => [e.id, e.name])));
  }, [analysis]);
  if (parts.length === 0) return null;
  const undetermined = analysis?.cheapest.some((s) => s.undetermined.length > 0) ?? false;
  return (
    <p className="cheapest" data-testid="cheapest">
      <SentenceParts parts={parts} />.
      {undetermined && <span className="muted"> Where two alternate, the walk limit left some changes unlisted.</span>}
    </p>
  );
}
