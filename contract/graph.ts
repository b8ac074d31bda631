// GET /api/graph: a view of the graph, one edge per (source, type, target) with its claims.
import { z } from 'zod';
import { EntityKind, Polarity } from './enums.ts';
import { Count, PartialDate, queryList, RelationshipTypeName, Slug } from './fields.ts';

/** The claim filters of a view (query string). */
export const ClaimFiltersQuerySchema = z.object({
  polarity: queryList(Polarity),
  type: queryList(RelationshipTypeName),
  kind: queryList(EntityKind),
  article: queryList(Slug),
  statedBy: queryList(Slug),
});
export type ClaimFilters = z.infer<typeof ClaimFiltersQuerySchema>;

/** GET /api/graph?polarity=&type=&kind=&article=&statedBy=&focus=&depth=&minArticles= */
export const GraphQuerySchema = ClaimFiltersQuerySchema.extend({
  focus: Slug.optional(),
  depth: z.coerce.number().int().min(1).max(3).default(1),
  minArticles: z.coerce.number().int().min(1).max(1000).default(1),
});
export type GraphQuery = z.infer<typeof GraphQuerySchema>;

/** One claim on an edge: the words it rests on and where they come from. */
export const EdgeClaimSchema = z.strictObject({
  claimId: z.string(),
  /** Verbatim from the article. */
  quote: z.string(),
  articleId: z.string(),
  /** The entity whose words or view it is; null for the article's own narration. */
  statedBy: z.string().nullable(),
  date: PartialDate.nullable(),
  polarity: Polarity,
});
export type EdgeClaim = z.infer<typeof EdgeClaimSchema>;

export const GraphEdgeSchema = z.strictObject({
  /** `source|TYPE|target`. */
  id: z.string(),
  source: z.string(),
  target: z.string(),
  type: z.string(),
  /** False for symmetric types (RIVAL_OF, MET_WITH): drawn without an arrow. */
  directed: z.boolean(),
  /** The polarity most of its claims state; a tie is neutral (and the pair is contested). */
  polarity: Polarity,
  claimCount: Count,
  articleCount: Count,
  /** The pair has both alliance and tension claims in this view, of any type. */
  contested: z.boolean(),
  claims: z.array(EdgeClaimSchema),
});
export type GraphEdge = z.infer<typeof GraphEdgeSchema>;

export const GraphNodeSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  /** An entity kind (a console result may draw other labels too). */
  kind: z.string(),
  aliases: z.array(z.string()),
  /** Distinct neighbours in this view. */
  degree: Count,
});
export type GraphNode = z.infer<typeof GraphNodeSchema>;

export const GraphCountsSchema = z.strictObject({ nodes: Count, edges: Count, claims: Count, articles: Count });
export type GraphCounts = z.infer<typeof GraphCountsSchema>;

/** GET /api/graph */
export const GraphResponseSchema = z.strictObject({
  nodes: z.array(GraphNodeSchema),
  edges: z.array(GraphEdgeSchema),
  /** More entities or claims matched than the caps allow; the view holds the best connected entities and every claim among them. */
  truncated: z.boolean(),
  counts: GraphCountsSchema,
});
export type GraphResponse = z.infer<typeof GraphResponseSchema>;
