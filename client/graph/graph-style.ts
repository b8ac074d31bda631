// How the graph looks, as data: one style entry per polarity and per kind, used both by the
// Cytoscape stylesheet and by the legend, so the two never disagree. Colours: Okabe–Ito for
// polarities (colour-blind safe) and Paul Tol's light scheme for kinds; every distinction also has
// a second channel (line style, node shape, halo), so nothing rests on colour alone.
import type { StylesheetJson, StylesheetStyle } from 'cytoscape';
import type { EntityKind, Polarity } from '../../contract/index.ts';

export const FONT_FAMILY = 'Inter, "Segoe UI", system-ui, -apple-system, Roboto, "Helvetica Neue", Arial, sans-serif';

export interface PolarityStyle {
  label: string;
  color: string;
  /** What the line reads as. */
  lineStyle: 'solid' | 'dashed' | 'dotted';
  /**
   * Dash and gap lengths in px, drawn the same in the legend. Dots are near-zero dashes with round
   * caps: Cytoscape's own 'dotted' (1px on, 1px off) reads as a solid grey line at these widths.
   */
  dash: number[] | null;
  cap: 'butt' | 'round';
}

export const POLARITY_STYLE: Record<Polarity, PolarityStyle> = {
  alliance: { label: 'Alliance', color: '#0072B2', lineStyle: 'solid', dash: null, cap: 'round' },
  tension: { label: 'Tension', color: '#D55E00', lineStyle: 'dashed', dash: [8, 5], cap: 'butt' },
  neutral: { label: 'Neutral', color: '#6E6E6E', lineStyle: 'dotted', dash: [0.1, 7], cap: 'round' },
};

export type NodeShape = 'round-rectangle' | 'ellipse' | 'hexagon' | 'diamond' | 'round-tag';

export interface KindStyle {
  label: string;
  shape: NodeShape;
  fill: string;
  border: string;
}

export const KIND_STYLE: Record<EntityKind, KindStyle> = {
  Country: { label: 'Country', shape: 'round-rectangle', fill: '#99DDFF', border: '#2b6f8f' },
  Person: { label: 'Person', shape: 'ellipse', fill: '#EEDD88', border: '#8a7a2a' },
  Organization: { label: 'Organization', shape: 'hexagon', fill: '#44BB99', border: '#236b57' },
  Group: { label: 'Group', shape: 'diamond', fill: '#FFAABB', border: '#a34a5c' },
  Initiative: { label: 'Initiative', shape: 'round-tag', fill: '#DDDDDD', border: '#666666' },
};

export const UNKNOWN_KIND_STYLE: KindStyle = { label: 'Other', shape: 'ellipse', fill: '#ffffff', border: '#666666' };

export const kindStyle = (kind: string): KindStyle => KIND_STYLE[kind as EntityKind] ?? UNKNOWN_KIND_STYLE;

/** A pair the net-alignment rule calls contested (contract/net-alignment.ts): a translucent halo behind the line. */
export const CONTESTED_STYLE = { label: 'Contested pair', color: '#CC79A7', padding: 4, opacity: 0.4 };

/**
 * A relationship whose own claims disagree (some alliance, some tension): a hollow diamond at its
 * middle, a shape rather than a colour so it reads over any polarity's line.
 */
export const MIXED_STYLE = { label: 'Mixed: its claims state both alliance and tension', color: '#1f2328', shape: 'diamond' } as const;

/**
 * Node fills when colouring by alignment bloc (/api/analysis/blocs): Paul Tol's muted scheme,
 * colour-blind safe, in bloc order (largest first); it repeats past nine blocs, where the bloc
 * number in the label (the second channel) still tells them apart. Entities in no bloc of two or
 * more (alone, or of a kind not analysed) are drawn pale.
 */
export const BLOC_PALETTE = ['#CC6677', '#332288', '#DDCC77', '#117733', '#88CCEE', '#882255', '#44AA99', '#999933', '#AA4499'] as const;
export const BLOC_BORDER = '#1f2328';
export const NO_BLOC_STYLE = { label: 'No bloc', fill: '#F2F2F2', border: '#8C8C8C' };

/** Elements on a highlighted path, and the rest. */
export const HIGHLIGHT_COLOR = '#111111';

/** Node labels smaller than this on screen are not drawn (they would be unreadable anyway). */
export const MIN_ZOOMED_FONT_SIZE = 7;

/** What every node looks like, in the full stylesheet and in the lean one of large views. */
export const NODE_BASE_STYLE = {
  label: 'data(label)',
  width: 'data(size)',
  height: 'data(size)',
  'background-color': UNKNOWN_KIND_STYLE.fill,
  'border-width': 1.5,
  'border-color': UNKNOWN_KIND_STYLE.border,
  'font-family': FONT_FAMILY,
  'font-size': 'data(fontSize)',
  color: '#1f2328',
  'text-valign': 'bottom',
  'text-margin-y': 4,
  'text-background-color': '#ffffff',
  'text-background-opacity': 0.8,
  'min-zoomed-font-size': MIN_ZOOMED_FONT_SIZE,
} as const;

