/** Cold starts of a Lambda system: the rate (measured or modelled from traffic), latency, and what avoiding them costs. */
export {
  RUNTIMES,
  type Runtime,
  type ColdStartLatency,
  type RuntimeFacts,
  RUNTIME_COLD_STARTS,
  runtimeFacts,
  WORKERS_COLD_START,
} from './runtimes';
export {
  KEEP_ALIVE_MINUTES,
  type TrafficShape,
  type ModelledRate,
  modelColdStartRate,
  peakConcurrencyOf,
} from './rate';
export { requestP99Ms, coldQuantileMs, normalQuantile } from './latency';
export { type ColdStartSettings, COLD_START_DEFAULTS, PING_DURATION_MS, type MeasuredColdStarts } from './settings';
export { MITIGATIONS, type MitigationId, type Mitigation } from './mitigations';
export { type PcBreakeven } from './breakeven';
export { pcConcurrency, type VariantPricer, type LambdaPatch, type ServerPrice } from './variantContext';
export { priceVariant, type Priced } from './price';
export { cheapestServerOf, once } from './servers';
export {
  type RateSource,
  type ColdStartReport,
  type ColdStartResult,
  type ColdStartInput,
  type ColdStartSubject,
  coldStarts,
  coldStartsOfSubjects,
  systemSubjects,
} from './coldStarts';
export { meets, outcome, pct } from './outcome';
