// The timeline's bins, computed once per view (pure; the strip only draws them). Claims are counted
// by effective date in buckets of a day, a month or a year, chosen from the span of the view.
//
// Precision is kept honest: a claim dated only "2021" or "2021-04" is never put on a precise day.
// A claim at least as precise as the bucket (a day-dated claim in month buckets) counts whole in its
// bucket; a coarser one (a year-only claim in month buckets) is spread evenly over the buckets its
// date covers, drawn in a lighter shade, and counted apart in the caption ("3 dated to the year
// only"). That also shows why a range holds it only when the range covers all of its span.
import { POLARITIES, type Polarity } from '../../contract/index.ts';

export type BucketUnit = 'day' | 'month' | 'year';

/** Spans up to this many days get day buckets; up to MONTHS_UP_TO_YEARS years, month buckets; else years. */
export const DAYS_UP_TO = 92;
export const MONTHS_UP_TO_YEARS = 20;

/** Per polarity, in POLARITIES order (alliance, tension, neutral). */
export type PolarityCounts = [number, number, number];

export interface TimelineBucket {
  /** The bucket as a date bound: YYYY-MM-DD, YYYY-MM or YYYY. */
  label: string;
  /** Claims dated within the bucket, at least as precisely as the bucket. */
  exact: PolarityCounts;
  /** Shares of coarser-dated claims spread over their span (fractions). */
  spread: PolarityCounts;
}

export interface TimelineBins {
  unit: BucketUnit;
  /** One per unit from the first dated claim's to the last's; empty when no claim is dated. */
  buckets: TimelineBucket[];
  dated: number;
  /** Dated claims coarser than a bucket (spread over their span). */
  coarse: number;
  undated: number;
  /** The tallest bucket (exact + spread): the strip's vertical scale. */
  max: number;
}

export interface DatedClaim {
  effectiveDate?: string | null;
  polarity: Polarity;
}

const DAY_MS = 86_400_000;
const RANK: Record<BucketUnit, number> = { day: 0, month: 1, year: 2 };

interface Parsed {
  year: number;
  month?: number;
  day?: number;
}

function parse(date: string): Parsed {
  const [year, month, day] = date.split('-').map(Number) as [number, number?, number?];
  return { year, month, day };
}

const precision = ({ month, day }: Parsed): BucketUnit => (day !== undefined ? 'day' : month !== undefined ? 'month' : 'year');

/** The ordinal (in `unit`s) of the first or the last day a partial date covers. */
function ordinal(date: Parsed, unit: BucketUnit, end: boolean): number {
  const month = date.month ?? (end ? 12 : 1);
  if (unit === 'year') return date.year;
  if (unit === 'month') return date.year * 12 + month - 1;
  // Day 0 of the next month is the last day of this one.
  const day = date.day ?? (end ? 0 : 1);
  return Date.UTC(date.year, date.day === undefined && end ? month : month - 1, day) / DAY_MS;
}

/** A bucket's ordinal as the date bound the API takes. */
export function bucketLabel(unit: BucketUnit, value: number): string {
  if (unit === 'year') return String(value).padStart(4, '0');
  if (unit === 'month') return `${String(Math.floor(value / 12)).padStart(4, '0')}-${String((value % 12) + 1).padStart(2, '0')}`;
  return new Date(value * DAY_MS).toISOString().slice(0, 10);
}

/** Day buckets for a short span, months for a middling one, years beyond. */
export function chooseUnit(firstDay: number, lastDay: number): BucketUnit {
  const days = lastDay - firstDay + 1;
  if (days <= DAYS_UP_TO) return 'day';
  return days <= MONTHS_UP_TO_YEARS * 366 ? 'month' : 'year';
}

const zero = (): PolarityCounts => [0, 0, 0];

/** Counts every claim of the view's edges by effective date and polarity. */
export function buildTimeline(edges: readonly { claims: readonly DatedClaim[] }[]): TimelineBins {
  const claims = edges.flatMap((edge) => edge.claims);
  const dated = claims.flatMap((claim) => (claim.effectiveDate ? [{ date: parse(claim.effectiveDate), polarity: claim.polarity }] : []));
  const undated = claims.length - dated.length;
  if (dated.length === 0) return { unit: 'year', buckets: [], dated: 0, coarse: 0, undated, max: 0 };

  let firstDay = Infinity;
  let lastDay = -Infinity;
  for (const { date } of dated) {
    firstDay = Math.min(firstDay, ordinal(date, 'day', false));
    lastDay = Math.max(lastDay, ordinal(date, 'day', true));
  }
  const unit = chooseUnit(firstDay, lastDay);
  const first = ordinal(parse(bucketLabel('day', firstDay)), unit, false);
  const count = ordinal(parse(bucketLabel('day', lastDay)), unit, false) - first + 1;
  const buckets = Array.from({ length: count }, (_, i) => ({ label: bucketLabel(unit, first + i), exact: zero(), spread: zero() }));

  let coarse = 0;
  for (const { date, polarity } of dated) {
    const p = POLARITIES.indexOf(polarity);
    const start = ordinal(date, unit, false) - first;
    if (RANK[precision(date)] <= RANK[unit]) {
      buckets[start]!.exact[p]! += 1;
      continue;
    }
    coarse += 1;
    const end = ordinal(date, unit, true) - first;
    for (let i = start; i <= end; i += 1) buckets[i]!.spread[p]! += 1 / (end - start + 1);
  }
  const total = (counts: PolarityCounts) => counts[0] + counts[1] + counts[2];
  const max = Math.max(...buckets.map((bucket) => total(bucket.exact) + total(bucket.spread)));
  return { unit, buckets, dated: dated.length, coarse, undated, max };
}

/** The buckets [lo, hi] a date range covers, clamped to the strip; the whole strip when the range is open. */
export function rangeIndices(bins: TimelineBins, range: { dateFrom: string | null; dateTo: string | null }): [number, number] {
  const last = bins.buckets.length - 1;
  const first = bins.buckets.length > 0 ? ordinal(parse(bins.buckets[0]!.label), bins.unit, false) : 0;
  const clamp = (i: number) => Math.min(last, Math.max(0, i));
  const lo = range.dateFrom ? clamp(ordinal(parse(range.dateFrom), bins.unit, false) - first) : 0;
  const hi = range.dateTo ? clamp(ordinal(parse(range.dateTo), bins.unit, true) - first) : last;
  return [Math.min(lo, hi), Math.max(lo, hi)];
}

/** The date range buckets [lo, hi] stand for; open (nulls) when they span the whole strip. */
export function rangeOf(bins: TimelineBins, lo: number, hi: number): { dateFrom: string | null; dateTo: string | null } {
  if (lo <= 0 && hi >= bins.buckets.length - 1) return { dateFrom: null, dateTo: null };
  return { dateFrom: bins.buckets[lo]!.label, dateTo: bins.buckets[hi]!.label };
}