/** The explorer's stylesheet for views up to LARGE_VIEW_NODES; large-view.ts has the lean one for larger. */
export function stylesheet(): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        ...NODE_BASE_STYLE,
        'font-weight': 500,
        'text-halign': 'center',
        // Long names wrap onto a second line rather than run over their neighbours.
        'text-wrap': 'wrap',
        'text-max-width': '110px',
        'text-background-padding': '1px',
        'text-background-shape': 'roundrectangle',
        'transition-property': 'opacity',
        'transition-duration': 150,
      },
    },
    ...kindRules(),
    {
      selector: 'edge',
      style: {
        width: 'data(width)',
        'curve-style': 'bezier',
        // Parallel relationships of one pair fan out this far apart.
        'control-point-step-size': 10,
        opacity: 0.9,
        'arrow-scale': 0.8,
        'font-family': FONT_FAMILY,
        'font-size': 10,
        color: '#1f2328',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.9,
        'text-background-padding': '2px',
        'text-background-shape': 'roundrectangle',
        'min-zoomed-font-size': MIN_ZOOMED_FONT_SIZE,
        'transition-property': 'opacity',
        'transition-duration': 150,
      },
    },
    ...polarityRules(),
    { selector: 'edge.directed', style: { 'target-arrow-shape': 'triangle' } },
    // A pair's hover label is its summary: level and wrapped, a small card rather than text along the line.
    {
      selector: 'edge.pair',
      style: { 'text-rotation': 'none', 'text-wrap': 'wrap', 'text-max-width': '220px', 'font-size': 11, 'text-background-opacity': 1 },
    },
    { selector: 'node.hub', style: { 'font-weight': 700 } },
    ...stateRules(),
  ];
}

export function kindRules(): StylesheetJson {
  return Object.entries(KIND_STYLE).map(([kind, style]) => ({
    selector: `node.kind-${kind}`,
    style: { shape: style.shape, 'background-color': style.fill, 'border-color': style.border },
  }));
}

/**
 * Line colour and dashes per polarity, the contested halo and the mixed mark. Large views (large-view.ts) scale
 * the dashes and draw no arrows.
 */
export function polarityRules({ dashScale = 1, arrows = true } = {}): StylesheetJson {
  return [
    ...Object.entries(POLARITY_STYLE).map(([polarity, style]): StylesheetStyle => ({
      selector: `edge.polarity-${polarity}`,
      style: {
        'line-color': style.color,
        ...(arrows ? { 'target-arrow-color': style.color } : {}),
        'line-style': style.dash ? 'dashed' : 'solid',
        'line-cap': style.cap,
        ...(style.dash ? { 'line-dash-pattern': style.dash.map((length) => length * dashScale) } : {}),
      },
    })),
    {
      selector: 'edge.contested',
      style: {
        'underlay-color': CONTESTED_STYLE.color,
        'underlay-padding': CONTESTED_STYLE.padding,
        'underlay-opacity': CONTESTED_STYLE.opacity,
      },
    },
    {
      selector: 'edge.mixed',
      style: {
        'mid-target-arrow-shape': MIXED_STYLE.shape,
        'mid-target-arrow-fill': 'hollow',
        'mid-target-arrow-color': MIXED_STYLE.color,
      },
    },
  ];
}

/** What the reader and the panels do to elements (hover, selection, paths, blocs, exports): the same in every view. */
export function stateRules(): StylesheetJson {
  return [
    // Edge labels only where the reader looks: parallel relationships would stack them unreadably.
    // Above the entities too ('top'), so no shape covers the label being read.
    { selector: 'edge.hover, edge:selected', style: { label: 'data(label)', opacity: 1, 'z-index': 10, 'z-compound-depth': 'top' } },
    { selector: 'edge.path', style: { opacity: 1, 'z-index': 9 } },
    { selector: 'edge.cursor', style: { label: 'data(label)', opacity: 1, 'z-index': 10, 'z-compound-depth': 'top' } },
    { selector: 'node.focus', style: { 'border-width': 3.5, 'border-color': HIGHLIGHT_COLOR, 'font-weight': 700, 'font-size': 15 } },
    // The keyboard's place in the graph (keyboard-walk.ts): a ring that colour does not carry alone.
    { selector: 'node.cursor', style: { 'overlay-color': HIGHLIGHT_COLOR, 'overlay-opacity': 0.18, 'overlay-padding': 7 } },
    { selector: 'node.pinned', style: { 'border-style': 'double', 'border-width': 4.5 } },
    { selector: 'node:selected', style: { 'border-width': 3.5, 'border-color': HIGHLIGHT_COLOR, 'overlay-opacity': 0 } },
    { selector: 'edge:selected', style: { 'overlay-color': HIGHLIGHT_COLOR, 'overlay-opacity': 0.12, 'overlay-padding': 4 } },
    { selector: 'node.path', style: { 'border-width': 3, 'border-color': HIGHLIGHT_COLOR, 'font-weight': 700, 'z-index': 10 } },
    // Underlays (the contested halo) ignore element opacity, so faded elements drop them.
    { selector: '.faded', style: { opacity: 0.22, 'underlay-opacity': 0 } },
    { selector: '.dimmed', style: { opacity: 0.08, 'text-opacity': 0, 'underlay-opacity': 0 } },
    // Colour by bloc (Alignments panel): fill from the bloc, the bloc's number in the label.
    {
      selector: 'node.bloc-colored',
      style: { 'background-color': 'data(blocFill)', 'border-color': 'data(blocBorder)', label: 'data(blocLabel)' },
    },
    // A member placed on thin evidence (WEAK_MEMBER_ARTICLES): a dashed border, and "?" after its bloc number.
    { selector: 'node.bloc-colored.bloc-weak', style: { 'border-style': 'dashed', 'border-width': 2.5 } },
    // A triad picked in the Alignments panel: its three entities and their edges; the rest recede.
    { selector: 'node.triad', style: { 'border-width': 4, 'border-color': HIGHLIGHT_COLOR, 'font-weight': 700, 'z-index': 10 } },
    { selector: 'edge.triad', style: { opacity: 1, 'z-index': 9 } },
    { selector: '.off-triad', style: { opacity: 0.12, 'text-opacity': 0.35, 'underlay-opacity': 0 } },
    // While a PNG is exported, every label is drawn, however far the screen is zoomed out.
    { selector: '.exporting', style: { 'min-zoomed-font-size': 0 } },
  ];
}
