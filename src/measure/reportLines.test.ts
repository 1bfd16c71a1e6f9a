import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReportLines } from './reportLines';
import { summarizeReports } from './summarize';

// CloudWatch text format, as the console and `aws logs tail` print it (tabs between fields).
const TEXT = [
  'INIT_START Runtime Version: nodejs:20.v13\tRuntime Version ARN: arn:aws:lambda:us-east-1::runtime:0f2e',
  'START RequestId: 6bd3a5a8-8a1e-4c3c-9a36-2c8c4a1f3f0b Version: $LATEST',
  '2024-03-01T10:00:00.120Z\t6bd3a5a8-8a1e-4c3c-9a36-2c8c4a1f3f0b\tINFO\thandled',
  'END RequestId: 6bd3a5a8-8a1e-4c3c-9a36-2c8c4a1f3f0b',
  'REPORT RequestId: 6bd3a5a8-8a1e-4c3c-9a36-2c8c4a1f3f0b\tDuration: 102.25 ms\tBilled Duration: 103 ms\tMemory Size: 128 MB\tMax Memory Used: 70 MB\tInit Duration: 150.33 ms\t',
  '',
  '2024-03-01T10:00:01.000Z REPORT RequestId: 0c2f0d1e-1111-4c3c-9a36-2c8c4a1f3f0b\tDuration: 80.10 ms\tBilled Duration: 81 ms\tMemory Size: 128 MB\tMax Memory Used: 72 MB\t',
  'REPORT RequestId: 7a9e0d1e-2222-4c3c-9a36-2c8c4a1f3f0b\tDuration: 40.00 ms\tBilled Duration: 40 ms\tMemory Size: 256 MB\tMax Memory Used: 75 MB\t\nXRAY TraceId: 1-5e1b4151-5ac6c58f5b5daa6532e4f2e5\tSegmentId: 6b2f4c1d\tSampled: true',
  'REPORT RequestId: broken-1\tDuration: fast ms\tBilled Duration: 81 ms\tMemory Size: 128 MB\tMax Memory Used: 72 MB',
  'REPORT RequestId: broken-2\tDuration: 80.1 ms\tBilled Duration: 81 ms\tMax Memory Used: 72 MB',
  'REPORT RequestId: broken-3\tDuration: 80.1 ms\tBilled Duration: 81 ms\tMemory Size: 99999 MB\tMax Memory Used: 72 MB',
].join('\n');

// Lambda's JSON log format: platform.report events.
const JSON_LINES = [
  '{"time":"2024-03-01T10:00:00.000Z","type":"platform.initStart","record":{"initializationType":"on-demand","phase":"init"}}',
  '{"time":"2024-03-01T10:00:00.300Z","type":"platform.report","record":{"requestId":"a1","metrics":{"durationMs":102.25,"billedDurationMs":103,"memorySizeMB":512,"maxMemoryUsedMB":90,"initDurationMs":150.33},"status":"success"}}',
  '{"time":"2024-03-01T10:00:01.300Z","type":"platform.report","record":{"requestId":"a2","metrics":{"durationMs":50,"billedDurationMs":50,"memorySizeMB":512,"maxMemoryUsedMB":95},"status":"success"}}',
  '{"time":"2024-03-01T10:00:02.300Z","type":"platform.report","record":{"requestId":"a3","metrics":{"durationMs":48,"billedDurationMs":48,"memorySizeMB":512,"maxMemoryUsedMB":95,"restoreDurationMs":310.5},"status":"success"}}',
  '{"time":"2024-03-01T10:00:03.300Z","type":"platform.report","record":{"requestId":"a4","metrics":{"durationMs":"48"}}}',
  '{"type":"platform.report", broken json',
].join('\n');

