// The view's date range and its URL form: `dateFrom`/`dateTo` (YYYY, YYYY-MM or YYYY-MM-DD, sent
// to /api/graph as from/to; the URL's from/to already name the path's ends) and `undated=false`.
// Input from the URL is untrusted: a value that is not a real date, or a range that ends before it
// starts, is dropped.
import { isDateBound, rangeInOrder } from '../../contract/index.ts';

export interface DateRangeView {
  /** First day, month or year of the range; null: open. */
  dateFrom: string | null;
  /** Last day, month or year of the range (inclusive); null: open. */
  dateTo: string | null;
  /** Claims with no effective date stay in the view (default true). */
  undated: boolean;
}

export const DEFAULT_DATE_RANGE: Readonly<DateRangeView> = Object.freeze({ dateFrom: null, dateTo: null, undated: true });

const KEYS = { dateFrom: 'dateFrom', dateTo: 'dateTo', undated: 'undated' } as const;

const bound = (value: string | null): string | null => (value !== null && isDateBound(value) ? value : null);

export function readDateRange(params: URLSearchParams): DateRangeView {
  const dateFrom = bound(params.get(KEYS.dateFrom));
  const dateTo = bound(params.get(KEYS.dateTo));
  const inOrder = !dateFrom || !dateTo || rangeInOrder(dateFrom, dateTo);
  return {
    dateFrom: inOrder ? dateFrom : null,
    dateTo: inOrder ? dateTo : null,
    undated: params.get(KEYS.undated) !== 'false',
  };
}

export function writeDateRange(params: URLSearchParams, range: DateRangeView): void {
  if (range.dateFrom) params.set(KEYS.dateFrom, range.dateFrom);
  if (range.dateTo) params.set(KEYS.dateTo, range.dateTo);
  if (!range.undated) params.set(KEYS.undated, 'false');
}

export function hasDateRange(range: DateRangeView): boolean {
  return range.dateFrom !== null || range.dateTo !== null || !range.undated;
}

/**
 * What a briefing says of the time slice, so a reader knows the graph is one: "Claims dated
 * 2020-12 to 2021-04, undated included"; null when the view keeps every claim.
 */
export function dateRangeText(range: DateRangeView): string | null {
  const { dateFrom, dateTo, undated } = range;
  if (!dateFrom && !dateTo) return undated ? null : 'Dated claims only, undated left out';
  const span =
    dateFrom && dateTo
      ? dateFrom === dateTo
        ? dateFrom
        : `${dateFrom} to ${dateTo}`
      : dateFrom
        ? `${dateFrom} or later`
        : `up to ${dateTo}`;
  return `Claims dated ${span}, undated ${undated ? 'included' : 'left out'}`;
}
