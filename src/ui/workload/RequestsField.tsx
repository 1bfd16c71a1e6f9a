import { useActions, useFieldIssue, useInputs } from '../AppContext';
import { NumberField } from '../fields/NumberField';
import { SelectField } from '../fields/SelectField';
import { count, decimal } from '../format';
import { RATE_UNITS, type RateUnit, fromPerMonth, toPerMonth } from '../../state';

const UNIT_LABEL: Record<RateUnit, string> = {
  month: 'per month',
  day: 'per day',
  minute: 'per minute',
  second: 'per second',
};
const SLIDER_MAX: Record<RateUnit, number> = {
  month: 1e12,
  day: 1e12 / 30,
  minute: 1e12 / 43_800,
  second: 1e12 / 2_628_000,
};

/** Traffic, typed per month, day, minute or second, with the conversion to the others shown. */
export function RequestsField() {
  const requestsPerMonth = useInputs((s) => s.scenario.workload.requestsPerMonth);
  const unit = useInputs((s) => s.requestsUnit);
  const { setWorkload, setRequestsUnit } = useActions();
  const issue = useFieldIssue('workload.requestsPerMonth');
  const valid = Number.isFinite(requestsPerMonth) && requestsPerMonth >= 0;
  const conversion = valid
    ? `= ${count(requestsPerMonth)} requests/month · ${decimal(fromPerMonth(requestsPerMonth, 'second'))}/s average (730-hour month)`
    : undefined;
  return (
    <div className="field-group">
      <NumberField
        label={`Requests ${UNIT_LABEL[unit]}`}
        unit={`req/${unit === 'second' ? 's' : unit === 'minute' ? 'min' : unit}`}
        value={fromPerMonth(requestsPerMonth, unit)}
        onChange={(v) => v !== undefined && setWorkload({ requestsPerMonth: toPerMonth(v, unit) })}
        slider={{ min: 1, max: SLIDER_MAX[unit], log: true }}
        issue={issue}
        field="workload.requestsPerMonth"
        hint={conversion}
        allowSuffix
        testId="requests"
      />
      <SelectField<RateUnit>
        label="Traffic given per"
        value={unit}
        options={RATE_UNITS.map((u) => ({ value: u, label: u }))}
        onChange={setRequestsUnit}
      />
    </div>
  );
}
