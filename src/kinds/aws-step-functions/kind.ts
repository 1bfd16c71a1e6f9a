import type { ServiceKey } from '../../engine';
import type { ComponentBase } from '../componentTypes';
import type { StepFunctionsPrices } from './prices';

/** The component kind's id: its pricing files' `service` and its registry entry. An AWS Step Functions state machine. */
export const AWS_STEP_FUNCTIONS = 'aws-step-functions';
export const STEP_FUNCTIONS_SERVICE: ServiceKey<StepFunctionsPrices> = AWS_STEP_FUNCTIONS;

export const WORKFLOW_TYPES = ['standard', 'express'] as const;
export type WorkflowType = (typeof WORKFLOW_TYPES)[number];

/** A Standard state machine, resolved: the state transitions each entry request causes. */
export type StandardWorkflow = ComponentBase & {
  readonly type: 'standard';
  readonly transitionsPerRequest: number;
  /** How the transitions were derived (executions × transitions per execution), or null when written. */
  readonly derivedFrom: { readonly executions: number; readonly transitionsPerExecution: number } | null;
};

/** An Express state machine, resolved: executions per entry request, each one's duration and memory. */
export type ExpressWorkflow = ComponentBase & {
  readonly type: 'express';
  readonly executionsPerRequest: number;
  readonly durationMs: number;
  readonly memoryMb: number;
};

export type StepFunctionsComponent = StandardWorkflow | ExpressWorkflow;
