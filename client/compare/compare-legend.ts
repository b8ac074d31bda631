// Compare mode's legend: the four status marks with their counts (the response's summary) and
// what colour means, drawn from the same entries as the lines (compare-style.ts). It sits first in
// the legend strip while compare mode is on.
import type { CompareResponse } from '../../contract/index.ts';
import { group, row } from '../ui/legend.ts';
import { h, svg } from '../ui/dom.ts';
import { COMPARE_COLOUR_NOTE, STATUS_ORDER, STATUS_STYLE, type StatusStyle } from './compare-style.ts';

const [W, H] = [34, 16];
const INK = '#444444';

export function statusSwatch(style: StatusStyle): SVGSVGElement {
  const width = 2.4 + style.extraWidth;
  const line = (attrs: Record<string, string | number>) => svg('line', { x1: 4, y1: 8, x2: W - 4, y2: 8, ...attrs });
  const parts = [
    ...(style.casing
      ? [
          line({
            stroke: style.casing.color,
            'stroke-opacity': style.casing.opacity,
            'stroke-width': width + 2 * style.casing.padding,
            'stroke-linecap': 'round',
          }),
        ]
      : []),
    line({
      stroke: INK,
      'stroke-width': width,
      'stroke-linecap': style.cap,
      ...(style.dash ? { 'stroke-dasharray': style.dash.join(' ') } : {}),
    }),
  ];
  if (style.casing) parts[1]!.setAttribute('stroke', '#8a8a8a');
  return svg('svg', { width: W, height: H, viewBox: `0 0 ${W} ${H}`, 'aria-hidden': 'true' }, ...parts);
}

export function createCompareLegend(): { element: HTMLElement; show(summary: CompareResponse['summary'] | null): void } {
  const element = h('div', { class: 'cmp-legend', attrs: { id: 'compare-legend', hidden: true } });
  return {
    element,
    show(summary) {
      element.hidden = summary === null;
      if (!summary) return element.replaceChildren();
      element.replaceChildren(
        group(
          'Compare: A and B',
          ...STATUS_ORDER.map((status) =>
            row(statusSwatch(STATUS_STYLE[status]), `${STATUS_STYLE[status].label} (${summary[status]})`, `cmp-${status}`),
          ),
          h('li', { class: 'legend-row legend-note', dataset: { legend: 'cmp-colour' } }, h('span', {}, COMPARE_COLOUR_NOTE)),
          h(
            'li',
            { class: 'legend-row legend-note', dataset: { legend: 'cmp-contested' } },
            h('span', {}, `Newly contested: ${summary.newlyContested}`),
          ),
        ),
      );
    },
  };
}
