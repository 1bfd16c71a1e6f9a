import type { ScenarioSystem } from '../../scenario';
import { useFieldIssue } from '../AppContext';
import { CheckboxField } from '../fields/CheckboxField';
import { NumberField } from '../fields/NumberField';
import { SelectField } from '../fields/SelectField';

type Discount = NonNullable<ScenarioSystem['discount']>;
export type DiscountProps = {
  readonly discount: Discount | undefined;
  readonly path: string;
  readonly onChange: (d: Discount | undefined) => void;
};

/**
 * A Savings Plan (or committed-use discount) or a negotiated percentage. The engine applies it only
 * to the lines it covers (compute, not requests or API Gateway) and shows it as its own line.
 */
export function DiscountFields({ discount, path, onChange }: DiscountProps) {
  const kindIssue = useFieldIssue(`${path}.discount.kind`);
  const percentIssue = useFieldIssue(`${path}.discount.percent`);
  const issue = useFieldIssue(`${path}.discount`);
  return (
    <>
      <CheckboxField
        label="Discount on compute"
        checked={discount !== undefined}
        onChange={(on) => onChange(on ? { kind: 'savings-plan', percent: 17 } : undefined)}
      />
      {issue && <p className="field__error">{issue}</p>}
      {discount && (
        <>
          <SelectField<Discount['kind']>
            label="Discount kind"
            value={discount.kind}
            options={[
              { value: 'savings-plan', label: 'Savings Plan / committed use' },
              { value: 'negotiated', label: 'Negotiated (private pricing)' },
            ]}
            onChange={(kind) => onChange({ ...discount, kind })}
            issue={kindIssue}
          />
          <NumberField
            label="Discount"
            unit="%"
            value={discount.percent}
            onChange={(v) => v !== undefined && onChange({ ...discount, percent: v })}
            slider={{ min: 0, max: 72, step: 1 }}
            issue={percentIssue}
          />
        </>
      )}
    </>
  );
}
