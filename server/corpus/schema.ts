// The corpus data types. These zod schemas are the single source of truth: the YAML files in
// data/ are parsed through them, and every TypeScript type of the corpus is inferred from them.
import { z } from 'zod';

/** Stable slug: lower-case words joined by hyphens. */
export const Slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug (a-z, 0-9, hyphens)');

/** A date only as precise as the source fixes it: YYYY, YYYY-MM or YYYY-MM-DD. */
export const PartialDate = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD');

export const Polarity = z.enum(['alliance', 'tension', 'neutral']);
export type Polarity = z.infer<typeof Polarity>;

export const EntityKind = z.enum(['Country', 'Person', 'Organization', 'Group', 'Initiative']);
export type EntityKind = z.infer<typeof EntityKind>;

export const RelationshipTypeName = z.string().regex(/^[A-Z]+(?:_[A-Z]+)*$/, 'must be UPPER_SNAKE_CASE');

export const VocabularyEntrySchema = z.strictObject({
  type: RelationshipTypeName,
  meaning: z.string().min(1),
  /** The polarity a claim of this type usually has; a claim states its own. */
  polarity: Polarity,
  /** Symmetric types (RIVAL_OF, MET_WITH) read the same both ways and are drawn without arrows. */
  symmetric: z.boolean(),
});
export type VocabularyEntry = z.infer<typeof VocabularyEntrySchema>;

export const ArticleSchema = z.strictObject({
  id: Slug,
  title: z.string().min(1),
  outlet: z.string().min(1).nullable(),
  author: z.string().min(1).nullable(),
  /** The article's publication date exactly as the page prints it; null when the page prints none. */
  published: z.string().min(1).nullable(),
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

export const EntitySchema = z.strictObject({
  id: Slug,
  kind: EntityKind,
  name: z.string().min(1),
  /** Every surface form seen in the sources: misspellings, metonyms ("Moscow"), abbreviations. */
  aliases: z.array(z.string().min(1)),
  description: z.string().min(1),
});
export type Entity = z.infer<typeof EntitySchema>;

export const ClaimSchema = z.strictObject({
  id: Slug,
  subject: Slug,
  type: RelationshipTypeName,
  object: Slug,
  polarity: Polarity,
  /** Verbatim from the article, curly quotes and dashes as printed. */
  quote: z.string().min(1, 'quote must not be empty'),
  /** [start, end) of the quote in the article text, in JavaScript string indices. */
  offsets: z.tuple([z.int().nonnegative(), z.int().nonnegative()]),
  article: Slug,
  /** The entity whose words or view this is; null when it is the article's own narration. */
  statedBy: Slug.nullable(),
  /** When the stated relationship held, where the text says. */
  date: PartialDate.nullable(),
});
export type Claim = z.infer<typeof ClaimSchema>;

export const VocabularyFileSchema = z.array(VocabularyEntrySchema);
export const ArticlesFileSchema = z.array(ArticleSchema);
export const EntitiesFileSchema = z.array(EntitySchema);
export const ClaimsFileSchema = z.array(ClaimSchema);

/** The whole corpus, as read from data/. */
export interface Corpus {
  vocabulary: VocabularyEntry[];
  articles: Article[];
  entities: Entity[];
  claims: Claim[];
}
