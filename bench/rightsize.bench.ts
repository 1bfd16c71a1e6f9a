/**
 * Right-sizing benchmark: a full sweep — every valid size in 64 MB steps (128–10,240 MB, 159 sizes),
 * both architectures, each priced through the full engine — then the recommendations. Target: < 20 ms median.
 * Then the same from measurements: a 10,000-event CloudWatch `filter-log-events` export parsed
 * alone, and parsed, summarised and swept. Target: each < 200 ms median.
 * Run: npx tsx bench/rightsize.bench.ts
 */
import { resolvePriceBook } from '../src/pricing';
import { rightsize } from '../src/kinds/aws-lambda/rightsizing';
import { parseReportLines, summarizeReports } from '../src/measure';
import { parseScenario } from '../src/scenario';
import { testCatalog } from '../src/testing/catalog';
import { lowerIsBetter, reportMetrics } from './measure';

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

/** A `filter-log-events` dump of 10,000 events: START, REPORT (one in ten a cold start), END, and the function's own lines. */
function exportOf(events: number): string {
  const out: { logStreamName: string; timestamp: number; message: string; ingestionTime: number; eventId: string }[] =
    [];
  for (let i = 0; out.length < events; i++) {
    const id = `6bd3a5a8-8a1e-4c3c-9a36-${String(i).padStart(12, '0')}`;
    const memory = [512, 1024, 2048][i % 3]!;
    const d = (350 * 1024) / memory + (i % 17);
    const init = i % 10 === 0 ? `\tInit Duration: ${(400 + (i % 50)).toFixed(2)} ms` : '';
    const messages = [
      `START RequestId: ${id} Version: $LATEST\n`,
      `2024-03-01T10:00:00.120Z\t${id}\tINFO\thandled\n`,
      `REPORT RequestId: ${id}\tDuration: ${d.toFixed(2)} ms\tBilled Duration: ${Math.ceil(d)} ms\tMemory Size: ${memory} MB\tMax Memory Used: ${120 + (i % 40)} MB${init}\t\n`,
      `END RequestId: ${id}\n`,
    ];
    for (const message of messages)
      out.push({
        logStreamName: '2024/03/01/[$LATEST]c3ad5cef',
        timestamp: 1709287200000 + i,
        message,
        ingestionTime: 1709287200050 + i,
        eventId: String(i),
      });
  }
  return JSON.stringify({ events: out.slice(0, events) }, null, 2);
}

const dump = exportOf(10_000);
const parseOnly = () => parseReportLines(dump).reports.length;
for (let i = 0; i < 3; i++) parseOnly();
const parseMs: number[] = [];
for (let i = 0; i < 15; i++) {
  const t0 = performance.now();
  parseOnly();
  parseMs.push(performance.now() - t0);
}
parseMs.sort((a, b) => a - b);
const parseMedian = parseMs[Math.floor(parseMs.length / 2)]!;
console.log(`10,000-event CloudWatch export (${(dump.length / 1e6).toFixed(1)} MB) parsed alone:`);
console.log(
  `median ${parseMedian.toFixed(2)} ms, max ${parseMs.at(-1)!.toFixed(2)} ms over ${parseMs.length} runs (target < 200 ms median)`,
);
const measuredOnce = () => {
  const parsedLines = parseReportLines(dump);
  const s = summarizeReports(parsedLines.reports);
  const r = rightsize(book, parsed.resolved, { measured: { architecture: 'x86_64', points: s.points } });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return parsedLines.reports.length;
};
for (let i = 0; i < 3; i++) measuredOnce();
const measuredMs: number[] = [];
let reports = 0;
for (let i = 0; i < 15; i++) {
  const t0 = performance.now();
  reports = measuredOnce();
  measuredMs.push(performance.now() - t0);
}
measuredMs.sort((a, b) => a - b);
const measuredMedian = measuredMs[Math.floor(measuredMs.length / 2)]!;
console.log(
  `10,000-event CloudWatch export (${(dump.length / 1e6).toFixed(1)} MB, ${reports} REPORT lines) parsed, summarised and swept:`,
);
console.log(
  `median ${measuredMedian.toFixed(2)} ms, max ${measuredMs.at(-1)!.toFixed(2)} ms over ${measuredMs.length} runs (target < 200 ms median)`,
);
reportMetrics('rightsize', [
  lowerIsBetter('full sweep (159 sizes × 2 architectures)', median, 'ms', 20),
  lowerIsBetter('10,000-event export parsed', parseMedian, 'ms', 200),
  lowerIsBetter('10,000-event export parsed, summarised, swept', measuredMedian, 'ms', 200),
]);
process.exitCode = median < 20 && parseMedian < 200 && measuredMedian < 200 ? 0 : 1;
