import { useDerived, useDerivedScenario } from './AppContext';
import { fieldLabel, issuesOnScreen } from './fieldLabels';
import { useTypedDrafts } from './fields/typedDrafts';

/**
 * Every problem with the current inputs, at the top of the results, each field named as the page
 * labels it ("t3.small › Requests per second per instance") and described by what its box holds now.
 * Fields shown in the form are also marked inline, next to the box; this list also catches those that
 * are not (a closed editor, pricing).
 */
export function IssuesBanner() {
  const { issues } = useDerived();
  const drafts = useTypedDrafts();
  // The scenario the issues were found in (their paths point into it), not the inputs typed since.
  const scenario = useDerivedScenario();
  const shown = issuesOnScreen(issues, drafts);
  if (shown.length === 0) return null;
  return (
    <div className="notice notice--error" role="alert" data-testid="issues">
      <p>These inputs cannot be priced:</p>
      <ul>
        {shown.map((i) => (
          <li key={`${i.field}:${i.message}`} data-field={i.field}>
            <strong>{fieldLabel(i.field, scenario)}</strong>: {i.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
