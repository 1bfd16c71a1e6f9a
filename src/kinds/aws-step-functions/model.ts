import { type ProviderContext, billedMs, requireService } from '../../engine/context';
import { ZERO, dec } from '../../engine/decimal';
import { type LineModel, flatTier } from '../../engine/lines';
import { formatQuantity } from '../../engine/money';
import { affine } from '../../engine/piecewise';
import { quantityText } from '../../engine/priceText';
import type { ComponentLines } from '../componentTypes';
import {
  AWS_STEP_FUNCTIONS,
  type ExpressWorkflow,
  STEP_FUNCTIONS_SERVICE,
  type StandardWorkflow,
  type StepFunctionsComponent,
} from './kind';
import type { StepFunctionsPrices } from './prices';

/**
 * A state machine's bill. Standard: state transitions after the perpetual 4,000 free, pooled per
 * account and region. Express: executions started, and GB-hours (duration rounded up to 100 ms ×
 * memory in 64 MB steps) through tiers that are also per account and region.
 */
export function stepFunctionsModel(ctx: ProviderContext, c: StepFunctionsComponent): ComponentLines {
  const prices = requireService(ctx, STEP_FUNCTIONS_SERVICE, `${ctx.path}.type`);
  return c.type === 'standard' ? standardLines(ctx, prices, c) : expressLines(ctx, prices, c);
}

function standardLines(ctx: ProviderContext, prices: StepFunctionsPrices, c: StandardWorkflow): ComponentLines {
  const d = c.derivedFrom;
  const line: LineModel = {
    kind: 'metered',
    key: 'sfn-transitions',
    label: 'Step Functions state transitions',
    unit: 'state transition',
    quantity: affine(0, c.transitionsPerRequest),
    freeUnits: ctx.options.freeTier ? prices.rules.freeTierTransitions : ZERO,
    tiers: [flatTier(prices.transitions)],
    describe: (r, q) =>
      d
        ? `${quantityText(r, 'request')} × ${d.executions} executions × ${d.transitionsPerExecution} transitions = ${quantityText(q, 'state transition')}`
        : `${quantityText(r, 'request')} × ${c.transitionsPerRequest} = ${quantityText(q, 'state transition')}`,
    pool: `${AWS_STEP_FUNCTIONS}:transitions:${ctx.book.region}`,
  };
  const notes = d
    ? [`State transitions derived: ${d.executions} executions × ${d.transitionsPerExecution} transitions each.`]
    : [];
  return { lines: [line], notes };
}

function expressLines(ctx: ProviderContext, prices: StepFunctionsPrices, c: ExpressWorkflow): ComponentLines {
  const step = prices.rules.expressMemoryStepMb;
  const billedMb = Math.max(1, Math.ceil(c.memoryMb / step)) * step;
  const ms = billedMs(c.durationMs, prices.rules.expressDurationGranularityMs);
  // GB-hours of one execution: billed seconds × billed GB (MB / 1024, as the page's example) / 3600.
  const gbHoursPerExecution = ms.div(1000).times(dec(billedMb).div(1024)).div(3600);
  const executions = dec(c.executionsPerRequest);
  return {
    lines: [
      {
        kind: 'metered',
        key: 'sfn-express-requests',
        label: 'Step Functions Express requests',
        unit: 'request',
        quantity: affine(0, executions),
        freeUnits: ZERO,
        tiers: [flatTier(prices.expressRequests)],
        describe: (r, q) => `${quantityText(r, 'request')} × ${c.executionsPerRequest} = ${quantityText(q, 'request')}`,
      },
      {
        kind: 'metered',
        key: 'sfn-express-duration',
        label: 'Step Functions Express duration',
        unit: 'GB-hour',
        quantity: affine(0, executions.times(gbHoursPerExecution)),
        freeUnits: ZERO,
        tiers: prices.expressDuration,
        describe: (r, q) =>
          `${quantityText(r.times(executions), 'execution')} × ${ms.toString()} ms × ${billedMb} MB / 1024 / 3600 = ${formatQuantity(q, 2)} GB-hours`,
        pool: `${AWS_STEP_FUNCTIONS}:express-duration:${ctx.book.region}`,
      },
    ],
    notes: billedMb === c.memoryMb ? [] : [`Memory ${c.memoryMb} MB is billed as ${billedMb} MB (${step} MB steps).`],
  };
}
