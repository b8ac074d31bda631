import { describe, expect, it, vi } from 'vitest';
import { debounce, moveActive, suggestionKey } from './suggest-nav.ts';

describe('suggestion keyboard navigation', () => {
  it('when nothing is active, then ↓ goes to the first and ↑ to the last', () => {
    expect(moveActive(-1, 1, 3)).toBe(0);
    expect(moveActive(-1, -1, 3)).toBe(2);
  });

  it('when at an end, then the movement wraps', () => {
    expect(moveActive(2, 1, 3)).toBe(0);
    expect(moveActive(0, -1, 3)).toBe(2);
  });

  it('when the list is empty, then nothing is active', () => {
    expect(moveActive(0, 1, 0)).toBe(-1);
  });
});

describe('debounce', () => {
  it('when calls come in a burst, then only the last one runs, once, after the pause', () => {
    vi.useFakeTimers();
    try {
      const seen: string[] = [];
      const typed = debounce((q: string) => seen.push(q), 200);

      typed('L');
      typed('La');
      typed('Lav');
      vi.advanceTimersByTime(199);
      expect(seen).toEqual([]);
      vi.advanceTimersByTime(1);

      expect(seen).toEqual(['Lav']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('when cancelled, then the pending call never runs', () => {
    vi.useFakeTimers();
    try {
      const fn = vi.fn();
      const typed = debounce(fn, 100);
      typed();
      typed.cancel();
      vi.advanceTimersByTime(500);

      expect(fn).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('suggestion keys', () => {
  const open = { open: true, active: -1, count: 3 };

  it('when an arrow is pressed in an open list, then the active suggestion moves, wrapping', () => {
    expect(suggestionKey('ArrowDown', open)).toEqual({ move: 0 });
    expect(suggestionKey('ArrowUp', open)).toEqual({ move: 2 });
    expect(suggestionKey('ArrowDown', { ...open, active: 2 })).toEqual({ move: 0 });
  });

  it('when Enter is pressed, then the active suggestion is picked, or the first when none is active', () => {
    expect(suggestionKey('Enter', { ...open, active: 1 })).toEqual({ pick: 1 });
    expect(suggestionKey('Enter', open)).toEqual({ pick: 0 });
  });

  it('when the list is closed or empty, then arrows and Enter do nothing; Escape always closes', () => {
    expect(suggestionKey('ArrowDown', { ...open, open: false })).toBeNull();
    expect(suggestionKey('Enter', { ...open, open: false })).toBeNull();
    expect(suggestionKey('Enter', { ...open, count: 0 })).toBeNull();
    expect(suggestionKey('Escape', { ...open, open: false })).toBe('close');
    expect(suggestionKey('a', open)).toBeNull();
  });
});
