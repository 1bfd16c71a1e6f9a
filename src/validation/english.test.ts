import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { issuesOf } from '../scenario/issues';

// This file loads zod/mini only (no classic zod, which would register English itself): the words below
// come from src/validation/english.ts, which the issue formatter and the field kit import.
describe('zod/mini’s default messages', () => {
  it('are classic zod’s English words, not "Invalid input"', () => {
    const r = z.strictObject({ n: z.number().check(z.int(), z.lte(5)), s: z.string() }).safeParse({ n: 6, s: 1, x: 0 });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.error.issues.map((i) => i.message)).toEqual([
      'Too big: expected number to be <=5',
      'Invalid input: expected string, received number',
      'Unrecognized key: "x"',
    ]);
    expect(issuesOf(r.error)[2]).toEqual({ field: 'x', message: 'unknown field "x"' });
  });
});
