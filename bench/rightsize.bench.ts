/**
 * Right-sizing benchmark: a full sweep — every valid size in 64 MB steps (128–10,240 MB, 159 sizes),
 * both architectures, each priced through the full engine — then the recommendations. Target: < 20 ms median.
 * Run: npx tsx bench/rightsize.bench.ts
 */
import { resolvePriceBook } from '../src/pricing';
import { rightsize } from '../src/kinds/aws-lambda/rightsizing';
import { parseScenario } from '../src/scenario';
import { testCatalog } from '../src/testing/catalog';

const parsed = parseScenario({
  schema: 2,
  freeTier: true,
  workload: {
    requestsPerMonth: 30_000_000,
    durationMs: 350,
    memoryMb: 1024,
    cpuBoundShare: 0.6,
    threads: 2,
    coldStartRate: 0.01,
    initDurationMs: 400,
    ephemeralStorageMb: 1024,
    maxMemoryUsedMb: 180,
  },
  systems: [
    {
      id: 'fn',
      kind: 'aws-lambda',
      frontDoor: 'http-api',
      provisionedConcurrency: { concurrency: 5, hoursPerMonth: 730 },
    },
  ],
});
if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
const book = resolvePriceBook(testCatalog(), {
  pricingDate: parsed.resolved.pricingDate,
  region: parsed.resolved.region,
});

const once = () => {
  const r = rightsize(book, parsed.resolved, { latencyLimitMs: 300 });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.rightsizing.points.length;
};

for (let i = 0; i < 10; i++) once(); // warm-up: JIT
const timesMs: number[] = [];
let points = 0;
for (let i = 0; i < 50; i++) {
  const t0 = performance.now();
  points = once();
  timesMs.push(performance.now() - t0);
}
timesMs.sort((a, b) => a - b);
const median = timesMs[Math.floor(timesMs.length / 2)]!;
const p95 = timesMs[Math.ceil(timesMs.length * 0.95) - 1]!;
console.log(`rightsize full sweep: ${points} points (159 sizes × 2 architectures + current)`);
console.log(
  `median ${median.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms, min ${timesMs[0]!.toFixed(2)} ms over ${timesMs.length} runs (target < 20 ms median)`,
);
process.exitCode = median < 20 ? 0 : 1;
