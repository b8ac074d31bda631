// GET /api/health and GET /api/ready.
import { z } from 'zod';

/** GET /api/health: the process is alive. */
export const HealthResponseSchema = z.strictObject({ status: z.literal('ok') });
export type HealthResponse = z.infer<typeof HealthResponseSchema>;

/** GET /api/ready: Neo4j answers and the schema is applied. */
export const ReadyResponseSchema = z.strictObject({
  status: z.literal('ready'),
  neo4j: z.strictObject({
    source: z.enum(['external', 'embedded']),
    /** The server's agent string, e.g. Neo4j/5.26.0. */
    version: z.string().nullable(),
    /** The Bolt protocol version in use, e.g. 5.8. */
    protocol: z
      .string()
      .regex(/^\d+\.\d+$/)
      .nullable(),
  }),
});
export type ReadyResponse = z.infer<typeof ReadyResponseSchema>;
