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

/**
 * On a briefing sheet (SVG text): labels (their boxes, without the 1 pt of ground at each side)
 * that overlap another label or another entity's shape. Measured in the page, where the SVG is
 * laid out: getBBox gives every shape's box, whatever its kind.
 */
export function sheetOverlaps(page: Page, svg: string): Promise<Overlaps> {
  return page.evaluate((source) => {
    type Box = { x1: number; y1: number; x2: number; y2: number };
    // 0.01 pt: the sheet writes coordinates rounded to two decimals.
    const meet = (a: Box, b: Box) => a.x1 < b.x2 - 0.01 && b.x1 < a.x2 - 0.01 && a.y1 < b.y2 - 0.01 && b.y1 < a.y2 - 0.01;
    const root = document.importNode(new DOMParser().parseFromString(source, 'image/svg+xml').documentElement, true);
    const holder = document.body.appendChild(document.createElement('div'));
    holder.style.cssText = 'position:absolute;left:-100000px;top:0';
    holder.append(root);
    try {
      // A label's ground reaches 1 pt beyond its text at the sides and below (sheet-graph.ts#drawLabels).
      const boxOf = (element: Element, ground: number): Box => {
        const b = (element as SVGGraphicsElement).getBBox();
        return { x1: b.x + ground, y1: b.y, x2: b.x + b.width - ground, y2: b.y + b.height - ground };
      };
      const labels = [...root.querySelectorAll('#graph .node-label')].map((g) => ({
        id: g.getAttribute('data-node')!,
        box: boxOf(g.querySelector(':scope > rect')!, 1),
      }));
      const shapes = [...root.querySelectorAll('#graph > [data-node]:not(g)')].map((s) => ({
        id: s.getAttribute('data-node')!,
        box: boxOf(s, 0),
      }));
      const result: Overlaps = { labelLabel: [], labelNode: [] };
      labels.forEach((a, i) => {
        for (const b of labels.slice(i + 1)) if (meet(a.box, b.box)) result.labelLabel.push(`${a.id}/${b.id}`);
        for (const s of shapes) if (s.id !== a.id && meet(a.box, s.box)) result.labelNode.push(`${a.id} label/${s.id}`);
      });
      return result;
    } finally {
      holder.remove();
    }
  }, svg);
}
