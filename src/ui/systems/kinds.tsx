import type { ComponentType } from 'react';
import type { SystemKind, SystemOf } from '../../state';
import { Ec2Editor } from './Ec2Editor';
import type { EditorProps } from './editorProps';
import { FargateEditor } from './FargateEditor';
import { LambdaEditor } from './LambdaEditor';

/** What the systems editor knows about one kind: its name, a new system of it, and its editor. */
export type KindEntry<K extends SystemKind> = {
  readonly label: string;
  readonly create: () => SystemOf<K>;
  readonly Editor: ComponentType<EditorProps<K>>;
};

/**
 * Every system kind the editor offers. A new kind (Cloudflare, Azure, Google…) is one entry here;
 * the type requires an entry for every kind the scenario schema accepts.
 */
export const SYSTEM_KINDS: { readonly [K in SystemKind]: KindEntry<K> } = {
  'aws-lambda': { label: 'AWS Lambda', create: () => ({ id: 'lambda', name: 'Lambda', kind: 'aws-lambda' }), Editor: LambdaEditor },
  'aws-ec2': {
    label: 'Amazon EC2',
    create: () => ({ id: 'ec2', name: 'EC2 t3.small', kind: 'aws-ec2', instanceType: 't3.small', count: 1 }),
    Editor: Ec2Editor,
  },
  'aws-fargate': {
    label: 'AWS Fargate',
    create: () => ({ id: 'fargate', name: 'Fargate 0.5 vCPU / 1 GB', kind: 'aws-fargate', vcpu: 0.5, memoryGb: 1, tasks: 1 }),
    Editor: FargateEditor,
  },
};

/** Kinds in menu order. */
export const KIND_ORDER = Object.keys(SYSTEM_KINDS) as SystemKind[];

/** The editor of one system, whatever its kind. */
export function SystemEditor<K extends SystemKind>(props: EditorProps<K>) {
  // The map's type ties each kind to its editor; TypeScript cannot follow that through an index.
  const Editor = SYSTEM_KINDS[props.system.kind].Editor as unknown as ComponentType<EditorProps<K>>;
  return <Editor {...props} />;
}
