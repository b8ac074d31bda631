// The relationship vocabulary: data/vocabulary.yaml, and GET /api/vocabulary.
import { z } from 'zod';
import { Polarity } from './enums.ts';
import { RelationshipTypeName } from './fields.ts';

export const VocabularyEntrySchema = z.strictObject({
  type: RelationshipTypeName,
  meaning: z.string().min(1),
  /** The polarity a claim of this type usually has; a claim states its own. */
  polarity: Polarity,
  /** Symmetric types (RIVAL_OF, MET_WITH) read the same both ways and are drawn without arrows. */
  symmetric: z.boolean(),
  /** Lower-case words or phrases that suggest the type in a sentence, for assisted extraction. */
  cues: z.array(z.string().min(1)).optional(),
});
export type VocabularyEntry = z.infer<typeof VocabularyEntrySchema>;

/** GET /api/vocabulary */
export const VocabularyResponseSchema = z.strictObject({ types: z.array(VocabularyEntrySchema) });
export type VocabularyResponse = z.infer<typeof VocabularyResponseSchema>;
