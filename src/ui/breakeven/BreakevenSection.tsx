import { BreakevenList } from './BreakevenList';
import { ChartPanel } from './ChartPanel';
import { RangeControls } from './RangeControls';

/** The breakeven chart with its controls and cursor read-out, and every exact breakeven in words. */
export function BreakevenSection() {
  return (
    <section className="panel" aria-labelledby="breakeven-heading">
      <h2 id="breakeven-heading">Breakevens</h2>
      <RangeControls />
      <ChartPanel />
      <BreakevenList />
    </section>
  );
}
