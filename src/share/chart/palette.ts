/** Chart colours for a light or a dark background. */
export type ChartTheme = 'light' | 'dark';

/**
 * Okabe–Ito hues (told apart with the common colour-vision deficiencies too), each in a tone for a
 * light and one for a dark background. Shared by the app's chart and the SVG/PNG/embed chart. The
 * order is the hash's: it puts the default comparison in Okabe–Ito's order (blue, orange, green,
 * pink, ochre for Lambda … Fargate), the colours its exported chart always had. One blue only: a
 * second, lighter blue read as the same colour beside it, so that slot is a crimson.
 */
const HUES: readonly Readonly<Record<ChartTheme, string>>[] = [
  { light: '#b2182b', dark: '#ff7b72' },
  { light: '#009e73', dark: '#3ddc97' },
  { light: '#d55e00', dark: '#ff8c42' },
  { light: '#996600', dark: '#f0c24b' },
  { light: '#6a3d9a', dark: '#c5a3ff' },
  { light: '#cc79a7', dark: '#e89bcf' },
  { light: '#8c564b', dark: '#d4a373' },
  { light: '#0072b2', dark: '#56b4e9' },
];
/** Systems whose ids fall on one hue are told apart by dash: solid, dashed, dotted. */
const DASHES = ['', '6 3', '2 2'] as const;

/** A series' place in the palette, theme-free: which hue and which dash. */
export type SeriesSlot = { readonly hue: number; readonly dash: number };
/** An SVG stroke colour and dash array ('' for solid). */
export type SeriesStyle = { readonly stroke: string; readonly dash: string };

/**
 * The hue of an id: FNV-1a with murmur3's finaliser (FNV's low bits alone mix poorly), salted.
 * The salt only picks which of the hash's permutations is used: this one gives the default
 * comparison's five systems five different hues (a test holds it), so the first chart has no tie.
 */
function hueOf(id: string): number {
  let h = 0x811c9dc5;
  for (const ch of `colour:${id}`) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) % HUES.length;
}

/**
 * Each system's place in the palette, keyed by its id. The hue depends on the id alone, so a system
 * keeps its colour when others are added, removed, reordered or left out of a chart (an embed's
 * `systems=`). Ids that share a hue are told apart by dash, in the order given: pass every system of
 * the scenario, in its order, and draw any subset of them.
 */
export function seriesSlots(systemIds: readonly string[]): ReadonlyMap<string, SeriesSlot> {
  const taken = new Map<number, number>();
  const slots = new Map<string, SeriesSlot>();
  for (const id of systemIds) {
    if (slots.has(id)) continue;
    const hue = hueOf(id);
    const dash = taken.get(hue) ?? 0;
    taken.set(hue, dash + 1);
    slots.set(id, { hue, dash });
  }
  return slots;
}

/** The colour and dash of a slot on a light or a dark background. */
export function slotStyle(slot: SeriesSlot, theme: ChartTheme): SeriesStyle {
  return { stroke: HUES[slot.hue % HUES.length]![theme], dash: DASHES[slot.dash % DASHES.length]! };
}
