// The one error shape of the API: { "error": { "code", "message" } }, and for a Cypher syntax
// error also where in the query it is.
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

export const ErrorBodySchema = z.strictObject({
  error: z.strictObject({
    /** Stable and machine-readable: bad_request, not_found, syntax_error, neo4j_unavailable, … */
    code: z.string().regex(/^[a-z0-9_]+$/),
    /** For people; never a stack trace or a file path. */
    message: z.string(),
    /** syntax_error only, when known. */
    position: ErrorPositionSchema.optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBodySchema>;
