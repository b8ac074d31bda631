// The pair view in use: a pair's summary on hover, its claims grouped by type on a click, the
// "By relationship type" toggle kept in the link, pins kept in the link, and the keyboard walk.
import { describe, expect, it } from 'vitest';
import type { ApiGraph } from './api-shapes.ts';
import {
  afterRender,
  goto,
  graphState,
  idsOf,
  openPage,
  type OpenPage,
  type RunningExplorer,
  screenshot,
  useBrowserSession,
} from './harness.ts';
import type { Browser } from 'playwright-core';

const PAIR = 'pakistan|russia';

describe('the pair view', { timeout: 90_000 }, () => {
  let explorer: RunningExplorer;
  let browser: Browser;
  let tab: OpenPage;

  useBrowserSession((session) => ({ explorer, browser, tab } = session));

  it('when a pair is hovered, then its summary shows: its verdict with the articles on each side, the types stated', async () => {
    const { page } = tab;
    await goto(page, `${explorer.url}/?focus=sergey-lavrov`);

    const label = await page.evaluate((id) => {
      const edge = window.cy!.$id(id);
      edge.emit('mouseover');
      return edge.style('label') as string;
    }, PAIR);

    expect(label).toMatch(/^aligned · \d+ vs \d+ articles(, contested)? · cooperates with, /);
    await screenshot(page, 'pair-hover-summary');
  });

  it('when a pair is tapped, then the panel shows its net alignment and every claim of it, grouped by type', async () => {
    const graph = await explorer.api<ApiGraph>('/api/graph');
    const relationships = graph.edges.filter((e) => [e.source, e.target].sort().join('|') === PAIR);
    const { page } = tab;
    await goto(page, explorer.url);

    await afterRender(page, () => page.evaluate((id) => void window.cy!.$id(id).emit('tap'), PAIR));

    expect(new URL(page.url()).searchParams.get('sel')).toBe(`edge:${PAIR}`);
    expect(await page.evaluate((id) => window.cy!.$id(id).selected(), PAIR)).toBe(true);
    expect(await page.locator('#pair-verdict').textContent()).toMatch(/^(aligned|opposed|divided) · \d+ vs \d+ articles/);
    const groups = await page
      .locator('#evidence .claim-group')
      .evaluateAll((sections) => sections.map((s) => (s as HTMLElement).dataset.type));
    expect(groups.sort()).toEqual(relationships.map((e) => e.type).sort());
    for (const edge of relationships) {
      const quotes = await page.locator(`#evidence .claim-group[data-edge="${edge.id}"] blockquote`).allTextContents();
      expect(quotes.sort(), edge.type).toEqual(edge.claims.map((c) => c.quote).sort());
    }
    await screenshot(page, 'pair-evidence');
  });

  it('when "By relationship type" is pressed, then one line per type is drawn, kept in the link, and pressed again the pairs return', async () => {
    const graph = await explorer.api<ApiGraph>('/api/graph?focus=sergey-lavrov&depth=1');
    const { page } = tab;
    await goto(page, `${explorer.url}/?focus=sergey-lavrov`);
    const before = await page.evaluate(() => Object.fromEntries(window.cy!.nodes().map((n) => [n.id(), n.position()])));

    await afterRender(page, () => page.locator('#lines-by-type').click());

    expect(await graphState(page)).toEqual(idsOf(graph, 'types'));
    expect(new URL(page.url()).searchParams.get('lines')).toBe('types');
    expect(await page.locator('#lines-by-type').getAttribute('aria-pressed')).toBe('true');
    // The same entities drawn another way stay exactly where they were.
    expect(await page.evaluate(() => Object.fromEntries(window.cy!.nodes().map((n) => [n.id(), n.position()])))).toEqual(before);

    await afterRender(page, () => page.locator('#lines-by-type').click());
    expect(await graphState(page)).toEqual(idsOf(graph));
    expect(new URL(page.url()).searchParams.has('lines')).toBe(false);
  });

  it('when a node is dragged, then its pin is in the link, and the link opened elsewhere puts it there', async () => {
    const { page } = tab;
    await goto(page, explorer.url);
    const start = await page.evaluate(() => {
      const box = document.getElementById('graph')!.getBoundingClientRect();
      const p = window.cy!.$id('iran').renderedPosition();
      return { x: box.left + p.x, y: box.top + p.y };
    });

    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move(start.x + 80, start.y + 50, { steps: 8 });
    await page.mouse.up();

    const dropped = await page.evaluate(() => window.cy!.$id('iran').position());
    const link = page.url();
    expect(new URL(link).searchParams.get('pins')).toBe(`iran:${dropped.x}:${dropped.y}`);
    const other = await openPage(browser);
    try {
      await goto(other.page, link);
      const shared = await other.page.evaluate(() => ({
        pinned: window.cy!.$id('iran').hasClass('pinned'),
        ...window.cy!.$id('iran').position(),
      }));
      expect(shared).toEqual({ pinned: true, ...dropped });
      expect(await other.page.locator('#unpin-all').textContent()).toBe('Unpin all (1)');
    } finally {
      await other.close();
    }
  });

  it('when the graph is reached with Tab and walked with the arrow keys, then Enter opens the evidence of the line followed', async () => {
    const { page } = tab;
    await goto(page, `${explorer.url}/?focus=sergey-lavrov`);

    await page.locator('#graph').focus();
    expect(await page.evaluate(() => window.cy!.nodes('.cursor').map((n) => n.id()))).toEqual(['sergey-lavrov']);
    let walked: string[] = [];
    for (const key of ['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp']) {
      await page.keyboard.press(key);
      walked = await page.evaluate(() => window.cy!.elements('.cursor').map((e) => e.id()));
      if (walked.length === 2) break;
    }
    expect(walked).toHaveLength(2);
    const line = walked.find((id) => id.includes('|'))!;
    expect(await page.locator('#graph-cursor').textContent()).toContain(' · ');

    await afterRender(page, () => page.keyboard.press('Enter'));

    expect(new URL(page.url()).searchParams.get('sel')).toBe(`edge:${line}`);
    expect(await page.locator('#evidence .claim-group').count()).toBeGreaterThan(0);
  });
});
