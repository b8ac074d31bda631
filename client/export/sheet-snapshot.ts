// The graph on screen as plain data for the vector renderer: positions and edge curves as Cytoscape
// laid them out, colours as it resolved them (kind or bloc). The briefing sheet adds the view's
// claims for each edge; the SVG export takes every visible element as drawn, faded ones included.
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { pairKey, type GraphResponse, type Polarity } from '../../contract/index.ts';
import type { DrawnEdge, Point, SheetEdge, SheetNode } from './sheet-types.ts';

const point = ({ x, y }: Point): Point => ({ x, y });

function snapshotNode(node: NodeSingular): SheetNode {
  return {
    id: node.id(),
    label: String(node.style('label') ?? node.data('label') ?? ''),
    kind: String(node.data('kind') ?? ''),
    x: node.position('x'),
    y: node.position('y'),
    width: node.width(),
    height: node.height(),
    fill: String(node.style('background-color')),
    border: String(node.style('border-color')),
    fontSize: Number(node.data('fontSize')) || 12,
  };
}

/** Where the edge leaves its source, its control points, where it meets its target. */
function edgePath(edge: EdgeSingular): Point[] {
  const controls = edge.controlPoints() ?? [];
  return [point(edge.sourceEndpoint()), ...controls.map(point), point(edge.targetEndpoint())];
}

export function snapshotGraph(cy: Core, graph: GraphResponse): { nodes: SheetNode[]; edges: SheetEdge[] } {
  const nodes: SheetNode[] = cy.nodes().map(snapshotNode);
  const edges: SheetEdge[] = graph.edges.flatMap((edge) => {
    // In the pair view a relationship is drawn by its pair's line.
    const drawn = cy.$id(edge.id).union(cy.$id(pairKey(edge.source, edge.target)));
    if (drawn.empty() || !drawn.isEdge()) return [];
    return [
      {
        id: edge.id,
        source: edge.source,
        target: edge.target,
        type: edge.type,
        polarity: edge.polarity,
        directed: edge.directed,
        contested: edge.contested,
        width: Number(drawn.data('width')) || 1,
        articleCount: edge.articleCount,
        claimCount: edge.claimCount,
        claims: edge.claims,
        path: edgePath(drawn),
      },
    ];
  });
  return { nodes, edges };
}

/**
 * Every visible element as the screen draws it, whatever graph it belongs to (the explorer's, or a
 * console result): arrows and the contested halo where the stylesheet draws them, opacity as faded.
 */
export function snapshotView(cy: Core): { nodes: SheetNode[]; edges: DrawnEdge[] } {
  const nodes = cy.nodes(':visible').map((node) => ({ ...snapshotNode(node), opacity: node.effectiveOpacity() }));
  const edges = cy.edges(':visible').map((edge): DrawnEdge => ({
    id: edge.id(),
    // Every edge drawn carries a polarity in its data (the explorer's and the console's alike).
    polarity: (edge.data('polarity') as Polarity | undefined) ?? 'neutral',
    directed: edge.style('target-arrow-shape') !== 'none',
    contested: edge.hasClass('contested') && Number(edge.style('underlay-opacity')) > 0,
    width: Number(edge.data('width')) || 1,
    path: edgePath(edge),
    opacity: edge.effectiveOpacity(),
  }));
  return { nodes, edges };
}
