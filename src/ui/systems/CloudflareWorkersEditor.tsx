import { useFieldIssue } from '../AppContext';
import { NumberField } from '../fields/NumberField';
import type { EditorProps } from './editorProps';
import { withPatch } from './patch';

/** Cloudflare Workers (Standard): billed on the workload's CPU time, static-asset requests free. */
export function CloudflareWorkersEditor({ system, path, onChange }: EditorProps<'cloudflare-workers'>) {
  const issue = useFieldIssue(`${path}.staticAssetShare`);
  return (
    <>
      <p className="field__hint">Billed on CPU time (the workload's “CPU time”), not wall time; $5/month includes 10 M requests and 30 M CPU-ms.</p>
      <NumberField
        label="Static-asset share of requests"
        unit="%"
        value={(system.staticAssetShare ?? 0) * 100}
        onChange={(v) => v !== undefined && onChange(withPatch(system, { staticAssetShare: v === 0 ? undefined : v / 100 }))}
        slider={{ min: 0, max: 100, step: 1 }}
        issue={issue}
      />
    </>
  );
}
