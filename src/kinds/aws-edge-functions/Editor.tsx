import { priceText } from '../../engine';
import { useFieldIssue } from '../../ui/AppContext';
import { SelectField } from '../../ui/fields/SelectField';
import type { EditorProps } from '../../ui/systems/editorProps';
import { withPatch } from '../../ui/systems/patch';
import { useServicePrices } from '../../ui/systems/useServicePrices';
import { type AWS_EDGE_FUNCTIONS, EDGE_FUNCTIONS_SERVICE, type EdgeRuntime } from './kind';
import { EDGE_FUNCTIONS_DEFAULTS } from './scenario';

/** Lambda@Edge or CloudFront Functions, with how each bills (from the price book). */
export function EdgeFunctionsEditor({ system, path, onChange }: EditorProps<typeof AWS_EDGE_FUNCTIONS>) {
  const prices = useServicePrices(EDGE_FUNCTIONS_SERVICE);
  const runtime = system.runtime ?? EDGE_FUNCTIONS_DEFAULTS.runtime;
  const issue = useFieldIssue(`${path}.runtime`);
  const hint = !prices
    ? null
    : runtime === 'lambda-edge'
      ? `${priceText(prices.lambdaEdge.requests)} and ${priceText(prices.lambdaEdge.gbSecond)} of the workload's memory × duration (${prices.rules.lambdaEdgeGranularityMs} ms steps); no free tier.`
      : `${priceText(prices.cloudFrontFunctions.invocations)}; run time is not billed.`;
  return (
    <>
      <SelectField<EdgeRuntime>
        label="Edge runtime"
        value={runtime}
        options={[
          { value: 'lambda-edge', label: 'Lambda@Edge' },
          { value: 'cloudfront-functions', label: 'CloudFront Functions' },
        ]}
        onChange={(r) =>
          onChange(withPatch(system, { runtime: r === EDGE_FUNCTIONS_DEFAULTS.runtime ? undefined : r }))
        }
        issue={issue}
      />
      {hint && <p className="field__hint">{hint}</p>}
    </>
  );
}
