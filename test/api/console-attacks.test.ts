// The console's read-only policy under attack: writes, administration, file access, other
// databases and every disguise tried on the static screen, each refused with its code while the
// graph (and the server's databases and users) stay exactly as they were. Then the layers below
// the screen alone: EXPLAIN's query type, and the READ transaction.
import type { Express } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConsoleResultSchema } from '../../contract/index.ts';
import type { Neo4j } from '../../server/db/neo4j.ts';
import { AppError } from '../../server/http/app-error.ts';
import { screenQuery } from '../../server/console/policy.ts';
import { runScreened } from '../../server/console/runner.ts';
import { DEFAULT_LIMITS } from '../../server/app.ts';
import { errorOf, parsed } from '../support/api-body.ts';
import { connectTestNeo4j, graphFingerprint } from '../support/neo4j.ts';
import { consoleApp, loadFixtureGraph, postQuery } from './console-fixture.ts';

const longList = Array.from({ length: 3000 }, (_, i) => i).join(', ');

/** Each is refused with 403 read_only. */
const ATTACKS: [what: string, query: string][] = [
  // Writes.
  ['CREATE', 'CREATE (:Attack)'],
  ['MERGE', "MERGE (a:Attack {id: 'x'}) RETURN a"],
  ['MERGE ... ON CREATE SET', "MERGE (e:Entity {id: 'russia'}) ON CREATE SET e.name = 'owned'"],
  ['SET a property', "MATCH (e:Entity) SET e.name = 'owned'"],
  ['SET via +=', "MATCH (e:Entity) SET e += {name: 'owned'}"],
  ['SET a label', 'MATCH (e:Entity) SET e:Attack'],
  ['DELETE', 'MATCH ()-[r]->() DELETE r'],
  ['DETACH DELETE', 'MATCH (n) DETACH DELETE n'],
  ['REMOVE', 'MATCH (e:Entity) REMOVE e.name'],
  ['INSERT (GQL)', 'INSERT (:Attack)'],
  ['FOREACH with CREATE', 'MATCH (e:Entity) FOREACH (x IN [1] | CREATE (:Attack))'],
  ['a CREATE in a CALL subquery', 'MATCH (e:Entity) CALL { CREATE (:Attack) } RETURN count(*)'],
  ['a CREATE in a scoped CALL subquery', 'WITH 1 AS x CALL (x) { CREATE (:Attack) } RETURN x'],
  ['CALL { } IN TRANSACTIONS', 'MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10 ROWS'],
  ['a read CALL { } IN TRANSACTIONS', 'CALL () { MATCH (n) RETURN n } IN TRANSACTIONS RETURN n'],
  ['MERGE hidden after a long UNWIND', `UNWIND [${longList}] AS i MERGE (:Attack {i: i})`],
  ['a write after UNION', 'MATCH (n) RETURN n.id AS id UNION CREATE (a:Attack) RETURN a.id AS id'],
  ['a write beside a label named CREATE', 'MATCH (n:CREATE) CREATE (:Attack)'],
  // Files and other databases.
  ['LOAD CSV from a file', "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line"],
  ['USING PERIODIC COMMIT', "USING PERIODIC COMMIT LOAD CSV FROM 'file:///etc/passwd' AS line CREATE (:Attack)"],
  ['USE system', 'USE system MATCH (n) RETURN n'],
  ['USE in a subquery', 'CALL () { USE neo4j CREATE (:Attack) }'],
  // Administration and schema.
  ['SHOW USERS', 'SHOW USERS'],
  ['SHOW DATABASES', 'SHOW DATABASES'],
  ['SHOW SETTINGS', 'SHOW SETTINGS YIELD name, value RETURN name, value'],
  ['SHOW TRANSACTIONS', 'SHOW TRANSACTIONS'],
  ['CREATE INDEX', 'CREATE INDEX attack FOR (n:Entity) ON (n.kind)'],
  ['CREATE CONSTRAINT', 'CREATE CONSTRAINT attack FOR (n:Attack) REQUIRE n.id IS UNIQUE'],
  ['DROP INDEX', 'DROP INDEX attack IF EXISTS'],
  ['DROP CONSTRAINT', 'DROP CONSTRAINT entity_id IF EXISTS'],
  ['CREATE DATABASE', 'CREATE DATABASE attack'],
  ['STOP DATABASE', 'STOP DATABASE neo4j'],
  ['START DATABASE', 'START DATABASE neo4j'],
  ['ALTER DATABASE', 'ALTER DATABASE neo4j SET ACCESS READ ONLY'],
  ['CREATE USER', "CREATE USER attacker SET PASSWORD 'attacker-pass' CHANGE NOT REQUIRED"],
  ['ALTER USER', "ALTER USER neo4j SET PASSWORD 'attacker-pass'"],
  ['GRANT', 'GRANT ROLE admin TO attacker'],
  ['DENY', 'DENY READ {*} ON GRAPH neo4j TO PUBLIC'],
  ['REVOKE', 'REVOKE ROLE admin FROM neo4j'],
  ['TERMINATE TRANSACTIONS', "TERMINATE TRANSACTIONS 'neo4j-transaction-1'"],
  ['SHOW ... TERMINATE', 'SHOW TRANSACTIONS YIELD transactionId TERMINATE TRANSACTIONS transactionId'],
  // Procedures off the allow-list.
  ['dbms.killQueries', "CALL dbms.killQueries(['query-1'])"],
  ['db.createLabel', "CALL db.createLabel('X')"],
  ['db.clearQueryCaches', 'CALL db.clearQueryCaches()'],
  ['dbms.setConfigValue', "CALL dbms.setConfigValue('db.logs.query.enabled', 'OFF')"],
  ['dbms.listConfig', 'CALL dbms.listConfig()'],
  ['an allowed procedure, then a forbidden one', "CALL db.labels() YIELD label CALL db.createLabel(label + 'X') RETURN label"],
  ['a backtick-quoted procedure name', "CALL `db`.`createLabel`('X')"],
  ['a procedure name quoted whole', "CALL `db.createLabel`('X')"],
  ['a procedure name split by a comment', "CALL db /* . labels */ . createLabel('X')"],
  ['apoc (not installed)', "CALL apoc.cypher.runWrite('CREATE (:Attack)', {})"],
  [
    'apoc in a subquery (not installed)',
    "MATCH (n) CALL (n) { CALL apoc.create.addLabels(n, ['Attack']) YIELD node RETURN node } RETURN count(*)",
  ],
  // Disguises.
  ['a ;-chained write', 'MATCH (n) RETURN n; CREATE (x)'],
  ['a ;-chained write after a string holding ;', "RETURN ';' AS s; CREATE (x)"],
  ['a write after a block comment', '/* harmless */ CREATE (:Attack)'],
  ['a write after a line comment', '// harmless\n CREATE (:Attack)'],
  ['a write after a line comment ended by \\r', 'MATCH (n) RETURN n // harmless\r CREATE (:Attack)'],
  ['a write between comments', 'MATCH (n) /* x */ CREATE /* y */ (:Attack)'],
  ['mixed case', 'cReAtE (:Attack)'],
  ['a unicode escape for a keyword', '\\u0043REATE (:Attack)'],
  ['an 8-digit unicode escape', '\\U00000043REATE (:Attack)'],
  ['a unicode escape in a label', 'MATCH (n:\\u0045ntity) RETURN n'],
  ['a unicode escape that closes a string', "RETURN '\\u0027 CREATE (:Attack) //' AS s"],
  ['a unicode escape that ends a comment', 'MATCH (n) RETURN n // \\u000a CREATE (:Attack)'],
  ['a line separator in a comment', 'MATCH (n) RETURN n // \u2028 CREATE (:Attack)'],
  ['a NUL character', 'MATCH (n) RETURN n \u0000 CREATE (:Attack)'],
  ['EXPLAIN CREATE', 'EXPLAIN CREATE (:Attack)'],
  ['PROFILE CREATE', 'PROFILE CREATE (:Attack)'],
  ['a CYPHER prelude', 'CYPHER runtime=interpreted CREATE (:Attack)'],
  ['a client command', ':param x => 1'],
  ['a client command for another database', ':use system'],
];

