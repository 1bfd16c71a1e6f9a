import type { Workload } from '../../../engine/model';
import { pct } from './outcome';
import type { ModelledRate } from './rate';
import type { ColdStartSettings, MeasuredColdStarts } from './settings';

/** Where the cold-start rate comes from. */
export type RateSource = 'measured' | 'scenario' | 'modelled';

/** The rate to use: measured REPORT lines, else the scenario's own `coldStartRate` when above 0, else the model's. */
export function rateOf(
  w: Workload,
  model: ModelledRate,
  measured: MeasuredColdStarts | null,
  settings: ColdStartSettings,
): { rate: number; source: RateSource; rateText: string } {
  if (measured && measured.invocations > 0)
    return {
      rate: measured.coldStartRate,
      source: 'measured',
      rateText: `measured: ${pct(measured.coldStartRate)} of ${measured.invocations} invocations in the REPORT lines`,
    };
  if (w.coldStartRate > 0)
    return {
      rate: w.coldStartRate,
      source: 'scenario',
      rateText: `the scenario's workload.coldStartRate (${pct(w.coldStartRate)})`,
    };
  const window =
    w.peakToAverage > 1
      ? ` during ${round(model.windowHoursPerMonth)} h a month (peak-to-average ${w.peakToAverage})`
      : '';
  return {
    rate: model.rate,
    source: 'modelled',
    rateText:
      `modelled from traffic: ${round(model.arrivalsPerSecond, 4)} requests/s${window}, mean concurrency ${round(model.meanConcurrency, 3)}, ` +
      `keep-alive ${settings.keepAliveMinutes} min: ${pct(model.idleShare)} after idle gaps, ${pct(model.rampShare)} on the ramp to the peak`,
  };
}

function round(x: number, digits = 2): string {
  return String(Number(x.toFixed(digits)));
}
