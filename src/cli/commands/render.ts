import { EXPORT_FORMATS, type ExportOptions, renderExport } from '../../share';
import { type Args, choice } from '../args';
import { linkBack, linkBase } from '../link';
import { loadPriced } from '../load';
import { writeOutFile } from '../outFile';
import { UsageError } from '../usage';

/**
 * `render <scenario.json> --format markdown|svg|csv|json|diagram-svg [--out file] [--link-base URL]`: the
 * figures a docs pipeline regenerates on every build. The link (Markdown, JSON) pins the pricing
 * date the figures were computed with, so it opens on exactly these numbers.
 */
export function renderCommand(args: Args, note?: (s: string) => void): string {
  const format = choice(args, 'format', EXPORT_FORMATS, 'markdown');
  const theme = choice(args, 'theme', ['light', 'dark'] as const, 'light');
  const priced = loadPriced(args, note);
  if (format === 'diagram-svg' && (priced.scenario.architectures ?? []).length === 0)
    throw new UsageError('--format diagram-svg draws architectures, and this scenario has none');
  const opts: { -readonly [K in keyof ExportOptions]: ExportOptions[K] } = { theme };
  // JSON carries a link only on a given --link-base; Markdown and CSV always say how to reopen the scenario.
  if (linkBase(args) !== undefined || format === 'markdown' || format === 'csv') opts.link = linkBack(args, priced);
  const systems = stringOption(args, 'systems');
  if (systems !== undefined) {
    const known = priced.analysis.estimates.map((e) => e.id);
    const ids = systems.split(',').filter((s) => s !== '');
    const unknown = ids.filter((id) => !known.includes(id));
    if (ids.length === 0 || unknown.length > 0)
      throw new UsageError(`--systems: unknown system "${unknown[0] ?? ''}"; the scenario has ${known.join(', ')}`);
    opts.systemIds = ids;
  }
  const { text } = renderExport(priced, format, opts);
  const out = stringOption(args, 'out');
  if (out === undefined) return text;
  writeOutFile(out, text);
  const bytes = Buffer.byteLength(text).toLocaleString('en-US');
  return `Wrote ${out}: ${WHAT[format]}, ${bytes} bytes (prices as of ${priced.book.pricingDate}, ${priced.book.region}).\n`;
}

/** What each format holds, for the line `--out` prints. */
const WHAT: Readonly<Record<(typeof EXPORT_FORMATS)[number], string>> = {
  markdown: 'the estimate as Markdown',
  svg: 'the breakeven chart as SVG',
  csv: 'every line item as CSV',
  json: 'the estimate as JSON',
  'diagram-svg': 'the architecture diagrams as SVG',
};

function stringOption(args: Args, name: string): string | undefined {
  const v = args.options.get(name);
  if (v === true) throw new UsageError(`option --${name} needs a value`);
  return v;
}
