// The embedded default's lifecycle: start, serve Bolt on loopback, stop without leftovers.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { eventually, isAlive, portAccepts } from '../support/process.ts';
import { EmbeddedNeo4jError, startEmbeddedNeo4j, type EmbeddedOptions } from '../../server/db/embedded.ts';

const folders: string[] = [];
function options(overrides: Partial<EmbeddedOptions> = {}): EmbeddedOptions {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'entente-embedded-'));
  folders.push(dataDir);
  return { boltPort: 0, dataDir, heapMb: 512, pageCacheMb: 64, txTimeoutSeconds: 30, ...overrides };
}
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

describe('embedded Neo4j', () => {
  it('when started, then Bolt answers on 127.0.0.1 and stop leaves no process and a closed port', async () => {
    const embedded = await startEmbeddedNeo4j(options());
    const port = Number(new URL(embedded.uri).port);
    const driver = neo4j.driver(embedded.uri);
    try {
      expect(embedded.uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
      const { records } = await driver.executeQuery(
        'CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition',
      );
      expect(records[0]?.get('edition')).toBe('community');
      expect(records[0]?.get('version')).toMatch(/^5\.26\./);
    } finally {
      await driver.close();
      await embedded.stop();
    }

    expect(isAlive(embedded.pid)).toBe(false);
    expect(await portAccepts(port)).toBe(false);
  });

  it('when the process that started it dies, then the JVM exits on its own', async () => {
    const dataDir = options().dataDir;
    const script = `
      import { startEmbeddedNeo4j } from './server/db/embedded.ts';
      const n = await startEmbeddedNeo4j({ boltPort: 0, dataDir: ${JSON.stringify(dataDir)}, heapMb: 512, pageCacheMb: 64, txTimeoutSeconds: 30 });
      console.log('PID ' + n.pid + ' ' + n.uri);
      setInterval(() => {}, 1000);`;
    const parent = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      let output = '';
      parent.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      expect(await eventually(() => /PID \d+ \S+/.test(output), 60_000), output).toBe(true);
      const [, pid, uri] = /PID (\d+) (\S+)/.exec(output)!;

      parent.kill('SIGKILL');

      expect(await eventually(() => !isAlive(Number(pid)), 20_000)).toBe(true);
      expect(await portAccepts(Number(new URL(uri!).port))).toBe(false);
    } finally {
      parent.kill('SIGKILL');
    }
  });

  it('when the Bolt port is taken, then the error names the port and NEO4J_BOLT_PORT', async () => {
    const blocker = createServer().listen(0, '127.0.0.1');
    await new Promise((resolve) => blocker.once('listening', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const attempt = startEmbeddedNeo4j(options({ boltPort: port }));

      await expect(attempt).rejects.toThrow(EmbeddedNeo4jError);
      await expect(attempt).rejects.toThrow(new RegExp(`Port ${port}[\\s\\S]*NEO4J_BOLT_PORT`));
    } finally {
      blocker.close();
    }
  });

  it('when Java is missing, then the error offers the three ways to get a Neo4j', async () => {
    const attempt = startEmbeddedNeo4j(options({ java: '/nonexistent/bin/java' }));

    await expect(attempt).rejects.toThrow(/Java is not installed[\s\S]*NEO4J_URI[\s\S]*docker compose/);
  });
});
