// The explorer in a real browser over the real API and the seed corpus: what the graph draws,
// the evidence panel, filters, and views kept in the URL.
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ApiArticles, ApiGraph } from './api-shapes.ts';
import {
  afterRender,
  goto,
  graphState,
  idsOf,
  largeGraph,
  LEGEND_KEYS,
  openPage,
  type OpenPage,
  type RunningExplorer,
  screenshot,
  useBrowserSession,
} from './harness.ts';

describe('the explorer', { timeout: 60_000 }, () => {
  let explorer: RunningExplorer;
  let browser: Browser;
  let tab: OpenPage;

  useBrowserSession((session) => ({ explorer, browser, tab } = session));

  it('when opened, then it draws exactly the API graph, shows its counts and keeps the legend on screen', async () => {
    const api = await explorer.api<ApiGraph>('/api/graph');
    const { page } = tab;

    await goto(page, explorer.url);

    expect(await graphState(page)).toEqual(idsOf(api));
    expect(await page.locator('[data-count="nodes"] strong').textContent()).toBe(String(api.counts.nodes));
    expect(await page.locator('[data-count="edges"] strong').textContent()).toBe(String(api.counts.edges));
    expect(await page.locator('[data-count="claims"] strong').textContent()).toBe(String(api.counts.claims));
    expect(await page.locator('[data-count="articles"] strong').textContent()).toBe(String(api.counts.articles));
    expect(await page.locator('#truncated').count()).toBe(api.truncated ? 1 : 0);
    const legend = await page.locator('#legend').boundingBox();
    expect(legend).not.toBeNull();
    expect(legend!.y + legend!.height).toBeLessThanOrEqual(920);
    for (const key of LEGEND_KEYS) {
      expect(await page.locator(`#legend [data-legend="${key}"]`).isVisible(), key).toBe(true);
    }
    // Styles reach Cytoscape: arrows on directed types only, dashes on tension, a halo on contested pairs.
    const styles = await page.evaluate(() => {
      const cy = window.cy!;
      const first = (sel: string) => cy.edges(sel)[0]!;
      return {
        directedArrow: first('.directed').style('target-arrow-shape') as string,
        symmetricArrow: cy.edges().not('.directed')[0]!.style('target-arrow-shape') as string,
        tensionStyle: first('.polarity-tension').style('line-style') as string,
        allianceStyle: first('.polarity-alliance').style('line-style') as string,
        contestedHalo: Number(first('.contested').style('underlay-opacity')),
      };
    });
    expect(styles).toMatchObject({ directedArrow: 'triangle', symmetricArrow: 'none', tensionStyle: 'dashed', allianceStyle: 'solid' });
    expect(styles.contestedHalo).toBeGreaterThan(0);
    await screenshot(page, '01-overview');
  });

  it('when lines are by type and the Russia–Pakistan cooperation is tapped, then the panel shows each of its quotes with its article', async () => {
    const [graph, { articles }] = await Promise.all([explorer.api<ApiGraph>('/api/graph'), explorer.api<ApiArticles>('/api/articles')]);
    const edge = graph.edges.find((e) => e.type === 'COOPERATES_WITH' && [e.source, e.target].sort().join() === 'pakistan,russia')!;
    const { page } = tab;
    await goto(page, `${explorer.url}/?lines=types`);
    expect(await graphState(page)).toEqual(idsOf(graph, 'types'));

    await afterRender(page, () => page.evaluate((id) => void window.cy!.$id(id).emit('tap'), edge.id));

    const quotes = await page.locator('#claims blockquote').allTextContents();
    expect(quotes.sort()).toEqual(edge.claims.map((c) => c.quote).sort());
    const panel = (await page.locator('#evidence').textContent()) ?? '';
    for (const articleId of new Set(edge.claims.map((c) => c.articleId)))
      expect(panel).toContain(articles.find((a) => a.id === articleId)!.title);
    expect(panel).toContain('Pakistan');
    expect(panel).toContain('cooperates with');
    // Evidence by article: each article's provenance once, then its quotes.
    const byArticle = await page
      .locator('#claims .article-group')
      .evaluateAll((groups) => groups.map((g) => [(g as HTMLElement).dataset.article, g.querySelectorAll('.claim').length]));
    expect(Object.fromEntries(byArticle)).toEqual(
      Object.fromEntries(
        [...new Set(edge.claims.map((c) => c.articleId))].map((id) => [id, edge.claims.filter((c) => c.articleId === id).length]),
      ),
    );
    expect(await page.locator('#claims .article-head').count()).toBe(byArticle.length);
    for (const article of articles.filter((a) => byArticle.some(([id]) => id === a.id))) {
      const head = page.locator(`#claims .article-group[data-article="${article.id}"] .article-head`);
      expect(await head.locator('.descriptive-badge').count()).toBe(article.titleIsDescriptive ? 1 : 0);
      expect(await head.locator('.article-notes p').allTextContents()).toEqual(article.notes ? [article.notes] : []);
    }
    expect(await page.evaluate((id) => window.cy!.$id(id).selected(), edge.id)).toBe(true);
    expect(new URL(page.url()).searchParams.get('sel')).toBe(`edge:${edge.id}`);
    await screenshot(page, '02-edge-evidence');
  });

  it('when a node is tapped, then its card lists aliases, counterparts by polarity and articles, and a counterpart focuses', async () => {
    const detail = await explorer.api<{ counterparts: { tension: unknown[] } }>('/api/entities/sergey-lavrov');
    const { page } = tab;
    await goto(page, explorer.url);

    await afterRender(page, () => page.evaluate(() => void window.cy!.$id('sergey-lavrov').emit('tap')));

    expect(await page.locator('#evidence-title').textContent()).toContain('Sergey Lavrov');
    expect(await page.locator('#evidence .aliases li').allTextContents()).toContain('Lavarov');
    expect(detail.counterparts.tension.length).toBeGreaterThan(0);
    expect(await page.locator('#evidence .counterparts[data-polarity="tension"] li').count()).toBe(detail.counterparts.tension.length);
    await screenshot(page, '03-node-card');

    const target = (await page.locator('#evidence .counterparts [data-focus]').first().getAttribute('data-focus'))!;
    await afterRender(page, () => page.locator(`#evidence .counterparts [data-focus="${target}"]`).first().click());

    const api = await explorer.api<ApiGraph>(`/api/graph?focus=${target}&depth=1`);
    expect(await graphState(page)).toEqual(idsOf(api));
    expect(new URL(page.url()).searchParams.get('focus')).toBe(target);
  });

  it('when the Tension filter is pressed, then only tension edges remain and the counts follow', async () => {
    const api = await explorer.api<ApiGraph>('/api/graph?polarity=tension');
    const { page } = tab;
    await goto(page, explorer.url);

    await afterRender(page, () => page.locator('#filters [data-polarity="tension"]').click());

    const polarities = await page.evaluate(() => [...new Set(window.cy!.edges().map((e) => e.data('polarity') as string))]);
    expect(polarities).toEqual(['tension']);
    expect(await graphState(page)).toEqual(idsOf(api));
    expect(await page.locator('[data-count="edges"] strong').textContent()).toBe(String(api.counts.edges));
    expect(new URL(page.url()).searchParams.get('polarity')).toBe('tension');
    await screenshot(page, '04-tension-only');
  });

  it('when a link with filters and a selection is opened, then it reproduces that view', async () => {
    const api = await explorer.api<ApiGraph>('/api/graph?polarity=alliance&kind=Country,Person');
    const { page } = tab;

    await goto(page, `${explorer.url}/?polarity=alliance&kind=Country,Person&sel=node:russia`);

    expect(await graphState(page)).toEqual(idsOf(api));
    expect(await page.locator('#filters [data-polarity="alliance"]').getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('#filters [data-kind="Person"]').getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('#filters [data-kind="Group"]').getAttribute('aria-pressed')).toBe('false');
    expect(await page.locator('#evidence-title').textContent()).toContain('Russia');
    expect(await page.evaluate(() => window.cy!.$id('russia').selected())).toBe(true);
  });

  it('when back and forward are used, then the earlier and later views come back', async () => {
    const all = await explorer.api<ApiGraph>('/api/graph');
    const tension = await explorer.api<ApiGraph>('/api/graph?polarity=tension');
    const { page } = tab;
    await goto(page, explorer.url);
    await afterRender(page, () => page.locator('#filters [data-polarity="tension"]').click());

    await afterRender(page, () => page.goBack());
    expect(await graphState(page)).toEqual(idsOf(all));
    expect(await page.locator('#filters [data-polarity="tension"]').getAttribute('aria-pressed')).toBe('false');

    await afterRender(page, () => page.goForward());
    expect(await graphState(page)).toEqual(idsOf(tension));
    expect(await page.locator('#filters [data-polarity="tension"]').getAttribute('aria-pressed')).toBe('true');
  });

  it('when the same view is loaded twice, then the layout puts every node at the same place', async () => {
    const positions = async () => {
      const other = await openPage(browser);
      try {
        await goto(other.page, `${explorer.url}/?polarity=tension`);
        return await other.page.evaluate(() =>
          Object.fromEntries(window.cy!.nodes().map((n) => [n.id(), [Math.round(n.position('x')), Math.round(n.position('y'))]])),
        );
      } finally {
        await other.close();
      }
    };

    expect(await positions()).toEqual(await positions());
  });

  it('when a node is dragged, then it is pinned and stays in place through Re-layout', async () => {
    const { page } = tab;
    await goto(page, explorer.url);
    const start = await page.evaluate(() => {
      const box = document.getElementById('graph')!.getBoundingClientRect();
      const p = window.cy!.$id('iran').renderedPosition();
      return { x: box.left + p.x, y: box.top + p.y };
    });

    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move(start.x + 60, start.y + 40, { steps: 8 });
    await page.mouse.up();
    const pinned = await page.evaluate(() => ({ pinned: window.cy!.$id('iran').hasClass('pinned'), ...window.cy!.$id('iran').position() }));
    expect(pinned.pinned).toBe(true);
    expect(await page.locator('#unpin-all').isEnabled()).toBe(true);

    await afterRender(page, () => page.locator('#relayout').click());

    const after = await page.evaluate(() => window.cy!.$id('iran').position());
    expect(after.x).toBeCloseTo(pinned.x, 0);
    expect(after.y).toBeCloseTo(pinned.y, 0);
  });

  it('when the API sends a large, truncated view, then fcose lays it out, all of it is drawn and the truncated flag shows', async () => {
    const graph = largeGraph(350);
    const { page } = tab;
    await page.route('**/api/graph*', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(graph) }),
    );

    await goto(page, explorer.url);

    expect(await graphState(page)).toEqual(idsOf(graph));
    expect(await page.locator('#truncated').isVisible()).toBe(true);
    expect(await page.locator('[data-count="nodes"] strong').textContent()).toBe('350');
    await screenshot(page, '10-large-truncated');
  });
});
