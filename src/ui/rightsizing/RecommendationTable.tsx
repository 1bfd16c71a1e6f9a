import { type Choice, type Recommendations, type Rightsizing, versusText } from '../../kinds/aws-lambda/rightsizing';
import { USER_LOCALE, usd } from '../format';

type Props = {
  readonly rightsizing: Rightsizing;
  readonly showLatency: boolean;
  readonly onPick: (choice: Choice) => void;
};

const ROWS = [
  ['cheapest', 'Cheapest'],
  ['fastest', 'Fastest'],
  ['balanced', 'Balanced'],
  ['powerTuningBalanced', 'Balanced as Power Tuning weighs it (duration cost only)'],
  ['withinLatency', 'Cheapest within the latency limit'],
] as const satisfies readonly (readonly [keyof Recommendations, string])[];

function Cell({ choice, label, onPick }: { choice: Choice | null; label: string; onPick: Props['onPick'] }) {
  if (!choice) return <td>—</td>;
  const p = choice.point;
  return (
    <td>
      <strong>
        {p.memoryMb} MB {p.architecture}
      </strong>
      , {p.durationMs.toFixed(1)} ms{p.source === 'untested' ? ' (untested)' : ''}
      {p.assumedFrom ? ` (${p.assumedFrom} durations, assumed)` : ''}, {usd(p.monthlyUsd)}/month
      <br />
      <span>{versusText(choice.vsCurrent, USER_LOCALE)}</span>
      <br />
      <button
        type="button"
        onClick={() => onPick(choice)}
        aria-label={`Apply ${p.memoryMb} MB ${p.architecture} (${label})`}
      >
        Apply {p.memoryMb} MB {p.architecture}
      </button>
    </td>
  );
}

/**
 * The choices, the headline (sizes whose durations are their architecture's own) and each
 * architecture side by side, each one click from applied.
 */
export function RecommendationTable({ rightsizing: r, showLatency, onPick }: Props) {
  const archs = Object.keys(r.byArchitecture) as (keyof typeof r.byArchitecture)[];
  const rows = ROWS.filter(([key]) => key !== 'withinLatency' || showLatency);
  return (
    <table data-testid="rs-recommendations">
      <caption>
        Current: {r.current.memoryMb} MB {r.current.architecture}, {r.current.durationMs.toFixed(1)} ms,{' '}
        {usd(r.current.monthlyUsd)}/month
      </caption>
      <thead>
        <tr>
          <th scope="col">Choice</th>
          <th scope="col">Headline (measured or modelled, none assumed)</th>
          {archs.map((a) => (
            <th scope="col" key={a}>
              {a} only
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(([key, label]) => (
          <tr key={key} data-testid={`rs-${key}`}>
            <th scope="row">{label}</th>
            <Cell choice={r.recommendations[key]} label={label} onPick={onPick} />
            {archs.map((a) => (
              <Cell key={a} choice={r.byArchitecture[a]?.[key] ?? null} label={`${label} on ${a}`} onPick={onPick} />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
