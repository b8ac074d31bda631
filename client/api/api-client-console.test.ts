// The console's endpoints on the API client: JSON POSTs, and errors that carry a syntax position.
import { describe, expect, it } from 'vitest';
import { ApiError, createApiClient } from './api-client.ts';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
/** The fakes below see what the client passes to fetch: a URL string and a JSON string body. */
const urlOf = (input: RequestInfo | URL) => (input instanceof Request ? input.url : input.toString());
const bodyOf = (init: RequestInit | undefined) => (typeof init?.body === 'string' ? init.body : '');
const EMPTY = { columns: [], rows: [], truncated: false, graph: { nodes: [], relationships: [] }, summary: {} };

describe('API client: the console', () => {
  it('when a query is run, then it POSTs {query, params} as JSON to /api/cypher', async () => {
    const calls: { url: string; init: RequestInit | undefined }[] = [];
    const api = createApiClient({ fetch: (url, init) => (calls.push({ url: urlOf(url), init }), Promise.resolve(json(200, EMPTY))) });

    await api.cypher('RETURN $n', { n: 1 });

    expect(calls).toHaveLength(1);
    expect(calls[0]!.url).toBe('/api/cypher');
    expect(calls[0]!.init?.method).toBe('POST');
    expect(new Headers(calls[0]!.init?.headers).get('content-type')).toBe('application/json');
    expect(JSON.parse(bodyOf(calls[0]!.init))).toEqual({ query: 'RETURN $n', params: { n: 1 } });
  });

  it('when a saved query is run, then its name is encoded in the path and its params sent', async () => {
    const calls: { url: string; body: unknown }[] = [];
    const api = createApiClient({
      fetch: (url, init) => (calls.push({ url: urlOf(url), body: JSON.parse(bodyOf(init)) }), Promise.resolve(json(200, EMPTY))),
    });

    await api.runSavedQuery('partners/../x', { entity: 'india' });

    expect(calls).toEqual([{ url: '/api/queries/partners%2F..%2Fx/run', body: { params: { entity: 'india' } } }]);
  });

  it('when the saved queries are listed, then the list is returned', async () => {
    const api = createApiClient({
      fetch: () => Promise.resolve(json(200, { queries: [{ name: 'a', title: 'A', answers: '?', params: [], cypher: 'RETURN 1' }] })),
    });

    expect(await api.savedQueries()).toEqual([{ name: 'a', title: 'A', answers: '?', params: [], cypher: 'RETURN 1' }]);
  });

  it('when the answer is a syntax error, then the ApiError carries its position', async () => {
    const api = createApiClient({
      fetch: () =>
        Promise.resolve(
          json(400, { error: { code: 'syntax_error', message: 'Invalid input', position: { line: 2, column: 1, offset: 10 } } }),
        ),
    });

    const error = await api.cypher('MATCH (n)\nRETRUN n', {}).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: 'syntax_error', position: { line: 2, column: 1, offset: 10 } });
  });

  it('when a position is malformed or absent, then the error has none', async () => {
    const bad = createApiClient({
      fetch: () => Promise.resolve(json(400, { error: { code: 'syntax_error', message: 'x', position: { line: '2', column: 1 } } })),
    });
    const none = createApiClient({ fetch: () => Promise.resolve(json(403, { error: { code: 'read_only', message: 'no' } })) });

    await expect(bad.cypher('x', {})).rejects.toMatchObject({ position: null });
    await expect(none.cypher('CREATE ()', {})).rejects.toMatchObject({ status: 403, code: 'read_only', position: null, retryable: false });
  });

  it('when the run is aborted while the answer is read, then it is an abort, not a bad answer', async () => {
    const controller = new AbortController();
    const api = createApiClient({
      fetch: () => {
        controller.abort();
        return Promise.resolve(new Response('{"col', { status: 200 }));
      },
    });

    await expect(api.cypher('RETURN 1', {}, controller.signal)).rejects.toMatchObject({ name: 'AbortError' });
  });
});
