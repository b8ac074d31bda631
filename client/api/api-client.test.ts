import { describe, expect, it } from 'vitest';
import { ApiError, createApiClient } from './api-client.ts';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** The fakes below see what the client passes to fetch: a URL string. */
const urlOf = (input: RequestInfo | URL) => (input instanceof Request ? input.url : input.toString());

describe('API client', () => {
  it('when asked for a graph, then it GETs /api/graph with the query and returns the body', async () => {
    const urls: string[] = [];
    const api = createApiClient({
      fetch: (url) => (
        urls.push(urlOf(url)),
        Promise.resolve(json(200, { nodes: [], edges: [], truncated: false, counts: { nodes: 0, edges: 0, claims: 0, articles: 0 } }))
      ),
    });

    const graph = await api.graph(new URLSearchParams({ polarity: 'tension' }));

    expect(urls).toEqual(['/api/graph?polarity=tension']);
    expect(graph.truncated).toBe(false);
  });

  it('when searching, then the text is encoded in the query', async () => {
    const urls: string[] = [];
    const api = createApiClient({
      baseUrl: 'http://x',
      fetch: (url) => (urls.push(urlOf(url)), Promise.resolve(json(200, { entities: [] }))),
    });

    await api.searchEntities('Lavarov & co', 5);

    expect(urls).toEqual(['http://x/api/entities?q=Lavarov+%26+co&limit=5']);
  });

  it('when the API answers with its error shape, then the ApiError carries its status and code', async () => {
    const api = createApiClient({
      fetch: () => Promise.resolve(json(404, { error: { code: 'not_found', message: 'Entity "x" not found' } })),
    });

    const error = await api.entity('x').catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 404, code: 'not_found', retryable: false });
  });

  it('when the server fails with a 5xx that is not JSON, then the error is retryable', async () => {
    const api = createApiClient({ fetch: () => Promise.resolve(new Response('<html>Bad gateway</html>', { status: 502 })) });

    await expect(api.vocabulary()).rejects.toMatchObject({ status: 502, code: 'http_502', retryable: true });
  });

  it('when the network fails, then the error is "unreachable" (status 0) and retryable', async () => {
    const api = createApiClient({
      fetch: () => Promise.reject(new TypeError('Failed to fetch')),
    });

    await expect(api.articles()).rejects.toMatchObject({ status: 0, code: 'unreachable', retryable: true });
  });

  it('when a request is aborted, then the abort passes through untouched', async () => {
    const api = createApiClient({
      fetch: () => Promise.reject(new DOMException('aborted', 'AbortError')),
    });

    await expect(api.graph(new URLSearchParams())).rejects.toMatchObject({ name: 'AbortError' });
  });
});
