// The picture reads (issue #15): one line per pair, allies together and adversaries apart, labels
// clear of each other and of the entities, and a calm view: a filter change answers quickly and
// keeps the entities that stay where they were. Figures from window.cy in real Chromium.
import { describe, expect, it } from 'vitest';
import type { ApiGraph } from './api-shapes.ts';
import { download, picture } from './export-files.ts';
import { goto, graphState, idsOf, type OpenPage, type RunningExplorer, screenshot, useBrowserSession } from './harness.ts';
import {
  largestMove,
  overlaps,
  placement,
  sheetOverlaps,
  tensionToAllianceDistance,
  timedRedraw,
  viewportStill,
} from './picture-metrics.ts';

const VIEWS = { default: '', lavrov: '?focus=sergey-lavrov', pakistan: '?focus=pakistan', russia: '?focus=russia' };

describe('the picture', { timeout: 90_000 }, () => {
  let explorer: RunningExplorer;
  let tab: OpenPage;

  useBrowserSession((session) => ({ explorer, tab } = session));

  it('when Lavrov is focused, then one line is drawn per pair, not per relationship type', async () => {
    const api = await explorer.api<ApiGraph>('/api/graph?focus=sergey-lavrov&depth=1');
    const pairs = idsOf(api).edges.length;

    await goto(tab.page, `${explorer.url}/${VIEWS.lavrov}`);

    const drawn = await graphState(tab.page);
    console.log(`[figures] Lavrov focus: ${drawn.edges.length} lines for ${pairs} pairs (${api.edges.length} relationships)`);
    expect(drawn).toEqual(idsOf(api));
    expect(api.edges.length).toBeGreaterThan(pairs);
  });

  for (const [name, query] of Object.entries(VIEWS)) {
    it(`when the ${name} view is fitted, then no label overlaps another label or an entity`, async () => {
      await goto(tab.page, `${explorer.url}/${query}`);

      const found = await overlaps(tab.page);
      console.log(`[figures] ${name}: ${found.labelLabel.length} label–label, ${found.labelNode.length} label–node overlaps`);
      expect(found).toEqual({ labelLabel: [], labelNode: [] });
      await screenshot(tab.page, `picture-${name}`);
    });
  }

  for (const [name, query] of Object.entries(VIEWS)) {
    it(`when the briefing sheet of the ${name} view is drawn, then no label on it overlaps another label or an entity`, async () => {
      const { page } = tab;
      await goto(page, `${explorer.url}/${query}`);
      await page.locator('#export-toggle').click();
      await page.locator('#export-briefing').click();
      await page.locator('#briefing-dialog[open]').waitFor();

      const sheet = (await download(page, () => page.locator('#briefing-svg').click(), `picture-sheet-${name}.svg`)).bytes;
      const found = await sheetOverlaps(page, sheet.toString('utf8'));

      console.log(`[figures] ${name} sheet: ${found.labelLabel.length} label–label, ${found.labelNode.length} label–node overlaps`);
      await picture(tab, sheet, { width: 1190, height: 1684 }, `picture-sheet-${name}`);
      expect(found).toEqual({ labelLabel: [], labelNode: [] });
    });
  }

  it('when the default view is laid out, then pairs in tension lie at least 1.8 times as far apart as allied pairs', async () => {
    await goto(tab.page, explorer.url);

    const distance = await tensionToAllianceDistance(tab.page);
    console.log(
      `[figures] tension/alliance distance: ${distance.ratio.toFixed(2)} (${distance.tension.toFixed(0)} / ${distance.alliance.toFixed(0)} px)`,
    );
    expect(distance.ratio).toBeGreaterThanOrEqual(1.8);
  });

  it('when a filter changes, then the view is redrawn within 300 ms and entities that stay keep their place (less than their own size, in the model and on screen)', async () => {
    const { page } = tab;
    await goto(page, `${explorer.url}/?polarity=tension`);
    const chip = '#filters [data-polarity="tension"]';

    for (const change of ['adds entities', 'removes entities']) {
      const before = await placement(page);
      const ms = await timedRedraw(page, chip);
      await viewportStill(page);
      const after = await placement(page);

      const moved = largestMove(before, after);
      const counts = `${Object.keys(before).length} → ${Object.keys(after).length} entities`;
      console.log(
        `[figures] filter ${change} (${counts}): redraw ${ms.redraw.toFixed(0)} ms (${ms.total.toFixed(0)} ms with the API); ` +
          `largest move ${moved.screen.toFixed(2)} on screen, ${moved.model.toFixed(2)} in the model × own size`,
      );
      // The 0.6–2.6 s were the explorer's animated re-layout; the API's time is the server's.
      expect(ms.redraw, change).toBeLessThanOrEqual(300);
      expect(moved.model, change).toBeLessThan(1);
      // The viewport stays while the view fits it: on screen too.
      expect(moved.screen, change).toBeLessThan(1);
    }
    await screenshot(page, 'picture-after-filters');
  });
});
