import type { LineModel } from '../engine';

/* The component types a kind's pure files need: model code, so kind.ts and model.ts may import them. */

/** The common fields of a component, resolved (name defaults to the id). */
export type ComponentBase = {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly triggeredBy: string | null;
};

/** A component's own lines and the notes a reader should see (e.g. how a volume was derived). */
export type ComponentLines = {
  readonly lines: readonly LineModel[];
  readonly notes: readonly string[];
};