describe('REPORT line parser', () => {
  it('reads text REPORT lines, with or without a timestamp, and ignores other log lines', () => {
    const r = parseReportLines(TEXT);
    expect(r.reports).toHaveLength(3);
    expect(r.reports[0]).toEqual({
      requestId: '6bd3a5a8-8a1e-4c3c-9a36-2c8c4a1f3f0b',
      durationMs: 102.25,
      billedDurationMs: 103,
      memorySizeMb: 128,
      maxMemoryUsedMb: 70,
      initDurationMs: 150.33,
    });
    expect(r.reports[1]).toMatchObject({ durationMs: 80.1, billedDurationMs: 81 });
    expect(r.reports[1]?.initDurationMs).toBeUndefined();
  });

  it('skips and counts malformed REPORT lines, saying which field and line', () => {
    const r = parseReportLines(TEXT);
    expect(r.skipped).toBe(3);
    expect(r.problems.map((p) => p.line)).toEqual([10, 11, 12]);
    expect(r.problems[0]?.reason).toMatch(/durationMs/);
    expect(r.problems[1]?.reason).toBe('memorySizeMb: missing');
    expect(r.problems[2]?.reason).toMatch(/memorySizeMb/);
    expect(r.ignored).toBe(5);
  });

  it('reads the JSON log format, including Restore Duration, and skips broken events', () => {
    const r = parseReportLines(JSON_LINES);
    expect(r.reports.map((x) => x.requestId)).toEqual(['a1', 'a2', 'a3']);
    expect(r.reports[0]?.initDurationMs).toBe(150.33);
    expect(r.reports[2]?.restoreDurationMs).toBe(310.5);
    expect(r.skipped).toBe(2);
    expect(r.ignored).toBe(1);
  });

  it('reads a JSON array of events pasted whole', () => {
    const events = JSON_LINES.split('\n')
      .slice(0, 4)
      .map((l) => JSON.parse(l) as unknown);
    const r = parseReportLines(JSON.stringify(events, null, 2));
    expect(r.reports).toHaveLength(3);
    expect(r.ignored).toBe(1);
  });

  it('never throws and never yields a non-finite number, whatever is pasted', () => {
    const fragments = fc.constantFrom(
      'REPORT RequestId: x',
      '\tDuration: ',
      'Billed Duration: ',
      'Memory Size: ',
      'Max Memory Used: ',
      ' ms',
      ' MB',
      '1e999',
      'NaN',
      '-5',
      '12.5',
      '{',
      '}',
      '"platform.report"',
      '\n',
      ':',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(fragments, fc.string()), { maxLength: 40 }), (parts) => {
        const r = parseReportLines(parts.join(''));
        for (const x of r.reports)
          for (const v of [x.durationMs, x.billedDurationMs, x.memorySizeMb, x.maxMemoryUsedMb])
            expect(Number.isFinite(v)).toBe(true);
      }),
    );
  });
});

describe('REPORT summary', () => {
  it('groups by memory size and derives cold-start rate, INIT time and the memory floor', () => {
    const s = summarizeReports(parseReportLines(TEXT).reports);
    expect(s.invocations).toBe(3);
    expect(s.points.map((p) => [p.memoryMb, p.invocations])).toEqual([
      [128, 2],
      [256, 1],
    ]);
    expect(s.points[0]?.durationMs).toBeCloseTo(91.175, 9);
    expect(s.points[0]?.p95Ms).toBe(102.25);
    expect(s.points[0]?.billedDurationMs).toBe(92);
    expect(s.coldStartRate).toBeCloseTo(1 / 3, 12);
    expect(s.initDurationMs).toBe(150.33);
    expect(s.restoreDurationMs).toBeNull();
    expect(s.maxMemoryUsedMb).toBe(75);
  });

  it('takes p95 by nearest rank', () => {
    const lines = Array.from(
      { length: 20 },
      (_, i) =>
        `REPORT RequestId: r${i}\tDuration: ${i + 1} ms\tBilled Duration: ${i + 1} ms\tMemory Size: 1024 MB\tMax Memory Used: 60 MB`,
    );
    const s = summarizeReports(parseReportLines(lines.join('\n')).reports);
    expect(s.points[0]?.p95Ms).toBe(19);
    expect(s.points[0]?.durationMs).toBe(10.5);
  });

  it('is empty, not NaN, for no lines', () => {
    expect(summarizeReports([])).toEqual({
      invocations: 0,
      points: [],
      coldStartRate: 0,
      coldStarts: 0,
      restores: 0,
      coldStartWarning: null,
      timeouts: 0,
      errors: 0,
      timeoutMs: null,
      initDurationMs: null,
      restoreDurationMs: null,
      maxMemoryUsedMb: null,
    });
  });
});
