import { useMemo } from 'react';
import { type ChartView, chartViewOf } from '../../scenario';
import { useInputs } from '../AppContext';

/** The chart's window and cost scale, from the scenario (`chart`, defaults filled); one object while they are unchanged. */
export function useChartView(): ChartView {
  const chart = useInputs((s) => s.scenario.chart);
  return useMemo(() => chartViewOf({ chart }), [chart]);
}
