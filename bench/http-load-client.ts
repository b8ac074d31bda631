// The load generator, in a process of its own so it does not share the server's event loop: the
// parent (bench/api-bench.ts) sends one spec over IPC and gets back latencies summarised from
// every response (not autocannon's histogram, which has no p95).
import autocannon from 'autocannon';
import { summarizeLatencies, type LatencySummary } from './stats.ts';

export interface HttpLoadRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: string;
}

export interface HttpLoadSpec {
  url: string;
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
  requests: HttpLoadRequest[];
}

export interface HttpLoadResult extends LatencySummary {
  requestsPerSecond: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  meanResponseBytes: number;
}

function run(spec: HttpLoadSpec, seconds: number, record: boolean): Promise<HttpLoadResult> {
  const latencies: number[] = [];
  let bytes = 0;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: spec.url,
        connections: spec.connections,
        duration: seconds,
        requests: spec.requests.map((request) => ({
          method: request.method,
          path: request.path,
          ...(request.body === undefined ? {} : { body: request.body, headers: { 'content-type': 'application/json' } }),
        })),
        timeout: 30,
      },
      (error, result) => {
        if (error) return reject(error instanceof Error ? error : new Error(String(error)));
        const summary = summarizeLatencies(latencies);
        resolve({
          ...summary,
          requestsPerSecond: summary.count / result.duration,
          non2xx: result.non2xx,
          errors: result.errors,
          timeouts: result.timeouts,
          meanResponseBytes: summary.count > 0 ? bytes / summary.count : 0,
        });
      },
    );
    if (record) {
      instance.on('response', (_client, statusCode, resBytes, responseTime) => {
        if (statusCode < 200 || statusCode >= 300) return;
        latencies.push(responseTime);
        bytes += resBytes;
      });
    }
  });
}

process.once('message', (spec: HttpLoadSpec) => {
  void (async () => {
    try {
      if (spec.warmupSeconds > 0) await run(spec, spec.warmupSeconds, false);
      process.send!({ ok: true, result: await run(spec, spec.durationSeconds, true) }, () => process.exit(0));
    } catch (error) {
      process.send!({ ok: false, message: error instanceof Error ? error.message : String(error) }, () => process.exit(1));
    }
  })();
});
