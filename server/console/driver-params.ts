// Query parameters arrive as JSON, where 10 and 10.0 are the same number. Neo4j tells INTEGER
// from FLOAT (LIMIT $n needs an integer), so whole numbers are sent as integers, others as floats.
import neo4j from 'neo4j-driver';

export type JsonParams = Record<string, unknown>;

export function toDriverParams(params: JsonParams): Record<string, unknown> {
  return Object.fromEntries(Object.entries(params).map(([name, value]) => [name, toDriverValue(value)]));
}

function toDriverValue(value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toDriverValue);
  if (value !== null && typeof value === 'object') return toDriverParams(value as JsonParams);
  return value;
}
