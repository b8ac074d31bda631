// The view on screen as the interchange files describe it: each entity with its name, kind,
// colour, size and position as drawn; each line with its ends, the types and polarity it reads
// as, its evidence counts, colour and width. Coordinates are the screen's (y grows downwards).
import type { SheetEdge, SheetNode } from '../sheet-types.ts';
import { humanType } from '../../graph/graph-elements.ts';
import { POLARITY_STYLE } from '../../graph/graph-style.ts';

export interface ViewNode {
  id: string;
  label: string;
  kind: string;
  /** #rrggbb */
  color: string;
  border: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ViewEdge {
  id: string;
  source: string;
  target: string;
  /** "cooperates with, supplies arms to": the types its claims state. */
  label: string;
  polarity: SheetEdge['polarity'];
  directed: boolean;
  contested: boolean;
  claims: number;
  articles: number;
  /** #rrggbb */
  color: string;
  width: number;
}

export interface ViewData {
  nodes: ViewNode[];
  edges: ViewEdge[];
}

const round = (n: number) => Math.round(n * 100) / 100;

/** #rrggbb for a colour as the page resolved it: #rgb, #rrggbb or rgb()/rgba(). */
export function hexColor(color: string): string {
  const rgb = /^rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)/i.exec(color);
  if (rgb)
    return `#${rgb
      .slice(1, 4)
      .map((c) => Number(c).toString(16).padStart(2, '0'))
      .join('')}`;
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (!hex) return '#000000';
  const digits = hex[1]!.length === 3 ? [...hex[1]!].map((d) => d + d).join('') : hex[1]!;
  return `#${digits.toLowerCase()}`;
}

export function viewData(view: { nodes: readonly SheetNode[]; edges: readonly SheetEdge[] }): ViewData {
  return {
    nodes: view.nodes.map((node) => ({
      id: node.id,
      label: node.label,
      kind: node.kind,
      color: hexColor(node.fill),
      border: hexColor(node.border),
      x: round(node.x),
      y: round(node.y),
      width: round(node.width),
      height: round(node.height),
    })),
    edges: view.edges.map((edge) => ({
      id: edge.id,
      source: edge.source,
      target: edge.target,
      label: edge.types.map(humanType).join(', '),
      polarity: edge.polarity,
      directed: edge.directed,
      contested: edge.contested,
      claims: edge.claimCount,
      articles: edge.articleCount,
      color: POLARITY_STYLE[edge.polarity].color.toLowerCase(),
      width: round(edge.width),
    })),
  };
}
