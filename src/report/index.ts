export { priceScenario, priceParsed, type PricedScenario } from './priceScenario';
export { jsonReport, pricingJson, filesUsed, breakevenSentence, type JsonReport } from './jsonReport';
export { tableReport, markdownReport, csvReport, csvCell, escapeMd, perMillion, pricesAsOf } from './textReport';
