import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { centsString } from '../engine/money';
import { priced } from '../testing/priceOne';
import { datedRatesWarning } from '../engine/rateSince';
import type { FileMeta } from '../engine';
import { PRICING_DIR } from '../testing/catalog';
import { parsePricingFile } from './parseFile';

/** One always-on system of `kind` priced as of `date`: its total, its notes and the book's warnings. */
function at(date: string, system: Record<string, unknown>) {
  const p = priced({
    schema: 1,
    pricingDate: date,
    workload: { requestsPerMonth: 1_000_000, durationMs: 100, memoryMb: 512 },
    systems: [{ id: 'vm', count: 1, ...system }],
  });
  const e = p.analysis.estimates[0]!;
  return { total: centsString(e.monthlyUsd), notes: e.notes.join('\n'), warnings: p.book.warningsByService ?? {} };
}

const t3Medium = { kind: 'aws-ec2', instanceType: 't3.medium' };
const t3aMicro = { kind: 'aws-ec2', instanceType: 't3a.micro' };

describe('a rate dated on its own (unchangedSinceAtLeast on an instance type or machine)', () => {
  it('prices a date before its file but on or after its own date, naming its source on the row', () => {
    const r = at('2021-05-04', t3Medium);
    expect(r.total).toBe('30.37');
    expect(r.notes).toContain('this rate is unchanged since at least 2021-05-04');
    expect(r.notes).toContain("Infracost's golden test output");
    // The service warning names only the rates dated that early.
    expect(r.warnings['aws-ec2']).toEqual([
      expect.stringMatching(/its rates dated that early by their own sources: t3\.medium$/),
    ]);
  });

  it("the day before its date, the rate is the later file's and the row says no source dates it that far back", () => {
    const r = at('2021-05-03', t3Medium);
    expect(r.notes).toContain("t3.medium on demand: as of 2021-05-03 priced at aws/ec2/2026-03-01's rate");
    expect(r.notes).toContain('its earliest dated source shows it from 2021-05-04');
    expect(r.warnings['aws-ec2']).toEqual([
      'aws-ec2: no prices on or before 2021-05-03; using the earliest file, aws/ec2/2026-03-01',
    ]);
  });

  it('a rate with no date of its own says so on its row, on any date before its file', () => {
    const r = at('2024-01-01', t3aMicro);
    expect(r.notes).toContain('no source dates it earlier');
    expect(r.warnings['aws-ec2']?.[0]).not.toContain('t3a.micro');
  });

  it("on and after the file's own date nothing is said about dates", () => {
    for (const system of [t3Medium, t3aMicro]) {
      const r = at('2026-03-01', system);
      expect(r.notes).not.toContain('unchanged since');
      expect(r.notes).not.toContain('priced at');
      expect(r.warnings['aws-ec2']).toBeUndefined();
    }
  });

  it('dates a VM machine the same way (Azure B1s from 2022-05-08, GCE e2-medium from 2021-05-14)', () => {
    const b1s = { kind: 'azure-vm', machineType: 'B1s', region: 'eastus' };
    expect(at('2022-05-08', b1s).notes).toContain('unchanged since at least 2022-05-08');
    expect(at('2022-05-07', b1s).notes).toContain('its earliest dated source shows it from 2022-05-08');
    const e2 = { kind: 'gcp-compute', machineType: 'e2-medium', region: 'us-central1' };
    expect(at('2021-05-14', e2).notes).toContain('unchanged since at least 2021-05-14');
    expect(at('2021-05-14', e2).total).toBe('24.46');
  });

  it("a reservation's rate is not dated by the on-demand rate's source", () => {
    const r = at('2022-01-01', { ...t3Medium, commitment: 'ri-standard-1yr' });
    expect(r.notes).not.toContain('unchanged since');
    expect(r.notes).toContain('no source dates it earlier');
  });
});

describe('the service warning of a file whose rates are dated one by one', () => {
  const meta = { id: 'aws/ec2/2026-03-01', effectiveDate: '2026-03-01' } as FileMeta;
  it('is dropped when every rate of the region is dated on or before the date, and kept otherwise', () => {
    const rates = [
      { name: 'a', since: '2021-01-01' },
      { name: 'b', since: '2022-01-01' },
    ];
    expect(datedRatesWarning('s', meta, '2022-01-01', rates)).toBeNull();
    expect(datedRatesWarning('s', meta, '2021-12-31', rates)).toBe(
      's: no prices on or before 2021-12-31; using the earliest file, aws/ec2/2026-03-01; its rates dated that early by their own sources: a',
    );
    expect(datedRatesWarning('s', meta, '2022-01-01', [...rates, { name: 'c', since: null }])).toContain(': a, b');
  });
});

describe("a rate's date in a pricing file is checked", () => {
  const raw = JSON.parse(readFileSync(join(PRICING_DIR, 'aws/ec2/2026-03-01.json'), 'utf8')) as {
    regions: Record<string, { instances: Record<string, Record<string, unknown>> }>;
  };
  const withDate = (since: unknown) => {
    const copy = structuredClone(raw);
    copy.regions['us-east-1']!.instances['t3a.micro']!.unchangedSinceAtLeast = since;
    return parsePricingFile('aws/ec2/2026-03-01', copy);
  };
  it("refuses an unknown source, a date on or after the file's, and a malformed date, naming the rate", () => {
    expect(withDate({ date: '2022-01-01', source: 'nope' })).toEqual({
      ok: false,
      errors: [expect.stringContaining('t3a.micro us-east-1\'s unchangedSinceAtLeast cites unknown source "nope"')],
    });
    expect(withDate({ date: '2026-03-01', source: 'ec2-price-list' })).toEqual({
      ok: false,
      errors: [expect.stringContaining("must precede the file's 2026-03-01")],
    });
    const bad = withDate({ date: '2022-13-01', source: 'ec2-price-list' });
    expect(bad.ok ? [] : bad.errors).toEqual([
      expect.stringContaining('regions.us-east-1.instances.t3a.micro.unchangedSinceAtLeast.date'),
    ]);
    expect(withDate({ date: '2022-01-01', source: 'ec2-price-list' }).ok).toBe(true);
  });
});
