import { describe, expect, it } from 'vitest';
import { PRICING_DIR } from '../testing/catalog';
import { BUNDLED_RAW, bundledPricing } from './bundled';
import { readPricingDir } from './fromDisk';
import { fileIdOf, loadPricing } from './loadRaw';
import { parsePricingFile, readTrustedPricingFile } from './parseFile';

// The app reads its bundled pricing files without their schemas (start-up parses none of them); these
// tests are the check that stands in for it: every file the build ships passes its schema, and what the
// app reads from it is what the schema-checked path reads, rate for rate, in every region it lists.
const onDisk = loadPricing(readPricingDir(PRICING_DIR));

describe('bundled pricing (read without schemas at start-up)', () => {
  it('ships every file of pricing/, and each passes its schema', () => {
    expect(Object.keys(BUNDLED_RAW).map(fileIdOf).sort()).toEqual(onDisk.files.map((f) => f.meta.id).sort());
    for (const [path, json] of Object.entries(BUNDLED_RAW)) {
      const parsed = parsePricingFile(fileIdOf(path), json);
      expect(parsed.ok ? [] : parsed.errors).toEqual([]);
    }
    expect(bundledPricing.errors).toEqual([]);
  });

  it('reads the same files, regions and rates as the schema-checked path', () => {
    expect(bundledPricing.files).toHaveLength(onDisk.files.length);
    const checked = new Map(onDisk.files.map((f) => [f.meta.id, f]));
    for (const file of bundledPricing.files) {
      const twin = checked.get(file.meta.id)!;
      expect(file.meta).toEqual(twin.meta);
      expect([file.service, file.serviceName, file.regions]).toEqual([twin.service, twin.serviceName, twin.regions]);
      // Listed regions, and one no file lists (global prices answer for any region; others answer undefined).
      for (const region of [...file.regions, 'xx-nowhere-1'])
        expect(file.pricesFor(region)).toEqual(twin.pricesFor(region));
    }
  });

  it('the trusted reader still refuses a file at the wrong path or of an unknown service', () => {
    const [path, json] = Object.entries(BUNDLED_RAW).find(([p]) => p.endsWith('aws/lambda/2022-08-01.json'))!;
    expect(readTrustedPricingFile(fileIdOf(path), json).ok).toBe(true);
    expect(readTrustedPricingFile('aws/lambda/2023-01-01', json).ok).toBe(false);
    expect(readTrustedPricingFile('aws/lambda/2022-08-01', { ...(json as object), service: 'nope' }).ok).toBe(false);
  });
});
