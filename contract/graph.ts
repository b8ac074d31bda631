// GET /api/graph: a view of the graph, one edge per (source, type, target) with its claims.
import { z } from 'zod';
import { EntityKind, Polarity } from './enums.ts';
import { DateBound } from './dates.ts';
import { Count, PartialDate, queryList, RelationshipTypeName, Slug } from './fields.ts';
import { rangeInOrder } from './historical.ts';
import { CountryCode } from './outlets.ts';

/** `undated=false` leaves out claims with no effective date (default: kept, whatever the range). */
const UndatedFlag = z
  .enum(['true', 'false'])
  .default('true')
  .transform((value) => value === 'true');

/**
 * The claim filters of a view (query string). `from`/`to` keep the dated claims whose whole
 * effective date lies in the range (a claim dated only "2021" is not known to fall in April 2021);
 * `outlet`/`outletCountry` keep the claims of articles published by those outlets.
 */
export const ClaimFiltersQuerySchema = z.object({
  polarity: queryList(Polarity),
  type: queryList(RelationshipTypeName),
  kind: queryList(EntityKind),
  article: queryList(Slug),
  statedBy: queryList(Slug),
  outlet: queryList(Slug),
  outletCountry: queryList(CountryCode),
  from: DateBound.optional(),
  to: DateBound.optional(),
  undated: UndatedFlag,
});
export type ClaimFilters = z.infer<typeof ClaimFiltersQuerySchema>;

/** A range whose end comes before its start is refused, naming `to`. */
function checkRangeOrder(filters: { from?: string | undefined; to?: string | undefined }, context: z.RefinementCtx): void {
  if (filters.from === undefined || filters.to === undefined) return;
  if (!rangeInOrder(filters.from, filters.to))
    context.addIssue({ code: 'custom', path: ['to'], message: `ends before from (${filters.from})` });
}

/** `historical=true` brings historical claims into net alignments (default: left out). */
export const HistoricalFlag = z
  .enum(['true', 'false'])
  .default('false')
  .transform((value) => value === 'true');

/** GET /api/graph?polarity=&type=&kind=&article=&statedBy=&outlet=&outletCountry=&from=&to=&undated=&focus=&depth=&minArticles=&historical= */
export const GraphQuerySchema = ClaimFiltersQuerySchema.extend({
  historical: HistoricalFlag,
  focus: Slug.optional(),
  depth: z.coerce.number().int().min(1).max(3).default(1),
  minArticles: z.coerce.number().int().min(1).max(1000).default(1),
}).superRefine(checkRangeOrder);
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
  /** Its own date, else its article's publishedDate (contract/dates.ts effectiveDate). */
  effectiveDate: PartialDate.nullable(),
  polarity: Polarity,
  /** Its date ends well before its article's (contract/historical.ts): out of net alignments unless asked. */
  historical: z.boolean(),
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
  /**
   * What its claims' own polarities amount to, by the net-alignment rule (contract/net-alignment.ts)
   * over this relationship's claims: a claim's stated polarity wins over its type's usual one.
   */
  polarity: Polarity,
  claimCount: Count,
  articleCount: Count,
  /** The pair, over all its claims in this view, is contested by the net-alignment rule. */
  contested: z.boolean(),
  /** This relationship's own claims disagree: some state alliance, some tension. */
  mixed: z.boolean(),
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
