export { createAppStore, MAX_SYSTEMS, type AppStore, type AppState, type AppActions } from './store';
export {
  type AppInputs,
  type RateUnit,
  type ChartRange,
  type CostScale,
  RATE_UNITS,
  INITIAL_INPUTS,
  toPerMonth,
  fromPerMonth,
} from './inputs';
export {
  type Derived,
  type Priced,
  type Series,
  createDeriveSelector,
  createSeriesSelector,
  costsAt,
  rangeRequests,
} from './derive';
export { type SystemKind, type SystemOf, freshId, duplicateOf, withFreshIdentity } from './systems';
export { alternativeCount, alternativeIds, componentId } from './architectures';
