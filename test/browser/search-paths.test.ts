// Search with typo-tolerant suggestions, focus and depth, and paths between two entities.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ApiGraph, ApiPaths } from './api-shapes.ts';
import { afterRender, goto, graphState, idsOf, type OpenPage, type RunningExplorer, screenshot, useBrowserSession } from './harness.ts';

/** Types into a search box and waits for the suggestion with this entity id. */
async function suggest(page: Page, inputId: string, text: string, entityId: string) {
  await page.locator(`#${inputId}`).fill(text);
  const option = page.locator(`#${inputId}-suggestions [data-id="${entityId}"]`);
  await option.waitFor({ state: 'visible' });
  return option;
}

describe('search and paths', { timeout: 60_000 }, () => {
  let explorer: RunningExplorer;
  let tab: OpenPage;

  useBrowserSession((session) => ({ explorer, tab } = session));

  it('when "Lavarov" is typed and Enter pressed, then Lavrov is suggested and his neighbourhood is focused', async () => {
    const api = await explorer.api<ApiGraph>('/api/graph?focus=sergey-lavrov&depth=1');
    const { page } = tab;
    await goto(page, explorer.url);

    await suggest(page, 'entity-search', 'Lavarov', 'sergey-lavrov');
    await page.locator('#entity-search').press('ArrowDown');
    expect(await page.locator('#entity-search').getAttribute('aria-activedescendant')).toBe('entity-search-suggestions-0');
    await afterRender(page, () => page.locator('#entity-search').press('Enter'));

    expect(await graphState(page)).toEqual(idsOf(api));
    expect(await page.evaluate(() => window.cy!.$id('sergey-lavrov').hasClass('focus'))).toBe(true);
    expect(await page.locator('#focus-name').textContent()).toBe('Sergey Lavrov');
    expect(await page.locator('#evidence-title').textContent()).toContain('Sergey Lavrov');
    expect(new URL(page.url()).searchParams.get('focus')).toBe('sergey-lavrov');
    await screenshot(page, '05-focus-lavrov');

    const deeper = await explorer.api<ApiGraph>('/api/graph?focus=sergey-lavrov&depth=2');
    await afterRender(page, () => page.locator('[data-depth="2"]').click());

    expect(await graphState(page)).toEqual(idsOf(deeper));
    expect(deeper.nodes.length).toBeGreaterThan(api.nodes.length);
    expect(new URL(page.url()).searchParams.get('depth')).toBe('2');
  });

  it('when an entity without claims (the SCO) is searched and picked, then it is drawn alone and its card names its article', async () => {
    const { page } = tab;
    await goto(page, explorer.url);

    await suggest(page, 'entity-search', 'SCO', 'sco');
    await afterRender(page, () => page.locator('#entity-search').press('Enter'));

    expect(await graphState(page)).toEqual({ nodes: ['sco'], edges: [] });
    expect(await page.locator('#evidence-title').textContent()).toContain('Shanghai Cooperation Organization');
    expect(await page.locator('#evidence-body').textContent()).toContain('No stated relationships.');
    expect(await page.locator('#evidence-body .article-list li').allTextContents()).toEqual([
      'Lavrov’s visit augurs well for Pakistan-Russia relations · Belt & Road News',
    ]);
  });

  it('when two entities are picked for paths, then the paths are listed with signs and highlighted, the rest dimmed', async () => {
    const api = await explorer.api<ApiPaths>('/api/paths?from=india&to=pakistan&maxHops=3');
    const { page } = tab;
    await goto(page, explorer.url);

    await (await suggest(page, 'path-from', 'India', 'india')).click();
    await afterRender(page, async () => (await suggest(page, 'path-to', 'Pakistan', 'pakistan')).click());

    expect(await page.locator('#path-results .path').count()).toBe(api.paths.length);
    const signs = await page.locator('#path-results .path').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.sign));
    expect(signs).toEqual(api.paths.map((p) => (p.sign > 0 ? 'aligned' : p.sign < 0 ? 'opposed' : 'mixed')));
    const onPaths = await graphState(page, '.path');
    expect(onPaths.nodes).toEqual(expect.arrayContaining(['india', 'pakistan']));
    expect(onPaths.nodes.sort()).toEqual([...new Set(api.paths.flatMap((p) => p.ids))].sort());
    expect(onPaths.edges.length).toBeGreaterThan(0);
    expect((await graphState(page, '.dimmed')).nodes.length).toBeGreaterThan(0);
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toMatchObject({ from: 'india', to: 'pakistan' });
    await screenshot(page, '06-paths');

    // One path chosen in the list: only its entities stay lit.
    await page.locator('#path-results .path-choose').first().click();
    expect((await graphState(page, '.path')).nodes).toEqual([...api.paths[0]!.ids].sort());
    await page.locator('#path-results .hop summary').first().click();
    expect(await page.locator('#path-results .hop[open] blockquote').count()).toBeGreaterThan(0);
    await screenshot(page, '07-one-path');
  });

  it('when a link names path ends, then the paths come back with the page', async () => {
    const { page } = tab;

    await goto(page, `${explorer.url}/?from=india&to=pakistan&hops=1`);

    expect(await page.locator('#path-from').inputValue()).toBe('India');
    expect(await page.locator('#max-hops').inputValue()).toBe('1');
    expect((await graphState(page, '.path')).nodes).toEqual(['india', 'pakistan']);
  });
});
