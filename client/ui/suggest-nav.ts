// Keyboard movement through a suggestion list, what each key does, and debouncing: pure helpers
// for search-box.ts.

/** The next active index for ArrowDown (+1) or ArrowUp (−1), wrapping; −1 means none active. */
export function moveActive(current: number, delta: 1 | -1, count: number): number {
  if (count <= 0) return -1;
  if (current < 0) return delta > 0 ? 0 : count - 1;
  return (current + delta + count) % count;
}

/** What a key does in the search box: move the active suggestion, pick one, close the list, or nothing. */
export type SuggestionKey = { move: number } | { pick: number } | 'close' | null;

/**
 * The action of a key, given whether the list is open, the active index (−1 for none), the number
 * of suggestions and how many of them match (the first ones; default all). Enter picks the active
 * suggestion, else the best match; with no match and none active, it picks nothing.
 */
export function suggestionKey(key: string, list: { open: boolean; active: number; count: number; matches?: number }): SuggestionKey {
  if (key === 'ArrowDown' || key === 'ArrowUp')
    return list.open ? { move: moveActive(list.active, key === 'ArrowDown' ? 1 : -1, list.count) } : null;
  if (key === 'Enter') {
    if (!list.open) return null;
    if (list.active >= 0) return list.active < list.count ? { pick: list.active } : null;
    return (list.matches ?? list.count) > 0 ? { pick: 0 } : null;
  }
  return key === 'Escape' ? 'close' : null;
}

export interface Debounced<A extends unknown[]> {
  (...args: A): void;
  cancel(): void;
}

/** Calls fn once the calls stop for `ms` milliseconds, with the last call's arguments. */
export function debounce<A extends unknown[]>(
  fn: (...args: A) => void,
  ms: number,
  timers: Pick<typeof globalThis, 'setTimeout' | 'clearTimeout'> = globalThis,
): Debounced<A> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const debounced = (...args: A) => {
    if (timer !== undefined) timers.clearTimeout(timer);
    timer = timers.setTimeout(() => {
      timer = undefined;
      fn(...args);
    }, ms);
  };
  debounced.cancel = () => {
    if (timer !== undefined) timers.clearTimeout(timer);
    timer = undefined;
  };
  return debounced;
}
