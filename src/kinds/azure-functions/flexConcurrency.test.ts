import { describe, expect, it } from 'vitest';
import { lines, price } from '../../testing/priceOne';

// Microsoft Learn, "Concurrency in Azure Functions" (HTTP trigger concurrency, Flex Consumption only):
// 512 MB: 4, 2,048 MB: 16, 4,096 MB: 32; "In Python apps, all instance sizes use an HTTP trigger
// concurrency level of one by default".
describe('Flex Consumption default concurrency by runtime', () => {
  // Dense traffic, so busy time is R × duration / concurrency and the concurrency shows in the quantity.
  const w = { requestsPerMonth: 1e9, durationMs: 250, memoryMb: 512 };
  const flex = (extra: Record<string, unknown> = {}) => ({ kind: 'azure-functions', plan: 'flex', ...extra });
  const run = (runtime: string | undefined, system = flex()) =>
    lines(w, system, { schema: 4, ...(runtime ? { coldStart: { runtime } } : {}) });

  it('a Python app with no concurrency set runs one request per instance, at every instance size', () => {
    for (const instanceMemoryMb of [512, 2048, 4096]) {
      const python = run('python', flex({ instanceMemoryMb })).line('flex-ondemand-gbs');
      const one = run(undefined, flex({ instanceMemoryMb, concurrency: 1 })).line('flex-ondemand-gbs');
      expect(python.quantity.eq(one.quantity), `${instanceMemoryMb} MB`).toBe(true);
      expect(python.trace).toContain('/ 1 concurrent');
      expect(python.trace).toContain("concurrency 1: Microsoft's default HTTP concurrency for Python apps");
    }
  });

  it('other runtimes take the instance size’s default; an explicit concurrency wins over both', () => {
    const node = run('nodejs').line('flex-ondemand-gbs');
    expect(node.trace).toContain('/ 16 concurrent');
    expect(node.trace).toContain('the default HTTP concurrency of 2,048 MB instances');
    const python = run('python').line('flex-ondemand-gbs');
    expect(python.quantity.div(node.quantity).toString()).toBe('16');
    const set = run('python', flex({ concurrency: 8 })).line('flex-ondemand-gbs');
    expect(set.trace).toContain('/ 8 concurrent');
    expect(set.trace).toContain('(concurrency as set)');
  });

  it('without a stated runtime the trace says a Python app would default to 1', () => {
    expect(run(undefined).line('flex-ondemand-gbs').trace).toContain('a Python app defaults to 1');
  });

  it('the system’s notes say when the Python default applies, and only then', () => {
    const notes = (runtime: string | undefined, system: Record<string, unknown> = flex()) => {
      const res = price(w, [system], { schema: 4, ...(runtime ? { coldStart: { runtime } } : {}) });
      if (!res.ok) throw new Error(JSON.stringify(res.issues));
      return res.analysis.estimates[0]!.notes.join(' ');
    };
    expect(notes('python')).toMatch(/Concurrency 1 per instance: .*Python apps/);
    expect(notes('python', flex({ concurrency: 4 }))).not.toMatch(/Python/);
    expect(notes('java')).not.toMatch(/Python/);
    expect(notes('python', { kind: 'azure-functions' })).not.toMatch(/Python/);
  });
});
