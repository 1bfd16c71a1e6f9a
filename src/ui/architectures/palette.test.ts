import { describe, expect, it } from 'vitest';
import { createPricer } from '../../report';
import { COMPONENT_KIND_IDS } from '../../scenario/architecture/schema';
import { DEFAULT_SCENARIO } from '../../scenario';
import { testCatalog } from '../../testing/catalog';
import { PALETTE, isComputeKind, newArchitecture, newComponent } from './palette';
import { getIn, serviceFields, setIn } from './serviceFields';

const price = createPricer(testCatalog());

describe('the component palette', () => {
  it('offers every component kind, each named', () => {
    expect(PALETTE.map((p) => p.kind)).toEqual(COMPONENT_KIND_IDS);
    for (const p of PALETTE) expect(p.label, p.kind).not.toBe(p.kind);
  });

  it('starts every kind with fields that price, after a function', () => {
    for (const kind of COMPONENT_KIND_IDS) {
      const a = newArchitecture();
      const c = { ...newComponent(kind), id: 'added', triggeredBy: a.components[0]!.id };
      const r = price({
        ...DEFAULT_SCENARIO,
        systems: [],
        architectures: [{ ...a, components: [...a.components, c] }],
      });
      expect(r.ok ? [] : r.issues, kind).toEqual([]);
    }
  });
});

describe('the generated service forms', () => {
  it('label every field with a unit, and reach every field of the schema', () => {
    for (const kind of COMPONENT_KIND_IDS.filter((k) => !isComputeKind(k))) {
      const fields = serviceFields(kind);
      expect(fields.length, kind).toBeGreaterThan(0);
      for (const f of fields) {
        expect(f.label, `${kind} ${f.path.join('.')}`).toMatch(/^[A-Z]/);
        if (f.type === 'number') expect(f.unit, `${kind} ${f.path.join('.')}`).not.toBe('');
      }
    }
    expect(serviceFields('aws-sqs').map((f) => f.path.join('.'))).toEqual([
      'queue',
      'perRequest.messages',
      'perRequest.requests',
      'messageKb',
      'requestsPerMessage',
      'batchSize',
    ]);
    expect(serviceFields('aws-sqs').find((f) => f.path.join('.') === 'messageKb')).toMatchObject({
      label: 'Message size',
      unit: 'KB',
    });
  });

  it('set and clear nested values immutably', () => {
    const c = { id: 'q', kind: 'aws-sqs', perRequest: { messages: 1 } };
    const d = setIn(c, ['perRequest', 'requests'], 3);
    expect(d).toEqual({ id: 'q', kind: 'aws-sqs', perRequest: { messages: 1, requests: 3 } });
    expect(c.perRequest).toEqual({ messages: 1 });
    expect(getIn(d, ['perRequest', 'requests'])).toBe(3);
    expect(setIn(d, ['perRequest', 'messages'], undefined)).toEqual({
      id: 'q',
      kind: 'aws-sqs',
      perRequest: { requests: 3 },
    });
  });
});
