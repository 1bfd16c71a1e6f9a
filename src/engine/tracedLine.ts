import type { Decimal } from './decimal';
import type { Grade, Price, Source } from './pricebook';
import type { TierShare } from './tiers';

/** An evaluated line's figures, everything but its trace (`LineItem` in `lines.ts` is these and the trace). */
export type LineFigures = {
  readonly key: string;
  readonly label: string;
  readonly quantity: Decimal;
  readonly unit: string;
  readonly billableQuantity: Decimal;
  /** The price of the first billed tier (or the only price), as quoted. */
  readonly rate: Price;
  readonly tiers: readonly TierShare[];
  readonly usd: Decimal;
  readonly sources: readonly Source[];
  readonly grade: Grade;
};

/**
 * An evaluated line whose trace (its arithmetic in words) is written the first time it is read, then
 * kept. Formatting the trace cost more than the arithmetic, and most evaluations (a recompute the
 * reader never expands, a sweep, a chart) never show it. A class, not an object literal with a
 * getter: V8 builds such literals through the runtime, ~50× slower than the estimate itself.
 * `trace` lives on the prototype, so a copy must name it (`{ ...line, trace: line.trace }`);
 * `toJSON` writes it like any other field.
 */
export class TracedLine implements LineFigures {
  readonly key: string;
  readonly label: string;
  readonly quantity: Decimal;
  readonly unit: string;
  readonly billableQuantity: Decimal;
  readonly rate: Price;
  readonly tiers: readonly TierShare[];
  readonly usd: Decimal;
  readonly sources: readonly Source[];
  readonly grade: Grade;
  #write: (() => string) | null;
  #trace = '';

  constructor(figures: LineFigures, write: () => string) {
    this.key = figures.key;
    this.label = figures.label;
    this.quantity = figures.quantity;
    this.unit = figures.unit;
    this.billableQuantity = figures.billableQuantity;
    this.rate = figures.rate;
    this.tiers = figures.tiers;
    this.usd = figures.usd;
    this.sources = figures.sources;
    this.grade = figures.grade;
    this.#write = write;
  }

  /** "2,000,000 requests × $0.20 per 1M requests = $0.40", written on first read. */
  get trace(): string {
    if (this.#write !== null) {
      this.#trace = this.#write();
      this.#write = null; // the closure holds the line's model: let it go once written
    }
    return this.#trace;
  }

  /** The line as JSON, trace included, in the field order of `LineItem`. */
  toJSON(): LineFigures & { readonly trace: string } {
    const { key, label, quantity, unit, billableQuantity, rate, tiers, usd, trace, sources, grade } = this;
    return { key, label, quantity, unit, billableQuantity, rate, tiers, usd, trace, sources, grade };
  }
}

/** Where a table of prices comes from and how far to trust it: the same at every R, so found once per table. */
const provenanceOf = new WeakMap<object, { readonly sources: readonly Source[]; readonly grade: Grade }>();

/** The distinct sources of a line's prices and the least trustworthy grade among them. */
export function provenance(prices: readonly Price[]): { readonly sources: readonly Source[]; readonly grade: Grade } {
  // A one-rate line's table is a fresh array per model, its price the same object (`flatTier`): key on that.
  const key = prices.length === 1 ? prices[0]! : prices;
  let p = provenanceOf.get(key);
  if (p === undefined) {
    const seen = new Map<string, Source>();
    for (const x of prices) seen.set(`${x.fileId}#${x.source.id}`, x.source);
    p = { sources: [...seen.values()], grade: worstGrade(prices.map((x) => x.grade)) };
    provenanceOf.set(key, p);
  }
  return p;
}

const GRADE_ORDER: readonly Grade[] = ['official', 'derived', 'secondary'];

/** The least trustworthy grade among several prices. */
export function worstGrade(grades: readonly Grade[]): Grade {
  return grades.reduce<Grade>((w, g) => (GRADE_ORDER.indexOf(g) > GRADE_ORDER.indexOf(w) ? g : w), 'official');
}
