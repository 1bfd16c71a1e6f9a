import { describe, expect, it } from 'vitest';
import { type Scenario } from '../../scenario';
import { priced } from '../../testing/priceOne';
import { tableReport } from '../textReport';
import { pricedColdStartWarnings, pricedColdStarts } from '.';

const BASE: Scenario = {
  schema: 4,
  pricingDate: '2025-08-01',
  workload: { requestsPerMonth: 200_000, durationMs: 120, memoryMb: 512 },
  coldStart: { runtime: 'dotnet', targetP99Ms: 800 },
  systems: [
    { id: 'fn', name: 'Orders', kind: 'aws-lambda' },
    { id: 'warm', kind: 'aws-lambda', provisionedConcurrency: { concurrency: 1, hoursPerMonth: 730 } },
  ],
  architectures: [
    {
      id: 'arch',
      name: 'Queue worker',
      components: [
        { id: 'q', kind: 'aws-sqs', perRequest: { messages: 1 } },
        { id: 'w', name: 'Worker', kind: 'aws-lambda', triggeredBy: 'q' },
      ],
    },
  ],
};

describe('latency target under the cold-start p99, with no mitigation', () => {
  it('warns on each function without PC or SnapStart whose cold start exceeds the target; a component on its architecture', () => {
    const ws = pricedColdStartWarnings(priced(BASE));
    expect(ws.map((w) => w.id)).toEqual(['fn', 'arch']);
    expect(ws[0]!.text).toMatch(/Orders's cold starts take 2,000 ms at p99 \(\.NET: .*\), over the 800 ms target/);
    expect(ws[1]!.text).toMatch(/Queue worker › Worker's cold starts/);
  });

  it('names the cheapest mitigation that meets the target, with its cost against on-demand', () => {
    const p = priced(BASE);
    const r = pricedColdStarts(p);
    if (!r.ok) throw new Error('not priced');
    const fn = r.reports[0]!;
    const meeting = fn.mitigations.filter((m) => m.id !== 'on-demand' && m.priced.ok && m.priced.meetsTarget);
    const usd = (m: (typeof meeting)[number]) => (m.priced.ok ? m.priced.monthlyUsd.toNumber() : Infinity);
    const best = meeting.reduce((a, b) => (usd(b) < usd(a) ? b : a));
    expect(pricedColdStartWarnings(p)[0]!.text).toContain(`Instead: ${best.label} (${best.what})`);
  });

  it('says nothing without a target, under a target the cold start meets, or without cold starts', () => {
    expect(pricedColdStartWarnings(priced({ ...BASE, coldStart: { runtime: 'dotnet' } }))).toEqual([]);
    expect(pricedColdStartWarnings(priced({ ...BASE, coldStart: { runtime: 'dotnet', targetP99Ms: 2000 } }))).toEqual(
      [],
    );
    expect(pricedColdStartWarnings(priced({ ...BASE, workload: { ...BASE.workload, requestsPerMonth: 0 } }))).toEqual(
      [],
    );
  });

  it('appears under its system in the CLI table', () => {
    const p = priced(BASE);
    const text = tableReport(p.book, p.analysis, pricedColdStartWarnings(p));
    const orders = text.split('\n').findIndex((l) => l === 'Orders:');
    expect(text.split('\n')[orders + 1]).toMatch(/^ {2}Latency target: Orders's cold starts/);
  });
});
