import { describe, expect, it } from 'vitest';
import { priceScenario } from '../report';
import { pricedColdStarts } from '../report/coldstart';
import { coldStartJson } from '../report/coldStartReport';
import { DEFAULT_SCENARIO, type Scenario } from '../scenario';
import { testCatalog } from '../testing/catalog';
import { parseCsv } from '../testing/parseCsv';
import { renderExport } from './exports';

const catalog = testCatalog();
function priced(s: Scenario) {
  const p = priceScenario(catalog, s);
  if (!p.ok) throw new Error(JSON.stringify(p.issues));
  return p;
}

/** Java with a 1-second target: every Lambda function's cold start (3,000 ms at p99) is over it. */
const JAVA: Scenario = { ...DEFAULT_SCENARIO, coldStart: { runtime: 'java', targetP99Ms: 1000 } };
const NO_LAMBDA: Scenario = {
  ...DEFAULT_SCENARIO,
  systems: DEFAULT_SCENARIO.systems.filter((s) => s.kind !== 'aws-lambda'),
};

describe('exports: cold starts', () => {
  it('JSON carries the cold-start report the CLI prints, for every Lambda function', () => {
    const p = priced(DEFAULT_SCENARIO);
    const json = JSON.parse(renderExport(p, 'json').text) as { coldStarts: { systems: { id: string }[] } };
    const r = pricedColdStarts(p);
    if (!r.ok) throw new Error('cold starts not priced');
    expect(json.coldStarts).toEqual(JSON.parse(JSON.stringify(coldStartJson(r.reports))));
    const lambdas = DEFAULT_SCENARIO.systems.filter((s) => s.kind === 'aws-lambda').map((s) => s.id);
    expect(json.coldStarts.systems.map((s) => s.id)).toEqual(lambdas);
  });

  it('Markdown has a cold-start section with each option and the cheapest that meets the target', () => {
    const text = renderExport(priced(JAVA), 'markdown').text;
    expect(text).toContain('## Cold starts');
    expect(text).toContain('| Option | Monthly | vs on-demand | Cold | p99 | Meets target |');
    expect(text).toMatch(/\*\*[^*]+\*\* \(cheapest that meets it\)/);
    expect(text).toContain('Target: request p99 ≤ 1,000 ms');
  });

  it('CSV rows of the cold starts in the estimate’s columns, one per function and option, exact monthly', () => {
    const p = priced(JAVA);
    const rows = parseCsv(renderExport(p, 'csv').text);
    expect(rows.every((r) => r.length === 9)).toBe(true);
    const cold = rows.filter((r) => r[2]!.startsWith('Cold starts: '));
    const r = pricedColdStarts(p);
    if (!r.ok) throw new Error('cold starts not priced');
    expect(cold).toHaveLength(r.reports.reduce((n, x) => n + x.mitigations.length, 0));
    const first = r.reports[0]!;
    const pc = first.mitigations.find((m) => m.id === 'pc-all-month')!;
    if (!pc.priced.ok) throw new Error(pc.priced.why);
    const row = cold.find((x) => x[0] === first.systemId && x[2] === `Cold starts: ${pc.label}`)!;
    expect(row[7]).toBe(pc.priced.monthlyUsd.toString());
    expect(cold.filter((x) => x[2]!.endsWith('(cheapest that meets the target)')).length).toBe(
      r.reports.filter((x) => x.cheapest !== null).length,
    );
  });

  it('warns of the latency target in every format, on the function that misses it, with the figures and their source', () => {
    const p = priced(JAVA);
    const md = renderExport(p, 'markdown').text;
    expect(md).toMatch(/Latency target: .*3,000 ms at p99 \(Java: .*\), over the 1,000 ms target.*Instead: /);
    const csv = parseCsv(renderExport(p, 'csv').text).filter((r) => r[2] === 'Latency target');
    const lambdas = DEFAULT_SCENARIO.systems.filter((s) => s.kind === 'aws-lambda').map((s) => s.id);
    expect(csv.map((r) => r[0])).toEqual(lambdas);
    const json = JSON.parse(renderExport(p, 'json').text) as { latencyTargetWarnings: { id: string }[] };
    expect(json.latencyTargetWarnings.map((w) => w.id)).toEqual(lambdas);
  });

  it('has no cold-start section, and no warning, without a Lambda function or without a target', () => {
    const none = priced(NO_LAMBDA);
    expect(renderExport(none, 'markdown').text).not.toContain('## Cold starts');
    expect(JSON.parse(renderExport(none, 'json').text)).not.toHaveProperty('coldStarts');
    expect(renderExport(priced(DEFAULT_SCENARIO), 'markdown').text).not.toContain('Latency target');
  });
});
