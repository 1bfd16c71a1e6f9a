import { type ProviderContext, requireService } from '../../engine/context';
import { type Decimal, ZERO, dec } from '../../engine/decimal';
import { type LineModel, flatTier } from '../../engine/lines';
import { formatQuantity } from '../../engine/money';
import { affine } from '../../engine/piecewise';
import { quantityText } from '../../engine/priceText';
import type { ComponentLines } from '../componentTypes';
import { AWS_CLOUDWATCH_LOGS, CLOUDWATCH_LOGS_SERVICE, type CloudWatchLogsComponent } from './kind';
import type { LogClass } from './prices';

/** 1 GB = 1024² KB, as the project counts data everywhere. */
export const KB_PER_GB = 1024 * 1024;

/** What a log writer ingests per entry request, and how long its log group keeps it. */
export type LogVolume = {
  readonly kbPerRequest: Decimal;
  readonly logClass: LogClass;
  readonly retentionMonths: number;
  /** How the KB per entry request came about, for the trace: "0.3 KB × 2 invocations". */
  readonly derivation: string;
  /** The field a missing price is reported against. */
  readonly field: string;
};

/**
 * Log ingestion and archived storage as lines of entry requests R. Storage is the steady state of a
 * constant traffic: a log group keeping `retentionMonths` holds that many months of ingestion. The
 * free 5 GB (perpetual, per account and region) sits on pooled lines so an architecture's log
 * groups share it; it is applied to Standard ingestion only, so two classes never get it twice.
 */
export function logLines(ctx: ProviderContext, v: LogVolume): LineModel[] {
  const prices = requireService(ctx, CLOUDWATCH_LOGS_SERVICE, v.field);
  const region = ctx.book.region;
  const free = ctx.options.freeTier ? prices.rules.freeTierGb : ZERO;
  const gbPerRequest = v.kbPerRequest.div(KB_PER_GB);
  const gbText = (r: Decimal) => `${quantityText(r, 'request')} × ${v.derivation} / 1024²`;
  const lines: LineModel[] = [
    {
      kind: 'metered',
      key: 'logs-ingest',
      label: `CloudWatch Logs ingestion (${v.logClass === 'standard' ? 'Standard' : 'Infrequent Access'})`,
      unit: 'GB',
      quantity: affine(0, gbPerRequest),
      freeUnits: v.logClass === 'standard' ? free : ZERO,
      tiers: [flatTier(prices.ingest[v.logClass])],
      describe: (r, q) => `${gbText(r)} = ${formatQuantity(q, 4)} GB`,
      pool: `${AWS_CLOUDWATCH_LOGS}:ingest:${v.logClass}:${region}`,
    },
  ];
  if (v.retentionMonths <= 0) return lines;
  return [
    ...lines,
    {
      kind: 'metered',
      key: 'logs-storage',
      label: 'CloudWatch Logs storage (archived)',
      unit: 'GB-month',
      quantity: affine(0, gbPerRequest.times(v.retentionMonths)),
      freeUnits: free,
      tiers: [flatTier(prices.storage)],
      describe: (r, q) =>
        `${gbText(r)} × ${v.retentionMonths} months kept (steady state) = ${formatQuantity(q, 4)} GB-months`,
      pool: `${AWS_CLOUDWATCH_LOGS}:storage:${region}`,
    },
  ];
}

/** A log-groups component's bill: its ingestion and storage lines. */
export function cloudWatchLogsModel(ctx: ProviderContext, c: CloudWatchLogsComponent): ComponentLines {
  const lines = logLines(ctx, {
    kbPerRequest: dec(c.kbPerRequest),
    logClass: c.logClass,
    retentionMonths: c.retentionMonths,
    derivation: `${formatQuantity(c.kbPerRequest, 4)} KB`,
    field: `${ctx.path}.perRequest`,
  });
  const notes = [
    c.retentionMonths > 0
      ? `Storage assumes steady traffic: ${c.retentionMonths} months of retention hold ${c.retentionMonths} months of ingestion (before compression, so an upper bound).`
      : 'Retention 0: nothing is archived.',
  ];
  return { lines, notes };
}
