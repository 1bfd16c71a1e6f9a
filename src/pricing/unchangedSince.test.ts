import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PRICING_DIR, testCatalog } from '../testing/catalog';
import { parsePricingFile } from './parseFile';
import { catalogOf, resolvePriceBook } from './resolve';

/** The ALB file without its `unchangedSinceAtLeast`, or with the one given, as the only file of its service. */
function albCatalog(since?: string) {
  const raw = JSON.parse(readFileSync(join(PRICING_DIR, 'aws/alb/2026-03-01.json'), 'utf8')) as Record<string, unknown>;
  const { unchangedSinceAtLeast: _bundled, ...bare } = raw;
  const parsed = parsePricingFile('aws/alb/2026-03-01', since ? { ...bare, unchangedSinceAtLeast: since } : bare);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return catalogOf([parsed.file]);
}

describe('unchangedSinceAtLeast: a file dated when recorded, with prices a source shows unchanged since', () => {
  it('serves dates from that date without the "no prices on or before" warning, and says so in the book', () => {
    const book = resolvePriceBook(albCatalog('2017-08-31'), { pricingDate: '2020-01-01', region: 'us-east-1' });
    expect(book.warnings).toEqual([]);
    expect(book.files[0]?.unchangedSinceAtLeast).toBe('2017-08-31');
  });

  it('still warns before that date, and without the field', () => {
    const before = resolvePriceBook(albCatalog('2017-08-31'), { pricingDate: '2017-08-30', region: 'us-east-1' });
    expect(before.warnings).toEqual([expect.stringContaining('aws-alb: no prices on or before 2017-08-30')]);
    const plain = resolvePriceBook(albCatalog(), { pricingDate: '2020-01-01', region: 'us-east-1' });
    expect(plain.warnings).toHaveLength(1);
  });

  it('the bundled ALB file is unchanged since at least 2021-04-29 (a dated third-party copy of both rates)', () => {
    const book = (date: string) =>
      resolvePriceBook(testCatalog(), { pricingDate: date, region: 'us-east-1' }).warningsByService?.['aws-alb'];
    expect(book('2021-04-29')).toBeUndefined();
    expect(book('2021-04-28')).toEqual([expect.stringContaining('aws-alb: no prices on or before 2021-04-28')]);
  });
});
