import type { EditorProps } from '../../ui/systems/editorProps';
import { CloudVmEditor } from '../vm-common/Editor';
import { GCE_SERVICE, type GCP_COMPUTE } from './kind';
import { GCP_COMPUTE_DEFAULTS } from './scenario';

/** Google Compute Engine VM editor. */
export function GcpVmEditor(props: EditorProps<typeof GCP_COMPUTE>) {
  return (
    <CloudVmEditor
      {...props}
      onChange={(s) => props.onChange(s as typeof props.system)}
      service={GCE_SERVICE}
      defaultRegion={GCP_COMPUTE_DEFAULTS.region}
    />
  );
}
