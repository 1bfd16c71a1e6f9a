export {
  ScenarioSchema,
  SCENARIO_SCHEMA_VERSION,
  type Scenario,
  type ScenarioSystem,
  type ScenarioWorkload,
} from './schema';
export { parseScenario, parseScenarioText, type ParseScenarioResult } from './parse';
export { migrateScenario } from './migrate';
export { resolveScenario, DEFAULTS, type ResolvedSystems } from './resolve';
export { present } from './fields';
export { DEFAULT_SCENARIO } from './defaults';
export {
  type ChartView,
  type CostScale,
  type WrittenChartView,
  COST_SCALES,
  DEFAULT_CHART_VIEW,
  chartViewOf,
  writtenChartView,
} from './chartView';
export { type InputIssue, formatIssues, fieldPath } from './issues';
export { ColdStartSchema, type ScenarioColdStart, resolveColdStart } from './coldStart';
