// The graph on screen as briefing-sheet data: positions and edge curves as Cytoscape laid them out,
// colours as it resolved them (kind or bloc), and the view's claims for each edge.
import type { Core } from 'cytoscape';
import type { GraphResponse } from '../../contract/index.ts';
import type { Point, SheetEdge, SheetNode } from './sheet-types.ts';

const point = ({ x, y }: Point): Point => ({ x, y });

export function snapshotGraph(cy: Core, graph: GraphResponse): { nodes: SheetNode[]; edges: SheetEdge[] } {
  const nodes: SheetNode[] = cy.nodes().map((node) => ({
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
  }));
  const edges: SheetEdge[] = graph.edges.flatMap((edge) => {
    const drawn = cy.$id(edge.id);
    if (drawn.empty() || !drawn.isEdge()) return [];
    const controls = drawn.controlPoints() ?? [];
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
        path: [point(drawn.sourceEndpoint()), ...controls.map(point), point(drawn.targetEndpoint())],
      },
    ];
  });
  return { nodes, edges };
}
