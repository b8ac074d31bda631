// The Cypher console (POST /api/cypher) and the saved queries (GET /api/queries,
// POST /api/queries/:name/run): requests, results, and the plain form of graph values.
import { z } from 'zod';
import { Count } from './fields.ts';

/** The longest query the console accepts, in characters. */
export const MAX_QUERY_CHARS = 20_000;

/**
 * How deep brackets ((), [], {}) may nest in a console query, and lists and maps in its
 * parameters; deeper is 400 too_deep. Neo4j 5's parser overflows its stack between 200 and 500
 * levels; real queries stay well under ten.
 */
export const MAX_QUERY_NESTING = 100;
export const MAX_PARAM_NESTING = 32;

/** Query parameters: a JSON object; whole numbers go to Neo4j as integers. */
export const QueryParamsSchema = z.record(z.string().min(1).max(200), z.unknown());
export type QueryParams = z.infer<typeof QueryParamsSchema>;

/** POST /api/cypher */
export const ConsoleRequestSchema = z.strictObject({
  // Not trimmed: syntax error positions count from the query as sent.
  query: z
    .string()
    .max(MAX_QUERY_CHARS, `must be at most ${MAX_QUERY_CHARS} characters`)
    .refine((query) => query.trim() !== '', 'must not be empty'),
  params: QueryParamsSchema.optional(),
});
export type ConsoleRequest = z.infer<typeof ConsoleRequestSchema>;

/** POST /api/queries/:name/run */
export const RunSavedQueryRequestSchema = z.strictObject({ params: QueryParamsSchema.optional() });
export type RunSavedQueryRequest = z.infer<typeof RunSavedQueryRequestSchema>;

/**
 * Integers in results: a JSON number within ±(2^53 − 1), else a JSON string of the exact decimal
 * value (Neo4j integers reach ±2^63), wherever they sit (rows, lists, maps, properties).
 */
export const ExactInteger = z.union([z.int(), z.string().regex(/^-?\d+$/)]);

/** A node as the server makes it plain. */
export const ConsoleNodeSchema = z.strictObject({
  elementId: z.string(),
  labels: z.array(z.string()),
  properties: z.record(z.string(), z.unknown()),
});
export type ConsoleNode = z.infer<typeof ConsoleNodeSchema>;

/** A relationship as the server makes it plain. */
export const ConsoleRelationshipSchema = z.strictObject({
  elementId: z.string(),
  type: z.string(),
  startElementId: z.string(),
  endElementId: z.string(),
  properties: z.record(z.string(), z.unknown()),
});
export type ConsoleRelationship = z.infer<typeof ConsoleRelationshipSchema>;

/** Every node and relationship found anywhere in a result's rows, once each. */
export const ResultGraphSchema = z.strictObject({
  nodes: z.array(ConsoleNodeSchema),
  relationships: z.array(ConsoleRelationshipSchema),
});
export type ResultGraph = z.infer<typeof ResultGraphSchema>;

/** A notification Neo4j attached to the query (a GQL status object). */
export const ConsoleNotificationSchema = z.strictObject({
  gqlStatus: z.string(),
  description: z.string(),
  severity: z.string(),
  classification: z.string(),
  position: z.unknown(),
});
export type ConsoleNotification = z.infer<typeof ConsoleNotificationSchema>;

/** POST /api/cypher and POST /api/queries/:name/run */
export const ConsoleResultSchema = z.strictObject({
  columns: z.array(z.string()),
  /** Plain values: nodes, relationships, paths ({nodes, relationships}), numbers, strings, …; integers as ExactInteger. */
  rows: z.array(z.array(z.unknown())),
  /** True when rows were left out by the row cap or the byte cap (summary.truncatedBy says which). */
  truncated: z.boolean(),
  graph: ResultGraphSchema,
  summary: z.strictObject({
    queryType: z.string(),
    resultAvailableAfterMs: z.number().nullable(),
    resultConsumedAfterMs: z.number().nullable(),
    rowCount: Count,
    truncatedBy: z.enum(['rows', 'bytes']).nullable(),
    limits: z.strictObject({ timeoutMs: Count, maxRows: Count, maxBytes: Count }),
    notifications: z.array(ConsoleNotificationSchema),
  }),
});
export type ConsoleResult = z.infer<typeof ConsoleResultSchema>;

export const SavedQueryParamSchema = z.strictObject({
  name: z.string().regex(/^\w+$/),
  /** Example value, offered to users as the default. */
  default: z.string(),
  description: z.string(),
});
export type SavedQueryParam = z.infer<typeof SavedQueryParamSchema>;

/** A saved query (cypher/queries/*.cypher): what it answers, its parameters, its Cypher. */
export const SavedQuerySchema = z.strictObject({
  name: z.string().min(1),
  title: z.string().min(1),
  answers: z.string().min(1),
  params: z.array(SavedQueryParamSchema),
  cypher: z.string().min(1),
});
export type SavedQuery = z.infer<typeof SavedQuerySchema>;

/** GET /api/queries */
export const SavedQueriesResponseSchema = z.strictObject({ queries: z.array(SavedQuerySchema) });
export type SavedQueriesResponse = z.infer<typeof SavedQueriesResponseSchema>;
