import fc from 'fast-check';
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { centsString } from '../engine';
import { effectiveDates } from '../pricing';
import { priceScenario } from '../report';
import { DEFAULT_SCENARIO, SCENARIO_SCHEMA_VERSION, type Scenario } from '../scenario';
import { testCatalog } from '../testing/catalog';
import { toBase64Url } from './base64url';
import { decodeScenario, encodeScenario } from './codec';
import { buildFragment } from './fragment';

const catalog = testCatalog();
const dates = effectiveDates(catalog);

/** Each system's monthly total in cents, or the issues that stop pricing (e.g. arm64 before 2021). */
function totals(s: Scenario): unknown {
  const priced = priceScenario(catalog, s);
  if (!priced.ok) return priced.issues;
  return Object.fromEntries(priced.analysis.estimates.map((e) => [e.id, centsString(e.monthlyUsd)]));
}

/** A token whose payload is any JSON text, behind a valid version marker. */
function tokenOf(json: string, version = 1): string {
  return `v${version}.${toBase64Url(new TextEncoder().encode(json))}`;
}

const nameArb = fc.string({ maxLength: 80 }).filter((s) => !/[<>]/.test(s));

/** Edits a user can make in the form, applied to the default scenario. */
const editedScenario: fc.Arbitrary<Scenario> = fc
  .record({
    name: fc.option(nameArb, { nil: undefined }),
    pricingDate: fc.option(fc.constantFrom(...dates), { nil: undefined }),
    freeTier: fc.option(fc.boolean(), { nil: undefined }),
    requestsPerMonth: fc.integer({ min: 0, max: 1e12 }),
    durationMs: fc.integer({ min: 1, max: 900_000 }),
    memoryMb: fc.integer({ min: 128, max: 3008 }),
    architecture: fc.constantFrom('x86_64' as const, 'arm64' as const),
    coldStartRate: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
    keep: fc.subarray(
      DEFAULT_SCENARIO.systems.map((_, i) => i),
      { minLength: 1 },
    ),
    systemName: nameArb,
  })
  .map((e) => {
    const systems = e.keep
      .map((i) => DEFAULT_SCENARIO.systems[i]!)
      .map((s, i) => (i === 0 ? { ...s, name: e.systemName } : s));
    const s: Scenario = {
      schema: SCENARIO_SCHEMA_VERSION,
      ...(e.name !== undefined ? { name: e.name } : {}),
      ...(e.pricingDate !== undefined ? { pricingDate: e.pricingDate } : {}),
      ...(e.freeTier !== undefined ? { freeTier: e.freeTier } : {}),
      workload: {
        requestsPerMonth: e.requestsPerMonth,
        durationMs: e.durationMs,
        memoryMb: e.memoryMb,
        architecture: e.architecture,
        ...(e.coldStartRate !== undefined ? { coldStartRate: e.coldStartRate } : {}),
      },
      systems,
    };
    return s;
  });

