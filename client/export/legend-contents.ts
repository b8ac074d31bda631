// What a legend has to explain: the kinds, polarities, halos, arrows and line widths the view
// actually draws, so a legend never shows a sample of something the reader will not find.
import { POLARITIES, type Polarity } from '../../contract/index.ts';
import { edgeWidth } from '../graph/graph-elements.ts';
import type { DrawnEdge, SheetNode } from './sheet-types.ts';

export interface LegendContents {
  /** Entity kinds of the nodes. */
  kinds: string[];
  polarities: Polarity[];
  contested: boolean;
  directed: boolean;
  /** Article counts to show line widths for: at most three (thinnest, middle, widest), ascending. */
  widths: number[];
  /** Whether relationships carry numbers. */
  numbered: boolean;
}

/** Lines stop getting wider at this many articles (graph-elements.ts, edgeWidth). */
const WIDEST = 5;

/** The article count whose line width is nearest to a drawn width (widths are all a line tells). */
export function articlesForWidth(width: number): number {
  let best = 1;
  for (let n = 2; n <= WIDEST; n += 1) if (Math.abs(edgeWidth(n) - width) < Math.abs(edgeWidth(best) - width)) best = n;
  return best;
}

export function legendContents(
  nodes: readonly Pick<SheetNode, 'kind'>[],
  edges: readonly Pick<DrawnEdge, 'polarity' | 'contested' | 'directed' | 'width'>[],
  numbered: boolean,
): LegendContents {
  const counts = [...new Set(edges.map((edge) => articlesForWidth(edge.width)))].sort((a, b) => a - b);
  const widths = counts.length <= 3 ? counts : [counts[0]!, counts[Math.floor(counts.length / 2)]!, counts.at(-1)!];
  return {
    kinds: [...new Set(nodes.map((node) => node.kind))],
    polarities: POLARITIES.filter((polarity) => edges.some((edge) => edge.polarity === polarity)),
    contested: edges.some((edge) => edge.contested),
    directed: edges.some((edge) => edge.directed),
    widths,
    numbered: numbered && edges.length > 0,
  };
}
