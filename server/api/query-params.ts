// Query-string shapes shared by the API routes: lists may be repeated (?kind=a&kind=b) or
// comma-separated (?kind=a,b).
import { z } from 'zod';
import { EntityKind, Polarity, RelationshipTypeName, Slug } from '../corpus/schema.ts';

export const list = <T extends z.ZodType>(item: T) =>
  z
    .preprocess((value) => {
      if (value === undefined) return undefined;
      const values = Array.isArray(value) ? value : [value];
      return values.flatMap((v) => String(v).split(',')).map((v) => v.trim()).filter(Boolean);
    }, z.array(item).max(100))
    .optional();

export const ClaimFiltersQuery = z.object({
  polarity: list(Polarity),
  type: list(RelationshipTypeName),
  kind: list(EntityKind),
  article: list(Slug),
  statedBy: list(Slug),
});

export const GraphQuerySchema = ClaimFiltersQuery.extend({
  focus: Slug.optional(),
  depth: z.coerce.number().int().min(1).max(3).default(1),
  minArticles: z.coerce.number().int().min(1).max(1000).default(1),
});

export const SearchQuerySchema = z.object({
  q: z.string().trim().min(1, 'must not be empty').max(200),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});

export const PathsQuerySchema = z.object({
  from: Slug,
  to: Slug,
  maxHops: z.coerce.number().int().min(1).max(4).default(3),
  polarity: list(Polarity),
});

export const IdParam = z.object({ id: Slug });
