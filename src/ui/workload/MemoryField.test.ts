import { describe, expect, it } from 'vitest';
import { testCatalog } from '../../testing/catalog';
import { lambdaMemoryHint } from './MemoryField';

describe('lambdaMemoryHint', () => {
  const catalog = testCatalog();
  it('gives the limits of the price list the scenario is pinned to (3,008 MB before 2020-12-01)', () => {
    expect(lambdaMemoryHint(catalog, '2020-11-30', 'us-east-1')).toMatch(
      /^Lambda as of 20\d\d-\d\d-\d\d: 128–3,008 MB in 64 MB steps; /,
    );
  });
  it('gives today’s limits at the latest prices', () => {
    expect(lambdaMemoryHint(catalog, undefined, 'us-east-1')).toMatch(/^Lambda as of [\d-]+: 128–10,240 MB; /);
  });
});
