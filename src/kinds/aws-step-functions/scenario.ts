import { z } from 'zod/mini';
import { COMPONENT_BASE, type ComponentKind, perRequestCount } from '../componentKind';
import { AWS_STEP_FUNCTIONS, type StepFunctionsComponent, WORKFLOW_TYPES } from './kind';
import { stepFunctionsModel } from './model';

/** Defaults of absent fields: a Standard workflow; an Express one using the 64 MB minimum. */
export const STEP_FUNCTIONS_DEFAULTS = { type: 'standard', memoryMb: 64 } as const;

export const StepFunctionsComponentSchema = z
  .strictObject({
    ...COMPONENT_BASE,
    kind: z.literal(AWS_STEP_FUNCTIONS),
    type: z.optional(z.enum(WORKFLOW_TYPES)),
    perRequest: z.strictObject({ transitions: z.optional(perRequestCount), executions: z.optional(perRequestCount) }),
    transitionsPerExecution: z.optional(z.number().check(z.gte(0), z.lte(100_000))),
    // Express workflows run at most 5 minutes.
    durationMs: z.optional(z.number().check(z.positive(), z.lte(300_000))),
    memoryMb: z.optional(z.number().check(z.positive(), z.lte(10_240))),
  })
  .check(
    z.superRefine((w, ctx) => {
      const need = (ok: boolean, path: string[], message: string) =>
        ok || ctx.addIssue({ code: 'custom', path, message });
      if ((w.type ?? STEP_FUNCTIONS_DEFAULTS.type) === 'standard') {
        const derivable = w.perRequest.executions !== undefined && w.transitionsPerExecution !== undefined;
        need(
          w.perRequest.transitions !== undefined || derivable,
          ['perRequest', 'transitions'],
          'a Standard workflow needs transitions, or executions and transitionsPerExecution',
        );
      } else {
        need(
          w.perRequest.executions !== undefined,
          ['perRequest', 'executions'],
          'an Express workflow needs executions',
        );
        need(w.durationMs !== undefined, ['durationMs'], 'an Express workflow needs its durationMs');
      }
    }),
  );
export type StepFunctionsComponentInput = z.infer<typeof StepFunctionsComponentSchema>;

/** Fills a state machine's defaults; Standard transitions derive from executions when not written. */
export function resolveStepFunctions(w: StepFunctionsComponentInput): StepFunctionsComponent {
  const base = { id: w.id, name: w.name ?? w.id, kind: w.kind, triggeredBy: w.triggeredBy ?? null };
  const executions = w.perRequest.executions ?? 0;
  if ((w.type ?? STEP_FUNCTIONS_DEFAULTS.type) === 'express') {
    const memoryMb = w.memoryMb ?? STEP_FUNCTIONS_DEFAULTS.memoryMb;
    return { ...base, type: 'express', executionsPerRequest: executions, durationMs: w.durationMs ?? 0, memoryMb };
  }
  const perExecution = w.transitionsPerExecution ?? 0;
  return w.perRequest.transitions !== undefined
    ? { ...base, type: 'standard', transitionsPerRequest: w.perRequest.transitions, derivedFrom: null }
    : {
        ...base,
        type: 'standard',
        transitionsPerRequest: executions * perExecution,
        derivedFrom: { executions, transitionsPerExecution: perExecution },
      };
}

/** The Step Functions component kind: Standard or Express state machines. Triggers nothing on its own. */
export const stepFunctionsKind: ComponentKind<StepFunctionsComponentInput, StepFunctionsComponent> = {
  kind: AWS_STEP_FUNCTIONS,
  schema: StepFunctionsComponentSchema,
  resolve: resolveStepFunctions,
  model: stepFunctionsModel,
};
