// GET /api/paths: paths between two entities, each hop weighed by its pair's net alignment.
import { z } from 'zod';
import { Polarity } from './enums.ts';
import { Count, queryList, Slug } from './fields.ts';
import { Verdict } from './analysis-verdict.ts';
import { EdgeClaimSchema, HistoricalFlag } from './graph.ts';
import { Sign } from './pairs.ts';

/** GET /api/paths?from=&to=&maxHops=&polarity= */
export const PathsQuerySchema = z.object({
  from: Slug,
  to: Slug,
  maxHops: z.coerce.number().int().min(1).max(4).default(3),
  polarity: queryList(Polarity),
  historical: HistoricalFlag,
});
export type PathsQuery = z.infer<typeof PathsQuerySchema>;

/** A claim between the two entities of a pair, either direction, with its type and ends. */
export const PathClaimSchema = EdgeClaimSchema.extend({ type: z.string(), source: z.string(), target: z.string() });
export type PathClaim = z.infer<typeof PathClaimSchema>;

export const HopSchema = z.strictObject({
  from: z.string(),
  to: z.string(),
  /** The pair's net alignment: distinct articles of alliance minus tension. */
  sign: Sign,
  net: z.int(),
  alliance: Count,
  tension: Count,
  verdict: Verdict,
  contested: z.boolean(),
  claimCount: Count,
  /** The first claims (10); the pair's explanation (/api/analysis/alignment) has them all. */
  claims: z.array(PathClaimSchema),
});
export type Hop = z.infer<typeof HopSchema>;

export const EntityPathSchema = z.strictObject({
  ids: z.array(z.string()),
  length: Count,
  /** +1 aligned, −1 opposed, 0 when a hop is neutral or contested. */
  sign: Sign,
  hops: z.array(HopSchema),
});
export type EntityPath = z.infer<typeof EntityPathSchema>;

export const PathsResponseSchema = z.strictObject({
  from: z.string(),
  to: z.string(),
  maxHops: z.int(),
  /** The most paths the answer holds (shortest first, then best sourced). */
  limit: z.int(),
  paths: z.array(EntityPathSchema),
});
export type PathsResponse = z.infer<typeof PathsResponseSchema>;
