// Imports nothing that loads classic zod (the architecture test keeps it out of pricing files), so
// these messages come from zod/mini with the English locale `common.ts` sets, as in a build without it.
import '../app/zodConfig';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { parsePricingFile } from './parseFile';

const fileUrl = (path: string) => new URL(`../../pricing/${path}.json`, import.meta.url);
const read = (path: string) => JSON.parse(readFileSync(fileUrl(path), 'utf8')) as Record<string, any>;

describe('pricing schemas on zod/mini', () => {
  it('run jitless: app/zodConfig.ts reaches the core config zod/mini reads', () => {
    expect(z.config().jitless).toBe(true);
  });

  it('refuse an uploaded file in English, naming each field', () => {
    const alb = read('aws/alb/2026-03-01');
    const region = Object.keys(alb.regions)[0]!;
    alb.regions[region].hourly.per = 0;
    alb.rules.freeRulesPerRequest = 1.5;
    alb.sources[0].url = 'not a url';
    alb.title = '';
    const r = parsePricingFile('aws/alb/2026-03-01', alb);
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.errors).toEqual([
      'aws/alb/2026-03-01: title: Too small: expected string to have >=1 characters',
      'aws/alb/2026-03-01: sources.0.url: Invalid URL',
      'aws/alb/2026-03-01: rules.freeRulesPerRequest: Invalid input: expected int, received number',
      `aws/alb/2026-03-01: regions.${region}.hourly.per: Too small: expected number to be >0`,
    ]);
  });

  it('refuse a malformed decimal that a refinement reads with its own message, never throwing', () => {
    const alb = read('aws/alb/2026-03-01');
    alb.rules.processedGbPerHourPerLcu.lambda = 'x';
    alb.rules.processedGbPerHourPerLcu.instance = '0';
    const tiers = read('aws/data-transfer/2021-12-01');
    const region = Object.keys(tiers.regions)[0]!;
    tiers.regions[region].internetOut[1].upTo = 'ten';
    expect(parsePricingFile('aws/alb/2026-03-01', alb)).toEqual({
      ok: false,
      errors: [
        'aws/alb/2026-03-01: rules.processedGbPerHourPerLcu.instance: must be greater than 0',
        'aws/alb/2026-03-01: rules.processedGbPerHourPerLcu.lambda: a non-negative decimal string such as "0.0000166667"',
      ],
    });
    expect(parsePricingFile('aws/data-transfer/2021-12-01', tiers)).toEqual({
      ok: false,
      errors: [
        `aws/data-transfer/2021-12-01: regions.${region}.internetOut.1.upTo: a non-negative decimal string such as "0.0000166667"`,
      ],
    });
  });
});
