// The view on screen for the tools analysts already use: GEXF (Gephi), GraphML (yEd), Cytoscape.js
// JSON (Cytoscape Desktop) and a CSV of its claims. Every file is of the visible lines and
// entities, with positions and colours as drawn.
import type { Core } from 'cytoscape';
import type { ArticleListItem as Article, GraphResponse } from '../../../contract/index.ts';
import { snapshotSheet } from '../sheet-snapshot.ts';
import { claimsCsv } from './claims-csv.ts';
import { cytoscapeJson } from './cytoscape-json.ts';
import { gexfDocument } from './gexf.ts';
import { graphmlDocument } from './graphml.ts';
import { viewData } from './view-data.ts';

export const INTERCHANGE_FORMATS = ['gexf', 'graphml', 'cyjs', 'csv'] as const;
export type InterchangeFormat = (typeof INTERCHANGE_FORMATS)[number];

export interface InterchangeContext {
  cy: Core;
  graph: GraphResponse;
  title: string;
  articles: () => Promise<Article[]>;
  name: (id: string) => string;
}

const MIME: Record<InterchangeFormat, string> = {
  gexf: 'application/gexf+xml',
  graphml: 'application/graphml+xml',
  cyjs: 'application/json',
  csv: 'text/csv',
};

async function fileText(format: InterchangeFormat, context: InterchangeContext): Promise<string> {
  const sheet = snapshotSheet(context.cy, context.graph);
  if (format === 'csv') {
    const shown = new Set(sheet.edges.flatMap((edge) => edge.claims.map((claim) => claim.claimId)));
    const articles = new Map((await context.articles()).map((article) => [article.id, article]));
    return claimsCsv({ graph: context.graph, shown, articles, name: context.name });
  }
  const view = viewData(sheet);
  if (format === 'gexf') return gexfDocument(view);
  if (format === 'graphml') return graphmlDocument(view);
  return cytoscapeJson(view, context.title);
}

export async function interchangeFile(format: InterchangeFormat, context: InterchangeContext): Promise<Blob> {
  return new Blob([await fileText(format, context)], { type: `${MIME[format]};charset=utf-8` });
}
