// The Cytoscape.js JSON that Cytoscape Desktop imports (File → Import → Network from File, .cyjs):
// elements with their data and positions; `name` and `interaction` are the columns Desktop uses
// for a node's label and an edge's type.
import type { ViewData } from './view-data.ts';

export function cytoscapeJson(view: ViewData, title: string): string {
  const document = {
    format_version: '1.0',
    generated_by: 'entente',
    target_cytoscapejs_version: '~3.0',
    data: { name: title },
    elements: {
      nodes: view.nodes.map(({ x, y, label, ...node }) => ({ data: { ...node, name: label }, position: { x, y } })),
      edges: view.edges.map(({ label, ...edge }) => ({ data: { ...edge, name: label, interaction: edge.polarity } })),
    },
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
