import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_SCENARIO } from './defaults';
import { parseScenario } from './parse';
import { uniqueNames } from './uniqueNames';

describe('names alternatives are shown by are unique', () => {
  it('two systems named "t3.small" are told apart by their ids; a unique name is kept as written', () => {
    const names = uniqueNames([
      { id: 'lambda', name: 'Lambda' },
      { id: 't3-small', name: 't3.small' },
      { id: 't3-small-2', name: 't3.small' },
    ]);
    expect([...names.values()]).toEqual(['Lambda', 't3.small (t3-small)', 't3.small (t3-small-2)']);
  });

  it('a name equal to an unnamed system’s id is told apart from it', () => {
    const names = uniqueNames([{ id: 'lambda' }, { id: 'x', name: 'lambda' }]);
    expect([...names.values()]).toEqual(['lambda', 'lambda (x)']);
  });

  it('a name that already reads like a disambiguated one does not collide', () => {
    const names = uniqueNames([
      { id: 'a', name: 'n (b)' },
      { id: 'b', name: 'n' },
      { id: 'c', name: 'n' },
    ]);
    expect(new Set(names.values()).size).toBe(3);
    expect(names.get('a')).toBe('n (b)');
  });

  it('any list of distinct ids gets distinct names (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), { minLength: 1 }),
        fc.array(fc.option(fc.constantFrom('a', 'b', 'x', 'x (a)', 'x (b)', 'x (a) 2'), { nil: undefined }), {
          minLength: 6,
          maxLength: 6,
        }),
        (ids, written) => {
          const items = ids.map((id, i) => (written[i] === undefined ? { id } : { id, name: written[i] }));
          const names = uniqueNames(items);
          expect(new Set(names.values()).size).toBe(ids.length);
        },
      ),
    );
  });

  it('a parsed scenario with two systems of one name resolves them under distinct names', () => {
    const parsed = parseScenario({
      ...DEFAULT_SCENARIO,
      systems: [
        { id: 'a', kind: 'aws-ec2', name: 't3.small', instanceType: 't3.small' },
        { id: 'b', kind: 'aws-ec2', name: 't3.small', instanceType: 't3.small', minInstances: 2 },
      ],
    });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.resolved.systems.map((s) => s.name)).toEqual(['t3.small (a)', 't3.small (b)']);
    // The scenario itself keeps what the user wrote.
    expect(parsed.scenario.systems.map((s) => s.name)).toEqual(['t3.small', 't3.small']);
  });
});
