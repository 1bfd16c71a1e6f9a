import { useEffect, useId } from 'react';
import { UNTITLED, pageTitle } from '../share/titles';
import { useActions, useFieldIssue, useInputs } from './AppContext';

/**
 * The scenario's title, editable: exports are named after it, and it titles the SVG chart, the
 * Markdown report, the embed and its iframe. The browser tab follows it too.
 */
export function ScenarioTitle() {
  const name = useInputs((s) => s.scenario.name);
  const { setScenarioField } = useActions();
  const issue = useFieldIssue('name');
  const id = useId();
  useEffect(() => {
    document.title = pageTitle(name);
  }, [name]);
  return (
    <div className={`field scenario-title${issue ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>Title of this comparison</label>
      <input
        id={id}
        type="text"
        value={name ?? ''}
        placeholder={UNTITLED}
        maxLength={80}
        aria-invalid={issue ? true : undefined}
        aria-describedby={`${id}-hint`}
        onChange={(e) => setScenarioField('name', e.currentTarget.value === '' ? undefined : e.currentTarget.value)}
      />
      {issue ? (
        <p className="field__error" id={`${id}-hint`}>
          {issue}
        </p>
      ) : (
        <p className="field__hint" id={`${id}-hint`}>
          Names the exported files and titles the chart, the report and the embed.
        </p>
      )}
    </div>
  );
}
