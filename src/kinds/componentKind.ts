import type { z } from 'zod';
import type { LineModel, ProviderContext } from '../engine';

/**
 * A component kind of an architecture (scenario schema 4): a managed service or a compute kind
 * with its own settings and its volumes per entry request (`perRequest`: billing unit → how many
 * of them one entry request causes). Each lives in src/kinds/<kind>/ like a system kind:
 * `scenario.ts` (the zod schema of the component as written and `resolve`, filling defaults),
 * `model.ts` (pure: decimal.js and the engine only) and its pricing file.
 *
 * `model` returns the component's lines as exact functions of the architecture's entry requests R
 * (quantities `affine(0, perRequest.x)` and the like). A line whose free allowance or tiers are
 * account-wide sets `pool` (src/engine/lines.ts); the architecture bill merges each pool once.
 */
export type ComponentKind<Written extends { readonly kind: string }, Resolved> = {
  readonly kind: Written['kind'];
  readonly schema: z.ZodType<Written>;
  readonly resolve: (written: Written) => Resolved;
  readonly model: (ctx: ProviderContext, component: Resolved) => ComponentLines;
};

/** A component's own lines and the notes a reader should see (e.g. how a volume was derived). */
export type ComponentLines = {
  readonly lines: readonly LineModel[];
  readonly notes: readonly string[];
};
