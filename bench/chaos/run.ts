// Runs the chaos scenarios in order and fingerprints the graph around each: dataset version and
// counts must be the same after the fault as before (nothing lost, nothing half-written).
import { debugFlood, memoryHungry, runawayConsole } from './console-faults.ts';
import type { FaultFigures, ScenarioFigures } from './figures.ts';
import { freeze, stopNeo4j, type ScenarioTiming } from './scenarios.ts';
import { startStack, type ChaosStack } from './stack.ts';

export interface ChaosOptions {
  neo4jDataDir: string;
  timing: ScenarioTiming;
  env?: Record<string, string>;
  /** One stack for every scenario (the test), or a fresh one each (a database lost stays lost). */
  shareStack: boolean;
  log?: (line: string) => void;
}

type Run = (stack: ChaosStack, timing: ScenarioTiming) => Promise<FaultFigures & { console?: FaultFigures }>;

export const SCENARIOS: Record<string, Run> = {
  freeze,
  kill: (stack, timing) => stopNeo4j(stack, timing, 'SIGKILL'),
  restart: (stack, timing) => stopNeo4j(stack, timing, 'SIGTERM'),
  runaway: runawayConsole,
  memory: memoryHungry,
  debug: debugFlood,
};

export async function runChaos(options: ChaosOptions, names = Object.keys(SCENARIOS)): Promise<ScenarioFigures[]> {
  const log = options.log ?? (() => {});
  const rows: ScenarioFigures[] = [];
  let stack: ChaosStack | undefined;
  try {
    for (const name of names) {
      stack ??= await startStack({ neo4jDataDir: options.neo4jDataDir, env: options.env ?? {}, log });
      log(`chaos: ${name}...`);
      rows.push(...(await runScenario(stack, name, options.timing)));
      if (!options.shareStack) {
        await stack.close();
        stack = undefined;
      }
    }
  } finally {
    await stack?.close();
  }
  return rows;
}

/** One scenario on a running stack, with the graph fingerprinted before and after. */
export async function runScenario(stack: ChaosStack, name: string, timing: ScenarioTiming): Promise<ScenarioFigures[]> {
  const before = await fingerprint(stack, 5);
  const result = await SCENARIOS[name]!(stack, timing);
  const after = await fingerprint(stack, 15);
  const dataUnchanged = after === null ? null : after === before;
  const { console: consoleFigures, ...reads } = result;
  return [{ ...reads, dataUnchanged }, ...(consoleFigures ? [{ ...consoleFigures, dataUnchanged }] : [])];
}

/** Dataset version and counts, as one string; null when the database does not answer in time. */
async function fingerprint(stack: ChaosStack, waitS: number): Promise<string | null> {
  const deadline = Date.now() + waitS * 1000;
  for (;;) {
    try {
      const { records } = await stack.db.driver.executeQuery(
        `MATCH (d:Dataset {id: 'corpus'}) CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels }
         RETURN d.version AS version, nodes, rels`,
        {},
        { database: stack.db.database, routing: 'READ' },
      );
      return JSON.stringify(records.map((record) => record.toObject()));
    } catch {
      // Not back yet (or never): try again until the wait is over.
      if (Date.now() > deadline) return null;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}
