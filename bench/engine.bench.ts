import {
  MAX_REQUESTS_PER_MONTH,
  allBreakevens,
  analyze,
  buildModels,
  cheapestSequence,
  estimateSystem,
  systemCurve,
} from '../src/engine';
import { systemModel } from '../src/kinds/models';
import { loadPricing, resolvePriceBook } from '../src/pricing';
import { readPricingDir } from '../src/pricing/fromDisk';
import { rightsize } from '../src/kinds/aws-lambda/rightsizing';
import { priceScenario } from '../src/report';
import { COLD_START_DEFAULTS } from '../src/kinds/aws-lambda/coldstart';
import { scenarioColdStarts } from '../src/report/coldstart';
import { checklist } from '../src/report/checklist';
import { DEFAULT_SCENARIO, parseScenario } from '../src/scenario';
import { ARCHITECTURE_TEMPLATES } from '../src/scenario/templates';
import { lowerIsBetter, measure, report, reportMetrics } from './measure';

/**
 * Engine benchmarks (issue #2): one estimate of the five-system default scenario (target ≤ 50 µs,
 * issue 17), curves plus all breakevens (target < 2 ms), the same plus the cheapest-at-every-traffic
 * envelope (target ≤ 1 ms, issue 17), the cold-start panel and the optimisation checklist (issue 14: together
 * < 5 ms), and estimates per second. Run: `npm run bench`.
 */
const catalog = loadPricing(readPricingDir(new URL('../pricing', import.meta.url).pathname)).catalog;
const parsed = parseScenario(DEFAULT_SCENARIO);
if (!parsed.ok) throw new Error('default scenario invalid');
const book = resolvePriceBook(catalog, { pricingDate: null, region: 'us-east-1' });
const built = buildModels(book, parsed.resolved, systemModel);
if (!built.ok) throw new Error('default scenario unpriceable');
const models = built.models;
const r = parsed.resolved.workload.requestsPerMonth;

// A harder variant: fleets sized from traffic (staircases) with a peak factor.
const sizedRaw = {
  ...DEFAULT_SCENARIO,
  workload: { ...DEFAULT_SCENARIO.workload, peakToAverage: 3 },
  systems: DEFAULT_SCENARIO.systems.map((s) =>
    s.kind === 'aws-ec2'
      ? {
          id: s.id,
          kind: s.kind,
          instanceType: s.instanceType,
          rpsPerInstance: 50,
          minInstances: 2,
          loadBalancer: s.loadBalancer ?? 'none',
        }
      : s.kind === 'aws-fargate'
        ? { id: s.id, kind: s.kind, vcpu: s.vcpu, memoryGb: s.memoryGb, rpsPerTask: 40, minTasks: 2 }
        : s,
  ),
};
const sized = parseScenario(sizedRaw);
if (!sized.ok) throw new Error('sized scenario invalid');
const sizedModels = (buildModels(book, sized.resolved, systemModel) as { ok: true; models: typeof models }).models;

// Issue 12: the fan-out template (SQS → Lambda → SNS → 4 Lambdas) against its container alternative.
const fanOut = parseScenario(ARCHITECTURE_TEMPLATES.find((t) => t.id === 'fan-out')!.scenario);
if (!fanOut.ok) throw new Error('fan-out template invalid');

// Issue 14: the optimisation checklist of the default scenario, each item priced in full; the app
// hands it the right-sizing results (its right-sizing panel's work), the CLI right-sizes here.
const pricedDefault = priceScenario(catalog, DEFAULT_SCENARIO);
if (!pricedDefault.ok) throw new Error('default scenario unpriceable');
const rightsizings = new Map(
  pricedDefault.resolved.systems
    .filter((s) => s.kind === 'aws-lambda')
    .map((s) => {
      const r = rightsize(pricedDefault.book, pricedDefault.resolved, { systemId: s.id });
      if (!r.ok) throw new Error('default scenario cannot be right-sized');
      return [s.id, r.rightsizing] as const;
    }),
);

