// The review file: what `npm run ingest -- FILE` proposes for one article, for a person to decide
// on by hand (decision: pending → accept or reject), and what `--commit` writes from. YAML, beside
// the input file, with the article's kept text in a file beside it.
import { readFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { z } from 'zod';
import { ReviewSchema, type Proposals, type Review } from '../../contract/index.ts';

/** The review (contract/ingest.ts), with where its input came from and where its kept text is. */
export const ReviewFileSchema = ReviewSchema.extend({
  /** The input the text was taken from, as given. */
  source: z.string().min(1),
  /** The kept text, relative to the review file: `textSha256` is its hash. */
  textFile: z.string().min(1),
});
export type ReviewFile = z.infer<typeof ReviewFileSchema>;

const HEADER = `# Review of proposals for one article (npm run ingest). For each entity and claim, set
# decision: accept or reject (pending ones block the commit). A new entity needs a description,
# or mergeInto: <known entity id> to add its name and aliases to that entity. An accepted entity
# that no accepted claim names is kept as one the article mentions. Article fields the
# page does not print stay null. Then: npm run ingest -- --commit <this file>
`;

export function reviewFromProposals(proposals: Proposals, base: Omit<Review, 'entities' | 'claims'>): Review {
  return {
    ...base,
    entities: proposals.entities.map((entity) => ({
      // A known entity that brings no new alias leaves nothing to decide.
      decision: entity.new || entity.aliases.length > 0 ? 'pending' : 'accept',
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
