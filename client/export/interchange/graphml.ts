// GraphML for yEd (and any GraphML reader): the view's data as declared keys, plus yEd's own
// graphics (yfiles node and edge graphics) so that colours, shapes, sizes, positions, line styles
// and arrows open as shown. Written with xmlbuilder2, which escapes every name and quote.
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';
import { kindStyle, POLARITY_STYLE, type NodeShape } from '../../graph/graph-style.ts';
import type { ViewData, ViewEdge, ViewNode } from './view-data.ts';

const YED_SHAPE: Record<NodeShape, string> = {
  'round-rectangle': 'roundrectangle',
  ellipse: 'ellipse',
  hexagon: 'hexagon',
  diamond: 'diamond',
  'round-tag': 'octagon',
};
const YED_LINE = { solid: 'line', dashed: 'dashed', dotted: 'dotted' } as const;

const KEYS = [
  { id: 'label', for: 'node', 'attr.name': 'label', 'attr.type': 'string' },
  { id: 'kind', for: 'node', 'attr.name': 'kind', 'attr.type': 'string' },
  { id: 'color', for: 'node', 'attr.name': 'color', 'attr.type': 'string' },
  { id: 'x', for: 'node', 'attr.name': 'x', 'attr.type': 'double' },
  { id: 'y', for: 'node', 'attr.name': 'y', 'attr.type': 'double' },
  { id: 'size', for: 'node', 'attr.name': 'size', 'attr.type': 'double' },
  { id: 'nodegraphics', for: 'node', 'yfiles.type': 'nodegraphics' },
  { id: 'types', for: 'edge', 'attr.name': 'types', 'attr.type': 'string' },
  { id: 'polarity', for: 'edge', 'attr.name': 'polarity', 'attr.type': 'string' },
  { id: 'contested', for: 'edge', 'attr.name': 'contested', 'attr.type': 'boolean' },
  { id: 'claims', for: 'edge', 'attr.name': 'claims', 'attr.type': 'int' },
  { id: 'articles', for: 'edge', 'attr.name': 'articles', 'attr.type': 'int' },
  { id: 'edgecolor', for: 'edge', 'attr.name': 'color', 'attr.type': 'string' },
  { id: 'edgegraphics', for: 'edge', 'yfiles.type': 'edgegraphics' },
];

const data = (parent: XMLBuilder, key: string, value: string | number | boolean) => parent.ele('data', { key }).txt(String(value));

function addNode(graph: XMLBuilder, node: ViewNode): void {
  const element = graph.ele('node', { id: node.id });
  data(element, 'label', node.label);
  data(element, 'kind', node.kind);
  data(element, 'color', node.color);
  data(element, 'x', node.x);
  data(element, 'y', node.y);
  data(element, 'size', Math.max(node.width, node.height));
  const shape = element.ele('data', { key: 'nodegraphics' }).ele('y:ShapeNode');
  shape.ele('y:Geometry', { x: node.x - node.width / 2, y: node.y - node.height / 2, width: node.width, height: node.height });
  shape.ele('y:Fill', { color: node.color, transparent: 'false' });
  shape.ele('y:BorderStyle', { color: node.border, type: 'line', width: '1.5' });
  shape.ele('y:NodeLabel', { modelName: 'sides', modelPosition: 's' }).txt(node.label);
  shape.ele('y:Shape', { type: YED_SHAPE[kindStyle(node.kind).shape] });
}

function addEdge(graph: XMLBuilder, edge: ViewEdge): void {
  const element = graph.ele('edge', { id: edge.id, source: edge.source, target: edge.target, directed: String(edge.directed) });
  data(element, 'types', edge.label);
  data(element, 'polarity', edge.polarity);
  data(element, 'contested', edge.contested);
  data(element, 'claims', edge.claims);
  data(element, 'articles', edge.articles);
  data(element, 'edgecolor', edge.color);
  const line = element.ele('data', { key: 'edgegraphics' }).ele('y:PolyLineEdge');
  line.ele('y:LineStyle', { color: edge.color, type: YED_LINE[POLARITY_STYLE[edge.polarity].lineStyle], width: edge.width });
  line.ele('y:Arrows', { source: 'none', target: edge.directed ? 'standard' : 'none' });
}

export function graphmlDocument(view: ViewData): string {
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele('graphml', {
    xmlns: 'http://graphml.graphdrawing.org/xmlns',
    'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    'xmlns:y': 'http://www.yworks.com/xml/graphml',
    'xsi:schemaLocation': 'http://graphml.graphdrawing.org/xmlns http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd',
  });
  for (const key of KEYS) root.ele('key', key);
  const graph = root.ele('graph', { id: 'entente', edgedefault: 'undirected' });
  for (const node of view.nodes) addNode(graph, node);
  for (const edge of view.edges) addEdge(graph, edge);
  return root.end({ prettyPrint: true });
}
