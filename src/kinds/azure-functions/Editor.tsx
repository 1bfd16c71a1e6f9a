import { useFieldIssue, useInputs } from '../../ui/AppContext';
import { NumberField } from '../../ui/fields/NumberField';
import { SelectField } from '../../ui/fields/SelectField';
import type { EditorProps } from '../../ui/systems/editorProps';
import { withPatch } from '../../ui/systems/patch';
import { useServicePrices } from '../../ui/systems/useServicePrices';
import { type AZURE_FUNCTIONS, AZURE_FUNCTIONS_SERVICE } from './kind';
import { AZURE_FUNCTIONS_DEFAULTS } from './scenario';

type Plan = 'consumption' | 'flex';
type InstanceMemory = '512' | '2048' | '4096';

/** Azure Functions: Consumption (per execution) or Flex Consumption (per busy instance). */
export function AzureFunctionsEditor({ system, path, onChange }: EditorProps<typeof AZURE_FUNCTIONS>) {
  const plan = system.plan ?? AZURE_FUNCTIONS_DEFAULTS.plan;
  const prices = useServicePrices(AZURE_FUNCTIONS_SERVICE);
  const region = system.region ?? AZURE_FUNCTIONS_DEFAULTS.region;
  const regions = Object.keys(prices?.regions ?? {});
  if (!regions.includes(region)) regions.unshift(region);
  const planIssue = useFieldIssue(`${path}.plan`);
  const memoryIssue = useFieldIssue(`${path}.instanceMemoryMb`);
  const concurrencyIssue = useFieldIssue(`${path}.concurrency`);
  const readyIssue = useFieldIssue(`${path}.alwaysReady`);
  const regionIssue = useFieldIssue(`${path}.region`);
  const python = useInputs((s) => s.scenario.coldStart?.runtime === 'python');
  const memoryMb = system.instanceMemoryMb ?? AZURE_FUNCTIONS_DEFAULTS.instanceMemoryMb;
  const flexRules = prices?.rules.flex;
  const defaultConcurrency = python
    ? flexRules?.pythonDefaultConcurrency
    : flexRules?.defaultConcurrency[String(memoryMb)];
  return (
    <>
      <SelectField<string>
        label="Azure region"
        value={region}
        options={regions.map((r) => ({ value: r, label: r }))}
        onChange={(r) => onChange(withPatch(system, { region: r === AZURE_FUNCTIONS_DEFAULTS.region ? undefined : r }))}
        issue={regionIssue}
      />
      <SelectField<Plan>
        label="Plan"
        value={plan}
        options={[
          { value: 'consumption', label: 'Consumption (legacy)' },
          { value: 'flex', label: 'Flex Consumption' },
        ]}
        onChange={(p) =>
          onChange(
            withPatch(system, {
              plan: p === 'consumption' ? undefined : p,
              instanceMemoryMb: undefined,
              concurrency: undefined,
              alwaysReady: undefined,
            }),
          )
        }
        issue={planIssue}
      />
      {plan === 'flex' && (
        <>
          <SelectField<InstanceMemory>
            label="Instance memory"
            value={String(system.instanceMemoryMb ?? AZURE_FUNCTIONS_DEFAULTS.instanceMemoryMb) as InstanceMemory}
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
            optional
            {...(defaultConcurrency !== undefined ? { placeholder: String(defaultConcurrency) } : {})}
            hint={
              python
                ? 'Empty: 1, Microsoft’s default HTTP concurrency for Python apps (the scenario’s runtime is Python).'
                : `Empty: the default for ${memoryMb.toLocaleString('en-US')} MB instances${defaultConcurrency !== undefined ? `, ${defaultConcurrency}` : ''}; a Python app’s default is 1 (set the runtime to Python under cold starts).`
            }
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
