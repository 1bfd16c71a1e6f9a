import { describe, expect, it } from 'vitest';
import type { ProviderContext, Workload } from '../../engine';
import { evaluateLines } from '../../engine/bill';
import { dec } from '../../engine/decimal';
import { centsString } from '../../engine/money';
import { resolvePriceBook } from '../../pricing';
import { testCatalog } from '../../testing/catalog';
import { LAMBDA_LOG_KB_PER_INVOCATION, lambdaLogLines } from './lambdaLogs';
import { cloudWatchLogsKind } from './scenario';

const book = resolvePriceBook(testCatalog(), { pricingDate: null, region: 'us-east-1' });
const ctx = (freeTier: boolean): ProviderContext => ({
  book,
  workload: {} as Workload, // component models read their own fields only
  options: { freeTier, apiGatewayFreeTier: false },
  path: 'components[0]',
});
const bill = (written: Record<string, unknown>, requests: number, freeTier = false) => {
  const m = cloudWatchLogsKind.model(
    ctx(freeTier),
    cloudWatchLogsKind.resolve(cloudWatchLogsKind.schema.parse(written)),
  );
  const items = evaluateLines(m.lines, dec(requests));
  return { ...m, items, item: (key: string) => items.find((i) => i.key === key)! };
};
const issuePaths = (written: Record<string, unknown>) => {
  const r = cloudWatchLogsKind.schema.safeParse(written);
  return r.success ? [] : r.error.issues.map((i) => i.path.join('.'));
};
const logs = { id: 'logs', kind: 'aws-cloudwatch-logs' };
// 1 KB per request × 1,048,576 requests = 1 GB exactly (1 GB = 1024² KB).
const GB_OF_REQUESTS = 1024 * 1024;

describe('CloudWatch Logs ingestion and storage', () => {
  it('bills $0.50 per GB ingested (Standard) and $0.03 per GB-month kept: 10 GB, 3 months = $5.00 + $0.90', () => {
    const b = bill({ ...logs, kbPerRequest: 1, retentionMonths: 3 }, 10 * GB_OF_REQUESTS);
    expect(b.item('logs-ingest').quantity.toString()).toBe('10');
    expect(centsString(b.item('logs-ingest').usd)).toBe('5.00');
    expect(b.item('logs-storage').quantity.toString()).toBe('30');
    expect(centsString(b.item('logs-storage').usd)).toBe('0.90');
    expect(b.notes[0]).toContain('steady traffic');
  });

  it('halves ingestion in the Infrequent Access class', () => {
    const b = bill({ ...logs, kbPerRequest: 1, logClass: 'infrequent-access' }, 10 * GB_OF_REQUESTS);
    expect(centsString(b.item('logs-ingest').usd)).toBe('2.50');
  });

  it('takes the free 5 GB off Standard ingestion and storage, on pools per class and region', () => {
    const b = bill({ ...logs, kbPerRequest: 1, retentionMonths: 1 }, 10 * GB_OF_REQUESTS, true);
    expect(centsString(b.item('logs-ingest').usd)).toBe('2.50');
    expect(centsString(b.item('logs-storage').usd)).toBe('0.15');
    const pools = b.lines.map((l) => (l.kind === 'metered' ? l.pool : undefined));
    expect(pools).toEqual(['aws-cloudwatch-logs:ingest:standard:us-east-1', 'aws-cloudwatch-logs:storage:us-east-1']);
  });

  it('takes the volume as GB per entry request too, and drops storage at 0 months', () => {
    const b = bill({ ...logs, perRequest: { ingestGb: 0.001 }, retentionMonths: 0 }, 1_000_000);
    expect(b.items.map((i) => i.key)).toEqual(['logs-ingest']);
    expect(b.item('logs-ingest').quantity.toString()).toBe('1000');
  });

  it('refuses a volume given twice or not at all, naming the field', () => {
    expect(issuePaths(logs)).toEqual(['perRequest.ingestGb']);
    expect(issuePaths({ ...logs, kbPerRequest: 1, perRequest: { ingestGb: 1 } })).toEqual(['kbPerRequest']);
    expect(issuePaths({ ...logs, kbPerRequest: 1, retentionMonths: 121 })).toEqual(['retentionMonths']);
  });
});

describe('a Lambda function’s own logs', () => {
  it('defaults to 0.3 KB per invocation: its START, END and REPORT lines', () => {
    expect(LAMBDA_LOG_KB_PER_INVOCATION).toBe(0.3);
  });

  it('prices invocations × KB per invocation through the same pooled lines', () => {
    const lines = lambdaLogLines(ctx(false), { kbPerInvocation: 0.5, invocationsPerEntry: 2 });
    const [ingest, storage] = evaluateLines(lines, dec(GB_OF_REQUESTS));
    expect(ingest!.quantity.toString()).toBe('1');
    expect(ingest!.trace).toContain('1,048,576 requests × 2 invocations × 0.5 KB / 1024²');
    expect(centsString(ingest!.usd)).toBe('0.50');
    expect(centsString(storage!.usd)).toBe('0.03');
  });

  it('prints no line when the function logs nothing', () => {
    expect(lambdaLogLines(ctx(false), { kbPerInvocation: 0, invocationsPerEntry: 1 })).toEqual([]);
  });
});
