import './zodConfig';
import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';

describe('zodConfig', () => {
  it('turns zod (zod/mini and classic share its core) jitless through the global config zod reads, without importing zod', async () => {
    expect(z.config().jitless).toBe(true);
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(new URL('./zodConfig.ts', import.meta.url), 'utf8')).not.toMatch(/from ['"]zod/);
  });
});
