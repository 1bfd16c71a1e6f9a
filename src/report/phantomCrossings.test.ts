import { describe, expect, it } from 'vitest';
import { testCatalog } from '../testing/catalog';
import { breakevenSentence } from './breakevenSentence';
import { priceScenario } from './priceScenario';

const catalog = testCatalog();
const workload = { requestsPerMonth: 5_000_000, durationMs: 200, cpuMs: 20, memoryMb: 512, peakToAverage: 3 };

function analysisOf(systems: object[], freeTier = true) {
  const res = priceScenario(catalog, { schema: 1, freeTier, workload, systems });
  if (!res.ok) throw new Error(JSON.stringify(res.issues));
  return res.analysis;
}

describe('no phantom crossings between two equal costs', () => {
  it('Lambda vs Cloud Run, free tier on: both free up to 934,139, then one crossing each way, no jump', () => {
    const a = analysisOf([
      { id: 'lambda', name: 'Lambda', kind: 'aws-lambda' },
      { id: 'run', name: 'Cloud Run', kind: 'gcp-cloud-run' },
    ]);
    const names = new Map(a.estimates.map((e) => [e.id, e.name]));
    expect(a.breakevens.map((b) => [b.requestsPerMonth.toDecimalPlaces(0).toNumber(), b.kind])).toEqual([
      [934_139, 'cross'],
      [44_072_172, 'cross'],
    ]);
    const [tieEnd] = a.breakevens;
    expect(tieEnd!.cheaperBelow).toBe('tie');
    expect(tieEnd!.equalFrom!.isZero()).toBe(true);
    expect(breakevenSentence(tieEnd!, names)).toBe(
      'Cloud Run costs more than Lambda above 934,139 requests/month (the same cost below it).',
    );
  });

  it('never labels a change a fleet step where neither system has a fleet', () => {
    const a = analysisOf([
      { id: 'flex', kind: 'azure-functions', plan: 'flex' },
      { id: 'run', kind: 'gcp-cloud-run' },
    ]);
    for (const b of a.breakevens) expect(b.fleetStep).toBe(false);
    expect(a.breakevens.every((b) => b.kind === 'cross')).toBe(true);
  });
});
