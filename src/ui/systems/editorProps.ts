import type { SystemKind, SystemOf } from '../../state';

/** What every per-kind editor receives: its system, the scenario path for issues, and a setter. */
export type EditorProps<K extends SystemKind> = {
  readonly system: SystemOf<K>;
  /** `systems[2]`: the prefix of the scenario fields this editor edits. */
  readonly path: string;
  readonly onChange: (system: SystemOf<K>) => void;
  /**
   * The memory the system runs with where it sets none of its own: an architecture component's own
   * `memoryMb`; absent, the workload's. An editor shows what the bill uses, not the workload's figure.
   */
  readonly memoryMb?: number | undefined;
};
