import { BreakevenList } from './BreakevenList';
import { ChartPanel } from './ChartPanel';
import { CheapestSentence } from './CheapestSentence';
import { RangeControls } from './RangeControls';

/**
 * The cheapest system at every traffic in one sentence, then the chart with its controls and cursor
 * read-out, and every exact pairwise breakeven in words behind a disclosure.
 */
export function BreakevenSection() {
  return (
    <section className="panel" aria-labelledby="breakeven-heading">
      <h2 id="breakeven-heading">Breakevens</h2>
      <CheapestSentence />
      <RangeControls />
      <ChartPanel />
      <BreakevenList />
    </section>
  );
}
