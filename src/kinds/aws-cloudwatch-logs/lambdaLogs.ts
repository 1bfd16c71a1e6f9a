import type { ProviderContext } from '../../engine/context';
import { type Decimal, dec } from '../../engine/decimal';
import type { LineModel } from '../../engine/lines';
import { formatQuantity } from '../../engine/money';
import type { LogClass } from './prices';
import { logLines } from './model';

/**
 * A function's own logs per invocation when the user says nothing: its platform lines alone.
 * START (≈ 71 bytes), END (≈ 51) and REPORT (≈ 130–160 with Init Duration) measured on a real
 * REPORT line (apex/up#663, in the project's samples), plus PutLogEvents' 26 bytes per event
 * (CloudWatch Logs API reference, counted towards a batch's size) ≈ 0.3 KB. App logs come on top.
 */
export const LAMBDA_LOG_KB_PER_INVOCATION = 0.3;

/** Retention when a function's log group has none set here: one month (AWS's own default, never expire, has no steady state). */
export const LAMBDA_LOG_RETENTION_MONTHS = 1;

/** What a Lambda component says about its logs. */
export type LambdaLogSpec = {
  /** KB the function writes per invocation; 0 turns its log lines off. */
  readonly kbPerInvocation: number;
  /** The function's invocations per entry request of the architecture. */
  readonly invocationsPerEntry: Decimal | number;
  readonly logClass?: LogClass;
  readonly retentionMonths?: number;
  /** The field the log volume was written in, for errors: `components[2].logKbPerInvocation`. */
  readonly field?: string;
};

/**
 * The CloudWatch Logs lines of a Lambda function's own log group, for the Lambda component to add
 * to its bill: ingestion and storage pooled with every other log group of the architecture.
 */
export function lambdaLogLines(ctx: ProviderContext, spec: LambdaLogSpec): LineModel[] {
  const invocations = dec(spec.invocationsPerEntry);
  if (spec.kbPerInvocation <= 0 || invocations.lte(0)) return [];
  return logLines(ctx, {
    kbPerRequest: dec(spec.kbPerInvocation).times(invocations),
    logClass: spec.logClass ?? 'standard',
    retentionMonths: spec.retentionMonths ?? LAMBDA_LOG_RETENTION_MONTHS,
    derivation: `${formatQuantity(invocations, 4)} invocations × ${formatQuantity(spec.kbPerInvocation, 4)} KB`,
    field: spec.field ?? `${ctx.path}.logKbPerInvocation`,
  });
}
