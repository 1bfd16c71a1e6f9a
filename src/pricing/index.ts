export { loadPricing, fileIdOf, type LoadedPricing, type RawPricingFiles } from './loadRaw';
export { parsePricingFile, type PricingFile } from './parseFile';
export {
  catalogOf,
  resolvePriceBook,
  latestDate,
  effectiveDates,
  regionsOf,
  awsRegionCoverage,
  type PricingCatalog,
  type RegionCoverage,
} from './resolve';
