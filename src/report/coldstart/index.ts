import {
  type ColdStartInput,
  type ColdStartResult,
  cheapestServerOf,
  systemSubjects,
  coldStartsOfSubjects,
  once,
} from '../../kinds/aws-lambda/coldstart';
import type { WrittenArchitecture } from '../../scenario/architecture/schema';
import { componentSubjects } from './components';

export { COMPONENT_SEPARATOR } from './components';

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
