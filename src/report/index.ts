export { priceScenario, priceParsed, type PricedScenario } from './priceScenario';
export { createPricer, type ScenarioPricer, type PriceFn } from './pricer';
export {
  jsonReport,
  pricingJson,
  filesUsed,
  usedWarnings,
  pricedIn,
  cheapestJson,
  type JsonReport,
} from './jsonReport';
export { cheapestAmong, cheapestParts, cheapestSentence, boundaryFigures } from './cheapestSentence';
export { breakevenSentence, breakevenParts, type SentencePart } from './breakevenSentence';
export { tableReport, markdownReport, csvReport, csvCell, escapeMd, perMillion, pricesAsOf } from './textReport';
