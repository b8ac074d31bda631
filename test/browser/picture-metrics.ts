// Figures of the picture, read from window.cy in the page: overlaps of labels and nodes, the
// on-screen distances of allied and opposed pairs, and how far entities move when the view changes.
import type { EdgeSingular } from 'cytoscape';
import type { Page } from 'playwright-core';

export interface Overlaps {
  labelLabel: string[];
  labelNode: string[];
}

/** Labels that overlap another label or another entity's shape (model boxes, as drawn at any zoom). */
export function overlaps(page: Page): Promise<Overlaps> {
  return page.evaluate(() => {
    type Box = { x1: number; y1: number; x2: number; y2: number };
    const meet = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
    const nodes = window.cy!.nodes(':visible').toArray();
    const only = (labels: boolean) => ({ includeNodes: !labels, includeEdges: false, includeLabels: labels, includeOverlays: false });
    const label = nodes.map((n) => n.boundingBox(only(true)) as Box);
    const body = nodes.map((n) => n.boundingBox(only(false)) as Box);
    const result: Overlaps = { labelLabel: [], labelNode: [] };
    nodes.forEach((n, i) =>
      nodes.forEach((m, j) => {
        if (i === j) return;
        if (i < j && meet(label[i]!, label[j]!)) result.labelLabel.push(`${n.id()}/${m.id()}`);
        if (meet(label[i]!, body[j]!)) result.labelNode.push(`${n.id()} label/${m.id()}`);
      }),
    );
    return result;
  });
}

/** Mean on-screen length of the lines of pairs in tension (net < 0) over that of allied pairs (net > 0). */
export function tensionToAllianceDistance(page: Page): Promise<{ ratio: number; tension: number; alliance: number }> {
  return page.evaluate(() => {
    const mean = (sign: number) => {
      const lengths = window
        .cy!.edges()
        .filter((e) => Number(e.data('sign')) === sign)
        .map((e: EdgeSingular) => {
          const [a, b] = [e.source().renderedPosition(), e.target().renderedPosition()];
          return Math.hypot(a.x - b.x, a.y - b.y);
        });
      return lengths.reduce((sum, l) => sum + l, 0) / lengths.length;
    };
    const [tension, alliance] = [mean(-1), mean(1)];
    return { ratio: tension / alliance, tension, alliance };
  });
}

export type Placement = Record<string, { x: number; y: number; rx: number; ry: number; size: number }>;

/** Every entity's model and on-screen position and its size on screen. */
export function placement(page: Page): Promise<Placement> {
  return page.evaluate(() =>
    Object.fromEntries(
      window.cy!.nodes().map((n) => {
        const { x, y } = n.position();
        const r = n.renderedPosition();
        return [n.id(), { x, y, rx: r.x, ry: r.y, size: n.renderedWidth() }];
      }),
    ),
  );
}

/** Of the entities in both, the largest move (on screen and in the model), as a share of the entity's own size. */
export function largestMove(before: Placement, after: Placement): { screen: number; model: number } {
  let [screen, model] = [0, 0];
  for (const [id, a] of Object.entries(after)) {
    const b = before[id];
    if (!b) continue;
    screen = Math.max(screen, Math.hypot(a.rx - b.rx, a.ry - b.ry) / b.size);
    model = Math.max(model, Math.hypot(a.x - b.x, a.y - b.y) / b.size);
  }
  return { screen, model };
}

/**
 * Clicks in the page and measures, in the page, how long until the view it causes is ready (ms):
 * in all, and the explorer's own redraw, from the last API answer it waited for (the graph, names
 * of new speakers) to ready: the API's time in the test setup, without the response cache and on
 * a shared machine, is not the explorer's.
 */
export function timedRedraw(page: Page, selector: string): Promise<{ total: number; redraw: number }> {
  return page.evaluate(
    (sel) =>
      new Promise<{ total: number; redraw: number }>((resolve) => {
        const before = Number(document.body.dataset.renders);
        const started = performance.now();
        const observer = new MutationObserver(() => {
          if (document.body.dataset.state !== 'ready' || Number(document.body.dataset.renders) <= before) return;
          observer.disconnect();
          const now = performance.now();
          const answered = performance
            .getEntriesByType('resource')
            .filter((entry) => entry.name.includes('/api/') && entry.startTime >= started)
            .map((entry) => (entry as PerformanceResourceTiming).responseEnd);
          resolve({ total: now - started, redraw: now - Math.max(started, ...answered) });
        });
        observer.observe(document.body, { attributes: true });
        document.querySelector<HTMLElement>(sel)!.click();
      }),
    selector,
  );
}

/** Waits until no viewport animation (the calm fit) is running. */
export async function viewportStill(page: Page): Promise<void> {
  await page.waitForFunction(() => !window.cy!.animated());
}
