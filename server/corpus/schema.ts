// The corpus data files. Their records are zod schemas, and every TypeScript type of the corpus
// is inferred from them: articles, entities and the vocabulary are the API's own shapes
// (contract/); claims are kept here in their data-file form.
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
