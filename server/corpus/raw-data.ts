// Helpers for YAML data before it has passed a schema, when nothing about its shape is known.
import type { PathSegment } from './problem.ts';

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value at a path, or undefined where the path leads nowhere. */
export function valueAt(value: unknown, at: readonly PathSegment[]): unknown {
  let current = value;
  for (const segment of at) {
    if (Array.isArray(current) && typeof segment === 'number') current = current[segment];
    else if (isRecord(current) && typeof segment === 'string') current = current[segment];
    else return undefined;
  }
  return current;
}
