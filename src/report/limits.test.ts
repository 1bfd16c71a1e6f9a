import { describe, expect, it } from 'vitest';
import fanOut from '../../examples/architectures/fan-out.json';
import { renderExport } from '../share/exports';
import { parseCsv } from '../testing/parseCsv';
import { cheapestSentence } from './cheapestSentence';
import { jsonReport } from './jsonReport';
import { CANNOT_RUN } from './limitsText';
import { priced } from '../testing/priceOne';
import { csvReport, markdownReport, tableReport } from './textReport';

/** A 20-minute job: Lambda's timeout is 15 minutes; the server and Lambda would otherwise cross. */
const LONG_JOB = {
  schema: 4,
  workload: { requestsPerMonth: 500, durationMs: 1_200_000, memoryMb: 1024 },
  systems: [
    { id: 'fn', name: 'Lambda', kind: 'aws-lambda' },
    { id: 'vm', name: 't3.small', kind: 'aws-ec2', instanceType: 't3.small', count: 1 },
  ],
};

describe('a Lambda system whose duration is over 15 minutes', () => {
  const p = priced(LONG_JOB);
  const a = p.analysis;

  it('is reported unable to run the workload, and is never the cheapest nor in a breakeven', () => {
    const fn = a.estimates.find((e) => e.id === 'fn')!;
    expect(fn.limits?.map((f) => [f.check, f.severity])).toEqual([['aws-lambda-duration', 'unable']]);
    // At 500 jobs a month Lambda's lines sum to less than the instance: still never the cheapest.
    expect(fn.monthlyUsd.lt(a.estimates.find((e) => e.id === 'vm')!.monthlyUsd)).toBe(true);
    expect(a.cheapest.map((s) => s.id)).toEqual(['vm']);
    expect(a.breakevens).toEqual([]);
    expect(cheapestSentence(a.cheapest, new Map([['vm', 't3.small']]))).not.toMatch(/Lambda/);
  });

  it('every format says so: table, Markdown, CSV and JSON', () => {
    const table = tableReport(p.book, a);
    expect(table).toMatch(new RegExp(`Lambda\\s+${CANNOT_RUN}`));
    expect(table).toMatch(/15 minutes.*1,200,000 ms.*Instead:.*Source: .*gettingstarted-limits/);
    const md = markdownReport(p.book, a);
    expect(md).toContain(`| Lambda | ${CANNOT_RUN} | — |`);
    const rows = parseCsv(csvReport(a));
    expect(rows.some((r) => r[0] === 'fn' && r[2] === CANNOT_RUN && /15 minutes/.test(r[8]!))).toBe(true);
    expect(rows.find((r) => r[0] === 'fn' && r[2]!.startsWith('Total'))?.[2]).toBe(`Total (${CANNOT_RUN})`);
    expect(rows.filter((r) => r[2] === 'Cheapest from').map((r) => r[0])).toEqual(['vm']);
    const json = jsonReport(p.book, a);
    expect(json.systems.map((s) => [s.id, s.canRun])).toEqual([
      ['fn', false],
      ['vm', true],
    ]);
    expect(json.systems[0]!.limits?.[0]?.source.dateShown).toBe('2018-10-10');
    expect(json.cheapest.map((s) => s.id)).toEqual(['vm']);
  });

  it('the app exports say so too', () => {
    expect(renderExport(p, 'markdown').text).toContain(CANNOT_RUN);
    expect(JSON.parse(renderExport(p, 'json').text).systems[0].canRun).toBe(false);
    expect(renderExport(p, 'csv').text).toContain(CANNOT_RUN);
  });

  it('at 15 minutes it runs and is priced as before', () => {
    const ok = priced({ ...LONG_JOB, workload: { ...LONG_JOB.workload, durationMs: 900_000 } });
    expect(ok.analysis.estimates.every((e) => e.limits === undefined)).toBe(true);
    expect(ok.analysis.cheapest[0]?.id).toBe('fn');
  });
});

describe('an architecture with a function over the limit', () => {
  it('is unable as a whole, names the component, and the other architecture is cheapest everywhere', () => {
    const arch = structuredClone(fanOut);
    arch.architectures[0]!.components[3]!.durationMs = 1_200_000;
    const a = priced(arch).analysis;
    const serverless = a.estimates.find((e) => e.id === 'serverless')!;
    expect(serverless.limits?.[0]?.message).toMatch(/^Email: AWS Lambda's function timeout/);
    expect(a.cheapest.map((s) => s.id)).toEqual(['containers']);
  });
});
