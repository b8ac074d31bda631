// The sources of a briefing over as many pages as they need: blocks go down a column, then to the
// next column, then to the next page, in order; nothing is left out. Pure: heights in, places out.

/** A column's place on a page. */
export interface Column {
  x: number;
  top: number;
  bottom: number;
}

export interface Placement {
  /** 0-based page. */
  page: number;
  x: number;
  y: number;
}

export interface PageColumns {
  /** The columns of the first page (under the graph). */
  first: readonly Column[];
  /** The columns of every further page. */
  next: readonly Column[];
}

/**
 * A place for each block, in order. A block starts a new column when it does not fit below the
 * last, and skips any column too short for it: the first page's, under the graph, may hold less
 * than a block with several quotes, which would otherwise run into the footer. Only a block
 * taller than a whole further page's column gets one to itself and runs past its bottom (the
 * caller keeps blocks shorter than that).
 */
export function paginate(heights: readonly number[], columns: PageColumns): Placement[] {
  const columnsOf = (page: number) => (page === 0 && columns.first.length > 0 ? columns.first : columns.next);
  const tallest = Math.max(...columns.next.map((c) => c.bottom - c.top));
  let page = 0;
  let index = 0;
  let column = columnsOf(0)[0]!;
  let y = column.top;
  const advance = () => {
    index += 1;
    if (index >= columnsOf(page).length) [page, index] = [page + 1, 0];
    column = columnsOf(page)[index]!;
    y = column.top;
  };
  const fits = (height: number) => y + height <= column.bottom || (y === column.top && column.bottom - column.top >= tallest);
  return heights.map((height) => {
    while (!fits(height)) advance();
    const placement = { page, x: column.x, y };
    y += height;
    return placement;
  });
}

/** How many pages the placements take (at least one). */
export const pageCount = (placements: readonly Placement[]): number => Math.max(0, ...placements.map((p) => p.page)) + 1;
