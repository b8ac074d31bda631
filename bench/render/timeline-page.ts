// The render benchmark's timeline part (in the page): bins a view's claims once, shows the
// explorer's own timeline strip, and drags its end handle with pointer events, timing each move's
// redraw. A 1-pixel read of the canvas after each move makes Chromium finish drawing it, so a time
// holds the raster as well as the script.
import { buildTimeline, type DatedClaim } from '../../client/timeline/timeline-bins.ts';
import { createTimelineStrip } from '../../client/timeline/timeline-strip.ts';

export interface TimelineBenchArgs {
  edges: { claims: DatedClaim[] }[];
  moves: number;
}

export interface TimelineBenchResult {
  claims: number;
  buckets: number;
  unit: string;
  binMs: number;
  /** One per pointer move, ms. */
  redrawMs: number[];
  /** The range the drag handed on at release: proof the moves went through the strip's own handlers. */
  released: string | null;
}

declare global {
  interface Window {
    benchTimeline(args: TimelineBenchArgs): Promise<TimelineBenchResult>;
  }
}

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

window.benchTimeline = async ({ edges, moves }) => {
  const started = performance.now();
  const bins = buildTimeline(edges);
  const binMs = performance.now() - started;
  let released: string | null = null;
  const strip = createTimelineStrip({
    onRange: (range) => void (released = `${range.dateFrom} to ${range.dateTo}`),
    onUndated: () => undefined,
  });
  document.body.append(strip.element);
  strip.show(bins, { dateFrom: null, dateTo: null, undated: true });
  await frame();
  await frame();
  const plot = strip.element.querySelector<HTMLElement>('.timeline-plot')!;
  const canvas = strip.element.querySelector('canvas')!.getContext('2d')!;
  const box = plot.getBoundingClientRect();
  const pointer = (type: string, x: number) =>
    new PointerEvent(type, { bubbles: true, button: 0, pointerId: 1, pointerType: 'mouse', clientX: x, clientY: box.top + 20 });
  strip.element.querySelector('#timeline-end')!.dispatchEvent(pointer('pointerdown', box.right));
  const redrawMs: number[] = [];
  for (let i = 0; i < moves; i += 1) {
    const x = box.left + box.width * (0.5 + 0.45 * Math.cos(i / 9));
    const t0 = performance.now();
    plot.dispatchEvent(pointer('pointermove', x));
    canvas.getImageData(0, 0, 1, 1);
    redrawMs.push(performance.now() - t0);
    await frame();
  }
  plot.dispatchEvent(pointer('pointerup', box.left + box.width / 2));
  strip.element.remove();
  const claims = edges.reduce((sum, edge) => sum + edge.claims.length, 0);
  return { claims, buckets: bins.buckets.length, unit: bins.unit, binMs, redrawMs, released };
};
