import type { Measurements } from '../../measure';
import type { PanelForm } from './inputs';

type Props = {
  readonly form: PanelForm;
  readonly measurements: Measurements;
  readonly onChange: (patch: Partial<PanelForm>) => void;
};

function status(m: Measurements): string {
  switch (m.kind) {
    case 'empty':
      return 'Nothing pasted: durations come from the model.';
    case 'power-tuning':
      if (!m.result.ok) return `Power Tuning link not read: ${m.result.message}`;
      return m.result.series
        .map(
          (s, i) =>
            `${i === 0 ? 'Power Tuning link' : 'Second series'}${s.label ? ` "${s.label}"` : ''}: ${s.points.length} memory sizes read; measured on ${s.architecture ?? 'an unknown architecture'} (${s.architectureBasis})${s.includesInit ? '; a cold-start run: times include INIT' : ''}.`,
        )
        .join(' ');
    case 'report-lines': {
      const p = m.parsed;
      const s = m.summary;
      const head = `${p.reports.length} REPORT line${p.reports.length === 1 ? '' : 's'} parsed, ${p.skipped} skipped, ${p.ignored} other line${p.ignored === 1 ? '' : 's'} ignored.`;
      if (p.reports.length === 0) return `${head} No REPORT lines found.`;
      const sizes = s.points.map((x) => `${x.memoryMb} MB`).join(', ');
      const init =
        s.initDurationMs === null
          ? 'no cold starts'
          : `${(s.coldStartRate * 100).toFixed(1)}% cold starts, INIT ${s.initDurationMs.toFixed(0)} ms on average`;
      const failed =
        s.timeouts + s.errors > 0
          ? ` ${s.timeouts} timed out, ${s.errors} failed: their durations are lower bounds.`
          : '';
      const warn = s.coldStartWarning ? ` Note: ${s.coldStartWarning}.` : '';
      return `${head} Sizes: ${sizes}; ${init} (${s.coldStarts} of ${s.invocations}); max memory used ${s.maxMemoryUsedMb} MB.${failed}${warn}`;
    }
  }
}

/** A paste box for Lambda REPORT lines (text or JSON logs) or a Power Tuning link, with what was read. */
export function MeasurePaste({ form, measurements, onChange }: Props) {
  const problems = measurements.kind === 'report-lines' ? measurements.parsed.problems.slice(0, 5) : [];
  return (
    <fieldset className="field-group">
      <legend>Measurements (optional)</legend>
      <div className="field">
        <label htmlFor="rs-paste">Paste Lambda REPORT lines or a Power Tuning link</label>
        <textarea
          id="rs-paste"
          rows={5}
          cols={80}
          value={form.paste}
          spellCheck={false}
          placeholder="REPORT RequestId: …  Duration: 102.25 ms  Billed Duration: 103 ms  Memory Size: 128 MB  Max Memory Used: 70 MB"
          onChange={(e) => onChange({ paste: e.target.value })}
        />
      </div>
      <p role="status" className="field__hint" data-testid="rs-paste-status">
        {status(measurements)}
      </p>
      {problems.length > 0 ? (
        <ul aria-label="Skipped lines">
          {problems.map((p) => (
            <li key={p.line}>
              line {p.line}: {p.reason}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="field">
        <label htmlFor="rs-measuredArchitecture">Measured on</label>
        <select
          id="rs-measuredArchitecture"
          value={form.measuredArchitecture}
          onChange={(e) => onChange({ measuredArchitecture: e.target.value === 'arm64' ? 'arm64' : 'x86_64' })}
        >
          <option value="x86_64">x86_64</option>
          <option value="arm64">arm64</option>
        </select>
      </div>
    </fieldset>
  );
}
