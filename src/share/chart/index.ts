export { type BreakevenChartData, type ChartSeries, type ChartMark, chartData } from './chartData';
export { type ChartOptions, breakevenChart } from './breakevenChart';
export { type ChartTheme, type SeriesSlot, type SeriesStyle, seriesSlots, slotStyle } from './palette';
export { type SvgNode, type SvgTag, SVG_TAGS, el, escapeXml, svgToString } from './svgTree';
export { shortCount, shortUsd, decadeTicks, trafficTicks } from './scales';
