import { z } from 'zod/mini';
import { AWS_API_GATEWAY } from '../../kinds/aws-api-gateway/kind';
import { AWS_LAMBDA } from '../../kinds/aws-lambda/kind';
import { COMPONENT_BASE } from '../../kinds/componentKind';
import { COMPONENT_KINDS } from '../../kinds/componentKinds';
import { SystemSchema, kindOf } from '../../kinds/schemas';
import { Name } from '../fields';
import { ComputeFieldsSchema, splitComputeFields, volumeUnitOf } from './computeComponent';

/** A component as written: its kind, id and fields (each kind's schema says which). */
export type WrittenComponent = {
  readonly kind: string;
  readonly id: string;
  readonly name?: string;
  readonly triggeredBy?: string;
  readonly [field: string]: unknown;
};

const SERVICE_SCHEMAS: ReadonlyMap<string, z.ZodMiniType> = new Map(COMPONENT_KINDS.map((k) => [k.kind, k.schema]));
const COMPUTE_KINDS: readonly string[] = SystemSchema.def.options.map((o) => kindOf(o));
/** Every kind a component may be, compute first (menu order). */
export const COMPONENT_KIND_IDS: readonly string[] = [...COMPUTE_KINDS, ...SERVICE_SCHEMAS.keys()];

/** Where a check reports a custom issue: a refinement's context, or a transform's payload through {@link addingTo}. */
type Ctx = { addIssue(issue: { code: 'custom'; path?: PropertyKey[]; message: string }): void };
/** zod/mini's transform hands over its parse payload, without the `addIssue` classic zod's adds: the same, on the payload. */
const addingTo = (payload: z.core.ParsePayload): Ctx => ({
  addIssue: (issue) => payload.issues.push({ ...issue, input: payload.value }),
});
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function report(ctx: Ctx, issues: readonly z.core.$ZodIssue[]): void {
  for (const i of issues) ctx.addIssue({ ...i, code: 'custom', path: [...i.path], message: i.message } as never);
}

/**
 * One component, validated by its kind's own schema: a managed service's (src/kinds/<kind>/scenario.ts)
 * or, for a compute kind, the system kind's schema plus the component fields (computeComponent.ts).
 */
export const ComponentSchema = z.pipe(
  z.unknown(),
  z.transform((v, payload): WrittenComponent => {
    const ctx = addingTo(payload);
    if (!isRecord(v)) {
      ctx.addIssue({ code: 'custom', message: 'must be an object' });
      return z.NEVER;
    }
    const kind = v['kind'];
    if (typeof kind !== 'string' || !COMPONENT_KIND_IDS.includes(kind)) {
      ctx.addIssue({ code: 'custom', path: ['kind'], message: `kind must be one of ${COMPONENT_KIND_IDS.join(', ')}` });
      return z.NEVER;
    }
    const service = SERVICE_SCHEMAS.get(kind);
    if (service) {
      const r = service.safeParse(v, { reportInput: true });
      if (!r.success) report(ctx, r.error.issues);
      return r.success ? (r.data as WrittenComponent) : z.NEVER;
    }
    if ('discount' in v) {
      ctx.addIssue({ code: 'custom', path: ['discount'], message: 'a component takes no discount of its own' });
      return z.NEVER;
    }
    const { system, component } = splitComputeFields(v);
    const sys = SystemSchema.safeParse({ ...system, id: 'component' }, { reportInput: true });
    const own = ComputeFieldsSchema.safeParse(component, { reportInput: true });
    const id = COMPONENT_BASE.id.safeParse(v['id'], { reportInput: true });
    if (!id.success)
      report(
        ctx,
        id.error.issues.map((i) => ({ ...i, path: ['id'] })),
      );
    if (!sys.success)
      report(
        ctx,
        sys.error.issues.filter((i) => i.path[0] !== 'id'),
      );
    if (!own.success) report(ctx, own.error.issues);
    if (!id.success || !sys.success || !own.success) return z.NEVER;
    const unit = volumeUnitOf(kind);
    const other = Object.keys(own.data.perRequest ?? {}).find((k) => k !== unit);
    if (other !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['perRequest', other],
        message: `a ${kind} component counts ${unit}, not ${other}`,
      });
      return z.NEVER;
    }
    return { ...sys.data, ...own.data, id: id.data } as WrittenComponent;
  }),
);

/** An architecture: one alternative priced as one bill, its components wired by `triggeredBy`. */
export const ArchitectureSchema = z
  .strictObject({
    id: COMPONENT_BASE.id,
    name: z.optional(Name),
    components: z
      .array(ComponentSchema)
      .check(z.minLength(1, 'must list at least one component'), z.maxLength(40, 'must list at most 40 components')),
  })
  .check(z.superRefine((a, ctx) => checkWiring(a.components, ctx)));
export type WrittenArchitecture = z.infer<typeof ArchitectureSchema>;

/** Ids unique; every `triggeredBy` names another component; no component triggers itself through a loop. */
function checkWiring(components: readonly WrittenComponent[], ctx: Ctx): void {
  const index = new Map<string, number>();
  components.forEach((c, i) => {
    if (index.has(c.id))
      ctx.addIssue({ code: 'custom', path: ['components', i, 'id'], message: `duplicate id "${c.id}"` });
    else index.set(c.id, i);
  });
  components.forEach((c, i) => {
    const path = ['components', i, 'triggeredBy'];
    if (c.triggeredBy === undefined) return;
    if (!index.has(c.triggeredBy))
      return ctx.addIssue({
        code: 'custom',
        path,
        message: `names no component of this architecture ("${c.triggeredBy}")`,
      });
    const trigger = components[index.get(c.triggeredBy)!]!;
    if (c.kind === AWS_LAMBDA && trigger.kind === AWS_API_GATEWAY && (c['frontDoor'] ?? 'none') !== 'none')
      ctx.addIssue({
        code: 'custom',
        path: ['components', i, 'frontDoor'],
        message: `bills API Gateway a second time: ${c.triggeredBy} is already its API (set frontDoor to none)`,
      });
    const seen = new Set([c.id]);
    for (let t: string | undefined = c.triggeredBy; t !== undefined; t = components[index.get(t)!]!.triggeredBy) {
      if (seen.has(t))
        return ctx.addIssue({ code: 'custom', path, message: `makes a loop (${[...seen, t].join(' → ')})` });
      seen.add(t);
    }
  });
}
