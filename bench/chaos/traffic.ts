// Mixed read traffic against the explorer's API (autocannon, already a dev dependency for bench/),
// with every answer recorded: when its request left, how long it took and its status. Scenarios
// read their figures from these records.
import autocannon from 'autocannon';

export interface Answer {
  /** ms since the traffic started, when the request was sent. */
  sentAt: number;
  ms: number;
  status: number;
}

export interface TrafficResult {
  answers: Answer[];
  /** Requests that got no answer within autocannon's timeout, or failed at the socket. */
  noAnswer: number;
}

/** The seed corpus's routes, as an analyst's session mixes them. */
export const MIXED_READS = [
  '/api/graph',
  '/api/entities?q=lavrov',
  '/api/entities/pakistan',
  '/api/paths?from=pakistan&to=india',
  '/api/analysis/balance',
  '/api/articles',
  '/api/graph?focus=russia&depth=2',
  '/api/analysis/alignment?a=russia&b=pakistan',
];

export interface TrafficOptions {
  url: string;
  connections: number;
  paths?: string[];
  /** Queries POSTed to /api/cypher in turn instead of GETs (the console floods). */
  cypher?: string[];
}

export interface Traffic {
  /** Date.now() when the first request left. */
  startedAt: number;
  /** The answers so far (grows until stopped). */
  answers: readonly Answer[];
  /** Stops sending and resolves with every answer received. */
  stop(): Promise<TrafficResult>;
}

/** Runs until stopped (at most 10 minutes). */
export function startTraffic({ url, connections, paths = MIXED_READS, cypher }: TrafficOptions): Traffic {
  const startedAt = Date.now();
  const answers: Answer[] = [];
  const requests = cypher
    ? cypher.map((query) => ({
        method: 'POST' as const,
        path: '/api/cypher',
        body: JSON.stringify({ query }),
        headers: { 'content-type': 'application/json' },
      }))
    : paths.map((path) => ({ method: 'GET' as const, path }));
  let instance: autocannon.Instance | undefined;
  const done = new Promise<TrafficResult>((resolve, reject) => {
    instance = autocannon({ url, connections, duration: 600, requests, timeout: 60 }, (error, result) => {
      if (error) return reject(error instanceof Error ? error : new Error(String(error)));
      resolve({ answers, noAnswer: result.errors + result.timeouts });
    });
    instance.on('response', (_client, status, _bytes, ms) => {
      answers.push({ sentAt: Date.now() - ms - startedAt, ms, status });
    });
  });
  return {
    startedAt,
    answers,
    stop: () => {
      instance?.stop();
      return done;
    },
  };
}
