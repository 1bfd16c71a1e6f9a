/** React pieces of sharing, for the app to mount (see each component's props). */
export { SharePanel, type SharePanelProps } from './SharePanel';
export { PricesChangedNotice } from './PricesChangedNotice';
export { SvgTreeView } from './SvgTreeView';
export { useUrlSync } from './useUrlSync';
export { createUrlSync, browserUrlHost, type UrlSync, type UrlSyncHost } from './urlSync';
export { throttledWriter } from './throttle';
export { copyText, downloadBlob, downloadText } from './browserActions';
