// Paints the timeline's bins on a canvas: one stacked bar per bucket in the graph's polarity colours
// (graph-style.ts), the shares of coarser-dated claims on top in a lighter shade (timeline-bins.ts
// says why), buckets outside the chosen range faded, and a few bucket labels under the bars. Only
// arithmetic over the precomputed bins, so a redraw on every pointer move stays cheap.
import { POLARITIES } from '../../contract/index.ts';
import { POLARITY_STYLE } from '../graph/graph-style.ts';
import type { TimelineBins } from './timeline-bins.ts';

/** Height of the label row under the bars (CSS px). */
export const AXIS_HEIGHT = 14;
/** Opacity of the coarser-dated shares, and of buckets outside the range. */
const SPREAD_ALPHA = 0.35;
const OUTSIDE_ALPHA = 0.28;
/** A bucket with any claim gets at least this tall a bar, so one claim beside a hundred shows. */
const MIN_BAR = 2;
/** Room a label takes, at least (CSS px). */
const LABEL_PITCH = 64;

export interface DrawOptions {
  /** CSS px. */
  width: number;
  height: number;
  /** devicePixelRatio: the canvas holds width × ratio pixels. */
  ratio: number;
  /** The chosen buckets [lo, hi]; null: no range, nothing faded. */
  span: readonly [number, number] | null;
}

export function drawTimeline(context: CanvasRenderingContext2D, bins: TimelineBins, options: DrawOptions): void {
  const { width, height, ratio, span } = options;
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.clearRect(0, 0, width, height);
  const count = bins.buckets.length;
  if (count === 0 || width <= 0) return;
  const step = width / count;
  const gap = step > 4 ? 1 : 0;
  const plot = height - AXIS_HEIGHT;
  const scale = bins.max > 0 ? (plot - 1) / bins.max : 0;
  bins.buckets.forEach((bucket, i) => {
    const inside = !span || (i >= span[0] && i <= span[1]);
    let y = plot;
    const segment = (value: number, color: string, alpha: number) => {
      if (value <= 0) return;
      const h = Math.max(value * scale, value >= 1 ? MIN_BAR : 1);
      context.globalAlpha = alpha * (inside ? 1 : OUTSIDE_ALPHA);
      context.fillStyle = color;
      context.fillRect(i * step, y - h, Math.max(step - gap, 1), h);
      y -= h;
    };
    POLARITIES.forEach((polarity, p) => segment(bucket.exact[p]!, POLARITY_STYLE[polarity].color, 1));
    POLARITIES.forEach((polarity, p) => segment(bucket.spread[p]!, POLARITY_STYLE[polarity].color, SPREAD_ALPHA));
  });
  context.globalAlpha = 1;
  drawAxis(context, bins, { width, plot, step });
}

function drawAxis(
  context: CanvasRenderingContext2D,
  bins: TimelineBins,
  { width, plot, step }: { width: number; plot: number; step: number },
): void {
  context.fillStyle = '#dfe2e6';
  context.fillRect(0, plot, width, 1);
  context.fillStyle = '#5f6670';
  context.font = '10px system-ui, sans-serif';
  context.textBaseline = 'top';
  const every = Math.max(1, Math.ceil(LABEL_PITCH / step));
  for (let i = 0; i < bins.buckets.length; i += every) {
    const label = bins.buckets[i]!.label;
    const x = i * step;
    if (x + context.measureText(label).width > width) break;
    context.fillRect(x, plot, 1, 3);
    context.fillText(label, x + 2, plot + 3);
  }
}
