// "Add article" in Chromium, as a new user does it: one seed article is taken out of a copy of the
// corpus, and its text taken in again through the dialog as a file, reviewed with the keyboard
// and committed; the graph then shows its claims with their quotes. An HTML page's scripts and
// handlers never run, and text that looks like markup shows as text.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readTextsBySha256 } from '../../server/corpus/verify-quotes.ts';
import { SEED_DATA_DIR, seedCorpus } from '../support/seed-corpus.ts';
import type { ApiGraph } from './api-shapes.ts';
import { afterRender, goto, graphState, idsOf, type OpenPage, type RunningExplorer, screenshot, useBrowserSession } from './harness.ts';

const SEEDS = path.join('..', 'shared', 'seeds');

/** A copy of data/ without its shortest seed article (record and claims); that article's text, to take in again. */
function corpusWithoutOneArticle(): { dataDir: string; textFile: string; title: string } {
  const texts = readTextsBySha256(SEEDS);
  const [article] = seedCorpus()
    .articles.filter((candidate) => texts.has(candidate.sha256))
    .sort((a, b) => texts.get(a.sha256)!.length - texts.get(b.sha256)!.length);
  if (article === undefined) throw new Error(`no seed text in ${SEEDS} belongs to an article of data/`);
  const work = mkdtempSync(path.join(tmpdir(), 'entente-add-article-'));
  const dataDir = path.join(work, 'data');
  cpSync(SEED_DATA_DIR, dataDir, { recursive: true });
  const articlesFile = path.join(dataDir, 'articles.yaml');
  const records = parse(readFileSync(articlesFile, 'utf8')) as { id: string }[];
  writeFileSync(articlesFile, stringify(records.filter((record) => record.id !== article.id)));
  rmSync(path.join(dataDir, 'claims', `${article.id}.yaml`));
  const textFile = path.join(work, 'article.txt');
  writeFileSync(textFile, texts.get(article.sha256)!);
  return { dataDir, textFile, title: article.title };
}

const counts = (page: Page) => page.locator('#ingest-counts').textContent();

/** Rejects the new entities, accepts everything else with A, then rejects the claims that name a rejected entity. */
async function decideAll(page: Page): Promise<void> {
  const newEntities = await page.locator('.ingest-entity', { hasText: '· new' }).count();
  for (let i = 0; i < newEntities; i += 1) await page.keyboard.press('r');
  const allDecided = async () => /Entities: 0 to decide.*Claims: 0 to decide/.test((await counts(page)) ?? '');
  // A moves on to the next undecided item, wrapping round: one press per item is enough.
  for (let presses = 0; presses < 500 && !(await allDecided()); presses += 1) await page.keyboard.press('a');
  expect(await allDecided()).toBe(true);
  for (let blocker = page.locator('#ingest-blockers .link-button'); (await blocker.count()) > 0;) {
    await blocker.click();
    await page.keyboard.press('r');
  }
}

/** Selects [start, end) of the article pane's text, as a person dragging over it would. */
async function selectText(page: Page, start: number, end: number): Promise<void> {
  await page.evaluate(
    ([from, to]) => {
      const runs = Array.from(document.querySelectorAll<HTMLElement>('#ingest-text [data-start]'));
      const at = (offset: number) => {
        const run = runs.findLast((candidate) => Number(candidate.dataset.start) <= offset)!;
        return { node: run.firstChild!, offset: offset - Number(run.dataset.start) };
      };
      const range = document.createRange();
      const [a, b] = [at(from!), at(to!)];
      range.setStart(a.node, a.offset);
      range.setEnd(b.node, b.offset);
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
    },
    [start, end],
  );
}