/** Not Cypher at all: 400 syntax_error, still before Neo4j is asked. */
const MALFORMED: [what: string, query: string][] = [
  ['a write inside an unterminated comment', 'MATCH (n) RETURN n /* CREATE (:Attack)'],
  ['an unterminated string hiding a write', "MATCH (n) WHERE n.id = 'x RETURN n; CREATE (:Attack)"],
  ['an unterminated backtick name', 'MATCH (n:`Entity) CREATE (:Attack)'],
];

/** Writes only in comments or strings: nothing to refuse, they run as the reads they are. */
const DISGUISED_READS: [what: string, query: string][] = [
  ['a ;-chained write in a line comment', 'MATCH (n) RETURN n // ; CREATE ()'],
  ['a write in a block comment', 'MATCH (n) /* CREATE (:Attack) */ RETURN count(n) AS n'],
  ['a write in a string', "RETURN 'CREATE (:Attack)' AS s"],
  ['a write in a backtick name', 'MATCH (n) RETURN n.`CREATE (:Attack)` AS s'],
];

describe('console attacks', () => {
  let db: Neo4j;
  let app: Express;
  let before: Record<string, unknown>;
  const serverState = async () => {
    const read = async (query: string) =>
      (await db.driver.executeQuery(query, {}, { database: 'system' })).records.map((record) => record.toObject());
    return {
      databases: await read('SHOW DATABASES YIELD name, currentStatus, access RETURN * ORDER BY name'),
      users: await read('SHOW USERS YIELD user RETURN user ORDER BY user'),
    };
  };
  const state = async () => ({ graph: await graphFingerprint(db), server: await serverState() });

  beforeAll(async () => {
    db = await connectTestNeo4j();
    const vocabulary = await loadFixtureGraph(db);
    app = consoleApp({ db, vocabulary });
    before = await state();
  });
  afterAll(() => db.close());

  it(`when ${ATTACKS.length} attacks are screened alone, then the screen refuses every one before Neo4j sees it`, () => {
    const passed = ATTACKS.filter(([, query]) => {
      try {
        screenQuery(query);
        return true;
      } catch (error) {
        return !(error instanceof AppError && error.code === 'read_only');
      }
    });

    expect(passed.map(([what]) => what)).toEqual([]);
  });

  it.each(ATTACKS)('when the console is sent %s, then 403 read_only and nothing changes', async (_what, query) => {
    const error = errorOf(await postQuery(app, query), 403);

    expect(error.code).toBe('read_only');
    expect(await state()).toEqual(before);
  });

  it.each(MALFORMED)('when the console is sent %s, then 400 syntax_error and nothing changes', async (_what, query) => {
    const error = errorOf(await postQuery(app, query), 400);

    expect(error.code).toBe('syntax_error');
    expect(await state()).toEqual(before);
  });

  it.each(DISGUISED_READS)('when the console is sent %s, then only the read runs', async (_what, query) => {
    const result = parsed(ConsoleResultSchema, await postQuery(app, query));

    expect(result.summary.queryType).toBe('r');
    expect(await state()).toEqual(before);
  });

  describe('below the screen', () => {
    const screenedAs = (statement: string, explain = `EXPLAIN ${statement}`) => ({
      statement,
      explain,
      inserted: { at: 0, length: explain === statement ? 0 : 'EXPLAIN '.length },
    });
    const run = (statement: string, explain?: string) =>
      runScreened({ db, limits: DEFAULT_LIMITS, screened: screenedAs(statement, explain), params: {} });

    it.each([
      ['a write', 'CREATE (:Attack)'],
      ['a read and write', "MATCH (e:Entity) SET e.name = 'owned'"],
      ['a write procedure', "CALL db.createLabel('X')"],
      ['a schema change', 'CREATE INDEX attack FOR (n:Entity) ON (n.kind)'],
      ['an administration command', 'SHOW USERS'],
      ['a cache flush', 'CALL db.clearQueryCaches()'],
    ])('when EXPLAIN plans %s, then it is refused with 403 read_only and never runs', async (_what, query) => {
      await expect(run(query)).rejects.toMatchObject({ status: 403, code: 'read_only' });

      expect(await state()).toEqual(before);
    });

    it.each([
      ['a CREATE', 'CREATE (:Attack)'],
      ['a SET', "MATCH (e:Entity) SET e.name = 'owned'"],
      ['a DETACH DELETE', 'MATCH (n) DETACH DELETE n'],
      ['a schema change', 'CREATE INDEX attack FOR (n:Entity) ON (n.kind)'],
    ])('when %s slips past EXPLAIN, then the READ transaction refuses it with 403 read_only', async (_what, query) => {
      await expect(run(query, 'EXPLAIN RETURN 1')).rejects.toMatchObject({ status: 403, code: 'read_only' });

      expect(await state()).toEqual(before);
    });
  });

  it('when the whole table has run, then the graph, databases and users are as before', async () => {
    expect(await state()).toEqual(before);
  });
});
