import { type ReactNode, useMemo, useState } from 'react';
import { type PricingCatalog, latestDate } from '../../pricing';
import type { PricedScenario } from '../../report';
import type { Scenario } from '../../scenario';
import { EMBED_VIEWS, embedCode } from '../../share/embedOptions';
import { EXPORT_FORMATS, type ExportFormat, exportFileName, renderExport } from '../../share/exports';
import { pinPricingDate, shareUrl } from '../../share/fragment';
import { svgToPngBlob } from '../../share/png';
import { pricesChangedSince } from '../../share/pricesChanged';
import { PricesChangedNotice } from './PricesChangedNotice';
import { copyText, downloadBlob, downloadText } from './browserActions';

type Priced = Extract<PricedScenario, { ok: true }>;
type EmbedView = (typeof EMBED_VIEWS)[number];

export type SharePanelProps = {
  /** The scenario as edited (the form's state). */
  readonly scenario: Scenario;
  /** That scenario priced (from the app's selectors). */
  readonly priced: Priced;
  readonly catalog: PricingCatalog;
  /** Called with the latest pricing date when the reader accepts "switch to the latest prices". */
  readonly onSwitchPricingDate: (date: string) => void;
  /** The app page's address (default: the current page). */
  readonly pageUrl?: string;
  /** Called before a link is built, e.g. to flush a pending address-bar update. */
  readonly onBeforeCopy?: () => void;
};

const LABELS: Record<ExportFormat | 'png', string> = { markdown: 'Markdown', svg: 'SVG chart', png: 'PNG chart', csv: 'CSV', json: 'JSON' };

/**
 * Share and export: "Copy link" (the scenario pinned to its pricing date), "Copy embed code" for an
 * iframe, downloads of CSV, JSON, Markdown (with a link back), SVG and PNG, and — for a scenario
 * pinned to older prices — what the latest prices would change, with a button to switch.
 */
export function SharePanel(props: SharePanelProps): ReactNode {
  const { scenario, priced, catalog } = props;
  const [status, setStatus] = useState('');
  const [manual, setManual] = useState<string | null>(null);
  const [view, setView] = useState<EmbedView>('both');
  const latest = useMemo(() => latestDate(catalog), [catalog]);
  const change = useMemo(() => pricesChangedSince(catalog, scenario), [catalog, scenario]);
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
        const svg = renderExport(priced, 'svg').text;
        downloadBlob(exportFileName(name, 'png'), await svgToPngBlob(svg));
      } else {
        const file = renderExport(priced, format, { link: link() });
        downloadText(exportFileName(name, file.extension), file.mime, file.text);
      }
      setStatus(`${LABELS[format]} saved.`);
    } catch (e) {
      setStatus(`Could not save the ${LABELS[format]}: ${e instanceof Error ? e.message : String(e)}.`);
    }
  };

  return (
    <section className="sbe-share" aria-label="Share and export">
      {scenario.pricingDate !== undefined && (
        <PricesChangedNotice pricingDate={scenario.pricingDate} change={change} onSwitch={props.onSwitchPricingDate} />
      )}
      <div className="sbe-share-row">
        <button type="button" onClick={() => void copy('Link', link())}>
          Copy link
        </button>
        <label>
          Embed{' '}
          <select value={view} onChange={(e) => setView(e.target.value as EmbedView)}>
            {EMBED_VIEWS.map((v) => (
              <option key={v} value={v}>
                {v === 'both' ? 'chart and table' : v}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => void copy('Embed code', embedCode(pageUrl(), pinned(), { view }))}>
          Copy embed code
        </button>
      </div>
      <div className="sbe-share-row" role="group" aria-label="Download">
        {[...EXPORT_FORMATS, 'png' as const].map((f) => (
          <button key={f} type="button" onClick={() => void download(f)}>
            {LABELS[f]}
          </button>
        ))}
      </div>
      <p role="status" aria-live="polite" data-testid="share-status">
        {status}
      </p>
      {manual !== null && <textarea readOnly value={manual} aria-label="Text to copy" rows={3} onFocus={(e) => e.currentTarget.select()} />}
      <p className="sbe-share-note">Links pin prices as of {scenario.pricingDate ?? latest}, so they reopen with the same figures.</p>
    </section>
  );
}
