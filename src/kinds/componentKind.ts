import { z } from 'zod/mini';
import '../validation/english';
import type { ProviderContext } from '../engine';
import type { ComponentBase, ComponentLines } from './componentTypes';

export type { ComponentBase, ComponentLines };

/**
 * What every component of an architecture has, whatever its kind: an id unique in its architecture,
 * an optional display name, and the component whose work triggers it (the diagram's arrow; absent:
 * the architecture's entry point). Each kind's schema spreads this shape.
 */
export const COMPONENT_BASE = {
  id: z
    .string()
    .check(
      z.regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'id must be 1–40 lowercase letters, digits or dashes'),
      z.describe('component id'),
    ),
  name: z.optional(z.string().check(z.maxLength(80))),
  triggeredBy: z.optional(z.string().check(z.maxLength(40))),
};

/** A non-negative count of billing units per entry request: 0 … 10^6 (a fan-out of a million is not a design). */
export const perRequestCount = z.number().check(z.gte(0), z.lte(1_000_000));

/**
 * A component kind of an architecture (scenario schema 4): a managed service with its own settings
 * and its volumes per entry request (`perRequest`: billing unit → how many of them one entry request
 * causes). Each lives in src/kinds/<kind>/ like a charge: `kind.ts` (its id and service key),
 * `prices.ts`, `pricingFile.ts`, `scenario.ts` (this object: the zod schema of the component as
 * written, spreading COMPONENT_BASE, and `resolve`, filling defaults) and `model.ts` (pure:
 * decimal.js and the engine only).
 *
 * `model` returns the component's lines as exact functions of the architecture's entry requests R
 * (quantities `affine(0, perRequest.x)` and the like). A line whose free allowance or tiers are
 * account-wide sets `pool` (src/engine/lines.ts): the architecture bill merges the lines of one pool
 * into one (quantities summed, one allowance, one set of tiers) and splits its cost back by quantity.
 * Compute kinds (Lambda, EC2, Fargate, ALB…) are components too, through the system kinds' registry.
 */
export type ComponentKind<Written extends { readonly kind: string }, Resolved extends ComponentBase> = {
  readonly kind: Written['kind'];
  readonly schema: z.ZodMiniType<Written>;
  readonly resolve: (written: Written) => Resolved;
  readonly model: (ctx: ProviderContext, component: Resolved) => ComponentLines;
  /**
   * Events this component hands to each component it triggers, per entry request (an SQS queue's
   * messages received, an SNS topic's deliveries to one subscriber, a DynamoDB stream's records, an
   * S3 bucket's event notifications): a triggered function with no explicit `invocations` derives
   * them from it (÷ its batch size). Absent: the component triggers nothing on its own.
   */
  readonly emits?: (component: Resolved) => number;
};

/** A component kind of any kind, as the registry holds it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the registry erases each kind's own types
export type AnyComponentKind = ComponentKind<any, any>;
