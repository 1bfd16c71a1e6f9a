import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import httpApi from '../../../examples/architectures/http-api.json';
import { dec, type SystemEstimate } from '../../engine';
import { priceScenario } from '../../report';
import type { WrittenArchitecture, WrittenComponent } from '../../scenario/architecture/schema';
import { testCatalog } from '../../testing/catalog';
import { type DiagramLayout, layoutArchitecture } from './layout';

const KINDS = ['aws-lambda', 'aws-sqs', 'aws-sns', 'aws-dynamodb', 'aws-s3', 'aws-api-gateway', 'aws-fargate'];

/** Architectures of 1–40 components, each triggered by an earlier one or none (sometimes a dangling or looping trigger). */
const architectures = fc
  .array(fc.record({ kind: fc.constantFrom(...KINDS), parent: fc.nat(60), name: fc.string({ maxLength: 90 }) }), {
    minLength: 1,
    maxLength: 40,
  })
  .map((rows): WrittenArchitecture => ({
    id: 'a',
    components: rows.map((r, i): WrittenComponent => {
      const triggeredBy = r.parent < i ? `c${r.parent}` : r.parent > 55 ? `c${r.parent % rows.length}` : undefined;
      return { id: `c${i}`, kind: r.kind, name: r.name, ...(triggeredBy ? { triggeredBy } : {}) };
    }),
  }));
const orientations = fc.constantFrom('horizontal' as const, 'vertical' as const);

