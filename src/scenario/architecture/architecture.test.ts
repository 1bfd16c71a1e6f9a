import { describe, expect, it } from 'vitest';
import { centsString } from '../../engine';
import { priceScenario } from '../../report/priceScenario';
import { testCatalog } from '../../testing/catalog';

const catalog = testCatalog();
const workload = { requestsPerMonth: 1_000_000, durationMs: 200, memoryMb: 512 };
const price = (architectures: unknown[], extra: Record<string, unknown> = {}) => {
  const res = priceScenario(catalog, { schema: 4, workload, architectures, ...extra });
  if (!res.ok) throw new Error(JSON.stringify(res.issues));
  return res.analysis;
};
const fn = (id: string, more: Record<string, unknown> = {}) => ({ id, kind: 'aws-lambda', ...more });

describe('architectures: one bill for many components', () => {
  it('five functions each under 1 M requests share one free tier, and together pay for the excess', () => {
    // 5 × 300,000 = 1.5 M invocations: 0.5 M above the free 1 M, $0.10; alone, each would be free.
    const five = ['a', 'b', 'c', 'd', 'e'].map((id) => fn(id, { perRequest: { invocations: 0.3 }, durationMs: 1 }));
    const a = price([{ id: 'five', components: five }], { freeTier: true });
    const e = a.estimates[0]!;
    const requests = e.lines.find((l) => l.key === 'pool:aws-lambda:requests:us-east-1')!;
    expect(requests.quantity.toString()).toBe('1500000');
    expect(centsString(requests.usd)).toBe('0.10');
    expect(e.parts!.map((p) => centsString(p.lines.find((l) => l.unit === 'request')!.usd))).toEqual(
      Array(5).fill('0.02'),
    );
    const alone = price([{ id: 'one', components: [fn('a', { perRequest: { invocations: 0.3 }, durationMs: 1 })] }], {
      freeTier: true,
    });
    expect(centsString(alone.estimates[0]!.monthlyUsd)).toBe('0.00');
  });

  it('one free allowance across pools priced apart: SQS standard and FIFO share the free million, and say so', () => {
    const queue = (id: string, type: string) => ({ id, kind: 'aws-sqs', queue: type, perRequest: { requests: 1 } });
    const a = price([{ id: 'q', components: [queue('std', 'standard'), queue('fifo', 'fifo')] }], { freeTier: true });
    const e = a.estimates[0]!;
    // 1 M standard requests all free; 1 M FIFO requests none free: $0.50, not $0.
    expect(centsString(e.monthlyUsd)).toBe('0.50');
    expect(e.notes.some((n) => /share one free allowance/.test(n))).toBe(true);
  });

  it('splits the bill into components whose totals add up to it', () => {
    const a = price([
      {
        id: 'api',
        components: [
          fn('handler', { frontDoor: 'http-api' }),
          fn('worker', { triggeredBy: 'handler', memoryMb: 1024 }),
        ],
      },
    ]);
    const e = a.estimates[0]!;
    const sum = e.parts!.reduce((s, p) => s.plus(p.monthlyUsd), e.monthlyUsd.minus(e.monthlyUsd));
    expect(sum.minus(e.monthlyUsd).abs().lt('1e-20')).toBe(true);
    // 2 M invocations pooled; 1 M × 0.2 s × 0.5 GB + 1 M × 0.2 s × 1 GB = 300,000 GB-s × $0.0000166667 = $5.00.
    expect(centsString(e.lines.find((l) => l.key === 'pool:aws-lambda:duration:x86_64:us-east-1')!.usd)).toBe('5.00');
    // + $0.40 requests + $1.00 HTTP API + the functions' own logs: 2 M × 0.3 KB = 0.572 GB × ($0.50 + $0.03) = $0.30.
    expect(centsString(e.monthlyUsd)).toBe('6.70');
    const noLogs = price([
      {
        id: 'api',
        components: [
          fn('handler', { frontDoor: 'http-api', logKbPerInvocation: 0 }),
          fn('worker', { triggeredBy: 'handler', memoryMb: 1024, logKbPerInvocation: 0 }),
        ],
      },
    ]);
    expect(centsString(noLogs.estimates[0]!.monthlyUsd)).toBe('6.40');
  });

  it('derives a triggered function’s invocations from its trigger and batch size, and says how', () => {
    const a = price([
      {
        id: 'x',
        components: [
          fn('front', { perRequest: { invocations: 3 } }),
          fn('back', { triggeredBy: 'front', batchSize: 3 }),
        ],
      },
    ]);
    const back = a.estimates[0]!.parts!.find((p) => p.id === 'back')!;
    expect(back.lines.find((l) => l.unit === 'request')!.quantity.toString()).toBe('1000000');
  });

  it('prices architectures beside systems, with exact breakevens between them', () => {
    const res = priceScenario(catalog, {
      schema: 4,
      workload,
      systems: [{ id: 'vm', kind: 'aws-ec2', instanceType: 't3.small', count: 1 }],
      architectures: [{ id: 'fn', components: [fn('handler')] }],
    });
    if (!res.ok) throw new Error(JSON.stringify(res.issues));
    expect(res.analysis.breakevens[0]!.between).toEqual(['vm', 'fn']);
  });

  it('refuses bad wiring and unknown kinds, naming the field', () => {
    const issues = (components: unknown[]) => {
      const res = priceScenario(catalog, { schema: 4, workload, architectures: [{ id: 'x', components }] });
      return res.ok ? [] : res.issues.map((i) => `${i.field}: ${i.message}`);
    };
    expect(issues([fn('a', { triggeredBy: 'zz' })])[0]).toMatch(
      /^architectures\[0\]\.components\[0\]\.triggeredBy: names no/,
    );
    expect(issues([fn('a', { triggeredBy: 'b' }), fn('b', { triggeredBy: 'a' })])[0]).toMatch(/loop/);
    expect(issues([{ id: 'a', kind: 'aws-nope' }])[0]).toMatch(
      /^architectures\[0\]\.components\[0\]\.kind: kind must be one of/,
    );
    expect(issues([fn('a', { memoryMb: -1 })])[0]).toMatch(/^architectures\[0\]\.components\[0\]\.memoryMb/);
    expect(issues([fn('a', { perRequest: { requests: 1 } })])[0]).toMatch(/counts invocations/);
    expect(issues([fn('a', { discount: { kind: 'negotiated', percent: 5 } })])[0]).toMatch(/discount/);
    const api = { id: 'api', kind: 'aws-api-gateway', perRequest: { calls: 1 } };
    expect(issues([api, fn('a', { triggeredBy: 'api', frontDoor: 'http-api' })])[0]).toMatch(
      /components\[1\]\.frontDoor: bills API Gateway a second time/,
    );
  });
});
