import { type ResolvedSystems, resolveScenario } from './resolve';
import { type InputIssue, issuesOf } from './issues';
import { migrateScenario } from './migrate';
import { type Scenario, ScenarioSchema } from './schema';

export type ParseScenarioResult =
  | { readonly ok: true; readonly scenario: Scenario; readonly resolved: ResolvedSystems }
  | { readonly ok: false; readonly issues: readonly InputIssue[] };

/**
 * Parses untrusted scenario JSON (a file, a link, a form): migrates older versions, validates
 * every field, fills defaults. Never throws; every problem names its field.
 */
export function parseScenario(raw: unknown): ParseScenarioResult {
  const migrated = migrateScenario(raw);
  if (!migrated.ok) return migrated;
  // reportInput: issuesOf tells "missing" (input undefined) from "wrong type" (e.g. "512", or 1e999 → Infinity).
  const parsed = ScenarioSchema.safeParse(migrated.value, { reportInput: true });
  if (!parsed.success) return { ok: false, issues: issuesOf(parsed.error) };
  return { ok: true, scenario: parsed.data, resolved: resolveScenario(parsed.data) };
}

/** Parses scenario text (JSON), reporting a syntax error as an issue rather than throwing. */
export function parseScenarioText(text: string): ParseScenarioResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return {
      ok: false,
      issues: [{ field: '(file)', message: `not valid JSON: ${e instanceof Error ? e.message : String(e)}` }],
    };
  }
  return parseScenario(raw);
}
