import { servicePrices } from '../engine';
import { EC2_SERVICE } from '../kinds/aws-ec2/kind';
import { LAMBDA_SERVICE } from '../kinds/aws-lambda/kind';
import { describe, expect, it } from 'vitest';
import { readPricingDir } from './fromDisk';
import { loadPricing } from './loadRaw';
import { parsePricingFile } from './parseFile';
import { effectiveDates, resolvePriceBook } from './resolve';
import { PRICING_DIR } from '../testing/catalog';

const raw = readPricingDir(PRICING_DIR);
const loaded = loadPricing(raw);

function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

describe('pricing files', () => {
  it('every file validates against its service schema', () => {
    expect(Object.keys(raw).length).toBeGreaterThanOrEqual(11);
    expect(loaded.errors).toEqual([]);
    expect(loaded.files).toHaveLength(Object.keys(raw).length);
  });

  it('every price cites a source with a URL and a date recorded, and secondary grades survive', () => {
    const book = resolvePriceBook(loaded.catalog, { pricingDate: null, region: 'us-east-1' });
    for (const f of book.files) {
      for (const s of f.sources) {
        expect(s.url).toMatch(/^https:\/\//);
        expect(s.retrieved).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
    expect(servicePrices(book, EC2_SERVICE)!.instances['t3.large']!.hourly.grade).toBe('secondary');
    expect(servicePrices(book, EC2_SERVICE)!.instances['t3.small']!.hourly.grade).toBe('official');
  });

  it('rejects a file with a float rate, an unknown field, a bad tier table or a wrong path', () => {
    const good = raw[Object.keys(raw).find((k) => k.endsWith('lambda/2022-08-01.json'))!] as Record<string, any>;
    const clone = () => structuredClone(good);
    const floatRate = clone();
    floatRate.regions['us-east-1'].requests.usd = 0.2;
    const unknown = { ...clone(), surprise: true };
    const tiers = clone();
    tiers.regions['us-east-1'].duration.x86_64[2].upTo = '1';
    const cites = clone();
    cites.regions['us-east-1'].requests.source = 'nowhere';
    for (const bad of [floatRate, unknown, tiers, cites])
      expect(parsePricingFile('aws/lambda/2022-08-01', bad).ok).toBe(false);
    expect(parsePricingFile('aws/lambda/2023-01-01', clone()).ok).toBe(false);
    expect(parsePricingFile('aws/lambda/2022-08-01', clone()).ok).toBe(true);
  });
});

describe('as-of resolution', () => {
  const lambdaDates = loaded.files.filter((f) => f.service === 'aws-lambda').map((f) => f.meta.effectiveDate);

  it.each(lambdaDates)('picks the Lambda file effective %s on its date and the previous one the day before', (date) => {
    const on = resolvePriceBook(loaded.catalog, { pricingDate: date, region: 'us-east-1' });
    expect(servicePrices(on, LAMBDA_SERVICE)!.meta.effectiveDate).toBe(date);
    const before = resolvePriceBook(loaded.catalog, { pricingDate: dayBefore(date), region: 'us-east-1' });
    const earlier = lambdaDates
      .filter((d) => d < date)
      .sort()
      .pop();
    if (earlier) expect(servicePrices(before, LAMBDA_SERVICE)!.meta.effectiveDate).toBe(earlier);
    else expect(before.warnings.some((w) => w.startsWith('aws-lambda: no prices on or before'))).toBe(true);
  });

  it('resolves every service on both sides of every effective date in the catalog', () => {
    for (const date of effectiveDates(loaded.catalog)) {
      for (const d of [date, dayBefore(date)]) {
        const book = resolvePriceBook(loaded.catalog, { pricingDate: d, region: 'us-east-1' });
        // A file serving a date before its own says so: a warning, or a source showing its prices unchanged since.
        for (const f of book.files)
          expect(
            f.effectiveDate <= d ||
              (f.unchangedSinceAtLeast !== undefined && f.unchangedSinceAtLeast <= d) ||
              book.warnings.some((w) => w.includes(f.id)),
          ).toBe(true);
      }
    }
  });

  it('bills 100 ms before 2020-12-01 and 1 ms from it; tiers from 2022-08-01; INIT from 2025-08-01', () => {
    const rules = (d: string) =>
      servicePrices(resolvePriceBook(loaded.catalog, { pricingDate: d, region: 'us-east-1' }), LAMBDA_SERVICE)!;
    expect(rules('2020-11-30').rules.billingGranularityMs).toBe(100);
    expect(rules('2020-12-01').rules.billingGranularityMs).toBe(1);
    expect(rules('2022-07-31').duration.x86_64).toHaveLength(1);
    expect(rules('2022-08-01').duration.x86_64).toHaveLength(3);
    expect(rules('2021-09-28').duration.arm64).toBeUndefined();
    expect(rules('2021-09-29').duration.arm64).toBeDefined();
    expect(rules('2025-07-31').rules.initBilledOnDemand).toBe(false);
    expect(rules('2025-08-01').rules.initBilledOnDemand).toBe(true);
  });

  it('defaults to the latest prices and says which files it used', () => {
    const book = resolvePriceBook(loaded.catalog, { pricingDate: null, region: 'us-east-1' });
    expect(servicePrices(book, LAMBDA_SERVICE)!.meta.id).toBe('aws/lambda/2025-08-01');
    expect(book.pricingDate).toBe(effectiveDates(loaded.catalog)[0]);
  });
});
