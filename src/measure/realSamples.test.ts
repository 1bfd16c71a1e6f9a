import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReportLines } from './reportLines';
import { summarizeReports } from './summarize';

/** A sample from samples/ (each file's public source is named in samples/README.md). */
function sample(name: string): string {
  return readFileSync(new URL(`./samples/${name}`, import.meta.url), 'utf8');
}

function read(name: string) {
  const parsed = parseReportLines(sample(name));
  return { parsed, summary: summarizeReports(parsed.reports) };
}

describe('CloudWatch exports, one path whatever the wrapping', () => {
  it('reads a filter-log-events dump ({"events": [...]}) inside each message', () => {
    const { parsed, summary } = read('cw-filter-log-events.json');
    expect(parsed.reports.map((r) => r.durationMs)).toEqual([1013.31, 665.52, 1.27]);
    expect([parsed.skipped, parsed.ignored]).toEqual([0, 2]); // INIT_START and the searchedLogStreams entry
    expect(summary.coldStarts).toBe(1);
  });
  it('reads events wrapped under any key, and a bare array of them', () => {
    expect(read('cw-payload-array.json').parsed.reports[0]).toMatchObject({ durationMs: 89.34, billedDurationMs: 100 });
    const events = (JSON.parse(sample('cw-filter-log-events.json')) as { events: unknown[] }).events;
    expect(parseReportLines(JSON.stringify(events)).reports).toHaveLength(3);
  });
  it('reads a Logs Insights export ([{"@timestamp", "@message"}]) and names the function from @log', () => {
    const { parsed, summary } = read('insights-export.json');
    expect(parsed.reports).toHaveLength(3);
    expect(parsed.reports.every((r) => r.functionName === 'run-every-10-minutes')).toBe(true);
    expect(summary.coldStartRate).toBe(1);
    expect(parsed.ignored).toBe(4); // END and the three XRAY lines inside @message
  });
  it('reads get-query-results rows ([{field, value}])', () => {
    expect(read('insights-query-results.json').parsed.reports[0]).toMatchObject({
      durationMs: 14.97,
      memorySizeMb: 128,
    });
  });
  it('reads JSON events with escaped tabs in message, one per line', () => {
    const { parsed } = read('e1_apexup_json_escaped.txt');
    expect(parsed.reports[0]).toMatchObject({ durationMs: 18018.26, billedDurationMs: 18000, memorySizeMb: 512 });
  });
  it('names the line of a broken event inside a pretty-printed export', () => {
    const text = JSON.stringify(
      {
        events: [
          { message: 'START RequestId: a' },
          {
            message:
              'REPORT RequestId: b\tDuration: 1 ms\tBilled Duration: 1 ms\tMemory Size: 64 MB\tMax Memory Used: 9 MB',
          },
        ],
      },
      null,
      2,
    );
    expect(parseReportLines(text).problems).toEqual([{ line: 6, reason: 'memorySizeMb: 64 is below 128 MB' }]);
  });
});

describe('JSON log format', () => {
  it('reassembles pretty-printed platform.report events: both invocations, one cold start', () => {
    const { parsed, summary } = read('pretty-platform-report.txt');
    expect(parsed.reports.map((r) => r.requestId)).toEqual(['459921b5-681c-4a96-beb0-81e0aa586026', 'req-1']);
    expect(summary.coldStartRate).toBe(0.5);
  });
  it('reads platform.report one per line, with status', () => {
    const { parsed } = read('g7_json_lines.txt');
    expect(parsed.reports).toHaveLength(3);
    expect(parsed.reports[0]?.initDurationMs).toBe(549.04);
  });
  it('counts timeout and error statuses of platform.report', () => {
    const line = (status: string) =>
      `{"type":"platform.report","record":{"requestId":"r","status":"${status}","errorType":"Runtime.OutOfMemory","metrics":{"durationMs":10,"billedDurationMs":10,"memorySizeMB":128,"maxMemoryUsedMB":128}}}`;
    const s = summarizeReports(parseReportLines([line('timeout'), line('error'), line('failure')].join('\n')).reports);
    expect([s.timeouts, s.errors]).toEqual([1, 2]);
  });
});

