import {
  type ColdStartInput,
  type ColdStartResult,
  cheapestServerOf,
  coldStartsOfSubjects,
  once,
  systemSubjects,
} from '../../kinds/aws-lambda/coldstart';
import { resolveColdStart } from '../../scenario/coldStart';
import type { WrittenArchitecture } from '../../scenario/architecture/schema';
import type { PricedScenario } from '../priceScenario';
import { componentSubjects } from './components';
import type { SystemWarning } from './systemWarning';
import { coldStartWarnings } from './warnings';

export { COMPONENT_SEPARATOR } from './components';
export type { SystemWarning } from './systemWarning';
export { LATENCY_TARGET, coldStartWarnings } from './warnings';

/**
 * The cold starts of every Lambda function of a scenario: its Lambda systems, then the Lambda
 * components of its architectures ("<architecture> › <component>", priced as whole architectures).
 * `architectures` are the scenario's as written (the same as `input.scenario.architectures` resolved).
 */
export function scenarioColdStarts(
  input: ColdStartInput,
  architectures: readonly WrittenArchitecture[] | undefined,
): ColdStartResult {
  const server = once(() => cheapestServerOf(input.book, input.scenario));
  const subjects = [...systemSubjects(input), ...componentSubjects(input.book, input.scenario, architectures ?? [])];
  return coldStartsOfSubjects(input, subjects, server);
}

type Priced = Extract<PricedScenario, { ok: true }>;
const computed = new WeakMap<Priced, ColdStartResult>();

/**
 * A priced scenario's cold starts at its own `coldStart` settings, without measurements: computed
 * once per priced scenario (the panel, the results' warnings and the exports share it).
 */
export function pricedColdStarts(priced: Priced): ColdStartResult {
  const known = computed.get(priced);
  if (known) return known;
  const result = scenarioColdStarts(
    { book: priced.book, scenario: priced.resolved, settings: resolveColdStart(priced.scenario.coldStart) },
    priced.scenario.architectures,
  );
  computed.set(priced, result);
  return result;
}

/** The latency-target warnings of a priced scenario (none when its cold starts cannot be priced). */
export function pricedColdStartWarnings(priced: Priced): SystemWarning[] {
  // Without a target there is nothing to warn about: the cold starts are not even computed.
  if (priced.scenario.coldStart?.targetP99Ms === undefined) return [];
  const r = pricedColdStarts(priced);
  return r.ok ? coldStartWarnings(r.reports) : [];
}
