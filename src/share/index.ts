/**
 * Sharing: share links (URL codec), "prices changed since", embed options and exports. Framework-
 * free and Node-safe (the CLI imports it); the React pieces live in src/ui/share and PNG in png.ts.
 */
export { encodeScenario, decodeScenario, type DecodedScenario, MAX_TOKEN_CHARS } from './codec';
export { parseFragment, buildFragment, shareUrl, pinPricingDate, SCENARIO_PARAM } from './fragment';
export { openLink, noticeText, type OpenedLink, type LinkNotice } from './openLink';
export {
  pricesChangedSince,
  comparePrices,
  pricesChangedSentence,
  percentText,
  type PricesChanged,
  type SystemChange,
} from './pricesChanged';
export {
  renderExport,
  breakevenSvg,
  exportFileName,
  EXPORT_FORMATS,
  type ExportFormat,
  type ExportFile,
  type ExportOptions,
} from './exports';
export * from './chart';
export {
  EmbedOptionsSchema,
  type EmbedOptions,
  DEFAULT_EMBED_OPTIONS,
  EMBED_VIEWS,
  EMBED_THEMES,
  parseEmbedOptions,
  embedParams,
  embedCode,
} from './embedOptions';
export {
  HEIGHT_MESSAGE_TYPE,
  HEIGHT_MESSAGE_VERSION,
  type HeightMessage,
  heightMessage,
  isHeightMessage,
} from './embedMessage';
export * from './diagram';
export { scenarioTitle, pageTitle, UNTITLED } from './titles';
