import type { Source } from '../../engine';

/**
 * "dated 2026-03-01" (the date the source shows), "retrieved 2026-11-28", or nothing for a source that
 * carries neither (a discount given in the scenario): never "retrieved " with no date.
 */
export function sourceDate(s: Pick<Source, 'dateShown' | 'retrieved'>): string {
  return s.dateShown ? `dated ${s.dateShown}` : s.retrieved ? `retrieved ${s.retrieved}` : '';
}
