// The Cypher console as a test drives it: open it, type a query, run it and wait for the answer,
// read the editor and the result table.
import type { Page } from 'playwright-core';
import { goto } from './harness.ts';

export const DRAWER = '[data-slot="console"]';

export const runs = (page: Page): Promise<number> =>
  page.evaluate((sel) => Number(document.querySelector<HTMLElement>(sel)!.dataset.consoleRuns ?? 0), DRAWER);

/** Does `action` and waits until the console has finished the run it starts. */
export async function afterRun(page: Page, action: () => Promise<unknown>): Promise<void> {
  const before = await runs(page);
  await action();
  await page.waitForFunction(
    ([sel, b]) => Number(document.querySelector<HTMLElement>(sel as string)!.dataset.consoleRuns) > b,
    [DRAWER, before] as const,
    { timeout: 30_000 },
  );
}

/** Opens the explorer at `url` and waits for the console's editor and saved queries. */
export async function openConsole(page: Page, url: string): Promise<void> {
  await goto(page, url);
  await page.waitForSelector(`${DRAWER}[data-editor="ready"][data-queries="ready"]`, { timeout: 30_000 });
}

/** Replaces the editor's text as a user would (focus, select all, type). */
export async function setQuery(page: Page, text: string): Promise<void> {
  await page.locator('#console-editor .cm-content').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(text);
}

export const editorText = (page: Page): Promise<string> =>
  page.evaluate(() => [...document.querySelectorAll('#console-editor .cm-line')].map((line) => line.textContent).join('\n'));
export const tableRows = (page: Page): Promise<string[][]> =>
  page.evaluate(() =>
    [...document.querySelectorAll('#console-table tbody tr')].map((tr) =>
      [...tr.querySelectorAll('td')].slice(1).map((td) => td.textContent ?? ''),
    ),
  );
