// The one error shape of the API: { "error": { "code", "message" } }; for a Cypher syntax error
// also where in the query it is, and for a refused ingest each of its problems.
import { z } from 'zod';
import { Count } from './fields.ts';

/** Where in a query a syntax error is. */
export const ErrorPositionSchema = z.strictObject({
  /** 1-based. */
  line: z.int().positive(),
  /** 1-based. */
  column: z.int().positive(),
  /** 0-based, in UTF-16 code units. */
  offset: Count,
});
export type ErrorPosition = z.infer<typeof ErrorPositionSchema>;

/** One of several problems behind one refusal (a review to finish, a commit that would break data/). */
export const ErrorProblemSchema = z.strictObject({
  /** Where it is: a field of the request (`claims[2].subject`) or a record of data/ (`claims/x.yaml:14`). */
  where: z.string(),
  message: z.string(),
});
export type ErrorProblem = z.infer<typeof ErrorProblemSchema>;

export const ErrorBodySchema = z.strictObject({
  error: z.strictObject({
    /** Stable and machine-readable: bad_request, not_found, syntax_error, neo4j_unavailable, … */
    code: z.string().regex(/^[a-z0-9_]+$/),
    /** For people; never a stack trace or a file path. */
    message: z.string(),
    /** syntax_error only, when known. */
    position: ErrorPositionSchema.optional(),
    /** Refusals with several causes (ingest): every one of them. */
    problems: z.array(ErrorProblemSchema).optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBodySchema>;
