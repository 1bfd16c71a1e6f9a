import { type ReactNode, type RefObject, memo, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { SystemEstimate } from '../../engine';
import type { WrittenArchitecture } from '../../scenario/architecture/schema';
import {
  type DiagramBox,
  type DiagramLayout,
  arrowHead,
  boxColour,
  costText,
  layoutArchitecture,
} from '../../share/diagram';
import { USER_LOCALE, usd } from '../format';
import { useColorScheme } from '../useColorScheme';
import { diagramKey, sameBox } from './contentKeys';

/** Props of the architecture diagram: the architecture as written and its priced estimate (absent while invalid). */
export type ArchitectureDiagramProps = {
  readonly architecture: WrittenArchitecture;
  readonly estimate: SystemEstimate | undefined;
};

/** Below this container width the diagram turns vertical (one row per component, indented by depth). */
export const NARROW_PX = 600;

/** The container's width, followed with a ResizeObserver (null before the first measure, or without one). */
function useWidth(): [RefObject<HTMLDivElement | null>, number | null] {
  const ref = useRef<HTMLDivElement | null>(null);
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    setWidth(el.clientWidth);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const w = entries[0]?.contentRect.width;
      if (w !== undefined) setWidth(Math.round(w));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

/**
 * Vertical when the container is narrow, or when the horizontal drawing would have to shrink its text
 * below about two thirds to fit (a long chain of triggers).
 */
function chooseLayout(wide: DiagramLayout, tall: DiagramLayout, width: number | null): DiagramLayout {
  if (width === null) return wide;
  return width < NARROW_PX || wide.width > width * 1.5 ? tall : wide;
}

const text = (fill: string) => ({ fill: `var(--${fill})` });

type BoxProps = { readonly box: DiagramBox; readonly theme: 'light' | 'dark' };

/** One component's box; redrawn only when its text, place or colour changes (a new layout's other boxes are skipped). */
const Box = memo(
  function Box({ box, theme }: BoxProps): ReactNode {
    const accent = boxColour(box, theme);
    const cost = costText(box);
    return (
      <g data-component-id={box.id}>
        <rect
          x={box.x}
          y={box.y}
          width={box.w}
          height={box.h}
          rx={6}
          stroke={accent}
          strokeWidth={1.5}
          style={{ fill: 'var(--panel)' }}
        />
        <rect x={box.x} y={box.y} width={5} height={box.h} rx={2} fill={accent} />
        <text x={box.x + 13} y={box.y + 20} fontSize={13} fontWeight={600} style={text('fg')}>
          {box.shownName}
        </text>
        <text x={box.x + 13} y={box.y + 37} fontSize={11} style={text('muted')}>
          {box.kindLabel}
        </text>
        {cost && (
          <text x={box.x + 13} y={box.y + box.h - 10} fontSize={12} style={text('fg')} data-testid="diagram-cost">
            {cost}
          </text>
        )}
      </g>
    );
  },
  (a: BoxProps, b: BoxProps) => a.theme === b.theme && sameBox(a.box, b.box),
);

/** "Handler, Lambda function: $8.47 a month, 54% of the bill; triggered by HTTP API." */
function spoken(box: DiagramBox, trigger: string | undefined): string {
  const cost = box.monthlyUsd === null ? '' : `: ${box.monthlyUsd} a month, ${box.share} of the bill`;
  return `${box.name}, ${box.kindLabel}${cost}; ${trigger === undefined ? 'an entry point' : `triggered by ${trigger}`}.`;
}

/**
 * An architecture as boxes and arrows, laid out from its triggers (src/share/diagram): each box names
 * the component, its kind, its monthly cost and its share of the bill. Left to right when there is
 * room, top to bottom in a narrow container. Screen readers get a summary and a list of components.
 */
export const ArchitectureDiagram = memo(DiagramView, (a, b) => keyOf(a) === keyOf(b));

// Each render's props object is new: its key is worked out once, however often React compares it.
const keys = new WeakMap<ArchitectureDiagramProps, string>();
function keyOf(props: ArchitectureDiagramProps): string {
  let key = keys.get(props);
  if (key === undefined) keys.set(props, (key = diagramKey(props.architecture, props.estimate)));
  return key;
}

/**
 * {@link ArchitectureDiagram} itself; the export is memoized by content (contentKeys.ts): a result that
 * leaves an architecture and its figures as they were does not redraw it.
 */
function DiagramView({ architecture, estimate }: ArchitectureDiagramProps): ReactNode {
  const [ref, width] = useWidth();
  const theme = useColorScheme();
  const [wide, tall] = useMemo(
    () =>
      (['horizontal', 'vertical'] as const).map((orientation) =>
        layoutArchitecture(architecture, estimate, { orientation, locale: USER_LOCALE }),
      ),
    [architecture, estimate],
  ) as [DiagramLayout, DiagramLayout];
  const layout = chooseLayout(wide, tall, width);
  const name = architecture.name ?? architecture.id;
  const names = new Map(layout.boxes.map((b) => [b.id, b.name]));
  const triggers = new Map(layout.edges.map((e) => [e.to, names.get(e.from)]));
  const count = `${layout.boxes.length} component${layout.boxes.length === 1 ? '' : 's'}`;
  const total = estimate ? `, ${usd(estimate.monthlyUsd)} a month` : '';
  return (
    <figure
      className="sbe-diagram"
      ref={ref}
      data-testid="architecture-diagram"
      data-orientation={layout.orientation}
      style={{ margin: 0, minWidth: 0, maxWidth: '100%' }}
    >
      <svg
        role="img"
        aria-label={`Diagram of ${name}: ${count}${total}.`}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        width="100%"
        fontFamily="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"
        style={{ display: 'block', maxWidth: layout.width, height: 'auto' }}
      >
        {layout.edges.map((e) => {
          const [x, y] = e.points[e.points.length - 1]!;
          return (
            <g key={`${e.from}>${e.to}`} style={{ stroke: 'var(--muted)', fill: 'var(--muted)' }}>
              <path d={e.path} fill="none" strokeWidth={1.5} style={{ fill: 'none' }} />
              <path d={arrowHead(x, y)} strokeWidth={0} />
            </g>
          );
        })}
        {layout.boxes.map((b) => (
          <Box key={b.id} box={b} theme={theme} />
        ))}
      </svg>
      <ul className="visually-hidden" aria-label={`Costs by component of ${name}`}>
        {layout.boxes.map((b) => (
          <li key={b.id}>{spoken(b, triggers.get(b.id))}</li>
        ))}
      </ul>
    </figure>
  );
}
