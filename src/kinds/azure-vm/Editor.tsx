import type { EditorProps } from '../../ui/systems/editorProps';
import { CloudVmEditor } from '../vm-common/Editor';
import { AZURE_VM_SERVICE, type AZURE_VM } from './kind';
import { AZURE_VM_DEFAULTS } from './scenario';

/** Azure VM editor. */
export function AzureVmEditor(props: EditorProps<typeof AZURE_VM>) {
  return (
    <CloudVmEditor
      {...props}
      onChange={(s) => props.onChange(s as typeof props.system)}
      service={AZURE_VM_SERVICE}
      defaultRegion={AZURE_VM_DEFAULTS.region}
    />
  );
}
