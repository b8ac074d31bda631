// Dates as news pages print them, read into a partial date (YYYY, YYYY-MM or YYYY-MM-DD). Only
// forms that read one way are accepted; anything else (numeric day/month orders such as
// 04/07/2021, ranges, "2 hours ago", seasons, extra words) is null, never a guess.
import { z } from 'zod';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?`;
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const WEEKDAY = String.raw`(?:(sunday|monday|tuesday|wednesday|thursday|friday|saturday|sun|mon|tue|tues|wed|thu|thur|thurs|fri|sat)\.?,?\s+)?`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const YEAR = String.raw`(\d{4})`;
/** A clock time after the date ("10:30 AM PKT"): it does not change the printed day. */
const TIME = String.raw`(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s+\(?[a-z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?\)?)?)?`;

type Reader = (match: RegExpExecArray) => Parts | null;
interface Parts {
  year: string;
  month?: string;
  day?: string;
  weekday?: string | undefined;
}

const FORMS: [RegExp, Reader][] = [
  // 2021-04-07, 2021-04-07T10:00:00+05:00, 2021/04/07 (year first reads one way)
  [
    /^(\d{4})([-/.])(\d{2})\2(\d{2})(?:t\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?)?$/,
    (m) => ({ year: m[1]!, month: m[3], day: m[4] }),
  ],
  [/^(\d{4})-(\d{2})$/, (m) => ({ year: m[1]!, month: m[2] })],
  [/^(\d{4})$/, (m) => ({ year: m[1]! })],
  // Wednesday, February 21, 2024 · April 7, 2021 · Apr. 7th 2021 · April 7, 2021 10:30 AM
  [re(`${WEEKDAY}${MONTH}\\s+${DAY},?\\s+${YEAR}${TIME}`), (m) => named(m[1], m[2]!, m[3], m[4]!)],
  // Wednesday 21 February 2024 · 7 April 2021 · 7th Apr, 2021
  [re(`${WEEKDAY}${DAY}\\s+(?:of\\s+)?${MONTH},?\\s+${YEAR}${TIME}`), (m) => named(m[1], m[3]!, m[2], m[4]!)],
  // April 2021 · Apr. 2021 · April, 2021
  [re(`${MONTH},?\\s+${YEAR}`), (m) => named(undefined, m[1]!, undefined, m[2]!)],
];

function re(source: string): RegExp {
  return new RegExp(`^${source}$`);
}

function named(weekday: string | undefined, month: string, day: string | undefined, year: string): Parts {
  const number = MONTHS.indexOf(month.slice(0, 3)) + 1;
  return { year, month: String(number), day, weekday };
}

/** A printed date as YYYY, YYYY-MM or YYYY-MM-DD; null when it is not one date read with certainty. */
export function normaliseDate(printed: string | null | undefined): string | null {
  if (printed === null || printed === undefined) return null;
  const text = printed.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
  for (const [pattern, read] of FORMS) {
    const match = pattern.exec(text);
    if (match) {
      const parts = read(match);
      return parts && checked(parts);
    }
  }
  return null;
}

/** The parts as a partial date, or null when the day does not exist or the weekday contradicts it. */
function checked({ year, month, day, weekday }: Parts): string | null {
  const y = Number(year);
  if (y < 1000) return null;
  if (month === undefined) return year;
  const m = Number(month);
  if (m < 1 || m > 12) return null;
  const mm = String(m).padStart(2, '0');
  if (day === undefined) return `${year}-${mm}`;
  const d = Number(day);
  const on = new Date(Date.UTC(y, m - 1, d));
  if (d < 1 || on.getUTCMonth() !== m - 1) return null;
  if (weekday !== undefined && WEEKDAYS.indexOf(weekday.slice(0, 3)) !== on.getUTCDay()) return null;
  return `${year}-${mm}-${String(d).padStart(2, '0')}`;
}

/** A claim's effective date: its own date, else its article's published date, each read as above. */
export function effectiveDate(claimDate: string | null, articlePublished: string | null): string | null {
  return normaliseDate(claimDate) ?? normaliseDate(articlePublished);
}

/** A date a request gives (a range's end): YYYY, YYYY-MM or YYYY-MM-DD, and a real one. */
export const DateBound = z.string().refine((value) => /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(value) && normaliseDate(value) === value, {
  message: 'must be a date as YYYY, YYYY-MM or YYYY-MM-DD',
});

/** Whether a value is a date a request may give (DateBound). */
export const isDateBound = (value: string): boolean => DateBound.safeParse(value).success;

/**
 * A key that sorts at or after every day a partial date covers: "2021-04" → "2021-04-31" (no month
 * has a later day, so string order holds). The view queries (cypher/api/graph-*.cypher) give a
 * claim's date the same key, so a claim is in a range when its first day (dateStart) and this key
 * both are.
 */
export function dateEndKey(date: string): string {
  return date + '-12-31'.slice(date.length - 4);
}
