import type { z } from 'zod/mini';
import '../validation/english';

/** One problem with untrusted input, naming the field: `systems[2].memoryGb: must be at most 120 GB`. */
export type InputIssue = { readonly field: string; readonly message: string };

/** `['systems', 2, 'id']` → `systems[2].id`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out || '(scenario)';
}

/** Zod issues as field-named messages, unknown keys spelled out. */
export function issuesOf(error: z.core.$ZodError): InputIssue[] {
  return error.issues.map((i) => {
    if (i.code === 'unrecognized_keys') {
      const keys = i.keys;
      return {
        field: fieldPath([...i.path, ...(keys.length === 1 ? [keys[0]!] : [])]),
        message: `unknown field${keys.length > 1 ? 's' : ''} ${keys.map((k) => `"${k}"`).join(', ')}`,
      };
    }
    if (i.code === 'invalid_type' && i.input === undefined) return { field: fieldPath(i.path), message: 'is required' };
    return { field: fieldPath(i.path), message: i.message };
  });
}

/** Issues as lines for a terminal or a notice. */
export function formatIssues(issues: readonly InputIssue[]): string {
  return issues.map((i) => `${i.field}: ${i.message}`).join('\n');
}
