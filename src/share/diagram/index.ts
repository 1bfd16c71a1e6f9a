export { type DiagramColour, COLOUR_HUES, colourOf, kindLabel } from './kinds';
export {
  type DiagramBox,
  type DiagramEdge,
  type DiagramLayout,
  type DiagramOrientation,
  type LayoutOptions,
  GEOMETRY,
  fitText,
  layoutArchitecture,
} from './layout';
export {
  type DiagramOptions,
  DIAGRAM_COLORS,
  DIAGRAM_FONT,
  architectureLayouts,
  arrowHead,
  boxColour,
  costText,
  describeDiagram,
  diagramSvg,
  diagramTree,
  diagramsSvg,
} from './svg';
