/** The result of reading a typed number: the value, or why it is not one. */
export type ParsedNumber =
  { readonly ok: true; readonly value: number } | { readonly ok: false; readonly reason: string };

const SUFFIX: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9 };

/**
 * Reads a number as people type it: "1,000,000", "1 000 000", "1e6", "2.5M", "10k". Refuses
 * anything else with a reason rather than guessing (no NaN, no silent zero).
 */
export function parseNumberInput(text: string, opts: { allowSuffix?: boolean } = {}): ParsedNumber {
  const compactText = text.trim().replace(/[,\s_]/g, '');
  if (compactText === '') return { ok: false, reason: 'enter a number' };
  const m = /^([+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)([kmb])?$/i.exec(compactText);
  if (!m) return { ok: false, reason: `"${text.trim()}" is not a number` };
  const suffix = m[2]?.toLowerCase();
  if (suffix && !opts.allowSuffix) return { ok: false, reason: `"${text.trim()}" is not a number` };
  const value = Number(m[1]) * (suffix ? SUFFIX[suffix]! : 1);
  if (!Number.isFinite(value)) return { ok: false, reason: 'is too large' };
  return { ok: true, value };
}

/** A number as the typed field shows it: no float noise (0.1 × 100 shows as 10, not 10.000000000000002). */
export function showNumber(n: number): string {
  return String(Number(n.toPrecision(12)));
}
