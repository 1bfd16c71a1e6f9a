import { formatQuantity, priceText } from '../../engine';
import { useFieldIssue } from '../../ui/AppContext';
import { NumberField } from '../../ui/fields/NumberField';
import { SelectField } from '../../ui/fields/SelectField';
import type { EditorProps } from '../../ui/systems/editorProps';
import { withPatch } from '../../ui/systems/patch';
import { useServicePrices } from '../../ui/systems/useServicePrices';
import { type CLOUDFLARE_WORKERS, WORKERS_SERVICE, type WorkersTrigger } from './kind';

/** Cloudflare Workers (Standard): billed on the workload's CPU time, static-asset requests free. */
export function CloudflareWorkersEditor({ system, path, onChange }: EditorProps<typeof CLOUDFLARE_WORKERS>) {
  const issue = useFieldIssue(`${path}.staticAssetShare`);
  const triggerIssue = useFieldIssue(`${path}.trigger`);
  const prices = useServicePrices(WORKERS_SERVICE);
  const trigger = system.trigger ?? 'http';
  return (
    <>
      <p className="field__hint">
        Billed on CPU time (the workload's “CPU time”), not wall time
        {prices
          ? `; ${priceText(prices.subscription)} includes ${formatQuantity(prices.rules.includedRequests)} requests and ${formatQuantity(prices.rules.includedCpuMs)} CPU-ms.`
          : '.'}
      </p>
      <SelectField<WorkersTrigger>
        label="Invoked by"
        value={trigger}
        options={[
          { value: 'http', label: 'HTTP requests (CPU up to 5 min)' },
          { value: 'cron', label: 'a Cron Trigger (CPU up to 15 min)' },
          { value: 'queue', label: 'a Queue consumer (CPU up to 15 min)' },
        ]}
        onChange={(t) => onChange(withPatch(system, { trigger: t === 'http' ? undefined : t }))}
        issue={triggerIssue}
      />
      <NumberField
        label="Static-asset share of requests"
        unit="%"
        value={(system.staticAssetShare ?? 0) * 100}
        onChange={(v) =>
          v !== undefined && onChange(withPatch(system, { staticAssetShare: v === 0 ? undefined : v / 100 }))
        }
        slider={{ min: 0, max: 100, step: 1 }}
        issue={issue}
        field={`${path}.staticAssetShare`}
        range={{ min: 0, max: 100 }}
      />
    </>
  );
}
