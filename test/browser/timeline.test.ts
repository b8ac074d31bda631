// The timeline strip in real Chromium on a corpus of two periods (December 2020, April 2021) and an
// undated wire story: its bars, a range dragged with the mouse and stepped with the keyboard, the
// undated toggle, and the range kept in the link. Then the seed corpus, which dates few claims.
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import type { ApiGraph } from './api-shapes.ts';
import { afterRender, goto, graphState, idsOf, type OpenPage, type RunningExplorer, screenshot, useBrowserSession } from './harness.ts';
import { removeDataDir, writeFixture } from '../corpus/fixture.ts';
import { periodsFixture } from '../corpus/periods-fixture.ts';

/** Whether the strip's canvas has paint in bucket `index` of `count`, just above its axis. */
function barAt(page: Page, index: number, count: number): Promise<boolean> {
  return page.evaluate(
    ([i, n]) => {
      const canvas = document.querySelector<HTMLCanvasElement>('#timeline canvas')!;
      const x = Math.floor(((i + 0.5) / n) * canvas.width);
      const y = canvas.height - Math.ceil((16 * canvas.height) / canvas.clientHeight);
      return canvas.getContext('2d')!.getImageData(x, y, 1, 1).data[3]! > 0;
    },
    [index, count] as const,
  );
}

const param = (page: Page, key: string) => new URL(page.url()).searchParams.get(key);
const handleText = (page: Page) =>
  Promise.all(['start', 'end'].map((which) => page.locator(`#timeline-${which}`).getAttribute('aria-valuetext')));

/** Drags a handle with the mouse, in steps, to the middle of bucket `index` of `count`. */
async function dragHandle(page: Page, which: 'start' | 'end', index: number, count: number): Promise<void> {
  const handle = (await page.locator(`#timeline-${which}`).boundingBox())!;
  const plot = (await page.locator('#timeline .timeline-plot').boundingBox())!;
  const y = handle.y + handle.height / 2;
  await page.mouse.move(handle.x + handle.width / 2, y);
  await page.mouse.down();
  await page.mouse.move(plot.x + ((index + 0.5) / count) * plot.width, y, { steps: 8 });
  await page.mouse.up();
}

describe('the timeline', { timeout: 90_000 }, () => {
  const dataDir = writeFixture(periodsFixture());
  let explorer: RunningExplorer;
  let tab: OpenPage;
  const MONTHS = 5; // 2020-12 … 2021-04

  useBrowserSession((session) => ({ explorer, tab } = session), { dataDir });
  afterAll(() => removeDataDir(dataDir));

  const expectGraphOf = async (page: Page, query: string) => {
    const api = await explorer.api<ApiGraph>(`/api/graph?${query}`);
    expect(await graphState(page)).toEqual(idsOf(api));
    expect(await page.locator('[data-count="claims"] strong').textContent()).toBe(String(api.counts.claims));
    return api;
  };

  it('when opened, then the strip shows bars in December 2020 and April 2021, none between, and the undated count', async () => {
    const { page } = tab;
    await goto(page, explorer.url);

    expect(await page.locator('#timeline').isVisible()).toBe(true);
    expect(await page.locator('#timeline .timeline-unit').textContent()).toBe('claims per month');
    expect(await handleText(page)).toEqual(['2020-12', '2021-04']);
    expect(await Promise.all([0, 1, 2, 3, 4].map((i) => barAt(page, i, MONTHS)))).toEqual([true, false, false, true, true]);
    expect(await page.locator('label.timeline-undated').textContent()).toBe('Include 1 undated');
    expect(await page.locator('#timeline-undated').isChecked()).toBe(true);
    await screenshot(page, 'timeline-periods');
  });

  it('when a handle is dragged to April, then the link, the graph and the counts follow the range; undated off drops India–Pakistan; a reload keeps it', async () => {
    const { page } = tab;
    await goto(page, explorer.url);

    await afterRender(page, () => dragHandle(page, 'start', 4, MONTHS));

    expect([param(page, 'dateFrom'), param(page, 'dateTo')]).toEqual(['2021-04', '2021-04']);
    expect(await handleText(page)).toEqual(['2021-04', '2021-04']);
    const april = await expectGraphOf(page, 'from=2021-04&to=2021-04');
    expect(idsOf(april).edges).toContain('india|pakistan');
    expect(await page.locator('#timeline-range').textContent()).toBe('2021-04');
    await screenshot(page, 'timeline-april');

    await afterRender(page, () => page.locator('#timeline-undated').click());

    expect(param(page, 'undated')).toBe('false');
    const dated = await expectGraphOf(page, 'from=2021-04&to=2021-04&undated=false');
    expect(idsOf(dated).edges).not.toContain('india|pakistan');

    // A new page: its render count starts again, so wait as for a first load.
    await goto(page, page.url());

    expect(await handleText(page)).toEqual(['2021-04', '2021-04']);
    expect(await page.locator('#timeline-undated').isChecked()).toBe(false);
    await expectGraphOf(page, 'from=2021-04&to=2021-04&undated=false');
  });

  it('when the start handle is stepped back with the arrow key, then March joins the range; Clear range ends it', async () => {
    const { page } = tab;
    await goto(page, `${explorer.url}/?dateFrom=2021-04&dateTo=2021-04`);

    await page.locator('#timeline-start').focus();
    await afterRender(page, () => page.keyboard.press('ArrowLeft'));

    expect([param(page, 'dateFrom'), param(page, 'dateTo')]).toEqual(['2021-03', '2021-04']);
    expect(await page.locator('#timeline-start').getAttribute('aria-valuetext')).toBe('2021-03');
    const spring = await expectGraphOf(page, 'from=2021-03&to=2021-04');
    expect(idsOf(spring).edges).toContain('india|united-states');

    await afterRender(page, () => page.locator('#timeline-clear').click());

    expect(param(page, 'dateFrom')).toBeNull();
    await expectGraphOf(page, '');
  });

  it('when a range is set, then the briefing sheet’s subtitle states it', async () => {
    const { page } = tab;
    await goto(page, `${explorer.url}/?dateFrom=2020-12&dateTo=2021-04`);
    await page.locator('#export-toggle').click();
    await page.locator('#export-briefing').click();
    await page.locator('#briefing-dialog[open]').waitFor();

    expect(await page.locator('#briefing-subtitle').inputValue()).toBe('Claims dated 2020-12 to 2021-04, undated included');
  });
});

describe('the timeline on the seed corpus', { timeout: 90_000 }, () => {
  let explorer: RunningExplorer;
  let tab: OpenPage;

  useBrowserSession((session) => ({ explorer, tab } = session));

  it('when the seed opens, then the strip shows its few dated claims by year and counts the undated apart', async () => {
    const { page } = tab;
    const api = await explorer.api<ApiGraph>('/api/graph');
    const claims = api.edges.flatMap((edge) => edge.claims);
    const undated = claims.filter((claim) => claim.effectiveDate === null).length;
    await goto(page, explorer.url);

    expect(await page.locator('#timeline').isVisible()).toBe(true);
    expect(await page.locator('#timeline .timeline-unit').textContent()).toBe('claims per year');
    expect(await page.locator('label.timeline-undated').textContent()).toBe(`Include ${undated} undated`);
    await screenshot(page, 'timeline-seed');
  });
});
