import './zodConfig';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

describe('zodConfig', () => {
  it('turns zod jitless through the global config zod reads, without importing zod', async () => {
    expect(z.config().jitless).toBe(true);
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(new URL('./zodConfig.ts', import.meta.url), 'utf8')).not.toMatch(/from ['"]zod/);
  });
});
