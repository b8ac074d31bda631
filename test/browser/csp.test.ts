// The Content-Security-Policy (server/http/security-headers.ts) against the built client: the main
// screens used as a person would, with any CSP violation failing the test (the harness turns each
// into a page error): the explorer, the console drawer running a query, the briefing preview and
// its PDF (jsPDF and svg2pdf loaded on first use), and "Add article" up to its review.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NEW_TEXT } from '../ingest/ingest-fixture.ts';
import { afterRun, openConsole, setQuery, tableRows } from './console-page.ts';
import { goto, screenshot, useBrowserSession, type OpenPage, type RunningExplorer } from './harness.ts';

// A copy of the corpus, so that "Add article" is on; nothing is committed to it.
const dataDir = mkdtempSync(path.join(tmpdir(), 'entente-csp-'));
cpSync('data', dataDir, { recursive: true });
const articleFile = path.join(dataDir, 'talks.txt');
writeFileSync(articleFile, NEW_TEXT);

describe('Content-Security-Policy', { timeout: 180_000 }, () => {
  let explorer: RunningExplorer;
  let tab: OpenPage;
  useBrowserSession((session) => ({ explorer, tab } = session), { dataDir });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('when the page is served, then it carries the policy', async () => {
    const response = await tab.page.goto(explorer.url);
    const csp = (await response!.headerValue('content-security-policy')) ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it('when the console runs a query, then nothing is blocked', async () => {
    const { page } = tab;
    await openConsole(page, `${explorer.url}/?console=1`);
    await setQuery(page, 'MATCH (e:Entity) RETURN e.name AS name ORDER BY name LIMIT 3');
    await afterRun(page, () => page.locator('#console-run').click());
    expect((await tableRows(page)).length).toBe(3);
    // Cytoscape's container rule now comes from styles.css: the graph must still fill its area.
    expect((await page.locator('#graph canvas').first().boundingBox())!.height).toBeGreaterThan(200);
    await screenshot(page, 'csp-console');
  });

  it('when a briefing is previewed and made a PDF, then nothing is blocked', async () => {
    const { page } = tab;
    await goto(page, `${explorer.url}/?focus=russia`);
    await page.locator('#export-toggle').click();
    await page.locator('#export-briefing').click();
    await page.locator('#briefing-dialog[open]').waitFor();
    await page.locator('#briefing-preview').evaluate((img: HTMLImageElement) => img.decode());
    const download = page.waitForEvent('download');
    await page.locator('#briefing-pdf').click();
    expect((await download).suggestedFilename()).toMatch(/\.pdf$/);
    await screenshot(page, 'csp-briefing');
  });

  it('when an article is added up to its review, then nothing is blocked', async () => {
    const { page } = tab;
    await goto(page, explorer.url);
    await page.locator('#add-article').click();
    await page.locator('#ingest-file').setInputFiles(articleFile);
    await page.locator('#ingest-title').fill('Talks on trade');
    await page.locator('#ingest-propose').click();
    await page.locator('#ingest-review').waitFor({ state: 'visible' });
    await screenshot(page, 'csp-add-article');
  });
});
