// GET /api/compare: two sets of claims (sides A and B, each a view's filters) and how the pairs
// of entities they state differ: a pair stated on one side only, on both, or with its net alignment
// turned from aligned to opposed (or back) between them. Both sides are read with the one
// net-alignment rule (contract/net-alignment.ts).
import { z } from 'zod';
import { NetSummarySchema } from './analysis.ts';
import { Count } from './fields.ts';
import { EdgeClaimSchema, GraphNodeSchema, GraphQuerySchema } from './graph.ts';

/**
 * GET /api/compare?a=…&b=…: each side a URL-encoded query string of /api/graph's parameters
 * (filters, from/to, outlet, outletCountry, focus, depth, minArticles, historical), e.g.
 * `a=from%3D2020-12%26to%3D2020-12&b=from%3D2021-04`. An empty string is the whole graph.
 */
export const CompareQuerySchema = z.strictObject({
  a: z.string().max(4000),
  b: z.string().max(4000),
});

/** One side's filters, read from its query string as /api/graph reads its own. */
export const CompareSideQuerySchema = GraphQuerySchema;

export const COMPARE_STATUSES = ['a', 'b', 'both', 'changed'] as const;
/** a/b: stated on that side only; both: on both, same sign or not a clear reversal; changed: aligned on one side, opposed on the other. */
export const CompareStatus = z.enum(COMPARE_STATUSES);
export type CompareStatus = z.infer<typeof CompareStatus>;

/** A pair as one side states it: its net alignment and the claims behind it (ids into `claims`). */
export const CompareSideSchema = z.strictObject({
  net: NetSummarySchema,
  claimIds: z.array(z.string()),
});
export type CompareSide = z.infer<typeof CompareSideSchema>;

/** One line per pair of entities. */
export const CompareEdgeSchema = z.strictObject({
  /** `source|target`, ids in ascending order. */
  id: z.string(),
  source: z.string(),
  target: z.string(),
  status: CompareStatus,
  /** Null on the side that does not state the pair. */
  a: CompareSideSchema.nullable(),
  b: CompareSideSchema.nullable(),
  /** Contested on B and not on A (a dispute that B's articles opened). */
  newlyContested: z.boolean(),
});
export type CompareEdge = z.infer<typeof CompareEdgeSchema>;

export const CompareSummarySchema = z.strictObject({
  a: Count,
  b: Count,
  both: Count,
  changed: Count,
  newlyContested: Count,
});
export type CompareSummary = z.infer<typeof CompareSummarySchema>;

export const CompareResponseSchema = z.strictObject({
  /** The entities of either side's view (degree: distinct neighbours over both). */
  nodes: z.array(GraphNodeSchema),
  /** Ordered by status (changed, a, b, both), then by id. Each side's claimIds in its view's order (by article). */
  edges: z.array(CompareEdgeSchema),
  /** Every claim either side's edges name, once: A's first, then those only B names. */
  claims: z.array(EdgeClaimSchema),
  summary: CompareSummarySchema,
  /** Claims per side, so an empty side can be told apart from a side that matched little. */
  sides: z.strictObject({ a: z.strictObject({ claims: Count }), b: z.strictObject({ claims: Count }) }),
  /** Either side's view was cut at the caps (see /api/graph's `truncated`). */
  truncated: z.boolean(),
});
export type CompareResponse = z.infer<typeof CompareResponseSchema>;
