import { pricedIn } from '../report/pricedIn';
import { useDerived, useInputs } from './AppContext';

/** The region and price date every figure on the page is in, in the page header. */
export function HeaderRegion() {
  const { shown } = useDerived();
  const region = useInputs((s) => s.scenario.region ?? 'us-east-1');
  return (
    <p className="app__region" data-testid="header-region">
      {shown ? pricedIn(shown.book) : `AWS region ${region}`}
    </p>
  );
}
