// `npm run chaos`: the fault and load suite. Starts its own entente and embedded Neo4j (a
// throw-away folder, a free port), runs each scenario under 20 connections of mixed reads and
// prints one table (Markdown). Not part of `npm test`; test/chaos/chaos.test.ts runs a short version.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { table } from './chaos/figures.ts';
import { runChaos, SCENARIOS } from './chaos/run.ts';

const only = process.argv.slice(2).filter((name) => name in SCENARIOS);
const dataDir = mkdtempSync(path.join(tmpdir(), 'entente-chaos-'));
try {
  const rows = await runChaos(
    {
      neo4jDataDir: dataDir,
      timing: { warmS: 5, faultS: 10, afterS: 10, maxWaitBackS: 60, connections: 20, cpuWatchS: 240, consoleRequests: 1000 },
      shareStack: false,
      log: (line) => console.error(line),
    },
    only.length > 0 ? only : undefined,
  );
  console.log(table(rows));
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(0);
