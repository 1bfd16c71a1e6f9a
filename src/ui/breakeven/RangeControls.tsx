import { useActions } from '../AppContext';
import { useChartView } from './useChartView';
import { SelectField } from '../fields/SelectField';

const EXPONENTS = Array.from({ length: 13 }, (_, e) => String(e));
type Exp = (typeof EXPONENTS)[number];
const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const power = (e: string) => `10${[...e].map((d) => SUPERSCRIPT[Number(d)]).join('')}`;

/** The chart's traffic window (10^0 … 10^12) and the cost axis scale. */
export function RangeControls() {
  const range = useChartView();
  const { costScale } = range;
  const { setChartRange, setCostScale } = useActions();
  return (
    <div className="range-controls">
      <SelectField<Exp>
        label="From (requests/month)"
        value={String(range.fromExp)}
        options={EXPONENTS.slice(0, -1).map((e) => ({ value: e, label: power(e) }))}
        onChange={(e) => setChartRange({ fromExp: Number(e), toExp: Math.max(range.toExp, Number(e) + 1) })}
      />
      <SelectField<Exp>
        label="To (requests/month)"
        value={String(range.toExp)}
        options={EXPONENTS.slice(1).map((e) => ({ value: e, label: power(e) }))}
        onChange={(e) => setChartRange({ fromExp: Math.min(range.fromExp, Number(e) - 1), toExp: Number(e) })}
      />
      <SelectField<'log' | 'linear'>
        label="Cost axis"
        value={costScale}
        options={[
          { value: 'log', label: 'logarithmic' },
          { value: 'linear', label: 'linear' },
        ]}
        onChange={setCostScale}
      />
    </div>
  );
}
