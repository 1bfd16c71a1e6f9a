import { type ReactNode, useMemo, useState } from 'react';
import { type PricingCatalog, latestDate } from '../../pricing';
import type { PricedScenario } from '../../report';
import { EMBED_VIEWS, embedCode } from '../../share/embedOptions';
import { EXPORT_FORMATS, type ExportFormat, exportFileName, renderExport } from '../../share/exports';
import { pinPricingDate, shareUrl } from '../../share/fragment';
import { svgToPngBlob } from '../../share/png';
import { useColorScheme } from '../useColorScheme';
import { copyText, downloadBlob, downloadText } from './browserActions';

type Priced = Extract<PricedScenario, { ok: true }>;
type EmbedView = (typeof EMBED_VIEWS)[number];

export type SharePanelProps = {
  /** The scenario on screen, priced (from the app's selectors): links and exports are made from it. */
  readonly priced: Priced;
  readonly catalog: PricingCatalog;
  /** The app page's address (default: the current page). */
  readonly pageUrl?: string;
  /** Called before a link is built, e.g. to flush a pending address-bar update. */
  readonly onBeforeCopy?: () => void;
};

const LABELS: Record<ExportFormat | 'png', string> = {
  markdown: 'Markdown',
  svg: 'SVG chart',
  png: 'PNG chart',
  csv: 'CSV',
  json: 'JSON',
  'diagram-svg': 'Diagram (SVG)',
};

/**
 * Share and export: "Copy link" (the scenario pinned to its pricing date), "Copy embed code" for an
 * iframe, and downloads of CSV, JSON, Markdown (with a link back), SVG and PNG. (What the latest
 * prices would change is said once, in the prices panel.)
 */
export function SharePanel(props: SharePanelProps): ReactNode {
  const { priced, catalog } = props;
  const { scenario } = priced;
  const [status, setStatus] = useState('');
  const [manual, setManual] = useState<string | null>(null);
  const [view, setView] = useState<EmbedView>('both');
  const latest = useMemo(() => latestDate(catalog), [catalog]);
  // The chart exports in the page's colour scheme: the chart the user is looking at.
  const theme = useColorScheme();
  // The diagram (export and embed view) exists only for architectures.
  const drawn = (scenario.architectures ?? []).length > 0;
  const formats = EXPORT_FORMATS.filter((f) => drawn || f !== 'diagram-svg');
  const pageUrl = () => props.pageUrl ?? window.location.href;
  const pinned = () => pinPricingDate(scenario, latest);
  const link = () => {
    props.onBeforeCopy?.();
    return shareUrl(pageUrl(), pinned());
  };

  const copy = async (what: string, text: string) => {
    if (await copyText(text)) {
      setManual(null);
      setStatus(`${what} copied.`);
    } else {
      setManual(text);
      setStatus(`Copying was blocked: select the ${what.toLowerCase()} below and copy it.`);
    }
  };
  const download = async (format: ExportFormat | 'png') => {
    const name = scenario.name;
    try {
      if (format === 'png') {
        const svg = renderExport(priced, 'svg', { theme }).text;
        downloadBlob(exportFileName(name, 'png'), await svgToPngBlob(svg));
      } else {
        const file = renderExport(priced, format, { link: link(), theme });
        downloadText(exportFileName(name, file.extension), file.mime, file.text);
      }
      setStatus(`${LABELS[format]} saved.`);
    } catch (e) {
      setStatus(`Could not save the ${LABELS[format]}: ${e instanceof Error ? e.message : String(e)}.`);
    }
  };

  return (
    <section className="sbe-share" aria-label="Share and export">
      <div className="sbe-share-row">
        <button type="button" onClick={() => void copy('Link', link())}>
          Copy link
        </button>
        <label>
          Embed{' '}
          <select value={view} onChange={(e) => setView(e.target.value as EmbedView)}>
            {EMBED_VIEWS.filter((v) => drawn || v !== 'diagram').map((v) => (
              <option key={v} value={v}>
                {v === 'both' ? (drawn ? 'chart, table and diagram' : 'chart and table') : v}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          onClick={() =>
            void copy(
              'Embed code',
              embedCode(pageUrl(), pinned(), { view }, { breakevens: priced.analysis.breakevens.length }),
            )
          }
        >
          Copy embed code
        </button>
      </div>
      <div className="sbe-share-row" role="group" aria-label="Download">
        {[...formats, 'png' as const].map((f) => (
          <button key={f} type="button" onClick={() => void download(f)}>
            {LABELS[f]}
          </button>
        ))}
      </div>
      <p role="status" aria-live="polite" data-testid="share-status">
        {status}
      </p>
      {manual !== null && (
        <textarea
          readOnly
          value={manual}
          aria-label="Text to copy"
          rows={3}
          onFocus={(e) => e.currentTarget.select()}
        />
      )}
      <p className="sbe-share-note">
        Links pin prices as of {scenario.pricingDate ?? latest}, so they reopen with the same figures.
      </p>
    </section>
  );
}
