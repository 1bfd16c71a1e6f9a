import type { Breakeven, Decimal } from '../engine';

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
 * step, or "(where a price steps)" at a jump of a price itself, and "(the same cost below it)" or
 * "(the same cost from 1,000,000)" where a tie ends. The traffic is rounded to a whole request and
 * grouped for `locale` (en-US for the CLI, exports and embeds; the app passes its reader's). A system
 * missing from `names` is named by its id.
 */
export function breakevenParts(
  b: Breakeven,
  names: ReadonlyMap<string, string>,
  locale = 'en-US',
): readonly SentencePart[] {
  const [a, c] = b.between;
  // Named from the order above the point: below it the two may cost the same (a tie ending here).
  const dearer = b.cheaperAbove === 'a' ? c : a;
  const cheaper = b.cheaperAbove === 'a' ? a : c;
  const count = (r: Decimal) => wholeCount(r.toDecimalPlaces(0).toNumber(), locale);
  const notes: SentencePart[] = [];
  if (b.kind === 'jump')
    notes.push({ text: b.fleetStep ? ' (where a fleet adds an instance)' : ' (where a price steps)', role: 'words' });
  if (b.cheaperBelow === 'tie')
    notes.push({
      text:
        b.equalFrom === null || b.equalFrom.isZero()
          ? ' (the same cost below it)'
          : ` (the same cost from ${count(b.equalFrom)})`,
      role: 'words',
    });
  return [
    { text: names.get(dearer) ?? dearer, role: 'name' },
    { text: ' costs more than ', role: 'words' },
    { text: names.get(cheaper) ?? cheaper, role: 'name' },
    { text: ' above ', role: 'words' },
    { text: count(b.requestsPerMonth), role: 'figure' },
    { text: ' requests/month', role: 'words' },
    ...notes,
  ];
}

/** "Lambda costs more than t3.small above 8,134,271 requests/month.": {@link breakevenParts} as one sentence. */
export function breakevenSentence(b: Breakeven, names: ReadonlyMap<string, string>, locale = 'en-US'): string {
  return `${breakevenParts(b, names, locale)
    .map((p) => p.text)
    .join('')}.`;
}