describe('share link codec', () => {
  it('encodes the default comparison, pinned to a date, in well under 1,000 characters', () => {
    const fragment = buildFragment({ ...DEFAULT_SCENARIO, pricingDate: '2026-03-01' });
    expect(fragment.length).toBeLessThanOrEqual(1_000);
    expect(fragment).toMatch(new RegExp(`^s=v${SCENARIO_SCHEMA_VERSION}\\.[A-Za-z0-9_-]+$`));
  });

  it('round-trips any edited scenario to the same scenario and the same figures', () => {
    fc.assert(
      fc.property(editedScenario, (s) => {
        const decoded = decodeScenario(encodeScenario(s));
        expect(decoded.ok).toBe(true);
        if (!decoded.ok) return;
        expect(decoded.scenario).toEqual(s);
        expect(totals(decoded.scenario)).toEqual(totals(s));
      }),
      { numRuns: 150 },
    );
  });

  it('carries the pricing date, the version, and every kind of system', () => {
    const s: Scenario = {
      ...DEFAULT_SCENARIO,
      pricingDate: '2020-11-30',
      region: 'us-east-1',
      apiGatewayFreeTier: true,
      workload: {
        ...DEFAULT_SCENARIO.workload,
        peakToAverage: 3,
        responseKb: 12.5,
        initDurationMs: 300,
        coldStartRate: 0.01,
      },
      systems: [
        {
          id: 'pc',
          kind: 'aws-lambda',
          architecture: 'x86_64',
          frontDoor: 'rest-api',
          provisionedConcurrency: { concurrency: 5, hoursPerMonth: 730 },
        },
        {
          id: 'fleet',
          kind: 'aws-ec2',
          instanceType: 't3.small',
          rpsPerInstance: 50,
          minInstances: 2,
          loadBalancer: 'alb',
          hoursPerMonth: 730,
        },
        {
          id: 'tasks',
          kind: 'aws-fargate',
          vcpu: 0.25,
          memoryGb: 0.5,
          rpsPerTask: 20,
          minTasks: 1,
          architecture: 'x86_64',
        },
      ],
    };
    const token = encodeScenario(s);
    expect(token.startsWith(`v${SCENARIO_SCHEMA_VERSION}.`)).toBe(true);
    expect(decodeScenario(token)).toEqual({ ok: true, scenario: s, version: SCENARIO_SCHEMA_VERSION });
  });

  it.each([
    ['garbage', 'hello world', /version marker/],
    ['an unknown version', 'v99.eyJ9', /format version 99/],
    ['version 0', 'v0.e30', /format version 0/],
    ['a truncated token', encodeScenario(DEFAULT_SCENARIO).slice(0, -7), /truncated or damaged/],
    [
      'a token cut to a length no encoder makes',
      `${encodeScenario(DEFAULT_SCENARIO)}A`.slice(0, 4 * 20 + 1 + 3),
      /truncated|damaged/,
    ],
    ['characters outside base64url', 'v1.eyJ+/==', /not valid base64url/],
    ['invalid UTF-8', `v1.${toBase64Url(new Uint8Array([0xff, 0xfe, 0x7b]))}`, /not valid text/],
    ['a JSON array', tokenOf('[1,2]'), /does not hold a scenario/],
    ['a huge link', `v1.${'A'.repeat(9_000)}`, /too long/],
    ['a field given twice', tokenOf('{"n":"a","name":"b","w":{},"s":[]}'), /"name" twice/],
    [
      'the version given twice',
      tokenOf('{"schema":1,"w":{"r":1,"d":1,"m":128},"s":[{"I":"a","k":"l"}]}'),
      /schema version twice/,
    ],
    ['deep nesting', tokenOf(`{"w":${'['.repeat(50)}${']'.repeat(50)}}`), /nested too deeply/],
  ])('refuses %s with a readable problem', (_what, token, problem) => {
    const decoded = decodeScenario(token);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.problem).toMatch(problem);
  });

  it.each([
    // oxlint-disable-next-line no-loss-of-precision -- 1e999 is Infinity on purpose: what JSON.parse makes of it
    ['a huge number', { r: 1e999 }, 'workload.requestsPerMonth', /must be a number/],
    ['too much traffic', { r: 1e13 }, 'workload.requestsPerMonth', /at most/],
    ['a negative number', { d: -5 }, 'workload.durationMs', /greater than 0/],
    ['a wrong type', { m: '512' }, 'workload.memoryMb', /must be a number/],
  ])('names the field for %s', (_what, patch, field, message) => {
    const json = JSON.stringify({ w: { r: 1000, d: 200, m: 512, ...patch }, s: [{ I: 'a', k: 'l' }] }).replace(
      '"r":null',
      '"r":1e999',
    );
    const decoded = decodeScenario(tokenOf(json.replace(/"r":Infinity/, '"r":1e999')));
    expect(decoded.ok).toBe(false);
    if (decoded.ok) return;
    const issue = decoded.issues.find((i) => i.field === field);
    expect(issue?.message).toMatch(message);
  });

  it('refuses markup or script in a name, naming the field, and never returns the name', () => {
    const s = {
      ...DEFAULT_SCENARIO,
      systems: [{ id: 'x', kind: 'aws-lambda' as const, name: '<img src=x onerror=alert(1)>' }],
    };
    const decoded = decodeScenario(encodeScenario(s));
    expect(decoded).toEqual({
      ok: false,
      problem: 'the scenario in the link is invalid',
      issues: [
        { field: 'systems[0].name', message: 'must not contain markup (a "<" followed by a letter, "/", "!" or "?")' },
      ],
    });
  });

  it('keeps "__proto__" an inert unknown field rather than polluting a prototype', () => {
    const decoded = decodeScenario(
      tokenOf('{"__proto__":{"polluted":1},"w":{"r":1,"d":1,"m":128},"s":[{"I":"a","k":"l"}]}'),
    );
    expect(decoded.ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (!decoded.ok) expect(decoded.issues.map((i) => i.message).join()).toMatch(/__proto__/);
  });
});

/** Every number anywhere in a value, to check that none is NaN or infinite. */
function numbersIn(v: unknown): number[] {
  if (typeof v === 'number') return [v];
  if (Array.isArray(v)) return v.flatMap(numbersIn);
  if (typeof v === 'object' && v !== null) return Object.values(v).flatMap(numbersIn);
  return [];
}

