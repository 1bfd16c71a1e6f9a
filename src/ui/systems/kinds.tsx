import { type ComponentType, Suspense, lazy } from 'react';
import { AWS_LAMBDA } from '../../kinds/aws-lambda/kind';
import { KIND_UI } from '../../kinds/ui';
import type { ScenarioSystem } from '../../scenario';
import type { SystemKind } from '../../state';
import type { EditorProps } from './editorProps';
import { withPatch } from './patch';

const DiscountFields = lazy(() => import('../../kinds/editors').then((m) => ({ default: m.DiscountFields })));

/** Kinds in menu order (the registry's order). */
export const KIND_ORDER = Object.keys(KIND_UI) as SystemKind[];

/** The kind the "add a system" menu offers first. */
export const FIRST_KIND: SystemKind = AWS_LAMBDA;

/** The one-line summary of a system, whatever its kind. */
export function summarize(system: ScenarioSystem): string {
  return (KIND_UI[system.kind].summary as (s: ScenarioSystem) => string)(system);
}

/** The kind's name as the menu shows it. */
export function kindLabel(kind: SystemKind): string {
  return KIND_UI[kind].label;
}

/** A new system of a kind, with the kind's suggested settings. */
export function createSystem(kind: SystemKind): ScenarioSystem {
  return KIND_UI[kind].create();
}

/** The editor of one system, whatever its kind. */
export function SystemEditor<K extends SystemKind>(props: EditorProps<K>) {
  // The registry's type ties each kind to its editor; TypeScript cannot follow that through an index.
  const Editor = KIND_UI[props.system.kind].Editor as unknown as ComponentType<EditorProps<K>>;
  const { system, path, onChange } = props;
  return (
    <Suspense fallback={<p className="muted">Loading settings…</p>}>
      <Editor {...props} />
      <DiscountFields
        discount={system.discount}
        path={path}
        onChange={(discount) => onChange(withPatch(system as ScenarioSystem, { discount }) as typeof system)}
      />
    </Suspense>
  );
}
