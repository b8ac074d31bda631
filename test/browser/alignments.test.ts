// The Alignments panel in a real browser over the real analysis API: the unbalanced triads it
// lists, a triad's highlight and quotes, colour by bloc (and back), explaining a pair, and the
// view kept in the URL.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { afterRender, goto, type OpenPage, type RunningExplorer, screenshot, useBrowserSession } from './harness.ts';

interface ApiBalance {
  triads: { members: { id: string; name: string }[]; edges: { pair: [string, string]; claimIds: string[] }[]; balanced: boolean }[];
  frustration: number;
  counts: { triads: number; unbalanced: number };
}
interface ApiBlocs {
  blocs: { id: string; members: { id: string }[] }[];
}
interface ApiAlignment {
  net: { net: number; contested: boolean };
  claims: { claimId: string; quote: string }[];
  paths: unknown[];
}

const key = (ids: string[]) => [...ids].sort().join(',');

async function openPanel(page: Page): Promise<void> {
  if (!(await page.locator('#alignments').evaluate((el) => (el as HTMLDetailsElement).open)))
    await page.locator('#alignments > summary').click();
}

/** Picks an entity in a search box by typing its name and choosing its suggestion. */
async function pick(page: Page, input: string, text: string, id: string): Promise<void> {
  await page.locator(`#${input}`).fill(text);
  const option = page.locator(`#${input}-suggestions [data-id="${id}"]`);
  await option.waitFor();
  await option.dispatchEvent('mousedown');
}

