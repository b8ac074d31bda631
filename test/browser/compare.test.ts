// Compare mode in a real browser on the periods fixture (December 2020 and April 2021, Pakistani and
// Indian outlets): sides set through the form, each line's status as /api/compare answers it, the
// changed Russia–India pair's quotes from each side, the What changed lists, a view compared with
// itself, an empty side, and the What changed sheet as PDF. Screenshots in test-results/browser/.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import type { CompareResponse } from '../../contract/index.ts';
import { periodsFixture } from '../corpus/periods-fixture.ts';
import { removeDataDir, writeFixture } from '../corpus/fixture.ts';
import { download, parseSvg, pdfPageCount, pdfText } from './export-files.ts';
import { afterRender, goto, type OpenPage, type RunningExplorer, screenshot, SCREENSHOTS, useBrowserSession } from './harness.ts';

const dataDir = writeFixture(periodsFixture());
const DEC_APR = 'compare=1&a.from=2020-12&a.to=2020-12&b.from=2021-04&b.to=2021-04';
/** /api/compare for two sides given as /api/graph query strings. */
const compareUrl = (a: string, b: string) => `/api/compare?${new URLSearchParams({ a, b })}`;

/** Each compared line's status, as drawn. */
function drawnStatuses(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => Object.fromEntries(window.cy!.edges().map((edge) => [edge.id(), String(edge.data('status'))])));
}

const statusesOf = (response: CompareResponse) => Object.fromEntries(response.edges.map((edge) => [edge.id, edge.status]));

/** The What changed lists as shown: per kind, its pairs and their article counts, in order. */
function shownChanges(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('#what-changed .cmp-change-group')].map((group) => ({
      kind: group.dataset.kind,
      title: group.querySelector('h3')!.textContent,
      pairs: [...group.querySelectorAll<HTMLElement>('.cmp-change')].map((item) => ({
        pair: item.dataset.pair,
        articles: Number(item.dataset.articles),
      })),
    })),
  );
}

async function setDate(page: Page, id: string, value: string): Promise<void> {
  await page.locator(`#${id}`).fill(value);
  await afterRender(page, () => page.locator(`#${id}`).press('Enter'));
}

