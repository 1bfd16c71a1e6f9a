export { loadPricing, fileIdOf, type LoadedPricing, type RawPricingFiles } from './loadRaw';
export { parsePricingFile, type PricingFile } from './parseFile';
export { catalogOf, resolvePriceBook, latestDate, effectiveDates, regionsOf, type PricingCatalog } from './resolve';
