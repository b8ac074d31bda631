// The Cypher console in a real browser over the real API and the seed corpus: saved queries,
// own Cypher, the read-only refusal, syntax error marks, Ctrl+Enter, results drawn as a graph,
// and the console kept in the URL. Waits on the drawer's signals (data-console-runs,
// data-result-graph), never on a clock.
import { describe, expect, it } from 'vitest';
import { graphFingerprint } from '../support/neo4j.ts';
import type { ConsoleResult } from '../../contract/index.ts';
import type { ApiGraph } from './api-shapes.ts';
import { DRAWER, runs, afterRun, openConsole, setQuery, editorText, tableRows } from './console-page.ts';
import { afterRender, goto, graphState, idsOf, type OpenPage, type RunningExplorer, screenshot, useBrowserSession } from './harness.ts';

describe('the Cypher console', { timeout: 60_000 }, () => {
  let explorer: RunningExplorer;
  let tab: OpenPage;

  const post = async <T>(path: string, body: unknown): Promise<T> => {
    const response = await fetch(`${explorer.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(response.ok, path).toBe(true);
    return (await response.json()) as T;
  };

  useBrowserSession((session) => ({ explorer, tab } = session));

  it('when the Cypher button is pressed, then the drawer opens with an editor, the URL says console=1, and no history entry is added', async () => {
    const { page } = tab;
    await goto(page, explorer.url);
    const entries = await page.evaluate(() => window.history.length);

    await page.locator('#console-toggle').click();
    await page.waitForSelector(`${DRAWER}[data-editor="ready"][data-queries="ready"]`);

    expect(await page.locator(DRAWER).isVisible()).toBe(true);
    expect(await page.locator('#console-toggle').getAttribute('aria-pressed')).toBe('true');
    expect(new URL(page.url()).searchParams.get('console')).toBe('1');
    expect(await page.evaluate(() => window.history.length)).toBe(entries);
    // The graph area gave the drawer its room: the graph still fits above it.
    const [graph, drawer] = await Promise.all([page.locator('#graph').boundingBox(), page.locator(DRAWER).boundingBox()]);
    expect(graph!.y + graph!.height).toBeLessThanOrEqual(drawer!.y + 1);

    await page.locator('#console-close').click();
    expect(await page.locator(DRAWER).isVisible()).toBe(false);
    expect(new URL(page.url()).searchParams.has('console')).toBe(false);
  });

  it('when a saved query is picked and run, then its parameters show and the table holds its rows', async () => {
    const answer = await post<ConsoleResult>('/api/queries/partners-by-evidence/run', { params: { entity: 'russia' } });
    const { page } = tab;
    const posted: string[] = [];
    page.on('request', (request) => request.method() === 'POST' && posted.push(new URL(request.url()).pathname));
    await openConsole(page, `${explorer.url}/?console=1`);

    await page.selectOption('#console-saved', 'partners-by-evidence');

    expect(await editorText(page)).toContain('MATCH (e:Entity {id: $entity})');
    expect(await page.locator('#console-answers').textContent()).toContain('Who stands with an entity?');
    expect(await page.locator('[data-param="entity"]').inputValue()).toBe('russia');
    expect(await page.locator('#console-mode').getAttribute('data-via')).toBe('saved');
    // Cypher highlighting: the keyword is coloured differently from a variable.
    const colours = await page.evaluate(() => {
      const spans = [...document.querySelectorAll<HTMLElement>('#console-editor .cm-line span')];
      const colour = (text: string) => getComputedStyle(spans.find((s) => s.textContent === text)!).color;
      return { keyword: colour('MATCH'), variable: getComputedStyle(document.querySelector('#console-editor .cm-line')!).color };
    });
    expect(colours.keyword).not.toBe(colours.variable);

    await afterRun(page, () => page.locator('#console-run').click());

    expect(answer.rows.length).toBeGreaterThan(0);
    expect(await page.locator(DRAWER).getAttribute('data-console-state')).toBe('done');
    expect(await page.locator('#console-count').getAttribute('data-rows')).toBe(String(answer.rows.length));
    expect(await page.locator('#console-table thead th').allTextContents()).toEqual(['#', ...answer.columns]);
    const rows = await tableRows(page);
    expect(rows.map((row) => row[0])).toEqual(answer.rows.map((row) => String(row[0])));
    // Lists are compact JSON.
    const listColumn = answer.columns.indexOf('relationships');
    expect(rows[0]![listColumn]).toBe(`[${(answer.rows[0]![listColumn] as string[]).map((t) => JSON.stringify(t)).join(', ')}]`);
    expect(posted).toEqual(['/api/queries/partners-by-evidence/run']);
    await screenshot(page, '20-console-saved-query');

    // Edited, the text runs as own Cypher through /api/cypher, with the same parameter.
    await page.locator('#console-editor .cm-content').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.insertText('\nLIMIT 1');
    expect(await page.locator('#console-mode').getAttribute('data-via')).toBe('cypher');
    expect(await page.locator('#console-revert').isVisible()).toBe(true);

    await afterRun(page, () => page.locator('#console-run').click());

    expect(posted).toEqual(['/api/queries/partners-by-evidence/run', '/api/cypher']);
    expect((await tableRows(page)).map((row) => row[0])).toEqual([String(answer.rows[0]![0])]);
  });

  it('when a write is run, then the read-only refusal shows and neither /api/graph nor the database changes', async () => {
    const graphBefore = await explorer.api<ApiGraph>('/api/graph');
    const dbBefore = await graphFingerprint(explorer.db);
    const { page } = tab;
    await openConsole(page, `${explorer.url}/?console=1`);
    const drawn = await graphState(page);

    await setQuery(page, 'CREATE (n:X) RETURN n');
    await afterRun(page, () => page.locator('#console-run').click());

    const error = page.locator('#console-error');
    expect(await error.isVisible()).toBe(true);
    expect(await error.getAttribute('data-error-code')).toBe('read_only');
    expect(await error.getAttribute('data-error-kind')).toBe('read-only');
    expect(await page.locator('#console-error-title').textContent()).toBe('This console is read-only');
    expect((await error.locator('.console-error-detail').textContent())!.length).toBeGreaterThan(0);
    expect(await page.locator(DRAWER).getAttribute('data-console-state')).toBe('error');
    const graphAfter = await explorer.api<ApiGraph>('/api/graph');
    expect(graphAfter.counts).toEqual(graphBefore.counts);
    expect(await graphFingerprint(explorer.db)).toEqual(dbBefore);
    expect(await graphState(page)).toEqual(drawn);
    await screenshot(page, '21-console-read-only');
  });

  it('when the query has a syntax error, then the message shows and the place is marked in the editor', async () => {
    const { page } = tab;
    await openConsole(page, `${explorer.url}/?console=1`);

    await setQuery(page, "MATCH (e:Entity {id: 'russia'})\nRETRUN e.name");
    await afterRun(page, () => page.locator('#console-run').click());

    expect(await page.locator('#console-error').getAttribute('data-error-code')).toBe('syntax_error');
    expect(await page.locator('#console-error-title').textContent()).toContain('line 2, column 1');
    expect(await page.locator('#console-editor .cm-console-error').textContent()).toBe('RETRUN');
    expect(await page.locator('#console-editor .cm-console-error-line').textContent()).toBe('RETRUN e.name');
    await screenshot(page, '22-console-syntax-error');

    // Fixing the text clears the mark.
    await page.locator('#console-editor .cm-console-error').click();
    await page.keyboard.press('Delete');
    expect(await page.locator('#console-editor .cm-console-error').count()).toBe(0);
  });

  it('when Ctrl+Enter is pressed in the editor or a parameter, then the query runs and the URL keeps it', async () => {
    const { page } = tab;
    await openConsole(page, `${explorer.url}/?console=1`);
    const entries = await page.evaluate(() => window.history.length);

    await setQuery(page, 'RETURN $n + 1 AS next, $name AS name');
    await page.locator('[data-param="n"]').fill('41');
    await page.locator('[data-param="name"]').fill('Lavrov');
    await afterRun(page, () => page.keyboard.press('Control+Enter'));

    expect(await tableRows(page)).toEqual([['42', 'Lavrov']]);
    const url = new URL(page.url()).searchParams;
    expect(url.get('q')).toBe('RETURN $n + 1 AS next, $name AS name');
    expect(url.get('p.n')).toBe('41');
    expect(await page.evaluate(() => window.history.length)).toBe(entries);

    await page.locator('#console-editor .cm-content').click();
    await afterRun(page, () => page.keyboard.press('Meta+Enter'));
    expect(await tableRows(page)).toEqual([['42', 'Lavrov']]);
  });

  it('when a link carries console=1&q=…, then the console opens with that query and its parameters', async () => {
    const query = 'MATCH (e:Entity {id: $entity})\nRETURN e.name AS name';
    const { page } = tab;

    await openConsole(page, `${explorer.url}/?console=1&q=${encodeURIComponent(query)}&p.entity=india`);

    expect(await page.locator(DRAWER).isVisible()).toBe(true);
    expect(await editorText(page)).toBe(query);
    expect(await page.locator('[data-param="entity"]').inputValue()).toBe('india');
    await afterRun(page, () => page.locator('#console-run').click());
    expect(await tableRows(page)).toEqual([['India']]);
  });

  it('when a result is shown as graph, then window.cy draws its entities and claims, other nodes neutral, and Back restores the explorer view', async () => {
    const query =
      "MATCH p = (:Entity {id: 'russia'})-[r]-(:Entity)\nRETURN p\nUNION\nMATCH p = (:Article)-[:MENTIONS]->(:Entity {id: 'russia'})\nRETURN p LIMIT 2";
    const answer = await post<ConsoleResult>('/api/cypher', { query });
    const explorerGraph = await explorer.api<ApiGraph>('/api/graph');
    const { page } = tab;
    await openConsole(page, `${explorer.url}/?console=1&q=${encodeURIComponent(query)}`);
    await afterRun(page, () => page.locator('#console-run').click());

    await page.locator('#console-show-graph').click();
    await page.waitForSelector(`${DRAWER}[data-result-graph="shown"]`);

    const entityIds = [
      ...new Set(answer.graph.nodes.filter((n) => n.labels.includes('Entity')).map((n) => n.properties.id as string)),
    ].sort();
    const articles = answer.graph.nodes
      .filter((n) => n.labels.includes('Article'))
      .map((n) => n.elementId)
      .sort();
    const polarities = [
      ...new Set(answer.graph.relationships.filter((r) => r.type !== 'MENTIONS').map((r) => r.properties.polarity as string)),
    ].sort();
    const drawn = await page.evaluate(() => {
      const cy = window.cy!;
      return {
        entities: cy
          .nodes()
          .not('.console-other')
          .map((n) => n.id())
          .sort(),
        others: cy
          .nodes('.console-other')
          .map((n) => n.id())
          .sort(),
        polarities: [
          ...new Set(
            cy
              .edges()
              .not('.console-other')
              .map((e) => e.data('polarity') as string),
          ),
        ].sort(),
        mentions: cy.edges('.console-other').map((e) => e.data('type') as string),
        otherShape: cy.nodes('.console-other')[0]?.style('shape') as string | undefined,
        tensionStyle: cy.edges('.polarity-tension')[0]?.style('line-style') as string | undefined,
      };
    });
    expect(drawn.entities).toEqual(entityIds);
    expect(drawn.others).toEqual(articles);
    expect(articles.length).toBeGreaterThan(0);
    // Russia is in tension with some of its counterparts (with India, for one): that style must show.
    expect(polarities).toContain('tension');
    expect(drawn.polarities).toEqual(polarities);
    expect(new Set(drawn.mentions)).toEqual(new Set(['MENTIONS']));
    expect(drawn.otherShape).toBe('rectangle');
    expect(drawn.tensionStyle).toBe('dashed');
    // Laid out (cola) with no entity or article over another.
    const overlapping = await page.evaluate(() => {
      const boxes = window.cy!.nodes().map((n) => n.boundingBox({ includeLabels: false }));
      return boxes.filter((a, i) => boxes.some((b, j) => j > i && a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2)).length;
    });
    expect(overlapping).toBe(0);
    expect(await page.locator('#console-overlay').isVisible()).toBe(true);

    // A tapped Article is described in the bar, not sent to the evidence panel.
    const url = page.url();
    await page.evaluate((id) => void window.cy!.$id(id).emit('tap'), articles[0]!);
    expect(await page.locator('#console-inspect').textContent()).toContain(':Article');
    expect(page.url()).toBe(url);
    await screenshot(page, '23-console-result-graph');

    // Closing the console keeps the result on screen, with the whole graph area for it.
    await page.locator('#console-close').click();
    await page.evaluate(() => new Promise(requestAnimationFrame));
    expect(await page.locator('#console-overlay').isVisible()).toBe(true);
    expect(await page.evaluate(() => window.cy!.nodes('.console-other').length)).toBe(articles.length);
    await screenshot(page, '24-console-result-graph-full');

    await afterRender(page, () => page.locator('#console-back').click());

    expect(await graphState(page)).toEqual(idsOf(explorerGraph));
    expect(await page.locator('#console-overlay').isVisible()).toBe(false);
    expect(await page.locator(DRAWER).getAttribute('data-result-graph')).toBeNull();
  });

  it('when a new run starts before the last one answered, then the last one is aborted and only the new answer shows', async () => {
    const { page } = tab;
    await openConsole(page, `${explorer.url}/?console=1`);
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let first = true;
    await page.route('**/api/cypher', async (route) => {
      if (!first) return route.continue();
      first = false;
      await held;
      await route.continue().catch(() => {});
    });
    const failed: string[] = [];
    page.on('requestfailed', (request) => failed.push(request.failure()?.errorText ?? ''));

    await setQuery(page, "RETURN 'first' AS run");
    await page.locator('#console-run').click();
    await page.waitForSelector(`${DRAWER}[data-console-state="running"]`);
    expect(await page.locator('#console-running').isVisible()).toBe(true);
    await setQuery(page, "RETURN 'second' AS run");
    await afterRun(page, () => page.keyboard.press('Control+Enter'));
    release();

    expect(await tableRows(page)).toEqual([['second']]);
    expect(await page.locator(DRAWER).getAttribute('data-console-state')).toBe('done');
    // Only the second run finished; the first request was cancelled by the page.
    expect(await runs(page)).toBe(1);
    await expect.poll(() => failed.length).toBe(1);
  });

  it('when a result passes the row cap, then the table holds the rows kept and a notice names the limit', async () => {
    const { page } = tab;
    await openConsole(page, `${explorer.url}/?console=1`);

    await setQuery(page, 'UNWIND range(1, 100000) AS n RETURN n');
    await afterRun(page, () => page.locator('#console-run').click());

    const notice = page.locator('#console-truncated');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.getAttribute('data-truncated-by')).toBe('rows');
    const kept = Number(await page.locator('#console-count').getAttribute('data-rows'));
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(100000);
    expect(await page.locator('#console-table tbody tr').count()).toBe(kept);
    expect(await notice.textContent()).toContain(kept.toLocaleString('en'));
    await screenshot(page, '26-console-truncated');
  });

  it('when the query times out or the API is down, then the error says which', async () => {
    const { page } = tab;
    await openConsole(page, `${explorer.url}/?console=1`);
    await setQuery(page, 'RETURN 1');

    await page.route('**/api/cypher', (route) =>
      route.fulfill({
        status: 504,
        contentType: 'application/json',
        body: JSON.stringify({ error: { code: 'timeout', message: 'The query did not finish within 5000 ms and was stopped' } }),
      }),
    );
    await afterRun(page, () => page.locator('#console-run').click());
    expect(await page.locator('#console-error').getAttribute('data-error-kind')).toBe('timeout');

    await page.unroute('**/api/cypher');
    await page.route('**/api/cypher', (route) => route.abort('connectionrefused'));
    await afterRun(page, () => page.locator('#console-run').click());
    expect(await page.locator('#console-error').getAttribute('data-error-kind')).toBe('unreachable');
    await screenshot(page, '25-console-api-down');

    await page.unroute('**/api/cypher');
    await afterRun(page, () => page.locator('#console-error button').click());
    expect(await page.locator('#console-error').isVisible()).toBe(false);
    expect(await tableRows(page)).toEqual([['1']]);
  });
});
