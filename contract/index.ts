// The contract between server and client: the zod schemas of every request and response of the
// HTTP API (each type is its schema's z.infer), the enumerations, and the pure pair, sign and
// edge functions both sides apply. It imports nothing but zod, so it runs in Node and in the
// browser alike; the client imports nothing else that is not its own.
export * from './enums.ts';
export * from './fields.ts';
export * from './pairs.ts';
export * from './errors.ts';
export * from './health.ts';
export * from './vocabulary.ts';
export * from './graph.ts';
export * from './edges.ts';
export * from './entities.ts';
export * from './outlets.ts';
export * from './articles.ts';
export * from './paths.ts';
export * from './analysis-verdict.ts';
export * from './analysis.ts';
export * from './net-alignment.ts';
export * from './console.ts';
export * from './extract.ts';
export * from './ingest.ts';
export * from './access.ts';
export * from './historical.ts';
export * from './dates.ts';
export * from './compare.ts';
