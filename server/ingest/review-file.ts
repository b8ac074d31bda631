// The review file: what `npm run ingest -- FILE` proposes for one article, for a person to decide
// on by hand (decision: pending → accept or reject), and what `--commit` writes from. YAML, beside
// the input file, with the article's kept text in a file beside it.
import { readFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { z } from 'zod';
import {
  ArticleSchema,
  EntityKind,
  PartialDate,
  Polarity,
  RelationshipTypeName,
  Slug,
  TextSpan,
  type Proposals,
} from '../../contract/index.ts';

export const Decision = z.enum(['pending', 'accept', 'reject']);

export const ReviewEntitySchema = z.strictObject({
  decision: Decision,
  id: Slug,
  name: z.string().min(1),
  kind: EntityKind,
  /** False when the entity is already in data/: accepting it adds the aliases it lacks. */
  new: z.boolean(),
  aliases: z.array(z.string().min(1)),
  mentions: z.array(TextSpan),
  /** Accepting a new entity with mergeInto set adds its name and aliases to that entity instead. */
  mergeInto: Slug.nullable(),
  /** Required to accept a new entity (not a merge). */
  description: z.string().min(1).nullable(),
});
export type ReviewEntity = z.infer<typeof ReviewEntitySchema>;

export const ReviewClaimSchema = z.strictObject({
  decision: Decision,
  id: Slug,
  /** An entity's id, or the name of an entity of this review. */
  subject: z.string().min(1),
  type: RelationshipTypeName,
  object: z.string().min(1),
  polarity: Polarity,
  statedBy: z.string().min(1).nullable(),
  quote: z.string().min(1),
  offsets: TextSpan,
  date: PartialDate.nullable(),
});
export type ReviewClaim = z.infer<typeof ReviewClaimSchema>;

export const ReviewFileSchema = z.strictObject({
  /** The input the text was taken from, as given. */
  source: z.string().min(1),
  /** The kept text (relative to the review file) and its sha256: offsets are into this text. */
  text: z.strictObject({ path: z.string().min(1), sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
  /** `dataFingerprint` of the data folder when the review began. */
  dataFingerprint: z.string().regex(/^[0-9a-f]{64}$/),
  article: ArticleSchema.omit({ sha256: true }),
  entities: z.array(ReviewEntitySchema),
  claims: z.array(ReviewClaimSchema),
});
export type ReviewFile = z.infer<typeof ReviewFileSchema>;

const HEADER = `# Review of proposals for one article (npm run ingest). For each entity and claim, set
# decision: accept or reject (pending ones block the commit). A new entity needs a description,
# or mergeInto: <known entity id> to add its name and aliases to that entity. An accepted entity
# that no accepted claim names is kept as one the article mentions. Article fields the
# page does not print stay null. Then: npm run ingest -- --commit <this file>
`;

export function reviewFromProposals(proposals: Proposals, base: Omit<ReviewFile, 'entities' | 'claims'>): ReviewFile {
  return {
    ...base,
    entities: proposals.entities.map((entity) => ({
      decision: 'pending',
      id: entity.id,
      name: entity.name,
      kind: entity.kind,
      new: entity.new,
      aliases: entity.aliases,
      mentions: entity.mentions,
      mergeInto: entity.mergeInto ?? null,
      description: null,
    })),
    claims: proposals.claims.map((claim, index) => ({
      decision: 'pending',
      id: `${base.article.id}-${String(index + 1).padStart(3, '0')}`,
      subject: claim.subject,
      type: claim.type,
      object: claim.object,
      polarity: claim.polarity,
      statedBy: claim.statedBy,
      quote: claim.quote,
      offsets: claim.offsets,
      date: null,
    })),
  };
}

export function reviewFileText(review: ReviewFile): string {
  return HEADER + stringify(review, { lineWidth: 0 });
}

export class ReviewFileError extends Error {
  override name = 'ReviewFileError';
}

export function readReviewFile(file: string): ReviewFile {
  let data: unknown;
  try {
    data = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ReviewFileError(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = ReviewFileSchema.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${file}:${issue.path.join('.')}: ${issue.message}`);
    throw new ReviewFileError(`${file} is not a valid review file:\n${issues.join('\n')}`);
  }
  return parsed.data;
}