describe('the decoder under fuzzing', () => {
  const valid = [DEFAULT_SCENARIO, { ...DEFAULT_SCENARIO, pricingDate: '2020-11-30', freeTier: true }].map(
    encodeScenario,
  );
  const mutation = fc.oneof(
    fc.record({
      kind: fc.constant('flip' as const),
      at: fc.nat(),
      char: fc.string({ minLength: 1, maxLength: 1, unit: 'binary' }),
    }),
    fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.string({ maxLength: 8 }) }),
    fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), n: fc.integer({ min: 1, max: 6 }) }),
  );
  type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;
  const mutate = (token: string, m: Mutation) => {
    const at = m.at % (token.length + 1);
    switch (m.kind) {
      case 'flip':
        return token.slice(0, at) + m.char + token.slice(at + 1);
      case 'cut':
        return token.slice(0, at);
      case 'insert':
        return token.slice(0, at) + m.text + token.slice(at);
      case 'delete':
        return token.slice(0, at) + token.slice(at + m.n);
    }
  };
  /** Short-key payloads with hostile values: huge, negative, fractional, wrong types, markup. */
  const hostileNumber = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(1e308, -1, 0, 1e12, 1e13, 0.5));
  const hostilePayload = fc.record(
    {
      n: fc.oneof(fc.string(), fc.constant('<script>alert(1)</script>')),
      D: fc.oneof(fc.constantFrom(...dates), fc.string()),
      f: fc.oneof(fc.boolean(), fc.jsonValue()),
      w: fc.record(
        {
          r: hostileNumber,
          d: hostileNumber,
          m: hostileNumber,
          a: fc.constantFrom('x', 'a', 'z'),
          p: hostileNumber,
          C: hostileNumber,
        },
        { requiredKeys: ['r', 'd', 'm'] },
      ),
      s: fc.array(
        fc.oneof(
          fc.record(
            {
              I: fc.constantFrom('a', 'b', 'a b'),
              k: fc.constantFrom('l', 'e', 'f', 'q'),
              t: fc.constantFrom('t3.small', 'zz.huge'),
              u: hostileNumber,
              v: hostileNumber,
              G: hostileNumber,
              x: fc.constantFrom('h', 'r', 'n', '?'),
            },
            { requiredKeys: ['I', 'k'] },
          ),
          fc.jsonValue(),
        ),
        { maxLength: 4 },
      ),
    },
    { requiredKeys: ['w', 's'] },
  );
  const fragment = fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.string({ unit: 'binary', maxLength: 200 }).map((s) => `v1.${s}`),
    fc
      .tuple(fc.constantFrom(...valid), fc.array(mutation, { minLength: 1, maxLength: 4 }))
      .map(([t, ms]) => ms.reduce(mutate, t)),
    fc.jsonValue().map((v) => tokenOf(JSON.stringify(v) ?? 'null')),
    hostilePayload.map((p) => tokenOf(JSON.stringify(p).replace(/1e\+308/g, '1e999'))),
  );

  it('never throws and never yields NaN on 12,000 random and mutated fragments', () => {
    let accepted = 0;
    fc.assert(
      fc.property(fragment, (f) => {
        const decoded = decodeScenario(f);
        if (decoded.ok) {
          accepted++;
          expect(numbersIn(decoded.scenario).every(Number.isFinite)).toBe(true);
          expect(JSON.stringify(decoded.scenario)).not.toMatch(/[<>]/);
        } else {
          expect(decoded.problem.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 12_000 },
    );
    // Some mutations (e.g. a flipped digit inside a number) still decode: the test sees both paths.
    expect(accepted).toBeGreaterThan(0);
  });

  it('prices every mutated link that still decodes to figures that are numbers', () => {
    fc.assert(
      fc.property(fc.tuple(fc.constantFrom(...valid), mutation), ([t, m]) => {
        const decoded = decodeScenario(mutate(t, m));
        if (!decoded.ok) return;
        const priced = priceScenario(catalog, decoded.scenario);
        if (priced.ok) for (const e of priced.analysis.estimates) expect(e.monthlyUsd.isFinite()).toBe(true);
      }),
      { numRuns: 1_000 },
    );
  });
});

describe('deflated links (schema 4 and later)', () => {
  const token = (bytes: Uint8Array) => `v4.${toBase64Url(bytes)}`;

  it('refuses a link that expands to far more than a scenario, quickly (a deflate bomb)', () => {
    const bomb = deflateSync(new Uint8Array(5_000_000).fill(32), { level: 9 });
    const started = performance.now();
    const res = decodeScenario(token(bomb));
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.problem).toMatch(/expands to far more than a scenario|too long/);
  });

  it('refuses a truncated or undeflated payload with a message, never a throw', () => {
    const good = encodeScenario(DEFAULT_SCENARIO);
    const cut = decodeScenario(good.slice(0, good.length - 12));
    expect(cut.ok).toBe(false);
    const raw = decodeScenario(token(new TextEncoder().encode('{"w":{}}')));
    expect(raw.ok).toBe(false);
    if (!raw.ok) expect(raw.problem).toMatch(/damaged|decompress/);
  });

  it('writes the default comparison shorter than it would be raw', () => {
    const raw = toBase64Url(new TextEncoder().encode(JSON.stringify(DEFAULT_SCENARIO)));
    expect(encodeScenario(DEFAULT_SCENARIO).length).toBeLessThan(raw.length);
  });
});
