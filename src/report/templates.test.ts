import { describe, expect, it } from 'vitest';
import { Decimal, estimateSystem } from '../engine';
import { ARCHITECTURE_TEMPLATES } from '../scenario/templates';
import { testCatalog } from '../testing/catalog';
import { priceScenario } from './priceScenario';

const catalog = testCatalog();
const TOLERANCE = new Decimal('1e-9');

describe('the brief’s architectures as templates', () => {
  it('cover every architecture the brief draws', () => {
    expect(ARCHITECTURE_TEMPLATES.map((t) => t.id)).toEqual([
      'http-api',
      'image-pipeline',
      'queue-buffer',
      'fan-out',
      'event-sourcing',
      'saga',
    ]);
  });

  it.each(ARCHITECTURE_TEMPLATES.map((t) => [t.id, t] as const))(
    '%s prices end to end: every component has lines, the parts add up, and the alternative crosses it exactly',
    (_id, t) => {
      const res = priceScenario(catalog, t.scenario);
      if (!res.ok) throw new Error(JSON.stringify(res.issues));
      const a = res.analysis;
      expect(a.estimates.length).toBeGreaterThanOrEqual(2);
      for (const e of a.estimates) {
        expect(e.parts!.length).toBeGreaterThan(0);
        for (const p of e.parts!) expect(p.lines.length, `${e.id}/${p.id}`).toBeGreaterThan(0);
        const sum = e.parts!.reduce((s, p) => s.plus(p.monthlyUsd), new Decimal(0));
        expect(sum.minus(e.monthlyUsd).abs().lte(TOLERANCE), `${e.id}: ${sum} vs ${e.monthlyUsd}`).toBe(true);
      }
      // Each template is chosen so that its serverless design stops being the cheaper somewhere.
      expect(a.breakevens.length).toBeGreaterThan(0);
      for (const b of a.breakevens) {
        const [x, y] = b.between.map((id) => a.models.find((m) => m.id === id)!);
        const ux = estimateSystem(x!, b.requestsPerMonth).monthlyUsd;
        const uy = estimateSystem(y!, b.requestsPerMonth).monthlyUsd;
        if (b.kind === 'cross') expect(ux.minus(uy).abs().lte(TOLERANCE)).toBe(true);
        else expect(b.fleetStep).toBe(true);
      }
    },
  );
});
