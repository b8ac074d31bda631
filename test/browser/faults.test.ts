// Faults and empty results: an unreachable API or a 5xx shows a banner with Retry and breaks
// nothing; a view with no results says so.
import { describe, expect, it } from 'vitest';
import type { ApiGraph } from './api-shapes.ts';
import { afterRender, goto, graphState, idsOf, type OpenPage, type RunningExplorer, screenshot, useBrowserSession } from './harness.ts';
import { seedCorpus } from '../support/seed-corpus.ts';

describe('faults and empty views', { timeout: 60_000 }, () => {
  let explorer: RunningExplorer;
  let tab: OpenPage;

  useBrowserSession((session) => ({ explorer, tab } = session));

  it('when the API cannot be reached, then a banner offers Retry, and Retry draws the graph once it is back', async () => {
    const api = await explorer.api<ApiGraph>('/api/graph');
    const { page } = tab;
    await page.route('**/api/**', (route) => route.abort('connectionrefused'));

    await page.goto(explorer.url);
    await page.waitForFunction(() => document.body.dataset.state === 'error');

    const banner = page.locator('.banner[role="alert"]');
    expect(await banner.isVisible()).toBe(true);
    expect(await banner.getAttribute('data-tone')).toBe('error');
    expect(await banner.locator('button').textContent()).toBe('Retry');
    await screenshot(page, '08-api-down');

    await page.unroute('**/api/**');
    await afterRender(page, () => banner.locator('button').click());

    expect(await banner.isVisible()).toBe(false);
    expect(await graphState(page)).toEqual(idsOf(api));
  });

  it('when the server answers 503 to a filter change, then the banner shows and the graph on screen stays', async () => {
    const { page } = tab;
    await goto(page, explorer.url);
    const before = await graphState(page);
    await page.route('**/api/graph?*', (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/json',
        body: JSON.stringify({ error: { code: 'neo4j_unavailable', message: 'Neo4j is not reachable' } }),
      }),
    );

    await page.locator('#filters [data-polarity="tension"]').click();
    await page.waitForFunction(() => document.body.dataset.state === 'error');

    expect(await page.locator('.banner').textContent()).toContain('503');
    expect(await graphState(page)).toEqual(before);

    await page.unroute('**/api/graph?*');
    await afterRender(page, () => page.locator('.banner button').click());
    // Retry draws the view the filter asked for: the tension relationships, as the API answers them.
    expect(await graphState(page)).toEqual(idsOf(await explorer.api<ApiGraph>('/api/graph?polarity=tension')));
    expect(new URL(page.url()).searchParams.get('polarity')).toBe('tension');
  });

  it('when the filters match nothing, then an empty state says so and clears the filters on request', async () => {
    const api = await explorer.api<ApiGraph>('/api/graph');
    const { page } = tab;

    // No relationship can be stated by more articles than the corpus holds.
    await goto(page, `${explorer.url}/?minArticles=${seedCorpus().articles.length + 1}`);

    expect(await page.evaluate(() => window.cy!.elements().length)).toBe(0);
    const empty = page.locator('.empty-state');
    expect(await empty.isVisible()).toBe(true);
    expect(await empty.textContent()).toContain('No stated relationship matches these filters');
    await screenshot(page, '09-empty');

    await afterRender(page, () => empty.locator('button').click());
    expect(await graphState(page)).toEqual(idsOf(api));
    expect(await empty.isVisible()).toBe(false);
  });

  it('when a link focuses on an unknown entity, then a warning offers the whole graph instead', async () => {
    const api = await explorer.api<ApiGraph>('/api/graph');
    const { page } = tab;

    await page.goto(`${explorer.url}/?focus=no-such-entity`);
    await page.waitForFunction(() => document.body.dataset.state === 'error');

    expect(await page.locator('.banner').getAttribute('data-tone')).toBe('warning');
    await afterRender(page, () => page.locator('.banner button').click());
    expect(await graphState(page)).toEqual(idsOf(api));
  });
});
