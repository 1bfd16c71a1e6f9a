import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { priceScenario } from '../../report';
import { DEFAULT_SCENARIO } from '../../scenario';
import { testCatalog } from '../../testing/catalog';
import { breakevenChart } from './breakevenChart';
import { chartData } from './chartData';
import { seriesSlots, slotStyle } from './palette';
import { svgToString } from './svgTree';

const defaultIds = DEFAULT_SCENARIO.systems.map((s) => s.id);
const hues = (ids: readonly string[]) => ids.map((id) => seriesSlots(ids).get(id)!.hue);
const idsArb = fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9-]{0,15}$/), { minLength: 2, maxLength: 12 });

describe('the chart palette', () => {
  it('gives the default comparison five different solid colours, Okabe–Ito’s blue, orange, green, pink and ochre', () => {
    const styles = defaultIds.map((id) => slotStyle(seriesSlots(defaultIds).get(id)!, 'light'));
    expect(styles).toEqual(
      ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#996600'].map((stroke) => ({ stroke, dash: '' })),
    );
  });

  it('keeps a system’s colour when any other system is removed, added or reordered', () => {
    fc.assert(
      fc.property(idsArb, fc.nat(), (ids, k) => {
        const removed = ids.filter((_, i) => i !== k % ids.length);
        const before = new Map(ids.map((id, i) => [id, hues(ids)[i]]));
        expect(hues(removed)).toEqual(removed.map((id) => before.get(id)));
        expect(hues([...ids].reverse())).toEqual([...ids].reverse().map((id) => before.get(id)));
      }),
    );
  });

  it('tells systems whose ids fall on one colour apart by dash, in the order given', () => {
    const ids = Array.from({ length: 40 }, (_, i) => `system-${i}`);
    const hue = seriesSlots(ids).get('system-0')!.hue;
    const same = ids.filter((id) => seriesSlots(ids).get(id)!.hue === hue).slice(0, 3);
    expect(same.length).toBe(3);
    expect(same.map((id) => slotStyle(seriesSlots(same).get(id)!, 'dark').dash)).toEqual(['', '6 3', '2 2']);
  });

  it('has a tone of each colour for the dark background', () => {
    const slot = seriesSlots(defaultIds).get('lambda')!;
    expect([slotStyle(slot, 'light').stroke, slotStyle(slot, 'dark').stroke]).toEqual(['#0072b2', '#56b4e9']);
  });

  it('colours the exported chart by id: a system drawn alone (an embed’s systems=) keeps the colour it has among all', () => {
    const priced = priceScenario(testCatalog(), DEFAULT_SCENARIO);
    if (!priced.ok) throw new Error('the default scenario must price');
    const alone = svgToString(
      breakevenChart(chartData(priced.analysis, { systemIds: ['fargate'] }), { theme: 'dark' }),
    );
    const fargate = slotStyle(seriesSlots(defaultIds).get('fargate')!, 'dark').stroke;
    expect(alone).toContain(`stroke="${fargate}"`);
    expect(chartData(priced.analysis, { systemIds: ['fargate'] }).series[0]!.slot).toEqual(
      seriesSlots(defaultIds).get('fargate'),
    );
  });

  it('has one blue per theme, so no two systems are drawn in the same blue', () => {
    const ids = Array.from({ length: 200 }, (_, i) => `s${i}`);
    for (const theme of ['light', 'dark'] as const) {
      const strokes = new Set(ids.map((id) => slotStyle(seriesSlots(ids).get(id)!, theme).stroke));
      expect(strokes.size).toBe(8);
      const blues = [...strokes].filter((hex) => {
        const hue = hueDegrees(hex);
        return hue >= 190 && hue <= 250;
      });
      expect(blues, theme).toHaveLength(1);
    }
  });
});

/** The HSL hue of "#rrggbb", in degrees. */
function hueDegrees(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const d = max - Math.min(r, g, b);
  if (d === 0) return 0;
  const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return (h * 60 + 360) % 360;
}
