// Assisted extraction: what the machine proposes for one article's text, for a person to review
// (`npm run extract`, the ingest review file, and later the review queue in the explorer).
import { z } from 'zod';
import { EntityKind, Polarity } from './enums.ts';
import { RelationshipTypeName } from './fields.ts';

/** [start, end) in the article text, in JavaScript string indices. */
export const TextSpan = z.tuple([z.int().nonnegative(), z.int().nonnegative()]);
export type TextSpan = z.infer<typeof TextSpan>;

export const ProposedEntitySchema = z.strictObject({
  /** The known entity's id, or a proposed slug for a new one. */
  id: z.string().min(1),
  name: z.string().min(1),
  kind: EntityKind,
  /** True when no entity in data/ matches: the reviewer accepts it as new or merges it. */
  new: z.boolean(),
  /** Surface forms seen in this text (for a known entity, the ones not yet among its aliases too). */
  aliases: z.array(z.string().min(1)),
  /** Where the text names it. */
  mentions: z.array(TextSpan),
  /** For a new entity that looks like a form of a known one: that entity's id. */
  mergeInto: z.string().min(1).nullable().optional(),
});
export type ProposedEntity = z.infer<typeof ProposedEntitySchema>;

export const ProposedClaimSchema = z.strictObject({
  /** An entity's id, or a new entity's name. */
  subject: z.string().min(1),
  object: z.string().min(1),
  type: RelationshipTypeName,
  polarity: Polarity,
  /** Whose words or view it is (id, or a new entity's name); null for the article's own narration. */
  statedBy: z.string().min(1).nullable(),
  /** Verbatim from the text: text.slice(offsets[0], offsets[1]) === quote. */
  quote: z.string().min(1),
  offsets: TextSpan,
});
export type ProposedClaim = z.infer<typeof ProposedClaimSchema>;

export const ProposalsSchema = z.strictObject({
  entities: z.array(ProposedEntitySchema),
  claims: z.array(ProposedClaimSchema),
});
export type Proposals = z.infer<typeof ProposalsSchema>;