describe('text lines as pasted', () => {
  it('reads 15-minute timeouts, INIT billed on top (900,545 ms) and a line wrapped in two', () => {
    const r = parseReportLines(
      'REPORT RequestId: x\tDuration: 900000.00 ms\tBilled Duration: 900545 ms\tMemory Size: 1024 MB\tMax Memory Used: 147 MB\tInit Duration: 544.12 ms\tStatus: timeout',
    );
    expect(r.reports[0]).toMatchObject({ billedDurationMs: 900_545, status: 'timeout', initDurationMs: 544.12 });
    const { parsed, summary } = read('timeout-15min-wrapped.txt');
    expect(parsed.reports[0]).toMatchObject({ durationMs: 900_000, billedDurationMs: 901_231, memorySizeMb: 10_240 });
    expect([summary.timeouts, summary.timeoutMs]).toEqual([1, 900_000]);
  });
  it('says what is wrong with a value that is present, and where', () => {
    const r = parseReportLines(
      'START RequestId: a\nREPORT RequestId: b\tDuration: 950000.00 ms\tBilled Duration: 950000 ms\tMemory Size: 1024 MB\tMax Memory Used: 9 MB',
    );
    expect(r.problems).toEqual([{ line: 2, reason: 'durationMs: 950000 is above 900,000 ms (the 15-minute limit)' }]);
  });
  it('reads a fleet paste: timeouts counted, cut lines skipped with the cut named', () => {
    const { parsed, summary } = read('g4_fleet_mixed_functions.txt');
    expect(parsed.reports).toHaveLength(11);
    expect(parsed.problems[0]).toEqual({
      line: 1,
      reason: 'memorySizeMb: cut short ("Memory Size: 51" without MB at the end of the line: digits may be missing)',
    });
    expect([summary.timeouts, summary.coldStarts]).toEqual([5, 6]);
    expect(summary.points.map((p) => p.memoryMb)).toEqual([256, 512, 1024]);
  });
  it('reads trimmed lines without "REPORT RequestId:" (arm64 sample)', () => {
    const { parsed, summary } = read('e3b_siem164_trimmed_arm64.txt');
    expect(parsed.reports).toHaveLength(4);
    expect(summary.coldStarts).toBe(1);
  });
  it('counts "Init Duration: 495.5" without its unit as a cold start', () => {
    const r = parseReportLines(
      'Duration: 80 ms Billed Duration: 81 ms Memory Size: 128 MB Max Memory Used: 60 MB Init Duration: 495.5',
    );
    expect(r.reports[0]?.initDurationMs).toBe(495.5);
  });
  it('reads singletons: indented, in a table, commented out, with statuses; and prefixed collector lines', () => {
    const { parsed, summary } = read('g8_text_singletons.txt');
    expect([parsed.reports.length, parsed.skipped, summary.timeouts]).toEqual([14, 0, 3]);
    expect(read('g10_wazuh_128MB.txt').parsed.reports.map((r) => r.durationMs)).toEqual([2642.34, 2592.97]);
  });
  it('reads a SnapStart restore: Billed Duration = Duration + Billed Restore Duration, a cold start', () => {
    const { parsed, summary } = read('snapstart-sam-logs.txt');
    const r = parsed.reports[0]!;
    expect(r).toMatchObject({ restoreDurationMs: 398.97, billedRestoreDurationMs: 182, memorySizeMb: 3009 });
    expect(Math.ceil(r.durationMs + r.billedRestoreDurationMs!)).toBe(r.billedDurationMs);
    expect([summary.coldStarts, summary.restores]).toEqual([1, 1]);
  });
  it('says how many invocations a cold-start rate rests on', () => {
    const one = summarizeReports(read('snapstart-sam-logs.txt').parsed.reports);
    expect(one.coldStartWarning).toMatch(/rests on 1 invocation, fewer than 50/);
  });
});
