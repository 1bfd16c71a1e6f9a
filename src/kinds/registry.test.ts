import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SHORT_KEYS, SHORT_VALUES } from '../share/keys';
import { KIND_LINK_KEYS } from './links';
import { COMPONENT_KINDS } from './componentKinds';
import { CHARGES, KIND_MODELS, SYSTEM_KINDS } from './models';
import { SERVICE_FORMATS } from './pricingFiles';
import { SystemSchema, kindOf } from './schemas';
import { KIND_UI } from './ui';

/**
 * "Adding a kind" (README) as a test: every registered kind has every part in its home, every
 * registry lists it, and its id is spelled out nowhere else.
 */
const KINDS_DIR = fileURLToPath(new URL('.', import.meta.url));
const SRC = join(KINDS_DIR, '..');
/** Folders of src/kinds that are no kind's home: code two kinds share. */
const SHARED_FOLDERS = ['vm-common', 'capacity', 'limits'];
const SYSTEM_PARTS = ['kind.ts', 'scenario.ts', 'model.ts', 'ui.ts', 'Editor.tsx', 'links.ts', 'pricingFile.ts'];
const CHARGE_PARTS = ['kind.ts', 'prices.ts', 'charge.ts', 'pricingFile.ts'];
const COMPONENT_PARTS = ['kind.ts', 'prices.ts', 'pricingFile.ts', 'scenario.ts', 'model.ts'];
const COMPONENT_IDS = COMPONENT_KINDS.map((c) => c.kind);

const hasTest = (dir: string) => readdirSync(dir, { recursive: true }).some((f) => String(f).endsWith('.test.ts'));
const folders = readdirSync(KINDS_DIR, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name);

describe('the kind registries', () => {
  it.each(SYSTEM_KINDS)('%s has every part in its home and a test', (kind) => {
    const home = join(KINDS_DIR, kind);
    expect(SYSTEM_PARTS.filter((p) => !existsSync(join(home, p)))).toEqual([]);
    expect(hasTest(home)).toBe(true);
  });

  it.each(SYSTEM_KINDS)(
    '%s is in every registry: model, scenario schema, editor, links and a pricing-file format',
    (kind) => {
      expect(KIND_MODELS[kind].model).toBeTypeOf('function');
      expect(SystemSchema.def.options.map(kindOf)).toContain(kind);
      expect(KIND_UI[kind].create().kind).toBe(kind);
      expect(KIND_LINK_KEYS[kind]).toBeDefined();
      expect(SERVICE_FORMATS.has(kind)).toBe(true);
    },
  );

  it.each(CHARGES.map((c) => c.id))('charge %s has every part in its home, a test and a pricing-file format', (id) => {
    const home = join(KINDS_DIR, id);
    expect(CHARGE_PARTS.filter((p) => !existsSync(join(home, p)))).toEqual([]);
    expect(hasTest(home)).toBe(true);
    expect(SERVICE_FORMATS.has(id)).toBe(true);
  });

  it.each(COMPONENT_IDS)('component %s has every part in its home, a test and a pricing-file format', (id) => {
    const home = join(KINDS_DIR, id);
    expect(COMPONENT_PARTS.filter((p) => !existsSync(join(home, p)))).toEqual([]);
    expect(hasTest(home)).toBe(true);
    expect(SERVICE_FORMATS.has(id)).toBe(true);
  });

  it('every folder of src/kinds is a registered kind, a registered charge or component, or shared code', () => {
    const known = new Set<string>([...SYSTEM_KINDS, ...CHARGES.map((c) => c.id), ...COMPONENT_IDS, ...SHARED_FOLDERS]);
    expect(folders.filter((f) => !known.has(f))).toEqual([]);
    expect([...SERVICE_FORMATS.keys()].filter((s) => !known.has(s))).toEqual([]);
  });

  it('a kind’s id is written in at most 4 source files (tests aside): its kind.ts and few others', () => {
    const sources = readdirSync(SRC, { recursive: true, withFileTypes: true })
      .filter(
        (e) =>
          e.isFile() && /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) && !e.parentPath.includes('testing'),
      )
      .map((e) => join(e.parentPath, e.name));
    for (const id of [...SYSTEM_KINDS, ...CHARGES.map((c) => c.id), ...COMPONENT_IDS]) {
      const files = sources
        .filter((f) => new RegExp(`['"\`]${id}['"\`]`).test(readFileSync(f, 'utf8')))
        .map((f) => relative(SRC, f));
      expect(files, id).toContain(`kinds/${id}/kind.ts`);
      expect(files.length, `${id}: ${files.join(', ')}`).toBeLessThanOrEqual(4);
    }
  });
});

describe('share-link abbreviations gathered from the kinds', () => {
  // Every abbreviation ever published: links in the wild use them, so none may change or go.
  const PUBLISHED_KEYS = {
    name: 'n',
    pricingDate: 'D',
    region: 'g',
    freeTier: 'f',
    apiGatewayFreeTier: 'F',
    workload: 'w',
    systems: 's',
    requestsPerMonth: 'r',
    durationMs: 'd',
    memoryMb: 'm',
    architecture: 'a',
    ephemeralStorageMb: 'e',
    cpuMs: 'c',
    coldStartRate: 'C',
    initDurationMs: 'i',
    peakToAverage: 'p',
    requestKb: 'q',
    responseKb: 'o',
    id: 'I',
    kind: 'k',
    frontDoor: 'x',
    provisionedConcurrency: 'P',
    concurrency: 'N',
    hoursPerMonth: 'h',
    instanceType: 't',
    count: 'u',
    minInstances: 'M',
    rpsPerInstance: 'R',
    loadBalancer: 'b',
    vcpu: 'v',
    memoryGb: 'G',
    tasks: 'T',
    minTasks: 'K',
    rpsPerTask: 'Q',
    cpuBoundShare: 'B',
    threads: 'H',
    maxMemoryUsedMb: 'X',
    headroomPct: 'O',
    publicIpv4: 'J',
    ebsGb: 'L',
    azs: 'A',
    albPublicIpv4: 'E',
    albRules: 'W',
    natGateways: 'S',
    natKbPerRequest: 'V',
    snapStart: 'j',
    restoreRate: 'jr',
    activeHoursPerMonth: 'jh',
    versions: 'jv',
    chart: 'y',
    fromExp: 'y0',
    toExp: 'y1',
    costScale: 'ys',
  };
  const PUBLISHED_VALUES = {
    kind: { 'aws-lambda': 'l', 'aws-ec2': 'e', 'aws-fargate': 'f' },
    architecture: { x86_64: 'x', arm64: 'a' },
    frontDoor: { none: 'n', 'http-api': 'h', 'rest-api': 'r' },
    loadBalancer: { none: 'n', alb: 'a' },
  };

  it('keep every published abbreviation', () => {
    expect(SHORT_KEYS).toMatchObject(PUBLISHED_KEYS);
    expect(SHORT_VALUES).toMatchObject(PUBLISHED_VALUES);
  });

  it('give one field one key and one key one field, across every kind', () => {
    const byShort = new Map<string, string>();
    for (const table of [SHORT_KEYS, ...Object.values(KIND_LINK_KEYS).map((l) => l.keys)]) {
      for (const [field, short] of Object.entries(table)) {
        expect(SHORT_KEYS[field], field).toBe(short);
        expect(byShort.get(short) ?? field, `short key ${short}`).toBe(field);
        byShort.set(short, field);
      }
    }
    const kindShorts = Object.values(SHORT_VALUES['kind'] ?? {});
    expect(new Set(kindShorts).size).toBe(kindShorts.length);
  });
});
