// Entities: the record kept for each (data/entities.yaml, the :Entity node), the search
// (GET /api/entities) and one entity's card (GET /api/entities/:id).
import { z } from 'zod';
import { NetSummarySchema } from './analysis.ts';
import { ArticleSchema } from './articles.ts';
import { EntityKind } from './enums.ts';
import { Count, Slug } from './fields.ts';

export const EntitySchema = z.strictObject({
  id: Slug,
  kind: EntityKind,
  name: z.string().min(1),
  /** Every surface form seen in the sources: misspellings, metonyms ("Moscow"), abbreviations. */
  aliases: z.array(z.string().min(1)),
  description: z.string().min(1),
});
export type Entity = z.infer<typeof EntitySchema>;

/** GET /api/entities/:id (and any route with an entity or article id in its path). */
export const IdParamSchema = z.object({ id: Slug });

/** GET /api/entities?q=&limit= */
export const EntitySearchQuerySchema = z.object({
  q: z.string().trim().min(1, 'must not be empty').max(200),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});

export const EntityHitSchema = EntitySchema.pick({ id: true, name: true, kind: true, aliases: true }).extend({
  /** Full-text relevance (a nearest name: its similarity, 0–1), to three decimals. */
  score: z.number(),
});
export type EntityHit = z.infer<typeof EntityHitSchema>;

/** GET /api/entities?q=: the matches, best first; when there are none, the nearest names (score: similarity 0–1). */
export const EntitySearchResponseSchema = z.strictObject({ entities: z.array(EntityHitSchema), nearest: z.array(EntityHitSchema) });
export type EntitySearchResponse = z.infer<typeof EntitySearchResponseSchema>;

/**
 * An entity the claims about another one name, with how much backs their relation: every claim of
 * the pair and its distinct articles (the counts the graph, Paths and "Explain a pair" show), and
 * the pair's net alignment (contract/net-alignment.ts).
 */
export const CounterpartSchema = EntitySchema.pick({ id: true, name: true, kind: true }).extend({
  claims: Count,
  articles: Count,
  net: NetSummarySchema,
});
export type Counterpart = z.infer<typeof CounterpartSchema>;

export const EntityDetailSchema = z.strictObject({
  entity: EntitySchema,
  /** Each counterpart once, under the polarity its net alignment reads as (netPolarity); most claims first. */
  counterparts: z.strictObject({
    alliance: z.array(CounterpartSchema),
    tension: z.array(CounterpartSchema),
    neutral: z.array(CounterpartSchema),
  }),
  /** The articles that mention it, by title. */
  articles: z.array(ArticleSchema.pick({ id: true, title: true, outlet: true })),
});
export type EntityDetail = z.infer<typeof EntityDetailSchema>;
