import { describe, expect, it } from 'vitest';
import { parseMeasurements } from './parseMeasurements';

describe('parseMeasurements', () => {
  it('tells a Power Tuning link from log lines', () => {
    expect(parseMeasurements('  ').kind).toBe('empty');
    expect(
      parseMeasurements(
        'https://lambda-power-tuning.show/#gAAAAQACAAQABsAL;ZooQR4yvkUa/pQRGRC5zRaADHUVjOftE;AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/',
      ).kind,
    ).toBe('power-tuning');
    expect(parseMeasurements('#gAA=;AAAA;AAAA').kind).toBe('power-tuning');
    const logs = parseMeasurements(
      'REPORT RequestId: a\tDuration: 1 ms\tBilled Duration: 1 ms\tMemory Size: 128 MB\tMax Memory Used: 60 MB\nhello',
    );
    expect(logs.kind).toBe('report-lines');
    if (logs.kind === 'report-lines')
      expect([logs.parsed.reports.length, logs.parsed.ignored, logs.summary.maxMemoryUsedMb]).toEqual([1, 1, 60]);
  });
});
