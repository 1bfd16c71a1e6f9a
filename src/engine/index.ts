/**
 * The pricing engine: pure functions over decimal.js. It imports nothing else (a test enforces
 * it), so it runs the same in the browser, a worker, Node and tests.
 */
export { Decimal, dec, type Numeric } from './decimal';
export { roundToCents, centsString, formatUsd, formatRate, formatQuantity } from './money';
export type { Segment, Piecewise } from './piecewise';
export { evaluate as evaluatePiecewise } from './piecewise';
export type { Staircase } from './staircase';
export { type CostCurve, curveCostAt, curveCostRightOf } from './curve';
export {
  type Crossing,
  type CrossingsResult,
  type WalkBudget,
  crossings,
  walkBudget,
  MAX_REQUESTS_PER_MONTH,
  ANALYSIS_STEP_LIMIT,
} from './breakeven';
export type { Tier, TierShare } from './tiers';
export {
  type LineItem,
  type LineModel,
  type LineTag,
  type BaseLine,
  type MeteredLine,
  type FleetLine,
  type DerivedLine,
  LINE_TAGS,
  evaluateLine,
  lineCurve,
  worstGrade,
  flatTier,
} from './lines';
export { discountTransform, creditTransform } from './derived';
export { evaluateLines, linesCurve, linesCostAt } from './bill';
export { composeCurve } from './composeCurve';
export { scaleRequests, scaleRequestsBy } from './scaleRequests';
export { type PoolShare, type PooledLine, type PooledLines, poolLines } from './pools';
export { type ModelPart, type PartEstimate, partEstimates } from './parts';
export { priceText, quantityText } from './priceText';
export * from './pricebook';
export { type RateSince, type RateDate, fileCovers, rateAsOfNote, datedRatesWarning } from './rateSince';
export * from './model';
export { EngineError, EngineLimitError } from './errors';
export { type LimitFinding, cannotRun, unableFindings } from './limits';
export {
  type SystemEstimate,
  type PricingIssue,
  type UnpricedSystem,
  type ModelResult,
  buildModels,
  estimateSystem,
  systemCurve,
} from './estimate';
export {
  type ProviderContext,
  type SystemModel,
  type SystemModeler,
  requireService,
  requireBillingModel,
  billedMs,
  gbFromMb,
} from './context';
export { type DiscountRule, discountLines } from './discount';
export { type CheapestSegment, type PairOrder, cheapestSequence } from './envelope';
export { SAME_USD } from './signChanges';
export { type Analysis, type AnalysisResult, type Breakeven, analyze, analyzeSteps, allBreakevens } from './analyze';
export { type Steps, runSteps } from './steps';
export { type ChartPoint, curvePoints } from './curvePoints';