const overlap = (a: DiagramLayout['boxes'][number], b: DiagramLayout['boxes'][number]) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe('layoutArchitecture', () => {
  it('lays every component out once, no two boxes overlapping, all inside the drawing', () => {
    fc.assert(
      fc.property(architectures, orientations, (arch, orientation) => {
        const l = layoutArchitecture(arch, undefined, { orientation });
        expect(l.boxes.map((b) => b.id).sort()).toEqual(arch.components.map((c) => c.id).sort());
        for (const [i, a] of l.boxes.entries()) {
          expect(a.x).toBeGreaterThanOrEqual(0);
          expect(a.y).toBeGreaterThanOrEqual(0);
          expect(a.x + a.w).toBeLessThanOrEqual(l.width);
          expect(a.y + a.h).toBeLessThanOrEqual(l.height);
          for (const b of l.boxes.slice(i + 1)) expect(overlap(a, b), `${a.id} ${b.id}`).toBe(false);
        }
      }),
    );
  });

  it('draws an arrow for every valid trigger, joining existing boxes, and stays inside the drawing', () => {
    fc.assert(
      fc.property(architectures, orientations, (arch, orientation) => {
        const l = layoutArchitecture(arch, undefined, { orientation });
        const ids = new Set(l.boxes.map((b) => b.id));
        for (const e of l.edges) {
          expect(ids.has(e.from) && ids.has(e.to)).toBe(true);
          for (const [x, y] of e.points) expect(x >= 0 && x <= l.width && y >= 0 && y <= l.height).toBe(true);
        }
        // The triggers form a forest: at most one arrow into a component, none for entry points.
        expect(new Set(l.edges.map((e) => e.to)).size).toBe(l.edges.length);
        const entries = arch.components.filter((c) => c.triggeredBy === undefined).length;
        expect(l.edges.length).toBeLessThanOrEqual(arch.components.length - entries);
      }),
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(architectures, orientations, (arch, orientation) => {
        expect(layoutArchitecture(arch, undefined, { orientation })).toEqual(
          layoutArchitecture(structuredClone(arch), undefined, { orientation }),
        );
      }),
    );
  });

  it('puts entry points on the left (top) and what they trigger one layer further, the fan-out spread', () => {
    const fan: WrittenArchitecture = {
      id: 'fan',
      components: [
        { id: 'topic', kind: 'aws-sns' },
        ...[1, 2, 3, 4].map((i) => ({ id: `f${i}`, kind: 'aws-lambda', triggeredBy: 'topic' })),
      ],
    };
    const h = layoutArchitecture(fan);
    const box = (l: DiagramLayout, id: string) => l.boxes.find((b) => b.id === id)!;
    expect(new Set([1, 2, 3, 4].map((i) => box(h, `f${i}`).x)).size).toBe(1);
    expect(box(h, 'f1').x).toBeGreaterThan(box(h, 'topic').x + box(h, 'topic').w);
    expect(new Set([1, 2, 3, 4].map((i) => box(h, `f${i}`).y)).size).toBe(4);
    // The topic sits midway between its first and last subscriber.
    expect(box(h, 'topic').y).toBe((box(h, 'f1').y + box(h, 'f4').y) / 2);
    const v = layoutArchitecture(fan, undefined, { orientation: 'vertical' });
    expect(box(v, 'f1').y).toBeGreaterThan(box(v, 'topic').y);
    expect(v.width).toBeLessThan(360);
  });

  it('shows each component kind in words, its cost and its share of the gross bill', () => {
    const priced = priceScenario(testCatalog(), httpApi as never);
    if (!priced.ok) throw new Error(JSON.stringify(priced.issues));
    const arch = priced.scenario.architectures![0]!;
    const estimate = priced.analysis.estimates.find((e) => e.id === arch.id)!;
    const l = layoutArchitecture(arch, estimate);
    expect(l.boxes.map((b) => b.kindLabel)).toEqual(['API Gateway HTTP API', 'Lambda function', 'DynamoDB table']);
    for (const b of l.boxes) expect(b.monthlyUsd).toMatch(/^\$\d/);
    expect(l.boxes.map((b) => b.monthlyUsd)).toEqual(['$5.00', '$8.47', '$2.19']);
    expect(l.boxes.map((b) => b.share)).toEqual(['32%', '54%', '14%']);
  });

  it('never shows a share above 100%, even when a part is negative', () => {
    const arch: WrittenArchitecture = {
      id: 'x',
      components: [
        { id: 'a', kind: 'aws-lambda' },
        { id: 'b', kind: 'aws-sqs', triggeredBy: 'a' },
      ],
    };
    const part = (id: string, usd: number) => ({ id, name: id, kind: 'k', monthlyUsd: dec(usd), lines: [] });
    const estimate = { parts: [part('a', 10), part('b', -4)] } as unknown as SystemEstimate;
    expect(layoutArchitecture(arch, estimate).boxes.map((b) => b.share)).toEqual(['100%', '0%']);
    const tiny = { parts: [part('a', 1000), part('b', 0.01)] } as unknown as SystemEstimate;
    expect(layoutArchitecture(arch, tiny).boxes.map((b) => b.share)).toEqual(['100%', '<1%']);
  });

  it('cuts long names to fit the box', () => {
    const arch: WrittenArchitecture = { id: 'x', components: [{ id: 'a', kind: 'aws-lambda', name: 'n'.repeat(80) }] };
    const [box] = layoutArchitecture(arch).boxes;
    expect(box!.shownName.length).toBeLessThan(30);
    expect(box!.shownName.endsWith('…')).toBe(true);
    expect(box!.name).toBe('n'.repeat(80));
  });

  it('lays 40 components out in well under 5 ms', () => {
    const arch: WrittenArchitecture = {
      id: 'big',
      components: Array.from({ length: 40 }, (_, i) => ({
        id: `c${i}`,
        kind: KINDS[i % KINDS.length]!,
        ...(i > 0 ? { triggeredBy: `c${Math.floor((i - 1) / 3)}` } : {}),
      })),
    };
    for (let i = 0; i < 20; i++) layoutArchitecture(arch);
    const times: number[] = [];
    for (let i = 0; i < 50; i++) {
      const t = performance.now();
      layoutArchitecture(arch, undefined, { orientation: i % 2 ? 'vertical' : 'horizontal' });
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    expect(times[25]!).toBeLessThan(2);
  });
});
