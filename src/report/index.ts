export { priceScenario, priceParsed, type PricedScenario } from './priceScenario';
export { createPricer, type ScenarioPricer, type PriceFn } from './pricer';
export { jsonReport, pricingJson, filesUsed, type JsonReport } from './jsonReport';
export { breakevenSentence, breakevenParts, type SentencePart } from './breakevenSentence';
export { tableReport, markdownReport, csvReport, csvCell, escapeMd, perMillion, pricesAsOf } from './textReport';