describe('compare mode', { timeout: 120_000 }, () => {
  let explorer: RunningExplorer;
  let tab: OpenPage;

  useBrowserSession((session) => ({ explorer, tab } = session), { dataDir });
  afterAll(() => removeDataDir(dataDir));

  it('when A = December 2020 and B = April 2021 are set in the form, then every line has the status /api/compare gives it and the lists rank the changes', async () => {
    const { page } = tab;
    await goto(page, explorer.url);
    await afterRender(page, () => page.locator('#compare-toggle').click());
    await setDate(page, 'compare-a-from', '2020-12');
    await setDate(page, 'compare-a-to', '2020-12');
    await setDate(page, 'compare-b-from', '2021-04');
    await setDate(page, 'compare-b-to', '2021-04');

    expect(new URL(page.url()).search).toContain('a.from=2020-12');
    const answer = await explorer.api<CompareResponse>(compareUrl('from=2020-12&to=2020-12', 'from=2021-04&to=2021-04'));
    expect(await drawnStatuses(page)).toEqual(statusesOf(answer));
    expect(statusesOf(answer)).toMatchObject({
      'pakistan|russia': 'both',
      'india|russia': 'changed',
      'china|quad': 'a',
      'pakistan|united-states': 'b',
    });
    const counts = await page.evaluate(() => {
      const items = [...document.querySelectorAll<HTMLElement>('#compare-summary [data-count]')];
      return Object.fromEntries(
        items.map((item): [string, number] => [item.dataset.count!, Number(item.querySelector('strong')!.textContent)]),
      );
    });
    expect(counts).toEqual(answer.summary);
    // The header counts the union on screen, not the explorer's view behind it.
    const header = await page.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll<HTMLElement>('#counts [data-count]')].map((item) => [
          item.dataset.count!,
          Number(item.querySelector('strong')!.textContent),
        ]),
      ),
    );
    expect(header).toMatchObject({ nodes: answer.nodes.length, pairs: answer.edges.length, claims: answer.claims.length });
    for (const status of ['both', 'a', 'b', 'changed'] as const)
      expect(await page.locator(`#compare-legend [data-legend="cmp-${status}"]`).textContent()).toContain(`(${answer.summary[status]})`);

    const changes = await shownChanges(page);
    expect(changes.map((group) => group.kind)).toEqual(['changed', 'new', 'lost', 'contested']);
    expect(changes.map((group) => group.pairs.map((item) => item.pair))).toEqual([
      ['india|russia'],
      ['pakistan|united-states'],
      ['china|quad'],
      [],
    ]);
    // Russia–India: two December articles, two April ones.
    expect(changes[0]!.pairs[0]!.articles).toBe(4);
    expect(changes[0]!.title).toBe('Sign changed (1)');
    await screenshot(page, 'compare-dec-apr');
  });

  it('when the changed Russia–India line is opened, then the evidence panel quotes side A and side B, each with its article and outlet', async () => {
    const { page } = tab;
    await goto(page, `${explorer.url}/?${DEC_APR}`);
    await afterRender(page, () => page.evaluate(() => void window.cy!.$id('india|russia').emit('tap')));

    const side = (name: 'a' | 'b') => page.locator(`#evidence-body .cmp-side[data-side="${name}"]`);
    expect(await side('a').locator('h3').textContent()).toBe('A: aligned · 2 vs 0 articles');
    expect(await side('b').locator('h3').textContent()).toBe('B: opposed · 0 vs 2 articles');
    const a = await side('a').locator('.cmp-quote').allTextContents();
    const b = await side('b').locator('.cmp-quote').allTextContents();
    expect(a.join('\n')).toContain('Russia and India reaffirmed their partnership');
    expect(a.join('\n')).toContain('Delhi and Moscow reaffirm old ties · Delhi Herald');
    expect(a.join('\n')).toContain('Moscow still counts Delhi as a partner');
    expect(b.join('\n')).toContain('Moscow accused Delhi of drifting to the West');
    expect(b.join('\n')).toContain('Lavrov in Islamabad · Karachi Daily');
    expect(b.join('\n')).toContain('India and Russia now compete for influence');
    expect(a.join('\n')).not.toContain('compete for influence');
    await screenshot(page, 'compare-russia-india');

    // A list item opens its pair the same way.
    await afterRender(page, () => page.locator('#what-changed [data-pair="pakistan|united-states"] .cmp-pair').click());
    expect(await page.locator('#evidence-title').textContent()).toBe('Pakistan – United States');
    expect(await side('a').textContent()).toContain('Side A states nothing about this pair.');
    expect(await side('b').textContent()).toContain('US officials met Pakistani counterparts');
  });

  it('when a view is compared with itself, then every line is in both', async () => {
    const { page } = tab;
    await goto(page, `${explorer.url}/?focus=russia`);
    await afterRender(page, () => page.locator('#compare-toggle').click());

    const statuses = Object.values(await drawnStatuses(page));
    expect(statuses.length).toBeGreaterThan(0);
    expect(new Set(statuses)).toEqual(new Set(['both']));
    expect(await page.locator('#compare-summary [data-count="changed"] strong').textContent()).toBe('0');
  });

  it('when side B matches no claims, then it says so and draws A alone, with no error', async () => {
    const { page } = tab;
    await goto(page, `${explorer.url}/?compare=1&a.from=2020-12&a.to=2020-12&b.from=2030&b.undated=false`);

    expect(await page.locator('#compare-summary .cmp-empty-side').allTextContents()).toEqual(['Side B matches no claims']);
    expect(new Set(Object.values(await drawnStatuses(page)))).toEqual(new Set(['a']));
    expect(await page.evaluate(() => document.body.dataset.state)).toBe('ready');
  });

  it('when a date is not one, then the form says why and the view keeps its sides', async () => {
    const { page } = tab;
    await goto(page, `${explorer.url}/?${DEC_APR}`);
    const before = page.url();
    await page.locator('#compare-a-to').fill('2020-13');
    await page.locator('#compare-a-to').press('Enter');

    expect(await page.locator('#compare-a-problem').textContent()).toContain('is not a date');
    expect(page.url()).toBe(before);
  });

  it('when the What changed sheet is saved as PDF, then its text holds the summary and both sides’ sources', async () => {
    const { page } = tab;
    await goto(page, `${explorer.url}/?${DEC_APR}`);
    const answer = await explorer.api<CompareResponse>(compareUrl('from=2020-12&to=2020-12', 'from=2021-04&to=2021-04'));

    const svg = await download(page, () => page.locator('#compare-svg').click(), 'what-changed.svg');
    const pdf = await download(page, () => page.locator('#compare-pdf').click(), 'what-changed.pdf');

    expect(pdf.name).toMatch(/^entente-view-\d{4}-\d{2}-\d{2}-what-changed\.pdf$/);
    const parsed = await parseSvg(page, svg.bytes.toString('utf8'));
    expect(parsed.error).toBeNull();
    expect(pdfPageCount(pdf.bytes)).toBe(parsed.pages);
    const text = pdfText(pdf.bytes);
    expect(text).toContain(
      `In both ${answer.summary.both} · Only in A ${answer.summary.a} · Only in B ${answer.summary.b} · Sign changed ${answer.summary.changed}`,
    );
    expect(text).toContain('A SOURCES');
    expect(text).toContain('B SOURCES');
    for (const quote of ['Beijing called the Quad a rival bloc', 'Moscow accused Delhi', 'US officials met Pakistani'])
      expect(text).toContain(quote);
    expect(text).not.toContain('≥');
    // Every pair is a source on its side(s).
    const sources = parsed.sources.map((source) => source.edge);
    for (const edge of answer.edges)
      expect(sources.filter((id) => id === edge.id)).toHaveLength(edge.status === 'a' || edge.status === 'b' ? 1 : 2);
    execFileSync('/usr/bin/pdftoppm', [
      '-png',
      '-r',
      '80',
      path.join(SCREENSHOTS, 'what-changed.pdf'),
      path.join(SCREENSHOTS, 'what-changed'),
    ]);
  });
});
