// Articles: the record kept for each (data/articles.yaml, the :Article node), GET /api/articles
// and GET /api/articles/:id.
import { z } from 'zod';
import { Polarity } from './enums.ts';
import { Count, PartialDate, RelationshipTypeName, Slug } from './fields.ts';
import { CountryCode } from './outlets.ts';

export const ArticleSchema = z.strictObject({
  id: Slug,
  /** The headline as the page prints it; when the page prints none, a descriptive title written for the corpus (titleIsDescriptive). */
  title: z.string().min(1),
  /** true when the page prints no headline and the title was written for the corpus, so it must never be shown as the outlet's. */
  titleIsDescriptive: z.boolean(),
  /** The outlet's name (its :Outlet node's, through PUBLISHED_BY); null when the page names none. */
  outlet: z.string().min(1).nullable(),
  outletId: Slug.nullable(),
  outletCountry: CountryCode.nullable(),
  author: z.string().min(1).nullable(),
  /** The article's publication date exactly as the page prints it; null when the page prints none. */
  published: z.string().min(1).nullable(),
  /** `published` read as YYYY, YYYY-MM or YYYY-MM-DD (contract/dates.ts); null when it reads as no one date. */
  publishedDate: PartialDate.nullable(),
  /** A date the page prints that is NOT the article's date (a site header, an issue date). */
  pageDate: z.string().min(1).nullable(),
  /** The date of the events the article reports, only where the text itself fixes it. */
  eventDate: PartialDate.nullable(),
  url: z.url({ protocol: /^https?$/ }).nullable(),
  /** sha256 (hex) of the exact text the quotes were checked against. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lower-case hex digits'),
  notes: z.string().min(1).nullable(),
});
export type Article = z.infer<typeof ArticleSchema>;

/** An article's metadata as a person gives it (ingest): the outlet by name, nothing derived. */
export const ArticleMetadataSchema = ArticleSchema.omit({ sha256: true, outletId: true, outletCountry: true, publishedDate: true });
export type ArticleMetadata = z.infer<typeof ArticleMetadataSchema>;

/** An article in the list: its metadata and how many claims it makes. */
export const ArticleListItemSchema = ArticleSchema.omit({ sha256: true }).extend({ claims: Count });
export type ArticleListItem = z.infer<typeof ArticleListItemSchema>;

/** GET /api/articles: by title. */
export const ArticlesResponseSchema = z.strictObject({ articles: z.array(ArticleListItemSchema) });
export type ArticlesResponse = z.infer<typeof ArticlesResponseSchema>;

/** A claim as its article makes it, with both entities named. */
export const ArticleClaimSchema = z.strictObject({
  claimId: Slug,
  subject: Slug,
  subjectName: z.string(),
  type: RelationshipTypeName,
  object: Slug,
  objectName: z.string(),
  polarity: Polarity,
  quote: z.string(),
  /** [start, end) of the quote in the article text. */
  offsets: z.tuple([Count, Count]),
  statedBy: Slug.nullable(),
  date: PartialDate.nullable(),
});
export type ArticleClaim = z.infer<typeof ArticleClaimSchema>;

/** GET /api/articles/:id: the article and every claim it makes, in reading order. */
export const ArticleDetailResponseSchema = z.strictObject({
  article: ArticleSchema,
  claims: z.array(ArticleClaimSchema),
});
export type ArticleDetailResponse = z.infer<typeof ArticleDetailResponseSchema>;
