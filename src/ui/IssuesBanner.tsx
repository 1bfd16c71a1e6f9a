import { useDerived } from './AppContext';

/**
 * Every problem with the current inputs, naming its field, at the top of the results. Fields shown
 * in the form are also marked inline; this list also catches those that are not (e.g. pricing).
 */
export function IssuesBanner() {
  const { issues } = useDerived();
  if (issues.length === 0) return null;
  return (
    <div className="notice notice--error" role="alert" data-testid="issues">
      <p>These inputs cannot be priced:</p>
      <ul>
        {issues.map((i) => (
          <li key={`${i.field}:${i.message}`}>
            <code>{i.field}</code>: {i.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
