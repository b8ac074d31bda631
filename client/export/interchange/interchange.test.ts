import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ArticleListItem as Article, GraphResponse } from '../../../contract/index.ts';
import type { SheetEdge, SheetNode } from '../sheet-types.ts';
import { claimsCsv } from './claims-csv.ts';
import { cytoscapeJson } from './cytoscape-json.ts';
import { gexfDocument } from './gexf.ts';
import { graphmlDocument } from './graphml.ts';
import { hexColor, viewData } from './view-data.ts';

const node = (id: string, [label, kind]: [string, string], [x, y]: [number, number], fill: string): SheetNode => ({
  id,
  label,
  kind,
  x,
  y,
  width: 40,
  height: 30,
  fill,
  border: '#2b6f8f',
  fontSize: 12,
});
const edge = (id: string, [source, target]: [string, string], polarity: SheetEdge['polarity'], directed: boolean): SheetEdge => ({
  id,
  source,
  target,
  polarity,
  directed,
  contested: false,
  width: 3,
  path: [],
  types: polarity === 'alliance' ? ['COOPERATES_WITH', 'SUPPLIES_ARMS_TO'] : ['CRITICIZES'],
  articleCount: 2,
  claimCount: 3,
  claims: [],
});
const view = viewData({
  nodes: [
    node('russia', ['Russia', 'Country'], [10.123, 20], 'rgb(153, 221, 255)'),
    node('pakistan', ['Pakistan & "friends" <b>', 'Country'], [-50, 80.5], '#99DDFF'),
    node('sergey-lavrov', ['Sergey Lavrov', 'Person'], [0, -40], '#edb'),
  ],
  edges: [
    edge('pakistan|russia', ['russia', 'pakistan'], 'alliance', false),
    edge('lavrov-us', ['sergey-lavrov', 'russia'], 'tension', true),
  ],
});

describe('files for other tools', () => {
  it('when colours come as the page resolved them, then each is #rrggbb', () => {
    expect(hexColor('rgb(153, 221, 255)')).toBe('#99ddff');
    expect(hexColor('rgba(0,114,178,0.5)')).toBe('#0072b2');
    expect(hexColor('#EDB')).toBe('#eeddbb');
    expect(hexColor('#0072B2')).toBe('#0072b2');
  });

  it('when the view is written as GEXF, then Gephi’s format reads back every node and line with its colour, size, position and data', () => {
    const graph = parseGexf(Graph, gexfDocument(view));

    expect(graph.order).toBe(3);
    expect(graph.size).toBe(2);
    expect(graph.getNodeAttributes('pakistan')).toMatchObject({
      label: 'Pakistan & "friends" <b>',
      kind: 'Country',
      color: '#99ddff',
      x: -50,
    });
    // Gephi's y points up: the screen's y is negated so the picture is the same way up.
    expect(graph.getNodeAttribute('pakistan', 'y')).toBe(-80.5);
    expect(graph.getNodeAttribute('russia', 'size')).toBe(20);
    expect(graph.isDirected(graph.edge('sergey-lavrov', 'russia'))).toBe(true);
    expect(graph.isUndirected(graph.edge('russia', 'pakistan'))).toBe(true);
    expect(graph.getEdgeAttributes('pakistan|russia')).toMatchObject({
      label: 'cooperates with, supplies arms to',
      polarity: 'alliance',
      claims: 3,
      articles: 2,
      color: '#0072b2',
      thickness: 3,
    });
  });

  it('when the view is written as GraphML, then a GraphML reader gets every node and line with its data, and yEd its graphics', () => {
    const text = graphmlDocument(view);
    const graph = parseGraphml(Graph, text);

    expect(graph.order).toBe(3);
    expect(graph.size).toBe(2);
    expect(graph.getNodeAttributes('pakistan')).toMatchObject({ label: 'Pakistan & "friends" <b>', kind: 'Country', x: -50, y: 80.5 });
    expect(graph.isDirected(graph.edge('sergey-lavrov', 'russia'))).toBe(true);
    expect(graph.getEdgeAttributes('lavrov-us')).toMatchObject({ types: 'criticizes', polarity: 'tension', claims: 3, articles: 2 });
    // yEd's graphics: the shape's box from its centre, fill, shape and line style as drawn.
    expect(text).toContain('<y:Geometry x="-70" y="65.5" width="40" height="30"/>');
    expect(text).toContain('<y:Fill color="#99ddff" transparent="false"/>');
    expect(text).toContain('<y:Shape type="ellipse"/>');
    expect(text).toContain('<y:LineStyle color="#d55e00" type="dashed" width="3"/>');
    expect(text).toContain('<y:Arrows source="none" target="standard"/>');
  });

  it('when the view is written as Cytoscape JSON, then each element has its data and each node its position', () => {
    const json = JSON.parse(cytoscapeJson(view, 'Russia — alignments')) as {
      data: { name: string };
      elements: {
        nodes: { data: { id: string; name: string }; position: { x: number; y: number } }[];
        edges: { data: Record<string, unknown> }[];
      };
    };

    expect(json.data.name).toBe('Russia — alignments');
    expect(json.elements.nodes.map((n) => [n.data.id, n.data.name, n.position])).toContainEqual(['russia', 'Russia', { x: 10.12, y: 20 }]);
    expect(json.elements.edges[1]!.data).toMatchObject({
      source: 'sergey-lavrov',
      target: 'russia',
      interaction: 'tension',
      directed: true,
    });
  });

  it('when the claims are written as CSV, then each claim shown is one row with its quote and provenance, and a formula stays text', () => {
    const claim = (claimId: string, quote: string) => ({
      claimId,
      quote,
      articleId: 'a1',
      statedBy: 'sergey-lavrov',
      date: null,
      polarity: 'alliance' as const,
    });
    const graph = {
      edges: [
        {
          source: 'russia',
          target: 'pakistan',
          type: 'COOPERATES_WITH',
          claims: [claim('c1', 'They agreed, "warmly",\nto talk'), claim('c2', '=HYPERLINK("x")')],
        },
        { source: 'russia', target: 'india', type: 'SUPPLIES_ARMS_TO', claims: [claim('c3', 'not in view')] },
      ],
    } as unknown as Pick<GraphResponse, 'edges'>;
    const article = {
      id: 'a1',
      title: 'Lavrov in Islamabad',
      titleIsDescriptive: true,
      outlet: null,
      author: 'A. Writer',
      published: null,
      url: null,
    } as Article;
    const names: Record<string, string> = { russia: 'Russia', pakistan: 'Pakistan', 'sergey-lavrov': 'Sergey Lavrov' };

    const text = claimsCsv({ graph, shown: new Set(['c1', 'c2']), articles: new Map([['a1', article]]), name: (id) => names[id] ?? id });
    const rows = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;

    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      claim_id: 'c1',
      source: 'Russia',
      relationship: 'cooperates with',
      target: 'Pakistan',
      quote: 'They agreed, "warmly",\nto talk',
      stated_by: 'Sergey Lavrov',
      article_title: 'Lavrov in Islamabad',
      title_is_descriptive: 'true',
      author: 'A. Writer',
    });
    expect(rows[1]!.quote).toBe(`'=HYPERLINK("x")`);
  });
});
