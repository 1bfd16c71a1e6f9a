import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DEFAULT_SCENARIO, resolveScenario } from '../../scenario';
import { PLATFORM_LIMITS, limitFindings } from './platformLimits';
import data from './platformLimits.json';

const IsoDate = z.iso.date();
const LimitSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  applies: z.record(z.string(), z.union([z.string(), z.array(z.string()).min(1)])),
  measure: z.enum(['durationMs', 'cpuMs', 'requestKb', 'responseKb']),
  max: z.number().positive(),
  severity: z.enum(['unable', 'warning']),
  what: z.string().min(10),
  instead: z.string().min(10),
  source: z.strictObject({
    url: z.url(),
    title: z.string().min(1),
    dateShown: IsoDate.nullable(),
    retrieved: IsoDate,
    grade: z.enum(['official', 'secondary']),
    note: z.string().optional(),
  }),
});

const workload = resolveScenario(DEFAULT_SCENARIO).workload;

describe('platform limits data', () => {
  it('every limit names its source with a URL, dates and a grade, and applies to a kind', () => {
    const parsed = z.strictObject({ note: z.string(), limits: z.array(LimitSchema).min(1) }).safeParse(data);
    expect(parsed.error?.issues ?? []).toEqual([]);
    for (const l of PLATFORM_LIMITS) expect(typeof l.applies.kind).toBe('string');
    expect(new Set(PLATFORM_LIMITS.map((l) => l.id)).size).toBe(PLATFORM_LIMITS.length);
  });

  it('a Lambda function of 20 minutes is unable to run, at 15 minutes it runs', () => {
    const fn = { id: 'fn', kind: 'aws-lambda', frontDoor: 'none' };
    const at = (durationMs: number) => limitFindings(fn, { ...workload, durationMs });
    expect(at(900_000)).toEqual([]);
    const [f] = at(1_200_000);
    expect(f?.severity).toBe('unable');
    expect(f?.message).toMatch(/15 minutes \(900,000 ms\).*1,200,000 ms per request/);
    expect(f?.source.url).toBe('https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html');
  });

  it('front-door limits apply only behind that front door (HTTP API 30 s; REST 29 s a warning)', () => {
    const w = { ...workload, durationMs: 31_000 };
    const checks = (frontDoor: string) =>
      limitFindings({ id: 'fn', kind: 'aws-lambda', frontDoor } as never, w).map((f) => [f.check, f.severity]);
    expect(checks('none')).toEqual([]);
    expect(checks('http-api')).toEqual([['aws-http-api-timeout', 'unable']]);
    expect(checks('rest-api')).toEqual([['aws-rest-api-timeout', 'warning']]);
  });

  it('payloads over 6 MB are refused by Lambda, over 10 MB by API Gateway too', () => {
    const fn = { id: 'fn', kind: 'aws-lambda', frontDoor: 'http-api' } as never;
    const ids = (requestKb: number, responseKb: number) =>
      limitFindings(fn, { ...workload, requestKb, responseKb }).map((f) => f.check);
    expect(ids(6144, 6144)).toEqual([]);
    expect(ids(6145, 0)).toEqual(['aws-lambda-request-payload']);
    expect(ids(0, 7000)).toEqual(['aws-lambda-response-payload']);
    expect(ids(10_241, 0)).toEqual(['aws-lambda-request-payload', 'aws-api-gateway-payload']);
  });

  it('Azure Consumption stops at 10 minutes, Flex does not; Workers at 5 minutes of CPU; Cloud Run at 60 minutes', () => {
    const w = { ...workload, durationMs: 700_000, cpuMs: 310_000 };
    const sev = (s: Record<string, unknown>) =>
      limitFindings(s as never, w)
        .filter((f) => f.severity === 'unable')
        .map((f) => f.check);
    expect(sev({ kind: 'azure-functions', plan: 'consumption' })).toEqual(['azure-functions-consumption-duration']);
    expect(sev({ kind: 'azure-functions', plan: 'flex' })).toEqual([]);
    expect(sev({ kind: 'cloudflare-workers', trigger: 'http' })).toEqual(['cloudflare-workers-cpu']);
    expect(sev({ kind: 'cloudflare-workers', trigger: 'cron' })).toEqual([]);
    expect(sev({ kind: 'cloudflare-workers', trigger: 'queue' })).toEqual([]);
    expect(sev({ kind: 'gcp-cloud-run' })).toEqual([]);
    expect(limitFindings({ kind: 'gcp-cloud-run' } as never, { ...w, durationMs: 3_600_001 })[0]?.check).toBe(
      'gcp-cloud-run-request-timeout',
    );
    expect(sev({ kind: 'aws-ec2' })).toEqual([]);
  });

  it('Workers run by a Cron Trigger or a Queue get 15 minutes of CPU and of wall time, with the pages that say less', () => {
    const at = (trigger: string, cpuMs: number, durationMs = cpuMs) =>
      limitFindings({ kind: 'cloudflare-workers', trigger } as never, { ...workload, cpuMs, durationMs }).map(
        (f) => `${f.check}:${f.severity}`,
      );
    expect(at('cron', 900_000)).toEqual(['cloudflare-workers-cron-cpu-interval:warning']);
    expect(at('cron', 900_001)).toEqual([
      'cloudflare-workers-cpu-scheduled:unable',
      'cloudflare-workers-cron-cpu-interval:warning',
      'cloudflare-workers-scheduled-duration:unable',
    ]);
    expect(at('cron', 20_000)).toEqual([]);
    expect(at('queue', 200_000)).toEqual(['cloudflare-workers-cpu-default:warning']);
    expect(at('queue', 1_000, 900_001)).toEqual(['cloudflare-workers-scheduled-duration:unable']);
    // An HTTP request has no wall-time limit, only its CPU one.
    expect(at('http', 1_000, 3_600_000)).toEqual([]);
  });
});
