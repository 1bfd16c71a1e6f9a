import type { ComponentType } from 'react';
import type { SystemKind, SystemOf } from '../../state';
import type { EditorProps } from './editorProps';

/** What the systems editor knows about one kind: its name, a new system of it, and its editor. */
export type KindUi<K extends SystemKind> = {
  readonly label: string;
  readonly create: () => SystemOf<K>;
  readonly Editor: ComponentType<EditorProps<K>>;
  /** One line of the settings that matter, for the collapsed card: "t3.small × 2 · ALB". */
  readonly summary: (system: SystemOf<K>) => string;
};

/** "sized from the workload, min 1", "100 req/s per instance, min 2" or "2 instances": how a fleet is sized, for a card's summary. */
export function fleetText(
  count: number | undefined,
  rps: number | undefined,
  min: number | undefined,
  noun: string,
): string {
  if (rps !== undefined) return `${rps} req/s per ${noun}, min ${min ?? 1}`;
  if (count === undefined) return `sized from the workload, min ${min ?? 1}`;
  const n = count ?? 1;
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
