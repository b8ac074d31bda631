// What every answer to a hostile request must be: below 500, free of stack traces and server
// paths, an error in the one shape (contract/errors.ts) or a success in the route's own schema.
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ErrorBodySchema } from '../../../contract/index.ts';
import type { RawRequest, RawResponse } from '../../support/raw-http.ts';
import type { FuzzRoute } from './routes.ts';

const REPO = path.resolve(fileURLToPath(new URL('../../..', import.meta.url)));

/** Signs of the server's insides; a request can only make an answer echo one it sent itself. */
const LEAKS: RegExp[] = [
  /\n\s+at .+:\d+:\d+/, // a stack frame
  /\bat (?:async )?\S+ \((?:file:\/\/)?\//, // "at fn (/path"
  /node_modules/,
  /\.(?:ts|js):\d+/,
  new RegExp(escape(REPO)),
  new RegExp(escape(tmpdir())),
  /org\.neo4j\.|java\.lang\./,
];

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function leakIn(response: RawResponse, request: RawRequest): string | null {
  const sent = decodeSafely(`${request.path} ${String(request.body ?? '')}`);
  const leak = LEAKS.find((pattern) => pattern.test(response.text) && !pattern.test(sent));
  return leak ? `leaks ${leak}: ${response.text.slice(0, 300)}` : null;
}

function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function parseJson(text: string): { value: unknown } | null {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    return null;
  }
}

/** Why the answer breaks the rules, or null when it keeps them. */
/** 503 neo4j_unavailable in the one error shape: Neo4j did not answer the readiness probe in time. */
function notReady(response: RawResponse): boolean {
  const body = response.status === 503 ? parseJson(response.text) : null;
  const parsed = body ? ErrorBodySchema.safeParse(body.value) : null;
  return parsed?.success === true && parsed.data.error.code === 'neo4j_unavailable';
}

export function verdict(request: RawRequest, response: RawResponse, route: Pick<FuzzRoute, 'ok' | 'reportsReadiness'>): string | null {
  const { status } = response;
  const { ok } = route;
  if (status >= 500 && !(route.reportsReadiness && notReady(response))) return `status ${status}: ${response.text.slice(0, 300)}`;
  const leak = leakIn(response, request);
  if (leak) return leak;
  // HEAD has no body; OPTIONS is Express's own list of methods.
  if (request.method === 'HEAD' || request.method === 'OPTIONS' || status === 304) return null;
  const body = parseJson(response.text);
  if (!body) return `status ${status}, body is not JSON: ${response.text.slice(0, 200)}`;
  const schema = status >= 200 && status < 300 ? ok : ErrorBodySchema;
  const parsed = schema.safeParse(body.value);
  return parsed.success ? null : `status ${status}, body breaks its schema: ${parsed.error.message.slice(0, 400)}`;
}
