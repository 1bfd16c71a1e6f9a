import { type LoadedPricing, loadPricing } from './loadRaw';

/** The pricing files shipped with the app, validated once at start-up (Vite inlines them). */
export const bundledPricing: LoadedPricing = loadPricing(
  import.meta.glob('/pricing/**/*.json', { eager: true, import: 'default' }),
);
