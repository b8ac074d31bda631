// How the timeline's range moves (pure: bucket indices in, bucket indices out): a handle dragged
// or stepped with the keyboard never crosses the other, the band moves whole within the strip,
// and a drag on empty strip draws a new range from where it started.

/** Buckets [lo, hi], both inclusive. */
export type Span = readonly [number, number];

/** What a pointer took hold of. */
export type Grab = { kind: 'start' | 'end' } | { kind: 'band'; at: number; span: Span } | { kind: 'new'; anchor: number };

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** The span after the pointer moved to bucket `index` while holding `grab`. */
export function dragTo(grab: Grab, index: number, [lo, hi]: Span, count: number): Span {
  const at = clamp(index, 0, count - 1);
  switch (grab.kind) {
    case 'start':
      return [Math.min(at, hi), hi];
    case 'end':
      return [lo, Math.max(at, lo)];
    case 'new':
      return [Math.min(at, grab.anchor), Math.max(at, grab.anchor)];
    case 'band': {
      const [from, to] = grab.span;
      const shift = clamp(at - grab.at, -from, count - 1 - to);
      return [from + shift, to + shift];
    }
  }
}

/** Buckets a key moves a handle by (PageUp/PageDown: a bigger step); null for other keys. */
const STEPS: Record<string, number> = { ArrowLeft: -1, ArrowDown: -1, ArrowRight: 1, ArrowUp: 1, PageDown: -10, PageUp: 10 };

/** The span after a key on the start or end handle; null when the key is not one the handles take. */
export function keyStep(key: string, handle: 'start' | 'end', span: Span, count: number): Span | null {
  const [lo, hi] = span;
  const current = handle === 'start' ? lo : hi;
  const target = key === 'Home' ? 0 : key === 'End' ? count - 1 : key in STEPS ? current + STEPS[key]! : null;
  return target === null ? null : dragTo({ kind: handle }, target, span, count);
}
