// Compare mode's part of the view and its URL form: whether it is on (compare=1) and each side's
// own filters (a.from=, a.to=, a.outlet=, a.country=, a.article=, a.speaker=, a.undated=false; b.
// likewise), so a link reopens the same comparison. The view's other filters (polarity, type, kind,
// focus, minArticles, historical) apply to both sides. Input from the URL is untrusted: malformed
// values are dropped, dates kept only in the API's forms (YYYY, YYYY-MM, YYYY-MM-DD).
import { isDateBound, rangeInOrder } from '../../contract/index.ts';

/** One side's own filters: the claims it holds. */
export interface CompareSide {
  /** Partial dates; null: open. */
  from: string | null;
  to: string | null;
  /** Outlet ids. */
  outlet: string[];
  /** ISO country codes of the outlets. */
  outletCountry: string[];
  /** Article ids. */
  article: string[];
  /** Speaker entity ids. */
  statedBy: string[];
  /** Claims with no date are kept (the API's default). */
  undated: boolean;
}

export interface CompareView {
  open: boolean;
  a: CompareSide;
  b: CompareSide;
}

export const SIDES = ['a', 'b'] as const;
export type SideName = (typeof SIDES)[number];

export const EMPTY_SIDE: Readonly<CompareSide> = Object.freeze({
  from: null,
  to: null,
  outlet: [],
  outletCountry: [],
  article: [],
  statedBy: [],
  undated: true,
});

export const DEFAULT_COMPARE: Readonly<CompareView> = Object.freeze({ open: false, a: EMPTY_SIDE, b: EMPTY_SIDE });

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const COUNTRY = /^[A-Z]{2}$/;
/** Longest list kept per field from a link. */
const MAX_LIST = 200;

/** What is wrong with a side's range, in words; null when it is fine. */
export function rangeProblem(from: string, to: string): string | null {
  const bad = (value: string) => value !== '' && !isDateBound(value);
  if (bad(from)) return `"${from}" is not a date: use YYYY, YYYY-MM or YYYY-MM-DD`;
  if (bad(to)) return `"${to}" is not a date: use YYYY, YYYY-MM or YYYY-MM-DD`;
  if (from && to && !rangeInOrder(from, to)) return `the range ends (${to}) before it starts (${from})`;
  return null;
}

const sorted = (values: readonly string[]) => [...new Set(values)].sort();

export function normalizeSide(side: CompareSide): CompareSide {
  return {
    ...side,
    outlet: sorted(side.outlet),
    outletCountry: sorted(side.outletCountry),
    article: sorted(side.article),
    statedBy: sorted(side.statedBy),
  };
}

/** Adds compare mode's parameters to a view's URL parameters (nothing when it is off). */
export function writeCompare(params: URLSearchParams, view: CompareView): void {
  if (!view.open) return;
  params.set('compare', '1');
  for (const name of SIDES) {
    const side = normalizeSide(view[name]);
    const list = (key: string, values: readonly string[]) => values.length > 0 && params.set(`${name}.${key}`, values.join(','));
    if (side.from) params.set(`${name}.from`, side.from);
    if (side.to) params.set(`${name}.to`, side.to);
    list('outlet', side.outlet);
    list('country', side.outletCountry);
    list('article', side.article);
    list('speaker', side.statedBy);
    if (!side.undated) params.set(`${name}.undated`, 'false');
  }
}

function readSide(params: URLSearchParams, name: SideName): CompareSide {
  const list = (key: string, pattern: RegExp) =>
    params
      .getAll(`${name}.${key}`)
      .flatMap((value) => value.split(','))
      .map((value) => value.trim())
      .filter((value) => pattern.test(value))
      .slice(0, MAX_LIST);
  const date = (key: string) => {
    const value = params.get(`${name}.${key}`);
    return value && isDateBound(value) ? value : null;
  };
  const from = date('from');
  let to = date('to');
  // A reversed range from a hand-edited link would only be refused by the API: the end is dropped.
  if (from && to && rangeProblem(from, to)) to = null;
  return normalizeSide({
    from,
    to,
    outlet: list('outlet', SLUG),
    outletCountry: list('country', COUNTRY),
    article: list('article', SLUG),
    statedBy: list('speaker', SLUG),
    undated: params.get(`${name}.undated`) !== 'false',
  });
}

export function readCompare(params: URLSearchParams): CompareView {
  if (params.get('compare') !== '1') return DEFAULT_COMPARE;
  return { open: true, a: readSide(params, 'a'), b: readSide(params, 'b') };
}
