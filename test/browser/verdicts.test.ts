// Verdicts in the real browser (issue #16 items 2-4): the legend states the contested threshold and
// that a claim's polarity wins over its type; "Include historical claims" changes the lines and the
// link; the Alignments panel's minimum evidence changes the analyses and the link; weak bloc members
// are marked; the card prints each verdict with its counts. Expectations come from the API.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  CONTESTED_MIN_ARTICLES,
  CONTESTED_MIN_SHARE,
  netOfClaims,
  netPolarity,
  pairKey,
  VERDICT_RULES,
  verdictText,
  type BalanceResponse,
  type BlocsResponse,
  type EntityDetail,
} from '../../contract/index.ts';
import type { ApiGraph } from './api-shapes.ts';
import { afterRender, goto, type OpenPage, type RunningExplorer, screenshot, SCREENSHOTS, useBrowserSession } from './harness.ts';

/** The pairs whose only alliance or tension claims are historical: the toggle changes how their lines read. */
function pairsMovedByHistory(graph: ApiGraph): string[] {
  const byPair = new Map<string, ApiGraph['edges'][number]['claims']>();
  for (const edge of graph.edges) {
    const key = pairKey(edge.source, edge.target);
    byPair.set(key, [...(byPair.get(key) ?? []), ...edge.claims]);
  }
  return [...byPair]
    .filter(([, claims]) => netPolarity(netOfClaims(claims)) !== netPolarity(netOfClaims(claims, { historical: true })))
    .map(([key]) => key);
}

const lineOf = (page: Page, id: string) =>
  page.evaluate((edge) => {
    const line = window.cy!.$id(edge);
    return { polarity: line.data('polarity') as string, label: line.data('label') as string };
  }, id);

