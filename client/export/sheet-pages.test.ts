import { describe, expect, it } from 'vitest';
import { pageCount, paginate, type PageColumns } from './sheet-pages.ts';

const COLUMNS: PageColumns = {
  first: [
    { x: 0, top: 500, bottom: 800 },
    { x: 300, top: 500, bottom: 800 },
  ],
  next: [
    { x: 0, top: 60, bottom: 800 },
    { x: 300, top: 60, bottom: 800 },
  ],
};

describe('sheet pages', () => {
  it('when blocks fit the first page, then they go down the first column, then the second, all on page 1', () => {
    const places = paginate([100, 100, 100, 100], COLUMNS);

    expect(places).toEqual([
      { page: 0, x: 0, y: 500 },
      { page: 0, x: 0, y: 600 },
      { page: 0, x: 0, y: 700 },
      { page: 0, x: 300, y: 500 },
    ]);
    expect(pageCount(places)).toBe(1);
  });

  it('when blocks do not fit, then they continue on further pages, in order, none past the bottom and none overlapping', () => {
    const heights = Array.from({ length: 60 }, (_, i) => 40 + ((i * 37) % 90));

    const places = paginate(heights, COLUMNS);

    expect(places).toHaveLength(60);
    expect(pageCount(places)).toBeGreaterThan(2);
    places.forEach((place, i) => {
      const column = (place.page === 0 ? COLUMNS.first : COLUMNS.next).find((c) => c.x === place.x)!;
      expect(place.y).toBeGreaterThanOrEqual(column.top);
      expect(place.y + heights[i]!).toBeLessThanOrEqual(column.bottom);
      const previous = places[i - 1];
      if (!previous) return;
      // Reading order: down a column, then the next column, then the next page; blocks of one column touch, never overlap.
      const rank = (p: typeof place) => p.page * 10 + (p.x === 0 ? 0 : 1);
      expect(rank(place)).toBeGreaterThanOrEqual(rank(previous));
      if (rank(place) === rank(previous)) expect(place.y).toBeCloseTo(previous.y + heights[i - 1]!, 6);
    });
  });

  it("when a block is taller than the first page's columns, then it goes to the next page instead of running into the footer", () => {
    // The first page's columns hold 300 under the graph; a further page's hold 740.
    const places = paginate([350, 100], COLUMNS);

    expect(places).toEqual([
      { page: 1, x: 0, y: 60 },
      { page: 1, x: 0, y: 410 },
    ]);
  });

  it("when a block is taller than any column, then it gets a further page's column to itself", () => {
    expect(paginate([100, 900], COLUMNS)).toEqual([
      { page: 0, x: 0, y: 500 },
      { page: 1, x: 0, y: 60 },
    ]);
  });

  it('when there is nothing to place, then the sheet still has its one page', () => {
    expect(paginate([], COLUMNS)).toEqual([]);
    expect(pageCount([])).toBe(1);
  });
});
