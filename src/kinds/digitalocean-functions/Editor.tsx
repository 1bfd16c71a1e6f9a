import { formatQuantity, priceText } from '../../engine';
import type { EditorProps } from '../../ui/systems/editorProps';
import { useServicePrices } from '../../ui/systems/useServicePrices';
import { type DIGITALOCEAN_FUNCTIONS, DO_FUNCTIONS_SERVICE } from './kind';

/** DigitalOcean Functions: nothing to set beyond the workload; says how it bills, from the price book. */
export function DigitalOceanFunctionsEditor(_props: EditorProps<typeof DIGITALOCEAN_FUNCTIONS>) {
  const prices = useServicePrices(DO_FUNCTIONS_SERVICE);
  return (
    <p className="field__hint">
      Billed in GiB-seconds of the workload's memory × run time, no fee per invocation
      {prices
        ? `: ${priceText(prices.gibSecond)}, at least ${prices.rules.minDurationMs} ms a run, memory ${prices.rules.minMemoryMb}–${formatQuantity(prices.rules.maxMemoryMb)} MB; ${formatQuantity(prices.rules.freeGibSeconds)} GiB-s a month free with the free tier.`
        : '.'}
    </p>
  );
}
