import { type PowerTuningResult, parsePowerTuningLink } from './powerTuning';
import { type ParsedReports, parseReportLines } from './reportLines';
import { type ReportSummary, summarizeReports } from './summarize';

/** What a paste box held: nothing, a Power Tuning link, or log lines (with what they say). */
export type Measurements =
  | { readonly kind: 'empty' }
  | { readonly kind: 'power-tuning'; readonly result: PowerTuningResult }
  | { readonly kind: 'report-lines'; readonly parsed: ParsedReports; readonly summary: ReportSummary };

/** A one-line paste with a Power Tuning host or a `base64;base64;base64` fragment is a link; anything else is log text. */
function looksLikeLink(text: string): boolean {
  if (text.includes('\n')) return false;
  return /lambda-power-tuning/i.test(text) || /^#?[A-Za-z0-9+/=]+;[A-Za-z0-9+/=]+;[A-Za-z0-9+/=]*/.test(text);
}

/** Reads whatever was pasted into the measurements box; never throws. */
export function parseMeasurements(text: string): Measurements {
  const t = text.trim();
  if (t === '') return { kind: 'empty' };
  if (looksLikeLink(t)) return { kind: 'power-tuning', result: parsePowerTuningLink(t) };
  const parsed = parseReportLines(t);
  return { kind: 'report-lines', parsed, summary: summarizeReports(parsed.reports) };
}
