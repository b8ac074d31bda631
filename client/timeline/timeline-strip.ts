// The timeline strip under the graph: the view's claims over time (timeline-draw.ts on a canvas),
// a range to drag (two handles, or the band between them; a drag on empty strip draws a new one),
// handles that are sliders for the keyboard, "Clear range" and the undated toggle. The strip
// redraws on every pointer move; the range is handed on (onRange) only when the drag ends, or a
// moment after the last key, so the graph is fetched once per choice.
import type { DateRangeView } from '../state/date-range.ts';
import { rangeIndices, rangeOf, type TimelineBins } from './timeline-bins.ts';
import { dragTo, keyStep, type Grab, type Span } from './timeline-brush.ts';
import { timelineCaption } from './timeline-caption.ts';
import { drawTimeline } from './timeline-draw.ts';
import { stripElements, type HandleName, type StripElements } from './strip-elements.ts';

/** Height of the canvas (bars and labels), CSS px; the plot's height in timeline.css. */
const CANVAS_HEIGHT = 58;
/** How long after the last key the range is handed on. */
const KEY_SETTLE_MS = 350;

export interface TimelineStripOptions {
  /** A range was chosen; null ends are open (the whole strip is no range). */
  onRange(range: Pick<DateRangeView, 'dateFrom' | 'dateTo'>): void;
  onUndated(include: boolean): void;
}

export interface TimelineStrip {
  element: HTMLElement;
  /** Shows the view's bins with the state's range (kept while the user is dragging). */
  show(bins: TimelineBins, range: DateRangeView): void;
  /** Draws the strip again as it stands (what a pointer move does; the render bench times it). */
  redraw(): void;
}

/** What the strip shows and what the user holds. */
interface Brush {
  bins: TimelineBins | null;
  span: Span;
  /** The range the view has: a drag or key that ends where it began hands nothing on. */
  committed: Span;
  /** The view has a range (even one covering the whole strip). */
  ranged: boolean;
  grab: Grab | null;
  width: number;
}

const buckets = (brush: Brush) => brush.bins?.buckets.length ?? 0;
const isRanged = (brush: Brush) => brush.ranged || brush.span[0] > 0 || brush.span[1] < buckets(brush) - 1;

function paint(parts: StripElements, brush: Brush): void {
  const context = parts.canvas.getContext('2d');
  if (!brush.bins || !context) return;
  const ratio = window.devicePixelRatio || 1;
  // Resizing a canvas reallocates it: only when the strip's size changed.
  const [width, height] = [Math.round(brush.width * ratio), Math.round(CANVAS_HEIGHT * ratio)];
  if (parts.canvas.width !== width) parts.canvas.width = width;
  if (parts.canvas.height !== height) parts.canvas.height = height;
  drawTimeline(context, brush.bins, { width: brush.width, height: CANVAS_HEIGHT, ratio, span: isRanged(brush) ? brush.span : null });
  placeBrush(parts, brush);
}

function placeBrush(parts: StripElements, brush: Brush): void {
  const bins = brush.bins!;
  const step = brush.width / Math.max(buckets(brush), 1);
  const [lo, hi] = brush.span;
  parts.band.style.setProperty('left', `${lo * step}px`);
  parts.band.style.setProperty('width', `${(hi - lo + 1) * step}px`);
  parts.band.hidden = !isRanged(brush);
  parts.plot.classList.toggle('is-ranged', isRanged(brush));
  parts.handles.start.style.setProperty('left', `${lo * step}px`);
  parts.handles.end.style.setProperty('left', `${(hi + 1) * step}px`);
  for (const [which, index] of [
    ['start', lo],
    ['end', hi],
  ] as const) {
    parts.handles[which].setAttribute('aria-valuemax', String(buckets(brush) - 1));
    parts.handles[which].setAttribute('aria-valuenow', String(index));
    parts.handles[which].setAttribute('aria-valuetext', bins.buckets[index]?.label ?? '');
  }
  const { dateFrom, dateTo } = rangeOf(bins, lo, hi);
  parts.range.textContent = dateFrom ? (dateFrom === dateTo ? dateFrom : `${dateFrom} to ${dateTo}`) : 'all dates';
  parts.clear.disabled = !isRanged(brush);
}

