// Reading an API answer in a test: its status asserted and its body parsed by the route's contract
// schema (contract/), so the test works on typed values and a drift between the server and the
// contract fails it too.
import type request from 'supertest';
import type { z } from 'zod';
import { expect } from 'vitest';
import { ErrorBodySchema, type ErrorBody } from '../../contract/index.ts';

/** The body parsed by its schema; a mismatch fails with zod's account of every issue. */
export function parsed<S extends z.ZodType>(schema: S, response: request.Response, status = 200): z.infer<S> {
  expect(response.status, JSON.stringify(response.body).slice(0, 300)).toBe(status);
  const result = schema.safeParse(response.body);
  if (!result.success) expect.fail(result.error.message);
  return result.data;
}

/** The error of an error answer, parsed by the contract's error body. */
export function errorOf(response: request.Response, status: number): ErrorBody['error'] {
  return parsed(ErrorBodySchema, response, status).error;
}

/** A console result's rows as objects keyed by column. */
export function rowObjects(result: { columns: string[]; rows: unknown[][] }): Record<string, unknown>[] {
  return result.rows.map((row) => Object.fromEntries(result.columns.map((column, i) => [column, row[i]])));
}

/**
 * An asymmetric matcher (expect.any, expect.arrayContaining, …) typed unknown rather than any, so
 * the object literal it sits in stays type-checked.
 */
export function matcher(asymmetric: unknown): unknown {
  return asymmetric;
}
