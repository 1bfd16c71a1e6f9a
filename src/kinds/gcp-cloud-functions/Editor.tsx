import { formatQuantity } from '../../engine';
import { useFieldIssue } from '../../ui/AppContext';
import { SelectField } from '../../ui/fields/SelectField';
import type { EditorProps } from '../../ui/systems/editorProps';
import { withPatch } from '../../ui/systems/patch';
import { useServicePrices } from '../../ui/systems/useServicePrices';
import { CLOUD_FUNCTIONS_SERVICE, type GCP_CLOUD_FUNCTIONS } from './kind';
import { CLOUD_FUNCTIONS_DEFAULTS } from './scenario';

/** Cloud Functions (1st gen): its region; memory (rounded up to a tier) and duration are the workload's. */
export function CloudFunctionsEditor({ system, path, onChange }: EditorProps<typeof GCP_CLOUD_FUNCTIONS>) {
  const prices = useServicePrices(CLOUD_FUNCTIONS_SERVICE);
  const region = system.region ?? CLOUD_FUNCTIONS_DEFAULTS.region;
  const regions = Object.keys(prices?.regions ?? {});
  if (!regions.includes(region)) regions.unshift(region);
  const regionIssue = useFieldIssue(`${path}.region`);
  return (
    <>
      <SelectField<string>
        label="Google Cloud region"
        value={region}
        options={regions.map((r) => ({ value: r, label: r }))}
        onChange={(r) => onChange(withPatch(system, { region: r === CLOUD_FUNCTIONS_DEFAULTS.region ? undefined : r }))}
        issue={regionIssue}
      />
      {prices && (
        <p className="field__hint">
          Memory tiers{' '}
          {prices.rules.tiers.map((t) => `${formatQuantity(t.memoryMb)} MB (${formatQuantity(t.ghz)} GHz)`).join(', ')};
          the workload's memory is rounded up to a tier and its duration to {prices.rules.granularityMs} ms.
        </p>
      )}
    </>
  );
}
