// Who may read and write (server/http/read-access.ts, write-access.ts, session.ts): on loopback
// nothing changes; with ENTENTE_TOKEN every API call needs the token or a signed-in browser's
// session, and writes from a session also need its CSRF token; PUBLIC_READ_ONLY opens reads and
// turns every write off; an exposed address with neither is refused at start-up.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type express from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IngestStatusSchema, ProposeResponseSchema, type ProposeRequest } from '../../contract/index.ts';
import { createApp } from '../../server/app.ts';
import type { Neo4j } from '../../server/db/neo4j.ts';
import { accessMode, type AccessOptions } from '../../server/http/read-access.ts';
import { removeDataDir } from '../corpus/fixture.ts';
import { NEW_TEXT, sentenceProposer, writeFixtureWithTexts } from '../ingest/ingest-fixture.ts';
import { errorOf, parsed } from '../support/api-body.ts';
import { connectTestNeo4j } from '../support/neo4j.ts';

const TOKEN = 'a-long-access-token-0123456789';
const EXPOSED: AccessOptions = { host: '0.0.0.0', token: TOKEN };
const pasted: ProposeRequest = { input: 'pasted text', format: 'text', content: NEW_TEXT, metadata: { title: 'Talks on trade' } };

let db: Neo4j;
let dataDir: string;
let clientDir: string;
const logged: string[] = [];
const appWith = (access: AccessOptions): express.Express =>
  createApp({ db, access, ingest: { dataDir, access, propose: sentenceProposer }, clientDir, log: (line) => logged.push(line) });

beforeAll(async () => {
  db = await connectTestNeo4j();
  ({ dataDir } = writeFixtureWithTexts());
  clientDir = mkdtempSync(path.join(tmpdir(), 'entente-client-'));
  writeFileSync(path.join(clientDir, 'index.html'), '<!doctype html><title>entente</title>');
});
afterAll(async () => {
  removeDataDir(dataDir);
  rmSync(clientDir, { recursive: true, force: true });
  // Nothing this suite did may have written the token anywhere the operator reads.
  expect(logged.join('\n')).not.toContain(TOKEN);
  await db.close();
});

/** Signs in as a browser would; returns its Cookie header and CSRF token. */
async function signIn(app: express.Express): Promise<{ cookie: string; csrf: string }> {
  const answer = await request(app).post('/sign-in').set('Host', 'entente.example').type('form').send({ token: TOKEN });
  expect(answer.status).toBe(303);
  const cookies = answer.get('Set-Cookie') ?? [];
  const session = cookies.find((c) => c.startsWith('entente_session='))!;
  const csrf = cookies.find((c) => c.startsWith('entente_csrf='))!;
  expect(session).toMatch(/HttpOnly/);
  expect(session).toMatch(/SameSite=Strict/);
  expect(csrf).not.toMatch(/HttpOnly/);
  const value = (cookie: string) => cookie.split(';')[0]!;
  return { cookie: `${value(session)}; ${value(csrf)}`, csrf: value(csrf).split('=')[1]! };
}

describe('on loopback', () => {
  it('when nothing is configured, then reads need no token, but only through a loopback name', async () => {
    const app = appWith({ host: '127.0.0.1' });
    expect((await request(app).get('/api/vocabulary')).status).toBe(200);
    expect(errorOf(await request(app).get('/api/vocabulary').set('Host', 'evil.example'), 403).code).toBe('forbidden_host');
  });
});

