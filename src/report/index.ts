export { priceScenario, priceScenarioSteps, priceParsed, type PricedScenario } from './priceScenario';
export { createPricer, type ScenarioPricer, type PriceFn, type PriceStepsFn } from './pricer';
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
export { exportHeader, plainDecimal, type ExportHeader, type HeaderItem } from './exportHeader';
export { tableReport, markdownReport, csvReport, csvCell, escapeMd, pricesAsOf } from './textReport';
export { perMillion } from './perMillion';
export { CANNOT_RUN, findingText, limitTexts, monthlyText, sourceText } from './limitsText';
export { serverWarnings, type ServerWarning } from './serverWarnings';
