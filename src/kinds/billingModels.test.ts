import { describe, expect, it } from 'vitest';
import { priceScenario } from '../report';
import { testCatalog } from '../testing/catalog';

const catalog = testCatalog();
const workload = { requestsPerMonth: 1_000_000, durationMs: 200, memoryMb: 512 };

/** A system that uses each declared billing model (service, model id), and the system field named when refused. */
const USES: Readonly<Record<string, { readonly system: object; readonly field: string }>> = {
  'cloudflare-workers standard': { system: { kind: 'cloudflare-workers' }, field: 'kind' },
  'azure-functions flex': { system: { kind: 'azure-functions', plan: 'flex' }, field: 'plan' },
  'aws-lambda arm64': { system: { kind: 'aws-lambda', architecture: 'arm64' }, field: 'architecture' },
  'aws-fargate arm64': {
    system: { kind: 'aws-fargate', architecture: 'arm64', vcpu: 0.5, memoryGb: 1, tasks: 1 },
    field: 'architecture',
  },
  'aws-api-gateway http-api': { system: { kind: 'aws-lambda', frontDoor: 'http-api' }, field: 'frontDoor' },
  'aws-edge-functions cloudfront-functions': {
    system: { kind: 'aws-edge-functions', runtime: 'cloudfront-functions' },
    field: 'runtime',
  },
};

/** Every billing model any pricing file declares, with its start date (one entry per service and model). */
function declared(): { key: string; name: string; since: string; allAccountsFrom?: string }[] {
  const out = new Map<string, { key: string; name: string; since: string; allAccountsFrom?: string }>();
  for (const [service, files] of catalog.byService)
    for (const f of files)
      for (const m of f.meta.billingModels ?? []) {
        const key = `${service} ${m.id}`;
        const prev = out.get(key);
        if (prev) expect(prev.since, `${key} has one start date in every file`).toBe(m.since);
        out.set(key, {
          key,
          name: m.name,
          since: m.since,
          ...(m.allAccountsFrom ? { allAccountsFrom: m.allAccountsFrom } : {}),
        });
      }
  return [...out.values()];
}

function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

function price(pricingDate: string, system: object) {
  // A Lambda beside it, priced at every date here, so the system under test is refused on its own row.
  const p = priceScenario(catalog, {
    schema: 4,
    pricingDate,
    workload,
    systems: [
      { id: 'x86', kind: 'aws-lambda', architecture: 'x86_64' },
      { id: 'it', ...system },
    ],
  });
  if (!p.ok) throw new Error(JSON.stringify(p.issues));
  return p.analysis;
}

describe('billing models are never priced before they existed', () => {
  const models = declared();

  it('every declared billing model has a scenario here that uses it', () => {
    expect(models.length).toBeGreaterThanOrEqual(5);
    expect(models.map((m) => m.key).sort()).toEqual(Object.keys(USES).sort());
  });

  it.each(models.map((m) => [m.key, m] as const))('%s: refused the day before its start, priced on it', (key, m) => {
    const use = USES[key]!;
    const before = price(dayBefore(m.since), use.system);
    expect(before.estimates.map((e) => e.id)).toEqual(['x86']);
    expect(before.unpriced).toEqual([
      expect.objectContaining({
        id: 'it',
        field: `systems[1].${use.field}`,
        message: expect.stringContaining(`${m.name} did not exist before ${m.since}`),
      }),
    ]);
    const on = price(m.since, use.system);
    expect(on.unpriced).toEqual([]);
    expect(on.estimates.find((e) => e.id === 'it')?.monthlyUsd.gt(0)).toBe(true);
    if (m.allAccountsFrom) {
      expect(on.estimates.find((e) => e.id === 'it')?.notes.join(' ')).toContain(
        `opt-in from ${m.since} until ${m.allAccountsFrom}`,
      );
      expect(
        price(m.allAccountsFrom, use.system)
          .estimates.find((e) => e.id === 'it')
          ?.notes.join(' '),
      ).not.toContain('opt-in');
    }
  });

  it('the dates the issue names', () => {
    const since = new Map(models.map((m) => [m.key, m.since]));
    expect(since.get('cloudflare-workers standard')).toBe('2023-10-31');
    expect(since.get('azure-functions flex')).toBe('2024-05-21');
    expect(since.get('aws-lambda arm64')).toBe('2021-09-29');
  });
});
