import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { centsString } from '../engine';
import { testCatalog } from '../testing/catalog';
import { priceScenario } from './priceScenario';

type Expected = Record<
  string,
  {
    total?: string;
    lines?: Record<string, string>;
    quantities?: Record<string, string>;
    sums?: { lines: string[]; usd: string }[];
  }
>;
type Golden = {
  source: string;
  section: string;
  scenario: Record<string, unknown>;
  expected: Expected;
  breakevens?: { between: [string, string]; requestsPerMonth: string }[];
  alsoAt?: Record<string, Expected>;
  variants?: {
    patch: Record<string, unknown>;
    breakevens: { between: [string, string]; requestsPerMonth: string }[];
  }[];
};

const dir = fileURLToPath(new URL('../../golden/', import.meta.url));
const goldens = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => [f, JSON.parse(readFileSync(dir + f, 'utf8')) as Golden] as const);
const catalog = testCatalog();

function price(raw: Record<string, unknown>) {
  const res = priceScenario(catalog, raw);
  if (!res.ok) throw new Error(JSON.stringify(res.issues));
  return res.analysis;
}

function check(raw: Record<string, unknown>, expected: Expected) {
  const analysis = price(raw);
  for (const [id, exp] of Object.entries(expected)) {
    const est = analysis.estimates.find((e) => e.id === id);
    expect(est, `system ${id}`).toBeDefined();
    const line = (key: string) => {
      const l = est!.lines.find((x) => x.key === key);
      expect(l, `line ${key} of ${id}`).toBeDefined();
      return l!;
    };
    if (exp.total) expect(centsString(est!.monthlyUsd)).toBe(exp.total);
    for (const [key, usd] of Object.entries(exp.lines ?? {})) expect(centsString(line(key).usd), key).toBe(usd);
    for (const [key, q] of Object.entries(exp.quantities ?? {}))
      expect(line(key).quantity.toDecimalPlaces(9).toString(), key).toBe(q);
    for (const s of exp.sums ?? [])
      expect(centsString(s.lines.reduce((t, k) => t.plus(line(k).usd), line(s.lines[0]!).usd.times(0)))).toBe(s.usd);
  }
  return analysis;
}

function checkBreakevens(
  raw: Record<string, unknown>,
  expected: { between: [string, string]; requestsPerMonth: string }[],
) {
  const got = price(raw).breakevens.map((b) => ({
    between: b.between,
    requestsPerMonth: b.requestsPerMonth.toDecimalPlaces(0).toString(),
  }));
  expect(got).toEqual(expected);
}

describe('the providers’ worked examples reproduce to the cent', () => {
  it.each(goldens)('%s', (_file, g) => {
    check(g.scenario, g.expected);
    if (g.breakevens) checkBreakevens(g.scenario, g.breakevens);
    for (const [date, exp] of Object.entries(g.alsoAt ?? {})) check({ ...g.scenario, pricingDate: date }, exp);
    for (const v of g.variants ?? []) checkBreakevens({ ...g.scenario, ...v.patch }, v.breakevens);
  });

  it('covers every in-scope example of official-examples.json', () => {
    const ids = goldens.map(([f]) => f.replace(/\.json$/, ''));
    for (const id of [
      'lambda-ondemand-1-mobile-backend',
      'lambda-ondemand-3-bert-ephemeral',
      'lambda-pc-1-mobile-launch',
      'apigw-http-2-upload',
      'apigw-rest-1-5m',
      'cloudflare-workers-standard-ex1',
      'cloudflare-workers-standard-ex2',
      'azure-flex-consumption-example',
      'fargate-1-linux-x86-ephemeral',
      'fargate-2-linux-arm-ephemeral',
      'fargate-3-eks-pods',
      'fargate-4-windows',
    ]) {
      expect(ids).toContain(id);
    }
  });
});
