// The alignment analytics: GET /api/analysis/balance, /blocs and /alignment.
import { z } from 'zod';
import { EntityKind } from './enums.ts';
import { Count, queryList, Slug } from './fields.ts';
import { Verdict } from './analysis-verdict.ts';
import { HistoricalFlag } from './graph.ts';
import { HopSchema, PathClaimSchema } from './paths.ts';
import { Sign } from './pairs.ts';

/** The entity kinds analysed when `kind` is absent. */
export const DEFAULT_ANALYSIS_KINDS: EntityKind[] = ['Country', 'Organization'];

const kinds = queryList(EntityKind).transform((value) => (value && value.length > 0 ? value : DEFAULT_ANALYSIS_KINDS));
const minArticles = z.coerce.number().int().min(1).max(1000).default(1);
const flag = z
  .enum(['true', 'false'])
  .default('true')
  .transform((value) => value === 'true');

/** GET /api/analysis/balance?kind=&minArticles=&limit= */
export const BalanceQuerySchema = z.object({
  kind: kinds,
  /** Pairs stated (alliance or tension) by fewer distinct articles are left out. */
  minArticles,
  historical: HistoricalFlag,
  /** Most triads listed (counts and frustration cover them all). */
  limit: z.coerce.number().int().min(1).max(5000).default(500),
});

/** GET /api/analysis/blocs?kind=&minArticles=&explain= */
export const BlocsQuerySchema = z.object({
  kind: kinds,
  minArticles,
  historical: HistoricalFlag,
  /** Explain each member's assignment by its strongest pairs. */
  explain: flag,
});

/** GET /api/analysis/alignment?a=&b= */
export const AlignmentQuerySchema = z.object({
  a: Slug,
  b: Slug,
  historical: HistoricalFlag,
});

export const EntityRefSchema = z.strictObject({ id: z.string(), name: z.string() });
export type EntityRef = z.infer<typeof EntityRefSchema>;

/** A pair's net alignment, summed up (the rule: README, "Alignment analytics"). */
export const NetSummarySchema = z.strictObject({
  /** Distinct articles stating alliance, tension, neutral relations of the pair. */
  alliance: Count,
  tension: Count,
  neutral: Count,
  /** Distinct articles stating alliance or tension (the evidence behind the sign). */
  articles: Count,
  net: z.int(),
  /** +1 aligned, −1 opposed, 0 divided or neutral. */
  sign: Sign,
  verdict: Verdict,
  /** The minority side is substantial (contract/net-alignment.ts). */
  contested: z.boolean(),
});
export type NetSummary = z.infer<typeof NetSummarySchema>;

export const TriadEdgeSchema = z.strictObject({
  /** Ids in ascending order. */
  pair: z.tuple([z.string(), z.string()]),
  sign: z.literal([1, -1]),
  net: z.int(),
  alliance: Count,
  tension: Count,
  contested: z.boolean(),
  /** The alliance and tension claims behind the sign. */
  claimIds: z.array(z.string()),
});
export type TriadEdge = z.infer<typeof TriadEdgeSchema>;

export const TriadSchema = z.strictObject({
  /** Ascending by id. */
  members: z.tuple([EntityRefSchema, EntityRefSchema, EntityRefSchema]),
  /** (m0, m1), (m0, m2), (m1, m2). */
  edges: z.tuple([TriadEdgeSchema, TriadEdgeSchema, TriadEdgeSchema]),
  balanced: z.boolean(),
  /** Distinct articles behind the three edges, summed (the order "by evidence"). */
  evidence: Count,
});
export type Triad = z.infer<typeof TriadSchema>;

/** Structural balance of a set of signed pairs. */
export const BalanceResultSchema = z.strictObject({
  /** Unbalanced first, then by evidence (most first), then by member ids. */
  triads: z.array(TriadSchema),
  /** Unbalanced triads / all triads; 0 when there is no triad. */
  frustration: z.number().min(0).max(1),
  counts: z.strictObject({
    triads: Count,
    unbalanced: Count,
    /** Signed pairs considered (sign ≠ 0: aligned or opposed; divided pairs are not). */
    pairs: Count,
    /** Entities with at least one signed pair. */
    entities: Count,
  }),
});
export type BalanceResult = z.infer<typeof BalanceResultSchema>;

