// GEXF 1.3 for Gephi: graphology holds the view and graphology-gexf writes it, with each node's
// colour, size and position and each line's colour and thickness in the viz namespace, and the
// rest (kind, polarity, counts) as declared attributes. Gephi's y axis points up, the screen's
// down: y is negated so the picture opens the same way up.
import Graph from 'graphology';
import write from 'graphology-gexf/browser/writer.js';
import type { ViewData } from './view-data.ts';

export function gexfDocument(view: ViewData): string {
  const graph = new Graph({ type: 'mixed', multi: false });
  for (const node of view.nodes) graph.addNode(node.id, node);
  for (const edge of view.edges) {
    if (edge.directed) graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, edge);
    else graph.addUndirectedEdgeWithKey(edge.id, edge.source, edge.target, edge);
  }
  return write(graph, {
    version: '1.3',
    formatNode: (_key, node) => ({
      label: String(node.label),
      attributes: { kind: node.kind as string },
      viz: {
        color: node.color as string,
        size: Math.max(node.width as number, node.height as number) / 2,
        x: node.x as number,
        y: -(node.y as number),
      },
    }),
    formatEdge: (_key, edge) => ({
      label: String(edge.label),
      weight: edge.articles as number,
      attributes: {
        polarity: edge.polarity as string,
        contested: edge.contested as boolean,
        claims: edge.claims as number,
        articles: edge.articles as number,
      },
      viz: { color: edge.color as string, thickness: edge.width as number },
    }),
  });
}