/** What the breakeven panel needs: every curve, every pairwise crossing and the lower envelope. */
function curvesBreakevensEnvelope(ms: typeof models) {
  const curves = new Map(ms.map((m) => [m.id, systemCurve(m)]));
  const { pairs } = allBreakevens(ms, curves);
  return cheapestSequence(
    ms.map((m) => m.id),
    curves,
    pairs,
    MAX_REQUESTS_PER_MONTH,
  );
}

const results = [
  [
    measure('estimate: 5 systems at one traffic level (models built)', () => models.map((m) => estimateSystem(m, r))),
    50,
  ],
  [
    measure('estimate: 5 systems incl. building models from the book', () => {
      const b = buildModels(book, parsed.resolved, systemModel);
      if (b.ok) b.models.map((m) => estimateSystem(m, r));
    }),
    100,
  ],
  [
    measure('curves + all breakevens: 5 systems (brief)', () =>
      allBreakevens(models, new Map(models.map((m) => [m.id, systemCurve(m)]))),
    ),
    2000,
  ],
  [
    measure('curves + all breakevens: 5 systems, fleets sized from traffic', () =>
      allBreakevens(sizedModels, new Map(sizedModels.map((m) => [m.id, systemCurve(m)]))),
    ),
    2000,
  ],
  [measure('curves + all breakevens + envelope: 5 systems (brief)', () => curvesBreakevensEnvelope(models)), 1000],
  [
    measure('curves + all breakevens + envelope: 5 systems, fleets sized from traffic', () =>
      curvesBreakevensEnvelope(sizedModels),
    ),
    1000,
  ],
  [
    measure('analyze: models, estimates, curves, breakevens', () => analyze(book, parsed.resolved, systemModel)),
    undefined,
  ],
  [
    measure('fan-out template vs its alternative: models + estimate + curves + breakevens + envelope', () =>
      analyze(book, fanOut.resolved, systemModel),
    ),
    2000,
  ],
  [
    // Issue 14: the cold-start panel's whole computation (both Lambda systems: rate, every mitigation, PC breakeven).
    measure('cold-start panel: default scenario, every mitigation', () =>
      scenarioColdStarts(
        { book, scenario: parsed.resolved, settings: COLD_START_DEFAULTS },
        parsed.scenario.architectures,
      ),
    ),
    5000,
  ],
  [
    // Each of the fan-out's five Lambda components: every mitigation priced as the whole architecture.
    measure('cold-start panel: fan-out template, 5 functions in an architecture', () =>
      scenarioColdStarts(
        { book, scenario: fanOut.resolved, settings: COLD_START_DEFAULTS },
        fanOut.scenario.architectures,
      ),
    ),
    undefined,
  ],
  [
    measure('whole pipeline: parse JSON scenario → analysis', () => priceScenario(catalog, DEFAULT_SCENARIO)),
    undefined,
  ],
  [measure('checklist: default scenario, right-sizings given', () => checklist(pricedDefault, { rightsizings })), 5000],
  [
    measure('checklist: default scenario, right-sizing both Lambdas too', () => checklist(pricedDefault), 1500, 2),
    undefined,
  ],
] as const;

console.log(`Engine benchmarks (Node ${process.version}); medians of batches over ~1.5 s each\n`);
for (const [t, target] of results) console.log(report(t, target));
const perSecond = Math.round(1e6 / results[0][0].medianUs);
console.log(
  `\nfive-system estimates per second (one core): ${perSecond.toLocaleString('en-US')} (= ${(perSecond * 5).toLocaleString('en-US')} system estimates/s)`,
);
reportMetrics('engine', [
  ...results.map(([t, target]) => lowerIsBetter(t.name, t.medianUs, 'µs', target)),
  { name: 'five-system estimates per second', value: perSecond, unit: '/s', better: 'higher' },
]);
