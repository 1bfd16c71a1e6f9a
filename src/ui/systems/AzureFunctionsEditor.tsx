import { useFieldIssue } from '../AppContext';
import { NumberField } from '../fields/NumberField';
import { SelectField } from '../fields/SelectField';
import type { EditorProps } from './editorProps';
import { withPatch } from './patch';

type Plan = 'consumption' | 'flex';
type InstanceMemory = '512' | '2048' | '4096';

/** Azure Functions: Consumption (per execution) or Flex Consumption (per busy instance). */
export function AzureFunctionsEditor({ system, path, onChange }: EditorProps<'azure-functions'>) {
  const plan = system.plan ?? 'consumption';
  const planIssue = useFieldIssue(`${path}.plan`);
  const memoryIssue = useFieldIssue(`${path}.instanceMemoryMb`);
  const concurrencyIssue = useFieldIssue(`${path}.concurrency`);
  const readyIssue = useFieldIssue(`${path}.alwaysReady`);
  const regionIssue = useFieldIssue(`${path}.region`);
  return (
    <>
      <SelectField<'eastus'> label="Azure region" value="eastus" options={[{ value: 'eastus', label: 'East US' }]} onChange={() => onChange(withPatch(system, { region: undefined }))} issue={regionIssue} />
      <SelectField<Plan>
        label="Plan"
        value={plan}
        options={[
          { value: 'consumption', label: 'Consumption (legacy)' },
          { value: 'flex', label: 'Flex Consumption' },
        ]}
        onChange={(p) =>
          onChange(withPatch(system, { plan: p === 'consumption' ? undefined : p, instanceMemoryMb: undefined, concurrency: undefined, alwaysReady: undefined }))
        }
        issue={planIssue}
      />
      {plan === 'flex' && (
        <>
          <SelectField<InstanceMemory>
            label="Instance memory"
            value={String(system.instanceMemoryMb ?? 2048) as InstanceMemory}
            options={[
              { value: '512', label: '512 MB' },
              { value: '2048', label: '2,048 MB (default)' },
              { value: '4096', label: '4,096 MB' },
            ]}
            onChange={(m) => onChange(withPatch(system, { instanceMemoryMb: Number(m) as 512 | 2048 | 4096 }))}
            issue={memoryIssue}
          />
          <NumberField
            label="Concurrent executions per instance"
            unit="executions"
            value={system.concurrency}
            onChange={(v) => onChange(withPatch(system, { concurrency: v }))}
            issue={concurrencyIssue}
          />
          <NumberField
            label="Always-ready instances"
            unit="instances"
            value={system.alwaysReady ?? 0}
            onChange={(v) => onChange(withPatch(system, { alwaysReady: v === 0 ? undefined : v }))}
            issue={readyIssue}
          />
        </>
      )}
    </>
  );
}
