// A bare HTTP client for tests that send what a browser or supertest would not: paths and query
// strings exactly as given (malformed percent-encoding included), any header, any body bytes. One
// keep-alive agent, so thousands of requests to a listening app cost a round trip each.
import http from 'node:http';

export interface RawRequest {
  method: string;
  /** Sent as is: already encoded (or deliberately not). */
  path: string;
  headers?: Record<string, string>;
  body?: Buffer | string;
}

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
}

export interface RawClient {
  send(request: RawRequest): Promise<RawResponse>;
  close(): void;
}

/** A client for http://127.0.0.1:port with one keep-alive agent. */
export function rawClient(port: number): RawClient {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const send = ({ method, path, headers = {}, body }: RawRequest) =>
    new Promise<RawResponse>((resolve, reject) => {
      // Node's client sends a GET body without a length, which the server then reads as the next request.
      const length = body === undefined ? {} : { 'content-length': String(Buffer.byteLength(body)) };
      const req = http.request({ host: '127.0.0.1', port, method, path, headers: { ...headers, ...length }, agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end(body);
    });
  return { send, close: () => agent.destroy() };
}