describe('exposed with ENTENTE_TOKEN', () => {
  const get = (app: express.Express, route: string) => request(app).get(route).set('Host', 'entente.example');

  it('when an API call carries no token or a wrong one, then 401 unauthorized; with it, the answer', async () => {
    const app = appWith(EXPOSED);
    const none = await get(app, '/api/vocabulary');
    expect(errorOf(none, 401).code).toBe('unauthorized');
    expect(none.get('WWW-Authenticate')).toMatch(/^Bearer/);
    expect(errorOf(await get(app, '/api/vocabulary').set('Authorization', `Bearer ${TOKEN}x`), 401).code).toBe('unauthorized');
    expect((await get(app, '/api/vocabulary').set('Authorization', `Bearer ${TOKEN}`)).status).toBe(200);
    expect((await get(app, '/api/health')).status).toBe(200);
  });

  it('when a browser without a session opens a page, then it is sent to sign in; the sign-in form has no script', async () => {
    const app = appWith(EXPOSED);
    const page = await get(app, '/');
    expect(page.status).toBe(303);
    expect(page.get('Location')).toBe('/sign-in');
    const form = await get(app, '/sign-in');
    expect(form.text).toContain('<form method="post" action="/sign-in">');
    expect(form.text).not.toContain('<script');
  });

  it('when a browser gives a wrong token or posts from another site, then 401 and no cookie', async () => {
    const app = appWith(EXPOSED);
    const wrong = await request(app).post('/sign-in').type('form').send({ token: 'guess' });
    const crossSite = await request(app).post('/sign-in').set('Origin', 'https://evil.example').type('form').send({ token: TOKEN });
    for (const answer of [wrong, crossSite]) {
      expect(answer.status).toBe(401);
      expect(answer.get('Set-Cookie')).toBeUndefined();
    }
  });

  it('when a browser signs in, then its session reads; a tampered session does not', async () => {
    const app = appWith(EXPOSED);
    const { cookie } = await signIn(app);
    expect((await get(app, '/api/vocabulary').set('Cookie', cookie)).status).toBe(200);
    expect((await get(app, '/').set('Cookie', cookie)).status).toBe(200);
    const tampered = cookie.replace(/entente_session=([^;]*?)(.)(;|$)/, (_all, head: string, last: string, end: string) => {
      return `entente_session=${head}${last === 'A' ? 'B' : 'A'}${end}`;
    });
    expect(errorOf(await get(app, '/api/vocabulary').set('Cookie', tampered), 401).code).toBe('unauthorized');
  });

  it('when a signed-in browser writes, then it needs its CSRF token in X-CSRF-Token', async () => {
    const app = appWith(EXPOSED);
    const { cookie, csrf } = await signIn(app);
    const post = () => request(app).post('/api/ingest/propose').set('Host', 'entente.example').set('Cookie', cookie);
    expect(errorOf(await post().send(pasted), 403).code).toBe('csrf');
    expect(errorOf(await post().set('X-CSRF-Token', `${csrf}x`).send(pasted), 403).code).toBe('csrf');
    expect(parsed(ProposeResponseSchema, await post().set('X-CSRF-Token', csrf).send(pasted)).text).toContain('Pakistan');
  });
});

describe('PUBLIC_READ_ONLY', () => {
  it('when set, then anyone reads and every write route is off', async () => {
    const app = appWith({ host: '0.0.0.0', publicReadOnly: true });
    expect((await request(app).get('/api/vocabulary').set('Host', 'entente.example')).status).toBe(200);
    const status = parsed(IngestStatusSchema, await request(app).get('/api/ingest'));
    expect(status.enabled).toBe(false);
    expect(status.reason).toContain('PUBLIC_READ_ONLY');
    expect(errorOf(await request(app).post('/api/ingest/propose').send(pasted), 403).code).toBe('writes_disabled');
    expect(errorOf(await request(app).post('/api/ingest/commit').set('Authorization', `Bearer ${TOKEN}`).send({}), 403).code).toBe(
      'writes_disabled',
    );
  });
});

describe('an exposed address with neither', () => {
  it('when HOST is not loopback and no token or public mode is set, then the app and the server refuse, naming ENTENTE_TOKEN', () => {
    expect(() => accessMode({ host: '0.0.0.0' })).toThrow(/ENTENTE_TOKEN/);
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      env: { ...process.env, HOST: '0.0.0.0', PORT: '0', ENTENTE_TOKEN: '', PUBLIC_READ_ONLY: '', NEO4J_URI: 'bolt://127.0.0.1:1' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('ENTENTE_TOKEN');
  }, 70_000);
});
