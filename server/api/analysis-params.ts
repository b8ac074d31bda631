// Query-string shapes of the alignment analytics (server/api/analysis-routes.ts).
import { z } from 'zod';
import { EntityKind, Slug } from '../corpus/schema.ts';
import { list } from './query-params.ts';

/** The entity kinds analysed when `kind` is absent. */
export const DEFAULT_ANALYSIS_KINDS: EntityKind[] = ['Country', 'Organization'];

const kinds = list(EntityKind).transform((value) => (value && value.length > 0 ? value : DEFAULT_ANALYSIS_KINDS));
const minArticles = z.coerce.number().int().min(1).max(1000).default(1);
const flag = z.enum(['true', 'false']).default('true').transform((value) => value === 'true');

export const BalanceQuerySchema = z.object({
  kind: kinds,
  /** Pairs stated (alliance or tension) by fewer distinct articles are left out. */
  minArticles,
  /** Most triads listed (counts and frustration cover them all). */
  limit: z.coerce.number().int().min(1).max(5000).default(500),
});

export const BlocsQuerySchema = z.object({
  kind: kinds,
  minArticles,
  /** Explain each member's assignment by its strongest pairs. */
  explain: flag,
});

export const AlignmentQuerySchema = z.object({
  a: Slug,
  b: Slug,
});
