import type { Analysis } from '../engine';
import type { Scenario } from '../scenario';
import { type ChartTheme, diagramTree, layoutArchitecture } from '../share';
import { h, svgTreeToDom } from './dom';

/**
 * Each architecture's diagram (`view=diagram`, and `both` when there are architectures): drawn left to
 * right and top to bottom, the stylesheet showing the one that fits (below 600 px the vertical one),
 * so a resize needs no script. Built as DOM from the SVG tree, like the chart: names are only text.
 */
export function diagramFigures(
  scenario: Scenario,
  analysis: Analysis,
  theme: ChartTheme,
  idPrefix: string,
): DocumentFragment {
  const frag = document.createDocumentFragment();
  (scenario.architectures ?? []).forEach((a, i) => {
    const name = a.name ?? a.id;
    const estimate = analysis.estimates.find((e) => e.id === a.id);
    const drawings = (['horizontal', 'vertical'] as const).map((orientation) =>
      h(
        'div',
        { class: `sbe-diagram-${orientation}` },
        svgTreeToDom(
          diagramTree(layoutArchitecture(a, estimate, { orientation }), {
            theme,
            title: `Diagram of ${name}`,
            idPrefix: `${idPrefix}-${i}-${orientation[0]}`,
          }),
        ),
      ),
    );
    frag.append(
      h('figure', { class: 'sbe-diagram', 'data-testid': 'embed-diagram' }, h('figcaption', {}, name), ...drawings),
    );
  });
  return frag;
}
