import { type LoadedPricing, loadPricing } from './loadRaw';
import { readTrustedPricingFile } from './parseFile';

/**
 * The glob of every pricing file, in one place for the app and for `bundled.test.ts`, which checks
 * each against its schema (so the app reads them without one).
 */
export const BUNDLED_RAW = import.meta.glob('/pricing/**/*.json', { eager: true, import: 'default' });

/**
 * The pricing files shipped with the app (Vite inlines them). They are trusted, build-time data: the
 * schema check runs in `bundled.test.ts`, not at start-up, and each region's rates become Decimals
 * only when a scenario asks for them. Files from outside the build (the CLI's `--pricing`) are parsed.
 */
export const bundledPricing: LoadedPricing = loadPricing(BUNDLED_RAW, readTrustedPricingFile);
