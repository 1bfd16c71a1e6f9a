/** Real measurements to right-size from: Lambda REPORT lines and Power Tuning links (untrusted input, validated). */
export {
  type ReportLine,
  type SkippedLine,
  type ParsedReports,
  ReportLineSchema,
  parseReportLines,
} from './reportLines';
export { type ReportSummary, summarizeReports, percentile } from './summarize';
export { type PowerTuningSeries, type PowerTuningResult, parsePowerTuningLink } from './powerTuning';
export { type Measurements, parseMeasurements } from './parseMeasurements';