describe('the Alignments panel', { timeout: 60_000 }, () => {
  let explorer: RunningExplorer;
  let tab: OpenPage;
  let balance: ApiBalance;

  useBrowserSession((session) => ({ explorer, tab } = session));
  beforeAll(async () => {
    balance = await explorer.api<ApiBalance>('/api/analysis/balance');
  });

  it('when opened, then it lists the unbalanced triads from the API, in its order, with the frustration index', async () => {
    const { page } = tab;
    await goto(page, explorer.url);

    await openPanel(page);

    const unbalanced = balance.triads.filter((t) => !t.balanced);
    expect(unbalanced.length).toBeGreaterThan(0);
    expect(
      await page.locator('#triad-list [data-triad]').evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.triad)),
    ).toEqual(unbalanced.map((t) => key(t.members.map((m) => m.id))));
    expect(await page.locator('#triad-list [data-triad]').first().textContent()).toContain(
      unbalanced[0]!.members.map((m) => m.name).join(' · '),
    );
    expect(await page.locator('#balance-summary').textContent()).toContain(
      `Frustration index ${balance.frustration.toFixed(2)}: ${balance.counts.unbalanced} of ${balance.counts.triads} triads`,
    );
    expect(await page.locator('#frustration-badge').textContent()).toBe(`${Math.round(balance.frustration * 100)}% frustrated`);
  });

  it('when a triad is clicked, then exactly its three nodes are highlighted, the rest recede, and its quotes are shown', async () => {
    const triad = balance.triads.find((t) => !t.balanced)!;
    const ids = triad.members.map((m) => m.id).sort();
    const quotes = new Set<string>();
    for (const edge of triad.edges) {
      const { claims } = await explorer.api<ApiAlignment>(`/api/analysis/alignment?a=${edge.pair[0]}&b=${edge.pair[1]}`);
      const behind = claims.filter((c) => edge.claimIds.includes(c.claimId));
      expect(behind.length, edge.pair.join('|')).toBeGreaterThan(0);
      for (const claim of behind) quotes.add(claim.quote);
    }
    const { page } = tab;
    await goto(page, explorer.url);
    await openPanel(page);

    await afterRender(page, () => page.locator(`#triad-list [data-triad="${key(ids)}"]`).click());

    const marks = await page.evaluate(() => {
      const cy = window.cy!;
      return {
        nodes: cy
          .nodes('.triad')
          .map((n) => n.id())
          .sort(),
        edgeEnds: cy.edges('.triad').map((e) => [e.source().id(), e.target().id()]),
        unmarked: cy.elements().filter((el) => !el.hasClass('triad') && !el.hasClass('off-triad')).length,
      };
    });
    expect(marks.nodes).toEqual(ids);
    expect(marks.edgeEnds.length).toBeGreaterThanOrEqual(3);
    for (const ends of marks.edgeEnds) for (const end of ends) expect(ids).toContain(end);
    expect(marks.unmarked).toBe(0);
    expect(await page.locator(`#triad-list [data-triad="${key(ids)}"]`).getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('#evidence-title').textContent()).toBe(triad.members.map((m) => m.name).join(' · '));
    expect(new Set(await page.locator('#evidence blockquote').allTextContents())).toEqual(quotes);
    expect(new URL(page.url()).searchParams.get('triad')).toBe(key(ids));
    await screenshot(page, '31-triad');

    // A second click, then a tap on an entity, each end the highlight.
    await afterRender(page, () => page.locator(`#triad-list [data-triad="${key(ids)}"]`).click());
    expect(await page.evaluate(() => window.cy!.elements('.triad, .off-triad').length)).toBe(0);
    await afterRender(page, () => page.locator(`#triad-list [data-triad="${key(ids)}"]`).click());
    await afterRender(page, () => page.evaluate(() => void window.cy!.$id('russia').emit('tap')));
    expect(await page.evaluate(() => window.cy!.elements('.triad').length)).toBe(0);
    expect(new URL(page.url()).searchParams.has('triad')).toBe(false);
  });

  it('when a link names a triad and colour by bloc, then both show on arrival, and back and forward walk through them', async () => {
    const triad = balance.triads.find((t) => !t.balanced)!;
    const ids = key(triad.members.map((m) => m.id));
    const { page } = tab;

    await goto(page, `${explorer.url}/?color=bloc&triad=${ids}`);

    expect(
      await page.evaluate(() =>
        window
          .cy!.nodes('.triad')
          .map((n) => n.id())
          .sort()
          .join(','),
      ),
    ).toBe(ids);
    expect(await page.evaluate(() => window.cy!.nodes('.bloc-colored').length)).toBeGreaterThan(0);
    expect(await page.locator('#alignments').evaluate((el) => (el as HTMLDetailsElement).open)).toBe(true);
    expect(await page.locator('#color-by-bloc').isChecked()).toBe(true);
    expect(await page.locator('#evidence-title').textContent()).toBe(triad.members.map((m) => m.name).join(' · '));

    await afterRender(page, () => page.locator('#clear-triad').click());
    expect(await page.evaluate(() => window.cy!.elements('.triad, .off-triad').length)).toBe(0);

    await afterRender(page, () => page.goBack());
    expect(
      await page.evaluate(() =>
        window
          .cy!.nodes('.triad')
          .map((n) => n.id())
          .sort()
          .join(','),
      ),
    ).toBe(ids);

    await afterRender(page, () => page.goForward());
    expect(await page.evaluate(() => window.cy!.nodes('.triad').length)).toBe(0);
    expect(await page.locator('#evidence-title').count()).toBe(0);
  });

  it('when colour by bloc is switched on, then nodes carry their bloc and its colour, and off restores the kind colours', async () => {
    const { blocs } = await explorer.api<ApiBlocs>('/api/analysis/blocs');
    const { page } = tab;
    await goto(page, explorer.url);
    await openPanel(page);
    const before = await page.evaluate(() =>
      Object.fromEntries(window.cy!.nodes().map((n) => [n.id(), n.style('background-color') as string])),
    );

    await afterRender(page, () => page.locator('#color-by-bloc').check());

    const painted = await page.evaluate(() =>
      Object.fromEntries(
        window
          .cy!.nodes()
          .map((n) => [
            n.id(),
            { bloc: n.data('bloc') as string | undefined, fill: n.style('background-color') as string, label: n.style('label') as string },
          ]),
      ),
    );
    for (const bloc of blocs)
      for (const member of bloc.members) if (painted[member.id]) expect(painted[member.id]!.bloc, member.id).toBe(bloc.id);
    const shared = blocs.filter((b) => b.members.length >= 2 && b.members.some((m) => painted[m.id]));
    expect(shared.length).toBeGreaterThanOrEqual(2);
    const fillOf = (bloc: (typeof blocs)[number]) => new Set(bloc.members.filter((m) => painted[m.id]).map((m) => painted[m.id]!.fill));
    for (const bloc of shared) expect(fillOf(bloc).size, bloc.id).toBe(1);
    expect(new Set(shared.map((b) => [...fillOf(b)][0])).size).toBe(shared.length);
    expect(painted[shared[0]!.members[0]!.id]!.label).toMatch(/ · B1$/);
    expect(new URL(page.url()).searchParams.get('color')).toBe('bloc');
    expect(await page.locator('#legend [data-legend="bloc-1"]').isVisible()).toBe(true);
    await screenshot(page, '32-blocs');

    await afterRender(page, () => page.locator('#color-by-bloc').uncheck());

    const restored = await page.evaluate(() =>
      Object.fromEntries(window.cy!.nodes().map((n) => [n.id(), n.style('background-color') as string])),
    );
    expect(restored).toEqual(before);
    expect(await page.evaluate(() => window.cy!.nodes().filter((n) => n.data('bloc') !== undefined).length)).toBe(0);
    expect(await page.locator('#legend [data-legend="bloc-1"]').count()).toBe(0);
    expect(new URL(page.url()).searchParams.has('color')).toBe(false);
  });

  it('when a pair is explained, then its net, contested badge, quotes by article and signed paths come from the API', async () => {
    const api = await explorer.api<ApiAlignment>('/api/analysis/alignment?a=russia&b=pakistan');
    const { page } = tab;
    await goto(page, explorer.url);
    await openPanel(page);

    await pick(page, 'pair-a', 'Russia', 'russia');
    await pick(page, 'pair-b', 'Pakistan', 'pakistan');
    await page.locator('#pair-result[data-state="ready"]').waitFor();

    expect(await page.locator('#pair-net [data-net]').getAttribute('data-net')).toBe(String(api.net.net));
    expect(await page.locator('#pair-contested').count()).toBe(api.net.contested ? 1 : 0);
    expect((await page.locator('#pair-result .pair-article blockquote').allTextContents()).sort()).toEqual(
      api.claims.map((c) => c.quote).sort(),
    );
    expect(await page.locator('#pair-paths > li').count()).toBe(api.paths.length);
    await page.locator('#pair-result').scrollIntoViewIfNeeded();
    await screenshot(page, '33-explain-pair');
  });
});
