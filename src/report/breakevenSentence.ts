import type { Breakeven } from '../engine';

/** A piece of a breakeven sentence: plain words, a system's name, or the traffic figure (the app emphasises the last two). */
export type SentencePart = { readonly text: string; readonly role: 'words' | 'name' | 'figure' };

/** Whole-request counts per locale, built once each (a NumberFormat is costly to construct). */
const countLayouts = new Map<string, Intl.NumberFormat>();

function wholeCount(n: number, locale: string): string {
  let layout = countLayouts.get(locale);
  if (layout === undefined) {
    layout = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    countLayouts.set(locale, layout);
  }
  return layout.format(n);
}

/**
 * The one wording of a breakeven, in parts and without its closing period: "Lambda costs more than
 * t3.small above 8,134,271 requests/month", plus "(where a fleet adds an instance)" at a fleet's
 * step. The traffic is rounded to a whole request and grouped for `locale` (en-US for the CLI,
 * exports and embeds; the app passes its reader's). A system missing from `names` is named by its id.
 */
export function breakevenParts(
  b: Breakeven,
  names: ReadonlyMap<string, string>,
  locale = 'en-US',
): readonly SentencePart[] {
  const [a, c] = b.between;
  const dearer = b.cheaperBelow === 'a' ? a : c;
  const cheaper = b.cheaperAbove === 'a' ? a : c;
  return [
    { text: names.get(dearer) ?? dearer, role: 'name' },
    { text: ' costs more than ', role: 'words' },
    { text: names.get(cheaper) ?? cheaper, role: 'name' },
    { text: ' above ', role: 'words' },
    { text: wholeCount(b.requestsPerMonth.toDecimalPlaces(0).toNumber(), locale), role: 'figure' },
    { text: ' requests/month', role: 'words' },
    ...(b.kind === 'jump' ? [{ text: ' (where a fleet adds an instance)', role: 'words' } as const] : []),
  ];
}

/** "Lambda costs more than t3.small above 8,134,271 requests/month.": {@link breakevenParts} as one sentence. */
export function breakevenSentence(b: Breakeven, names: ReadonlyMap<string, string>, locale = 'en-US'): string {
  return `${breakevenParts(b, names, locale)
    .map((p) => p.text)
    .join('')}.`;
}