describe('verdicts in the explorer', { timeout: 90_000 }, () => {
  let explorer: RunningExplorer;
  let tab: OpenPage;

  useBrowserSession((session) => ({ explorer, tab } = session));

  it('when the legend is read, then it states the contested threshold, the divided rule and that a claim’s polarity wins over its type', async () => {
    const { page } = tab;
    await goto(page, explorer.url);

    const contested = await page.locator('#legend [data-legend="contested"]').textContent();
    expect(contested).toContain(`at least ${CONTESTED_MIN_ARTICLES} articles`);
    expect(contested).toContain(`1/${Math.round(1 / CONTESTED_MIN_SHARE)}`);
    expect(await page.locator('#legend [data-legend="contested"]').getAttribute('title')).toBe(VERDICT_RULES.contested);
    expect(await page.locator('#legend [data-legend="polarity-rule"]').textContent()).toBe(VERDICT_RULES.polarity);
    expect(await page.locator('#legend [data-legend="divided"]').textContent()).toContain(VERDICT_RULES.divided);
    expect(await page.locator('#legend [data-legend="mixed"]').count()).toBe(1);
    await page.locator('#legend').screenshot({ path: path.join(SCREENSHOTS, 'verdicts-legend.png') });
  });

  it('when "Include historical claims" is ticked, then the lines resting on old claims change, the link says so, and the claims carry a badge', async () => {
    const [graph, graphOld] = await Promise.all([
      explorer.api<ApiGraph>('/api/graph?focus=india'),
      explorer.api<ApiGraph>('/api/graph?focus=india&historical=true'),
    ]);
    const moved = pairsMovedByHistory(graph);
    expect(moved.length).toBeGreaterThan(0);
    const pair = moved[0]!;
    const claims = graph.edges.filter((e) => pairKey(e.source, e.target) === pair).flatMap((e) => e.claims);
    const { page } = tab;
    await goto(page, `${explorer.url}/?focus=india&sel=edge:${pair}`);

    const before = await lineOf(page, pair);
    expect(before.polarity).toBe(netPolarity(netOfClaims(claims)));
    expect(await page.locator('#evidence .claim.historical .historical-badge').count()).toBe(claims.filter((c) => c.historical).length);
    await screenshot(page, 'verdicts-historical-off');

    await afterRender(page, () => page.locator('input[data-historical="toggle"]').check());

    expect(new URL(page.url()).searchParams.get('historical')).toBe('true');
    const oldClaims = graphOld.edges.filter((e) => pairKey(e.source, e.target) === pair).flatMap((e) => e.claims);
    const after = await lineOf(page, pair);
    expect(after.polarity).toBe(netPolarity(netOfClaims(oldClaims, { historical: true })));
    expect(after.polarity).not.toBe(before.polarity);
    expect(after.label.startsWith(verdictText(netOfClaims(oldClaims, { historical: true })))).toBe(true);
    await screenshot(page, 'verdicts-historical-on');

    await afterRender(page, () => page.goBack());
    expect(new URL(page.url()).searchParams.has('historical')).toBe(false);
    expect((await lineOf(page, pair)).polarity).toBe(before.polarity);
  });

  it('when an entity card is opened, then each counterpart prints its verdict with its counts, as the API gives it', async () => {
    const detail = await explorer.api<EntityDetail>('/api/entities/india');
    const { page } = tab;
    await goto(page, `${explorer.url}/?sel=node:india`);

    const shown = await page
      .locator('#evidence .counterparts li')
      .evaluateAll((items) =>
        items.map((li) => [li.querySelector('[data-focus]')!.getAttribute('data-focus'), li.querySelector('.verdict-badge')!.textContent]),
      );
    const expected = Object.values(detail.counterparts)
      .flat()
      .map((c) => [c.id, verdictText(c.net)]);
    expect(shown.sort()).toEqual(expected.sort());
    expect(shown.find(([id]) => id === 'russia')![1]).toMatch(/^divided · \d+ vs \d+ articles/);
    await screenshot(page, 'verdicts-entity-card');
  });

  it('when the Alignments panel’s minimum evidence is raised, then the analyses follow the API at that minimum and the link keeps it', async () => {
    const [full, strong] = await Promise.all([
      explorer.api<BalanceResponse>('/api/analysis/balance'),
      explorer.api<BalanceResponse>('/api/analysis/balance?minArticles=2'),
    ]);
    const blocs = await explorer.api<BlocsResponse>('/api/analysis/blocs?minArticles=2');
    const unbalanced = (balance: BalanceResponse) =>
      balance.triads.filter((t) => !t.balanced).map((t) => t.members.map((m) => m.id).join(','));
    expect(unbalanced(strong)).not.toEqual(unbalanced(full));
    const { page } = tab;
    await goto(page, `${explorer.url}/?color=bloc`);
    const listed = () =>
      page.locator('#triad-list [data-triad]').evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.triad));
    expect(await listed()).toEqual(unbalanced(full));

    await afterRender(page, () => page.locator('#analysis-min-articles').selectOption('2'));

    expect(new URL(page.url()).searchParams.get('alignMin')).toBe('2');
    expect(await listed()).toEqual(unbalanced(strong));
    const entities = blocs.counts.entities;
    expect(await page.locator('#bloc-summary').textContent()).toContain(`among ${entities} entities`);
    await page.locator('#analysis-min-articles').scrollIntoViewIfNeeded();
    await screenshot(page, 'verdicts-min-evidence');

    await goto(page, page.url());
    expect(await page.locator('#analysis-min-articles').inputValue()).toBe('2');
  });

  it('when nodes are coloured by bloc, then members placed on thin evidence are marked weak', async () => {
    const blocs = await explorer.api<BlocsResponse>('/api/analysis/blocs');
    const weak = blocs.blocs.filter((b) => b.members.length >= 2).flatMap((b) => b.weak);
    expect(weak.length).toBeGreaterThan(0);
    const { page } = tab;
    await goto(page, `${explorer.url}/?color=bloc`);

    const marked = await page.evaluate(() =>
      window
        .cy!.nodes('.bloc-weak')
        .map((n) => [n.id(), n.data('blocLabel') as string])
        .sort(),
    );
    const drawn = await page.evaluate(() => window.cy!.nodes().map((n) => n.id()));
    expect(marked.map(([id]) => id)).toEqual(weak.filter((id) => drawn.includes(id)).sort());
    for (const [, label] of marked) expect(label).toMatch(/ · B\d+\?$/);
    expect(await page.locator('#legend [data-legend="bloc-weak"]').count()).toBe(1);
    await screenshot(page, 'verdicts-weak-members');
  });
});
