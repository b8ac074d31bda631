// The corpus data files. Their records are zod schemas, and every TypeScript type of the corpus
// is inferred from them: entities and the vocabulary are the API's own shapes (contract/), an
// article is the API's Article plus the entities it names without a claim; claims are kept here
// in their data-file form.
import { z } from 'zod';
import {
  ArticleSchema,
  EntitySchema,
  normaliseDate,
  OutletSchema,
  PartialDate,
  Polarity,
  RelationshipTypeName,
  Slug,
  VocabularyEntrySchema,
  type Article,
  type Entity,
  type Outlet,
  type VocabularyEntry,
} from '../../contract/index.ts';

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

/**
 * An article's record in articles.yaml: its metadata (the :Article node, the API's Article) and
 * `mentions`, the entities it names without stating a relationship of theirs. Those become
 * MENTIONS relationships, not a property; an entity a claim of the article names is not listed
 * (the claim already makes the mention), so each fact has one place.
 */
export const ArticleRecordSchema = ArticleSchema.omit({ outletId: true, outletCountry: true, publishedDate: true }).extend({
  /** The id of its outlet in outlets.yaml; null when the page names none. */
  outlet: Slug.nullable(),
  mentions: z.array(Slug).optional(),
});
export type ArticleRecord = z.infer<typeof ArticleRecordSchema>;

/** The :Article node's properties: the API's Article without what its outlet's node holds. */
export type ArticleNode = Omit<Article, 'outlet' | 'outletId' | 'outletCountry'>;

/**
 * The :Article node's properties: the record with its published date read (contract/dates.ts),
 * without its mentions and outlet, which are relationships (MENTIONS, PUBLISHED_BY).
 */
export function articleNode({ mentions: _mentions, outlet: _outlet, ...article }: ArticleRecord): ArticleNode {
  return { ...article, publishedDate: normaliseDate(article.published) };
}

export const VocabularyFileSchema = z.array(VocabularyEntrySchema);
export const OutletsFileSchema = z.array(OutletSchema);
export const ArticlesFileSchema = z.array(ArticleRecordSchema);
export const EntitiesFileSchema = z.array(EntitySchema);
export const ClaimsFileSchema = z.array(ClaimSchema);

/** The whole corpus, as read from data/. */
export interface Corpus {
  vocabulary: VocabularyEntry[];
  outlets: Outlet[];
  articles: ArticleRecord[];
  entities: Entity[];
  claims: Claim[];
}
