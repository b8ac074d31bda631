// The legend, drawn from the same style entries as the graph (graph-style.ts).
import { ENTITY_KINDS, POLARITIES, VERDICT_RULES } from '../../contract/index.ts';
import { CONTESTED_STYLE, KIND_STYLE, MIXED_STYLE, POLARITY_STYLE, type NodeShape, type PolarityStyle } from '../graph/graph-style.ts';
import { edgeWidth } from '../graph/graph-elements.ts';
import { h, svg } from './dom.ts';

const W = 34;
const H = 16;

export function shapeSwatch(shape: NodeShape, fill: string, stroke: string, double = false): SVGSVGElement {
  const common = { fill, stroke, 'stroke-width': double ? 3 : 1.5 };
  const cx = W / 2;
  const body: Record<NodeShape, () => SVGElement> = {
    'round-rectangle': () => svg('rect', { x: cx - 8, y: 2, width: 16, height: 12, rx: 3, ...common }),
    ellipse: () => svg('circle', { cx, cy: 8, r: 6.5, ...common }),
    hexagon: () =>
      svg('polygon', { points: `${cx - 7},8 ${cx - 3.5},2 ${cx + 3.5},2 ${cx + 7},8 ${cx + 3.5},14 ${cx - 3.5},14`, ...common }),
    diamond: () => svg('polygon', { points: `${cx},1 ${cx + 7},8 ${cx},15 ${cx - 7},8`, ...common }),
    'round-tag': () =>
      svg('polygon', { points: `${cx - 8},2 ${cx + 3},2 ${cx + 8},8 ${cx + 3},14 ${cx - 8},14`, 'stroke-linejoin': 'round', ...common }),
  };
  return svg('svg', { width: W, height: H, viewBox: `0 0 ${W} ${H}`, 'aria-hidden': 'true' }, body[shape]());
}

/** A hollow diamond at a line's middle, as the graph marks a mixed relationship. */
function mixedMark(): SVGElement {
  const [cx, cy, r] = [W / 2, 8, 4.5];
  const points = `${cx - r},${cy} ${cx},${cy - r} ${cx + r},${cy} ${cx},${cy + r}`;
  return svg('polygon', { points, fill: '#ffffff', stroke: MIXED_STYLE.color, 'stroke-width': 1.3 });
}

export function lineSwatch(style: PolarityStyle, { width = 2.2, halo = false, arrow = false, mixed = false } = {}): SVGSVGElement {
  const line = svg('line', {
    x1: 3,
    y1: 8,
    x2: arrow ? W - 9 : W - 3,
    y2: 8,
    stroke: style.color,
    'stroke-width': width,
    'stroke-linecap': style.cap,
    ...(style.dash ? { 'stroke-dasharray': style.dash.join(' ') } : {}),
  });
  const parts: SVGElement[] = [];
  if (halo)
    parts.push(
      svg('line', {
        x1: 3,
        y1: 8,
        x2: W - 3,
        y2: 8,
        stroke: CONTESTED_STYLE.color,
        'stroke-opacity': CONTESTED_STYLE.opacity,
        'stroke-width': width + 2 * CONTESTED_STYLE.padding,
        'stroke-linecap': 'round',
      }),
    );
  parts.push(line);
  if (arrow) parts.push(svg('polygon', { points: `${W - 10},3.5 ${W - 2},8 ${W - 10},12.5`, fill: style.color }));
  if (mixed) parts.push(mixedMark());
  return svg('svg', { width: W, height: H, viewBox: `0 0 ${W} ${H}`, 'aria-hidden': 'true' }, ...parts);
}

export const row = (swatch: SVGSVGElement, label: string, key: string, title?: string) =>
  h('li', { class: 'legend-row', dataset: { legend: key }, attrs: { title } }, swatch, h('span', {}, label));

/** A row of words only: how to read the lines, with no sample to draw. */
const note = (text: string, key: string) => h('li', { class: 'legend-row legend-note', dataset: { legend: key } }, h('span', {}, text));

export const group = (title: string, ...rows: HTMLElement[]) =>
  h('div', { class: 'legend-group' }, h('h3', {}, title), h('ul', {}, ...rows));

/** A strip under the graph, so it is always on screen and never covers a node. */
export function createLegend(): HTMLElement {
  const grey: PolarityStyle = { ...POLARITY_STYLE.neutral, color: '#555', lineStyle: 'solid', dash: null, cap: 'butt' };
  return h(
    'div',
    { class: 'legend', attrs: { id: 'legend', role: 'group', 'aria-label': 'Legend' } },
    group(
      'Entities',
      ...ENTITY_KINDS.map((kind) =>
        row(shapeSwatch(KIND_STYLE[kind].shape, KIND_STYLE[kind].fill, KIND_STYLE[kind].border), KIND_STYLE[kind].label, kind),
      ),
    ),
    group(
      'Relationships',
      ...POLARITIES.map((polarity) => row(lineSwatch(POLARITY_STYLE[polarity]), POLARITY_STYLE[polarity].label, polarity)),
      row(lineSwatch(grey, { halo: true }), VERDICT_RULES.contestedShort, 'contested', VERDICT_RULES.contested),
      row(lineSwatch(grey, { mixed: true }), MIXED_STYLE.label, 'mixed'),
      row(lineSwatch(grey, { arrow: true }), 'Directed', 'directed'),
      note(`${VERDICT_RULES.divided}: drawn neutral`, 'divided'),
      note(VERDICT_RULES.polarity, 'polarity-rule'),
    ),
    group(
      'Width = distinct articles',
      ...[1, 3, 5].map((n) => row(lineSwatch(grey, { width: edgeWidth(n) }), n === 5 ? '5+' : String(n), `width-${n}`)),
    ),
    group('Layout', row(shapeSwatch('ellipse', '#fff', '#555', true), 'Pinned (drag; double-click frees)', 'pinned')),
  );
}
