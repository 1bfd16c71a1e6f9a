import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { latestDate, loadPricing, type PricingCatalog } from '../pricing';
import { readPricingDir } from '../pricing/fromDisk';
import { type PricedScenario, filesUsed, priceScenario } from '../report';
import { formatIssues } from '../scenario';
import type { Args } from './args';
import { UsageError } from './usage';
import { overlayFlags } from './whatIf';

/** The bundled pricing folder: two levels up from both src/cli/*.ts and dist/cli/*.mjs. */
function bundledPricingDir(): string {
  return join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'pricing');
}

/** Loads and validates the pricing folder; a broken file is a usage error naming it. */
export function loadCatalog(args: Args): PricingCatalog {
  const opt = args.options.get('pricing');
  const dir = typeof opt === 'string' ? opt : bundledPricingDir();
  let raw;
  try {
    raw = readPricingDir(dir);
  } catch (e) {
    throw new UsageError(`cannot read pricing folder ${dir}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  const loaded = loadPricing(raw);
  if (loaded.errors.length > 0) throw new UsageError(`invalid pricing data:\n${loaded.errors.join('\n')}`);
  return loaded.catalog;
}

/**
 * Reads, validates and prices the scenario file named on the command line, with the what-if flags
 * (`--requests`, `--duration`, `--memory`, `--date`, `--region`) in place; `note` hears what the reader should know.
 */
export function loadPriced(args: Args, note?: (s: string) => void): Extract<PricedScenario, { ok: true }> {
  const path = args.positional[0];
  if (!path) throw new UsageError('missing <scenario.json> argument');
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot read (${code ?? String(e)})`);
  }
  let raw: unknown;
  try {
    // Editors on Windows save UTF-8 with a byte-order mark; JSON.parse refuses it.
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new UsageError(`${path}: not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  const flags = overlayFlags(args, raw);
  const catalog = loadCatalog(args);
  const priced = priceScenario(catalog, flags.raw);
  if (!priced.ok) {
    const issues = priced.issues.map(flags.blame);
    // Issues all of the flags' making are the command line's fault, not the file's.
    const where = priced.issues.every(flags.fromFlag) ? 'invalid option' : `${path}: invalid scenario`;
    throw new UsageError(`${where}:\n${formatIssues(issues)}`);
  }
  // A date past every file prices with the latest files: say which, whether the date came from --date or the file.
  const newest = latestDate(catalog);
  const date = args.options.get('date');
  const asked = priced.book.pricingDate;
  if (asked > newest) {
    const files = filesUsed(priced.book, priced.analysis).map((f) => f.id);
    const whose = typeof date === 'string' ? `--date ${date}` : `${path}: pricingDate ${asked}`;
    note?.(`${whose} is after the newest price file (${newest}): using the latest prices, ${files.join(', ')}`);
  }
  return priced;
}
