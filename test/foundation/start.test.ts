// `npm start` end to end, as a user runs it: embedded Neo4j, schema, corpus, HTTP; then Ctrl-C.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { eventually, isAlive, portAccepts } from '../support/process.ts';
import { seedCorpus } from '../support/seed-corpus.ts';

const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

interface Started {
  child: ChildProcessWithoutNullStreams;
  output: () => string;
  exited: Promise<number | null>;
}

function npmStart(env: Record<string, string>): Started {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'entente-start-'));
  folders.push(dataDir);
  // Its own process group, so a test can send Ctrl-C to all of it as a terminal does.
  const child = spawn('npm', ['start'], {
    detached: true,
    env: { ...process.env, NEO4J_URI: '', PORT: '0', NEO4J_BOLT_PORT: '0', NEO4J_DATA_DIR: dataDir, ...env },
  });
  let text = '';
  child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => text, exited };
}

async function waitForReady(started: Started): Promise<{ url: string; javaPid: number; boltPort: number }> {
  const ready = await eventually(() => /entente is ready at (\S+)/.test(started.output()), 150_000);
  expect(ready, started.output()).toBe(true);
  const url = /entente is ready at (\S+)/.exec(started.output())![1]!;
  const [, boltPort, javaPid] = /Neo4j ready at bolt:\/\/127\.0\.0\.1:(\d+) \(pid (\d+)\)/.exec(started.output())!;
  return { url, javaPid: Number(javaPid), boltPort: Number(boltPort) };
}

// Each case starts the whole stack (client build, a JVM, the corpus load).
const STARTS = 180_000;

describe('npm start', () => {
  it(
    'when started on a fresh data folder, then /api/ready is 200, and Ctrl-C leaves no process and closed ports',
    async () => {
      const started = npmStart({});
      const { url, javaPid, boltPort } = await waitForReady(started);

      const ready = await fetch(new URL('/api/ready', url));
      expect(ready.status).toBe(200);
      const { articles, entities, claims } = seedCorpus();
      expect(started.output()).toContain(`Loaded ${articles.length} articles, ${entities.length} entities, ${claims.length} claims`);

      process.kill(-started.child.pid!, 'SIGINT');

      expect(await started.exited).toBe(0);
      expect(await eventually(() => !isAlive(javaPid), 30_000)).toBe(true);
      expect(await portAccepts(boltPort)).toBe(false);
      expect(await portAccepts(Number(new URL(url).port))).toBe(false);
    },
    STARTS,
  );

  it(
    'when stopped with SIGTERM, then the embedded Neo4j stops too',
    async () => {
      const started = npmStart({});
      const { javaPid } = await waitForReady(started);

      started.child.kill('SIGTERM');

      await started.exited;
      expect(await eventually(() => !isAlive(javaPid), 30_000)).toBe(true);
    },
    STARTS,
  );

  it(
    'when NEO4J_URI is unreachable, then it names the URI and exits non-zero within 30 s',
    async () => {
      const began = Date.now();
      const started = npmStart({ NEO4J_URI: 'bolt://127.0.0.1:9', NEO4J_CONNECT_TIMEOUT_S: '5' });

      const code = await started.exited;

      expect(code).not.toBe(0);
      expect(Date.now() - began).toBeLessThan(30_000);
      expect(started.output()).toMatch(/Cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:9/);
    },
    STARTS,
  );

  it('when an environment variable is invalid, then it exits naming the variable', async () => {
    const started = npmStart({ PORT: 'eighty' });

    expect(await started.exited).toBe(1);
    expect(started.output()).toMatch(/PORT/);
  });
});
