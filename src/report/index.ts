export { priceScenario, priceParsed, type PricedScenario } from './priceScenario';
export { createPricer, type ScenarioPricer, type PriceFn } from './pricer';
export { jsonReport, pricingJson, filesUsed, breakevenSentence, type JsonReport } from './jsonReport';
export { tableReport, markdownReport, csvReport, perMillion, pricesAsOf } from './textReport';
