// Bringing an article in: the review of the machine's proposals that a person works through
// (the same review in the explorer's "Add article" queue and in `npm run ingest`'s review file),
// POST /api/ingest/propose and POST /api/ingest/commit.
import { z } from 'zod';
import { ArticleMetadataSchema } from './articles.ts';
import { EntityKind, Polarity } from './enums.ts';
import { TextSpan } from './extract.ts';
import { Count, PartialDate, RelationshipTypeName, Slug } from './fields.ts';

export const Decision = z.enum(['pending', 'accept', 'reject']);
export type Decision = z.infer<typeof Decision>;

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

/** One article's review: its metadata and the decision on every proposal. Offsets are into the kept text. */
export const ReviewSchema = z.strictObject({
  /** sha256 (hex) of the kept text: the one the offsets and quotes hold for. */
  textSha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** The data folder's fingerprint when the review began (a later commit merges onto what changed). */
  dataFingerprint: z.string().regex(/^[0-9a-f]{64}$/),
  article: ArticleMetadataSchema,
  entities: z.array(ReviewEntitySchema),
  claims: z.array(ReviewClaimSchema),
});
export type Review = z.infer<typeof ReviewSchema>;

export const IngestFormat = z.enum(['text', 'markdown', 'html']);
export type IngestFormat = z.infer<typeof IngestFormat>;

const given = z.string().trim().max(2000).nullable().optional();

/** POST /api/ingest/propose: an article as uploaded or pasted, and what the person knows of it (unknown: left out). */
export const ProposeRequestSchema = z.strictObject({
  /** A file's name, or "pasted text": named in messages. */
  input: z.string().trim().min(1).max(300),
  format: IngestFormat,
  content: z.string(),
  metadata: z.strictObject({ id: given, title: given, outlet: given, author: given, published: given, url: given }),
});
export type ProposeRequest = z.infer<typeof ProposeRequestSchema>;

/** The kept text (what readability left of HTML, or the text as given) and the review of its proposals. */
export const ProposeResponseSchema = z.strictObject({ text: z.string(), review: ReviewSchema });
export type ProposeResponse = z.infer<typeof ProposeResponseSchema>;

/** POST /api/ingest/commit: the finished review and the text it was made on. */
export const CommitRequestSchema = z.strictObject({ text: z.string(), review: ReviewSchema });
export type CommitRequest = z.infer<typeof CommitRequestSchema>;

export const CommitResponseSchema = z.strictObject({
  articleId: Slug,
  claims: Count,
  newEntities: Count,
  /** Written in data/, relative to it. */
  files: z.array(z.string()),
  /** True when data/ had changed since the review began and the article was added onto the change. */
  merged: z.boolean(),
  /** The graph's dataset version after the load. */
  version: z.string(),
});
export type CommitResponse = z.infer<typeof CommitResponseSchema>;

/** GET /api/ingest: whether this server takes articles in, and why not when it does not. */
export const IngestStatusSchema = z.strictObject({
  enabled: z.boolean(),
  reason: z.string().nullable(),
  maxInputBytes: Count,
});
export type IngestStatus = z.infer<typeof IngestStatusSchema>;
