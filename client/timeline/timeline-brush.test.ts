import { describe, expect, it } from 'vitest';
import { dragTo, keyStep } from './timeline-brush.ts';

describe('timeline brush', () => {
  it('when a handle is dragged past the other, then it stops at it; off the strip, at the edge', () => {
    expect(dragTo({ kind: 'start' }, 7, [2, 5], 10)).toEqual([5, 5]);
    expect(dragTo({ kind: 'end' }, 1, [2, 5], 10)).toEqual([2, 2]);
    expect(dragTo({ kind: 'end' }, 40, [2, 5], 10)).toEqual([2, 9]);
    expect(dragTo({ kind: 'start' }, -3, [2, 5], 10)).toEqual([0, 5]);
  });

  it('when the band is dragged, then it keeps its width and stays on the strip', () => {
    const grab = { kind: 'band', at: 3, span: [2, 5] } as const;

    expect(dragTo(grab, 5, [2, 5], 10)).toEqual([4, 7]);
    expect(dragTo(grab, 20, [2, 5], 10)).toEqual([6, 9]);
    expect(dragTo(grab, -20, [2, 5], 10)).toEqual([0, 3]);
  });

  it('when a drag starts on empty strip, then the range runs from there to the pointer, either way', () => {
    expect(dragTo({ kind: 'new', anchor: 4 }, 1, [0, 9], 10)).toEqual([1, 4]);
    expect(dragTo({ kind: 'new', anchor: 4 }, 6, [0, 9], 10)).toEqual([4, 6]);
  });

  it('when arrow, page and Home/End keys are pressed on a handle, then it steps within its bounds; other keys do nothing', () => {
    expect(keyStep('ArrowRight', 'start', [2, 5], 10)).toEqual([3, 5]);
    expect(keyStep('ArrowLeft', 'end', [2, 5], 10)).toEqual([2, 4]);
    expect(keyStep('ArrowLeft', 'end', [5, 5], 10)).toEqual([5, 5]);
    expect(keyStep('PageUp', 'end', [2, 5], 10)).toEqual([2, 9]);
    expect(keyStep('Home', 'start', [2, 5], 10)).toEqual([0, 5]);
    expect(keyStep('End', 'start', [2, 5], 10)).toEqual([5, 5]);
    expect(keyStep('a', 'start', [2, 5], 10)).toBeNull();
  });
});
