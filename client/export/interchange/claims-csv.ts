// A CSV of the claims behind the lines on screen: one row per claim with its quote, who states
// it, the relationship it states and its article's provenance. Papa Parse writes it (quotes,
// commas and line breaks inside a quote stay one field); a byte-order mark lets spreadsheet
// programs read it as UTF-8, and a cell that starts like a formula is escaped (quotes are untrusted).
import Papa from 'papaparse';
import type { ArticleListItem as Article, GraphResponse } from '../../../contract/index.ts';
import { humanType } from '../../graph/graph-elements.ts';

const COLUMNS = [
  'claim_id',
  'source_id',
  'source',
  'relationship',
  'target_id',
  'target',
  'polarity',
  'quote',
  'stated_by',
  'claim_date',
  'article_id',
  'article_title',
  'title_is_descriptive',
  'outlet',
  'author',
  'published',
  'url',
] as const;

export interface ClaimsCsvInput {
  graph: Pick<GraphResponse, 'edges'>;
  /** Claims of the lines on screen. */
  shown: ReadonlySet<string>;
  articles: ReadonlyMap<string, Article>;
  name: (id: string) => string;
}

export function claimsCsv({ graph, shown, articles, name }: ClaimsCsvInput): string {
  const rows = graph.edges.flatMap((edge) =>
    edge.claims
      .filter((claim) => shown.has(claim.claimId))
      .map((claim) => {
        const article = articles.get(claim.articleId);
        return [
          claim.claimId,
          edge.source,
          name(edge.source),
          humanType(edge.type),
          edge.target,
          name(edge.target),
          claim.polarity,
          claim.quote,
          claim.statedBy ? name(claim.statedBy) : '',
          claim.date ?? '',
          claim.articleId,
          article?.title ?? '',
          article ? String(article.titleIsDescriptive) : '',
          article?.outlet ?? '',
          article?.author ?? '',
          article?.published ?? '',
          article?.url ?? '',
        ];
      }),
  );
  return `\uFEFF${Papa.unparse({ fields: [...COLUMNS], data: rows }, { newline: '\r\n', escapeFormulae: true })}\r\n`;
}
