/** What a scenario without a title is called wherever a title is shown. */
export const UNTITLED = 'Cost comparison';

/** The scenario's title as written, or {@link UNTITLED}. */
export function scenarioTitle(name: string | undefined): string {
  const trimmed = name?.trim() ?? '';
  return trimmed === '' ? UNTITLED : trimmed;
}

/** A page's (or an embed iframe's) title: the scenario's first, so a tab or a screen reader says which comparison it is. */
export function pageTitle(name: string | undefined): string {
  return `${scenarioTitle(name)} · Serverless Breakeven`;
}