/** GET /api/analysis/balance: at most `limit` triads listed. */
export const BalanceResponseSchema = BalanceResultSchema.extend({
  kinds: z.array(EntityKind),
  minArticles: z.int(),
  historical: z.boolean(),
  truncated: z.boolean(),
});
export type BalanceResponse = z.infer<typeof BalanceResponseSchema>;

export const BlocSchema = z.strictObject({
  /** `bloc-1`, `bloc-2`, …: largest bloc first, then by its first member id. */
  id: z.string(),
  /** Ascending by id. */
  members: z.array(EntityRefSchema),
  /** The members placed on thin evidence (fewer than WEAK_MEMBER_ARTICLES articles), ascending by id. */
  weak: z.array(z.string()),
});
export type Bloc = z.infer<typeof BlocSchema>;

/** One pair that bears on a member's assignment. */
export const PairReasonSchema = z.strictObject({
  with: EntityRefSchema,
  /** The counterpart's bloc. */
  bloc: z.string(),
  net: z.int(),
  alliance: Count,
  tension: Count,
  verdict: Verdict,
  contested: z.boolean(),
  claimIds: z.array(z.string()),
  claimCount: Count,
});
export type PairReason = z.infer<typeof PairReasonSchema>;

/** A member tied to its bloc by fewer distinct articles is weak (thin evidence). */
export const WEAK_MEMBER_ARTICLES = 2;

export const MemberExplanationSchema = EntityRefSchema.extend({
  bloc: z.string(),
  /** Distinct articles behind its alliances inside its bloc and its tensions with other blocs. */
  evidence: Count,
  /** evidence < WEAK_MEMBER_ARTICLES: its place in the bloc rests on one article or none. */
  weak: z.boolean(),
  /** Its strongest alliances inside its bloc (the pull in). */
  allies: z.array(PairReasonSchema),
  /** Its strongest tensions with other blocs (the push out). */
  opponents: z.array(PairReasonSchema),
  /** The strongest pairs the partition leaves unsatisfied: tension inside, alliance across. */
  strains: z.array(PairReasonSchema),
});
export type MemberExplanation = z.infer<typeof MemberExplanationSchema>;

/** A partition into blocs that keeps alliance inside and tension between. */
export const BlocsResultSchema = z.strictObject({
  blocs: z.array(BlocSchema),
  /** satisfied − violated. */
  score: z.number(),
  satisfied: z.number(),
  violated: z.number(),
  counts: z.strictObject({ entities: Count, pairs: Count, blocs: Count }),
  /** One per entity, in bloc order then id order; absent when `explain` is false. */
  explanations: z.array(MemberExplanationSchema).optional(),
});
export type BlocsResult = z.infer<typeof BlocsResultSchema>;

/** GET /api/analysis/blocs */
export const BlocsResponseSchema = BlocsResultSchema.extend({
  kinds: z.array(EntityKind),
  minArticles: z.int(),
  historical: z.boolean(),
});
export type BlocsResponse = z.infer<typeof BlocsResponseSchema>;

export const SignedPathSchema = z.strictObject({
  ids: z.array(z.string()),
  entities: z.array(EntityRefSchema),
  length: Count,
  sign: Sign,
  /** min |net| over its hops. */
  strength: Count,
  hops: z.array(HopSchema),
});
export type SignedPath = z.infer<typeof SignedPathSchema>;

const AlignmentEntitySchema = EntityRefSchema.extend({ kind: EntityKind });

/** GET /api/analysis/alignment: why two entities stand where they do. */
export const AlignmentResponseSchema = z.strictObject({
  a: AlignmentEntitySchema,
  b: AlignmentEntitySchema,
  net: NetSummarySchema,
  /** Every claim between the two, either direction: by article, then claim id. */
  claims: z.array(PathClaimSchema),
  /** Strongest first (strength, then fewer hops, then more claims, then ids). */
  paths: z.array(SignedPathSchema),
  counts: z.strictObject({ claims: Count, articles: Count, paths: Count }),
});
export type AlignmentResponse = z.infer<typeof AlignmentResponseSchema>;
