export { type BreakevenChartData, type ChartSeries, type ChartMark, chartData } from './chartData';
export { type ChartOptions, type ChartTheme, breakevenChart } from './breakevenChart';
export { type SvgNode, type SvgTag, SVG_TAGS, el, escapeXml, svgToString } from './svgTree';
export { shortCount, shortUsd } from './scales';
