import { useMemo } from 'react';
import { servicePrices } from '../../engine';
import { LAMBDA_SERVICE } from '../../kinds/aws-lambda/kind';
import { type PricingCatalog, resolvePriceBook } from '../../pricing';
import { useInputs, usePricing } from '../AppContext';
import { count } from '../format';
import { WorkloadNumber } from './WorkloadNumber';

/**
 * "Lambda as of 2019-12-03: 128–3,008 MB in 64 MB steps": Lambda's memory limits in the price file the
 * scenario's date and region select (they changed on 2020-12-01), not today's.
 */
export function lambdaMemoryHint(catalog: PricingCatalog, pricingDate: string | undefined, region: string): string {
  const book = resolvePriceBook(catalog, { pricingDate: pricingDate ?? null, region });
  const lambda = servicePrices(book, LAMBDA_SERVICE);
  if (!lambda) return 'Lambda: 1,769 MB is one vCPU.';
  const { min, max, step } = lambda.rules.memoryMb;
  const steps = step === 1 ? '' : ` in ${step} MB steps`;
  return `Lambda as of ${lambda.meta.effectiveDate}: ${count(min)}–${count(max)} MB${steps}; 1,769 MB is one vCPU.`;
}

/** The workload's memory, its hint following the pricing date. */
export function MemoryField() {
  const { catalog } = usePricing();
  const pricingDate = useInputs((s) => s.scenario.pricingDate);
  const region = useInputs((s) => s.scenario.region ?? 'us-east-1');
  const hint = useMemo(() => lambdaMemoryHint(catalog, pricingDate, region), [catalog, pricingDate, region]);
  return (
    <WorkloadNumber
      field="memoryMb"
      label="Memory"
      unit="MB"
      slider={{ min: 128, max: 10_240, step: 1 }}
      hint={hint}
      testId="memory"
    />
  );
}
