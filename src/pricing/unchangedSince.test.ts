import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PRICING_DIR } from '../testing/catalog';
import { parsePricingFile } from './parseFile';
import { catalogOf, resolvePriceBook } from './resolve';

/** The ALB file as it is, or with `unchangedSinceAtLeast` added, as the only file of its service. */
function albCatalog(since?: string) {
  const raw = JSON.parse(readFileSync(join(PRICING_DIR, 'aws/alb/2026-03-01.json'), 'utf8')) as Record<string, unknown>;
  const parsed = parsePricingFile('aws/alb/2026-03-01', since ? { ...raw, unchangedSinceAtLeast: since } : raw);
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
});