/** Fills the heading and the toggle from new bins and the view's range. */
function showBins(parts: StripElements, bins: TimelineBins, range: DateRangeView): void {
  const hasDated = bins.buckets.length > 0;
  const ranged = range.dateFrom !== null || range.dateTo !== null;
  parts.plot.hidden = !hasDated;
  parts.emptyNote.hidden = hasDated;
  parts.range.hidden = !hasDated;
  parts.clear.hidden = !hasDated && !ranged;
  parts.unit.textContent = hasDated ? `claims per ${bins.unit}` : '';
  const caption = timelineCaption(bins);
  parts.coarse.textContent = caption.coarse;
  parts.coarse.hidden = !caption.coarse;
  parts.undatedText.textContent = caption.undated;
  parts.undatedBox.checked = range.undated;
  parts.undated.hidden = bins.undated === 0 && range.undated;
  parts.canvas.setAttribute('aria-label', caption.summary);
}

function listenPointer(parts: StripElements, brush: Brush, redraw: () => void, commit: () => void): void {
  const { plot } = parts;
  const indexAt = (x: number) => Math.floor(((x - plot.getBoundingClientRect().left) / Math.max(brush.width, 1)) * buckets(brush));
  plot.addEventListener('pointerdown', (event) => {
    if (!brush.bins || event.button !== 0) return;
    event.preventDefault();
    const at = indexAt(event.clientX);
    const target = event.target as HTMLElement;
    const which = target.dataset.handle as HandleName | undefined;
    brush.grab = which ? { kind: which } : target === parts.band ? { kind: 'band', at, span: brush.span } : { kind: 'new', anchor: at };
    if (brush.grab.kind === 'new') brush.span = dragTo(brush.grab, at, brush.span, buckets(brush));
    plot.setPointerCapture(event.pointerId);
    if (which) parts.handles[which].focus();
    redraw();
  });
  plot.addEventListener('pointermove', (event) => {
    if (!brush.grab) return;
    brush.span = dragTo(brush.grab, indexAt(event.clientX), brush.span, buckets(brush));
    redraw();
  });
  const release = () => {
    if (!brush.grab) return;
    brush.grab = null;
    commit();
  };
  plot.addEventListener('pointerup', release);
  plot.addEventListener('pointercancel', release);
}

function listenKeys(parts: StripElements, brush: Brush, redraw: () => void, commit: () => void): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  for (const which of ['start', 'end'] as const)
    parts.handles[which].addEventListener('keydown', (event) => {
      const next = brush.bins && keyStep(event.key, which, brush.span, buckets(brush));
      if (!next) return;
      event.preventDefault();
      brush.span = next;
      redraw();
      clearTimeout(timer);
      timer = setTimeout(commit, KEY_SETTLE_MS);
    });
}

export function createTimelineStrip(options: TimelineStripOptions): TimelineStrip {
  const parts = stripElements();
  const brush: Brush = { bins: null, span: [0, 0], committed: [0, 0], ranged: false, grab: null, width: 0 };
  const redraw = () => paint(parts, brush);
  const commit = () => {
    const { bins, span, committed } = brush;
    if (!bins || (span[0] === committed[0] && span[1] === committed[1])) return;
    brush.committed = span;
    options.onRange(rangeOf(bins, span[0], span[1]));
  };
  listenPointer(parts, brush, redraw, commit);
  listenKeys(parts, brush, redraw, commit);
  parts.clear.addEventListener('click', () => options.onRange({ dateFrom: null, dateTo: null }));
  parts.undatedBox.addEventListener('change', () => options.onUndated(parts.undatedBox.checked));
  new ResizeObserver(([entry]) => {
    brush.width = entry?.contentRect.width ?? 0;
    redraw();
  }).observe(parts.plot);

  return {
    element: parts.element,
    show(bins, range) {
      brush.bins = bins;
      brush.ranged = range.dateFrom !== null || range.dateTo !== null;
      if (!brush.grab) brush.span = brush.committed = bins.buckets.length > 0 ? rangeIndices(bins, range) : [0, 0];
      showBins(parts, bins, range);
      redraw();
    },
    redraw,
  };
}
