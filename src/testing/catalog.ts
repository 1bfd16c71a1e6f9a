import { fileURLToPath } from 'node:url';
import { type PricingCatalog, loadPricing } from '../pricing';
import { readPricingDir } from '../pricing/fromDisk';

/** The repository's pricing folder. */
export const PRICING_DIR = fileURLToPath(new URL('../../pricing', import.meta.url));

/** The bundled catalog, for tests (validated; throws if any file is invalid). */
export function testCatalog(): PricingCatalog {
  const loaded = loadPricing(readPricingDir(PRICING_DIR));
  if (loaded.errors.length > 0) throw new Error(loaded.errors.join('\n'));
  return loaded.catalog;
}
