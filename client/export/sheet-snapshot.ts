// The graph on screen as plain data for the vector renderer: positions and edge curves as Cytoscape
// laid them out, colours as it resolved them (kind or bloc). Every visible element as drawn, faded
// ones included; the briefing sheet and the slide add each line's claims. Generic over what a line
// is (one relationship type, or a whole pair): a line's claims are its own data when it carries
// them, else those of the API edge with its id.
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import type { EdgeClaim as Claim, GraphResponse, Polarity } from '../../contract/index.ts';
import { sheetEdge } from './sheet-sources.ts';
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

/**
 * Every visible element as the screen draws it, whatever graph it belongs to (the explorer's, or a
 * console result): arrows and the contested halo where the stylesheet draws them, opacity as faded.
 */
export function snapshotView(cy: Core): { nodes: SheetNode[]; edges: DrawnEdge[] } {
  const nodes = cy.nodes(':visible').map((node) => ({ ...snapshotNode(node), opacity: node.effectiveOpacity() }));
  const edges = cy.edges(':visible').map((edge) => ({ ...drawnEdge(edge), opacity: edge.effectiveOpacity() }));
  return { nodes, edges };
}

function drawnEdge(edge: EdgeSingular): DrawnEdge {
  return {
    id: edge.id(),
    // Every edge drawn carries a polarity in its data (the explorer's and the console's alike).
    polarity: (edge.data('polarity') as Polarity | undefined) ?? 'neutral',
    directed: edge.style('target-arrow-shape') !== 'none',
    contested: edge.hasClass('contested') && Number(edge.style('underlay-opacity')) > 0,
    width: Number(edge.data('width')) || 1,
    path: edgePath(edge),
  };
}

/**
 * The view for the briefing sheet and the slide: every visible node and line as drawn (at full
 * opacity: a briefing shows the whole view), each line with the claims behind it.
 */
export function snapshotSheet(cy: Core, graph: GraphResponse): { nodes: SheetNode[]; edges: SheetEdge[] } {
  const apiEdges = new Map(graph.edges.map((edge) => [edge.id, edge]));
  const claimTypes = new Map(graph.edges.flatMap((edge) => edge.claims.map((claim) => [claim.claimId, edge.type] as const)));
  const claimsOf = (edge: EdgeSingular): Claim[] => {
    const own: unknown = edge.data('claims');
    return Array.isArray(own) ? (own as Claim[]) : (apiEdges.get(edge.id())?.claims ?? []);
  };
  return {
    nodes: cy.nodes(':visible').map(snapshotNode),
    edges: cy
      .edges(':visible')
      .map((edge) =>
        sheetEdge(drawnEdge(edge), { source: edge.source().id(), target: edge.target().id(), claims: claimsOf(edge) }, claimTypes),
      ),
  };
}
