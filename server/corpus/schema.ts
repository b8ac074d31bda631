// The corpus data files. Their records are zod schemas, and every TypeScript type of the corpus
// is inferred from them: entities and the vocabulary are the API's own shapes (contract/), an
// article is the API's Article plus the entities it names without a claim; claims are kept here
// in their data-file form.
import { z } from 'zod';
import {
  ArticleSchema,
  EntitySchema,
  PartialDate,
  Polarity,
  RelationshipTypeName,
  Slug,
  VocabularyEntrySchema,
  type Article,
  type Entity,
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
export const ArticleRecordSchema = ArticleSchema.extend({ mentions: z.array(Slug).optional() });
export type ArticleRecord = z.infer<typeof ArticleRecordSchema>;

/** The :Article node's properties: the record without its mentions, which are relationships. */
export function articleNode({ mentions: _mentions, ...article }: ArticleRecord): Article {
  return article;
}

export const VocabularyFileSchema = z.array(VocabularyEntrySchema);
export const ArticlesFileSchema = z.array(ArticleRecordSchema);
export const EntitiesFileSchema = z.array(EntitySchema);
export const ClaimsFileSchema = z.array(ClaimSchema);

/** The whole corpus, as read from data/. */
export interface Corpus {
  vocabulary: VocabularyEntry[];
  articles: ArticleRecord[];
  entities: Entity[];
  claims: Claim[];
}
