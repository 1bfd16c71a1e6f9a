import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPricing, type PricingCatalog } from '../pricing';
import { readPricingDir } from '../pricing/fromDisk';
import { type PricedScenario, priceScenario } from '../report';
import { formatIssues } from '../scenario';
import type { Args } from './args';
import { UsageError } from './usage';

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

/** Reads, validates and prices the scenario file named on the command line. */
export function loadPriced(args: Args): Extract<PricedScenario, { ok: true }> {
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
  const date = args.options.get('date');
  if (typeof date === 'string' && typeof raw === 'object' && raw !== null) raw = { ...raw, pricingDate: date };
  const priced = priceScenario(loadCatalog(args), raw);
  if (!priced.ok) throw new UsageError(`${path}: invalid scenario:\n${formatIssues(priced.issues)}`);
  return priced;
}