describe('Add article', { timeout: 180_000 }, () => {
  let explorer: RunningExplorer;
  let tab: OpenPage;
  const input = corpusWithoutOneArticle();

  useBrowserSession((session) => ({ explorer, tab } = session), { dataDir: input.dataDir });

  it('when a seed text is taken in, reviewed with the keyboard and committed, then the graph shows its claims and quotes', async () => {
    const { page } = tab;
    await goto(page, explorer.url);
    await page.locator('#add-article').click();
    await page.locator('#ingest-file').setInputFiles(input.textFile);
    await page.locator('#ingest-title').fill(input.title);
    await page.locator('#ingest-propose').click();
    await page.locator('#ingest-review').waitFor({ state: 'visible' });
    const text = await page.evaluate(() => document.querySelector('#ingest-text')!.textContent);
    expect(text).toBe(readFileSync(input.textFile, 'utf8').trim());
    await screenshot(page, '30-add-article-review');

    // An entity field offers known entities the article does not name, as they are typed.
    const offered = () =>
      page.locator('#ingest-entity-ids option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    const named = await offered();
    const other = seedCorpus().entities.find((entity) => !named.includes(entity.id))!;
    await page.locator('.ingest-claim').first().click();
    await page.keyboard.press('e');
    await page.locator('#edit-subject').fill(other.name.slice(0, 6));
    await expect.poll(offered, { timeout: 10_000 }).toContain(other.id);
    await page.keyboard.press('Escape');
    expect(await page.locator('.ingest-editor').count()).toBe(0);
    expect(await page.locator('#ingest-dialog').getAttribute('open')).toBe('');

    await decideAll(page);
    // The selected claim's quote, narrowed to its first half by a selection and W.
    await page.locator('.ingest-claim[data-decision="accept"]').first().click();
    const quote = page.locator('.ingest-item[aria-selected="true"] .ingest-quote');
    const before = (await quote.textContent())!;
    const start = text.indexOf(before);
    await selectText(page, start, start + Math.ceil(before.length / 2));
    await page.keyboard.press('w');
    expect(await quote.textContent()).toBe(text.slice(start, start + Math.ceil(before.length / 2)).trim());
    expect(await page.locator('#ingest-blockers').textContent()).toBe('Ready to commit.');

    await page.keyboard.press('Control+Enter');
    await page.locator('#ingest-done').waitFor({ state: 'visible' });
    const message = (await page.locator('#ingest-done-message').textContent())!;
    const articleId = /\(([a-z0-9-]+)\)/.exec(message)![1]!;
    await screenshot(page, '31-add-article-done');
    await afterRender(page, () => page.locator('#ingest-show').click());

    const api = await explorer.api<ApiGraph>(`/api/graph?article=${articleId}`);
    expect(api.edges.length).toBeGreaterThan(0);
    expect(await graphState(page)).toEqual(idsOf(api));
    expect(new URL(page.url()).searchParams.getAll('article')).toEqual([articleId]);
    await afterRender(page, () => page.evaluate((id) => void window.cy!.$id(id).emit('tap'), idsOf(api).edges[0]!));
    const quotes = await page.locator('#evidence blockquote.quote').allTextContents();
    expect(quotes.length).toBeGreaterThan(0);
    for (const shown of quotes) expect(text).toContain(shown.replace(/^“|”$/g, ''));
    await screenshot(page, '32-add-article-in-graph');
    expect(readFileSync(path.join(input.dataDir, 'texts', `${articleId}.txt`), 'utf8')).toBe(text);
  });

  it('when an HTML page with scripts and handlers is taken in, then nothing of it runs and markup-like text shows as text', async () => {
    const { page } = tab;
    await goto(page, explorer.url);
    const paragraph =
      'Officials in Kabul and Tashkent said on Monday that talks on a railway line had made progress after two days of meetings.';
    const htmlFile = path.join(path.dirname(input.textFile), 'report.html');
    writeFileSync(
      htmlFile,
      `<html><head><title>Rail talks</title><script>window.pwned = 1</script></head><body><article><h1>Rail talks</h1>
      ${`<p onmouseover="window.pwned = 2">${paragraph}</p>`.repeat(3)}
      <p>&lt;img src=x onerror="window.pwned = 3"&gt; was printed in the page as text.</p></article></body></html>`,
    );
    await page.locator('#add-article').click();
    await page.locator('#ingest-file').setInputFiles(htmlFile);
    await page.locator('#ingest-propose').click();
    await page.locator('#ingest-review').waitFor({ state: 'visible' });
    await page.locator('#ingest-text').hover();

    expect(await page.locator('#ingest-text').textContent()).toContain('<img src=x onerror="window.pwned = 3"> was printed');
    expect(await page.locator('#ingest-text img').count()).toBe(0);
    expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.locator('#ingest-dialog .ingest-title').textContent()).toBe('Review: Rail talks');
  });
});
