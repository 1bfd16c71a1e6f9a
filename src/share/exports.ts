import type { PricedScenario } from '../report';
import { csvReport, escapeMd, jsonReport, markdownReport } from '../report';
import { type ChartTheme, breakevenChart, chartData, svgToString } from './chart';
import { exportHeader } from '../report/exportHeader';
import { chartCaption } from './chartCaption';
import { diagramsSvg } from './diagram/svg';
import { scenarioTitle } from './titles';
import { chartViewOf } from '../scenario';
import { pricedColdStartWarnings, pricedColdStarts } from '../report/coldstart';
import { coldStartEstimateRows, coldStartJson, coldStartMarkdown } from '../report/coldStartReport';
import type { ColdStartReport } from '../kinds/aws-lambda/coldstart';

/** The formats an estimate exports to (PNG is drawn from the SVG in the browser: see png.ts). */
export const EXPORT_FORMATS = ['markdown', 'svg', 'csv', 'json', 'diagram-svg'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export type ExportOptions = {
  /** A link back to the scenario (Markdown, CSV and JSON carry it). */
  readonly link?: string;
  readonly theme?: ChartTheme;
  readonly width?: number;
  readonly plotHeight?: number;
  /** Systems to draw (all when absent). */
  readonly systemIds?: readonly string[];
};

/** An export's text, with the MIME type and file extension a download needs. */
export type ExportFile = { readonly text: string; readonly mime: string; readonly extension: string };

type Priced = Extract<PricedScenario, { ok: true }>;

/**
 * One export of a priced scenario, shared by the app's buttons and the CLI's `render`: CSV of every
 * line and a Markdown table, each opening with its inputs, price date, region and link (exportHeader);
 * the JSON report (plus the link); or the
 * breakeven chart as a standalone SVG, or the architectures' diagrams as one (a scenario without
 * architectures has none: `diagram-svg` throws).
 */
export function renderExport(priced: Priced, format: ExportFormat, opts: ExportOptions = {}): ExportFile {
  const { book, analysis, scenario } = priced;
  const header = () => exportHeader(priced.resolved, book, opts.link);
  const warnings = () => pricedColdStartWarnings(priced);
  switch (format) {
    case 'csv':
      return {
        text: csvReport(analysis, header(), warnings(), coldStartEstimateRows(coldStartReports(priced))),
        mime: 'text/csv',
        extension: 'csv',
      };
    case 'json': {
      const cold = coldStartReports(priced);
      const report = {
        ...jsonReport(book, analysis, scenario.name, warnings()),
        ...(cold.length > 0 ? { coldStarts: coldStartJson(cold) } : {}),
        ...(opts.link !== undefined ? { link: opts.link } : {}),
      };
      return { text: `${JSON.stringify(report, null, 2)}\n`, mime: 'application/json', extension: 'json' };
    }
    case 'markdown':
      // Headed by the scenario's title (escaped: a name is text, never Markdown or HTML), then its inputs.
      return {
        text: `# ${escapeMd(scenarioTitle(scenario.name))}\n\n${markdownReport(book, analysis, header(), warnings())}${coldStartSection(priced)}`,
        mime: 'text/markdown',
        extension: 'md',
      };
    case 'svg':
      return { text: `${breakevenSvg(priced, opts)}\n`, mime: 'image/svg+xml', extension: 'svg' };
    case 'diagram-svg':
      return {
        text: `${diagramsSvg(priced, opts.theme ? { theme: opts.theme } : {})}\n`,
        mime: 'image/svg+xml',
        extension: 'diagram.svg',
      };
  }
}

/** The scenario's Lambda functions' cold starts at its own settings: none without a Lambda function, or when they cannot be priced. */
function coldStartReports(priced: Priced): readonly ColdStartReport[] {
  const r = pricedColdStarts(priced);
  return r.ok ? r.reports : [];
}

/** The Markdown export's cold-start section (the CLI `coldstart --format markdown`), when there is a Lambda function. */
function coldStartSection(priced: Priced): string {
  const reports = coldStartReports(priced);
  return reports.length === 0 ? '' : `\n## Cold starts\n\n${coldStartMarkdown(reports)}`;
}

/** The breakeven chart as a standalone SVG document, captioned with its inputs, pricing date and region. */
export function breakevenSvg(priced: Priced, opts: Omit<ExportOptions, 'link'> = {}): string {
  const { analysis, scenario } = priced;
  const data = chartData(analysis, {
    ...(opts.systemIds ? { systemIds: opts.systemIds } : {}),
    // The range and cost scale the app shows (the scenario's `chart`): the export is that chart.
    view: chartViewOf(scenario),
    title: scenarioTitle(scenario.name),
    caption: chartCaption(priced),
  });
  return svgToString(
    // Captioned with the inputs as well as the prices (chartCaption.ts), so a pasted image says what it shows.
    breakevenChart(data, {
      ...(opts.theme ? { theme: opts.theme } : {}),
      ...(opts.width ? { width: opts.width } : {}),
      ...(opts.plotHeight ? { plotHeight: opts.plotHeight } : {}),
    }),
  );
}

/** "lambda-vs-ec2-vs-fargate.csv": a file name from the scenario's title. */
export function exportFileName(name: string | undefined, extension: string): string {
  const slug = (name ?? '')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${slug || 'serverless-breakeven'}.${extension}`;
}
