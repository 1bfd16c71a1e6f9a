/** Memory right-sizing of a Lambda system: duration model or measurements × the pricing engine. */
export {
  MB_PER_VCPU,
  CPU_SHARE_UNCERTAINTY,
  type CpuShareModel,
  type ModelledDuration,
  usableVcpus,
  modelDuration,
  reanchor,
} from './durationModel';
export { type MeasuredPoint, type MeasuredDuration, measuredDuration, sortPoints } from './measuredCurve';
export {
  type DurationSource,
  type DurationAt,
  type DurationInput,
  type DurationCurve,
  type MeasuredSeries,
  durationCurve,
} from './durationSource';
export { type SizingPoint, candidateSizes, priceAt } from './sweep';
export {
  type LatencyMetric,
  type VersusCurrent,
  type Choice,
  type Recommendations,
  versus,
  recommend,
} from './recommend';
export { type RightsizeOptions, type Rightsizing, type RightsizeResult, rightsize, rightsizeSteps } from './rightsize';
export { type RightsizePatch, patchFor } from './patch';
export { lambdaSystems } from './target';
export { versusText } from './versusText';
