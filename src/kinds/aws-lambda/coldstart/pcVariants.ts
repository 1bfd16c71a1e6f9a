import { type Mitigation } from './mitigations';
import { type VariantContext, WARM, pcConcurrency, row, unavailable } from './variantContext';

/** Lambda's most provisioned concurrency per function the scenario format accepts. */
const MAX_PC = 100_000;

/** Provisioned concurrency all month, sized to the modelled peak. */
export function pcAllMonth(c: VariantContext): Mitigation {
  const n = pcConcurrency(c.model);
  const label = 'Provisioned concurrency, all month';
  if (n > MAX_PC) return unavailable('pc-all-month', label, `the peak needs ${n} instances, above ${MAX_PC}`);
  const priced = c.variants.lambda({ provisionedConcurrency: { concurrency: n, hoursPerMonth: 730 } });
  return row(
    c,
    'pc-all-month',
    label,
    `${n} × 730 h, sized to the modelled peak concurrency (mean + 3√mean)`,
    priced,
    0,
    WARM,
  );
}

/** Provisioned concurrency on a schedule: the peak hours only. */
export function pcScheduled(c: VariantContext): Mitigation {
  const label = 'Provisioned concurrency, scheduled';
  const p = c.workload.peakToAverage;
  if (p <= 1)
    return unavailable('pc-scheduled', label, 'steady traffic (peak-to-average 1): a schedule would be all month');
  const n = pcConcurrency(c.model);
  if (n > MAX_PC) return unavailable('pc-scheduled', label, `the peak needs ${n} instances, above ${MAX_PC}`);
  const hours = Math.ceil(c.model.windowHoursPerMonth * 100) / 100;
  const priced = c.variants.lambda({
    provisionedConcurrency: { concurrency: n, hoursPerMonth: hours, requestsPerMonth: c.workload.requestsPerMonth },
  });
  return row(
    c,
    'pc-scheduled',
    label,
    `${n} × ${hours} h: the peak hours (730 h ÷ peak-to-average ${p}), when the model has all the traffic`,
    priced,
    0,
    WARM,
    ['Scheduled with Application Auto Scaling; the model has no traffic outside the window, so none starts cold.'],
  );
}
