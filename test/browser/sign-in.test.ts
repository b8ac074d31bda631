// Signing in to an explorer exposed with ENTENTE_TOKEN (server/http/sign-in.ts): the browser is sent
// to the form, a wrong token is refused, the right one opens the explorer, and its writes carry
// the CSRF token (the client's api-client adds it), so "Add article" can propose.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NEW_TEXT } from '../ingest/ingest-fixture.ts';
import { screenshot, useBrowserSession, waitForReady, type OpenPage, type RunningExplorer } from './harness.ts';

const TOKEN = 'browser-test-token-4f1c9a';
const dataDir = mkdtempSync(path.join(tmpdir(), 'entente-sign-in-'));
cpSync('data', dataDir, { recursive: true });
const articleFile = path.join(dataDir, 'talks.txt');
writeFileSync(articleFile, NEW_TEXT);

describe('sign-in', { timeout: 180_000 }, () => {
  let explorer: RunningExplorer;
  let tab: OpenPage;
  useBrowserSession((session) => ({ explorer, tab } = session), { dataDir, access: { host: '127.0.0.1', token: TOKEN } });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('when a browser opens the explorer, then it signs in once and can read and write', async () => {
    const { page } = tab;
    await page.goto(explorer.url);
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await page.locator('#token').fill('not-the-token');
    await page.locator('button[type="submit"]').click();
    await page.locator('.wrong').waitFor();
    await screenshot(page, 'sign-in-wrong');

    await page.locator('#token').fill(TOKEN);
    await page.locator('button[type="submit"]').click();
    await waitForReady(page);
    expect(new URL(page.url()).pathname).toBe('/');
    const cookies = await page.context().cookies();
    expect(cookies.find((c) => c.name === 'entente_session')).toMatchObject({ httpOnly: true, sameSite: 'Strict' });

    await page.locator('#add-article').click();
    await page.locator('#ingest-file').setInputFiles(articleFile);
    await page.locator('#ingest-title').fill('Talks on trade');
    await page.locator('#ingest-propose').click();
    await page.locator('#ingest-review').waitFor({ state: 'visible' });
    await screenshot(page, 'sign-in-signed-in');
    await page.goto(explorer.url);
    await waitForReady(page);
    await screenshot(page, 'signed-in-explorer');

    await page.locator('#sign-out').click();
    await page.waitForURL((url) => url.pathname === '/sign-in');
    expect((await page.context().cookies()).map((c) => c.name)).not.toContain('entente_session');
    expect((await page.request.get(`${explorer.url}/api/articles`)).status()).toBe(401);
  });
});
