// Historical claims: what an article recalls from well before its own time (the Great Game of
// 1830, the 1979 Soviet invasion) rather than what it reports of its period. The loader marks each
// claim once (the claim relationship's `historical` property); the net alignment, balance and
// blocs leave marked claims out unless asked (`historical=true`).
//
// The rule, per article:
//   the article's date = its `published` date where that reads as one (contract/dates.ts), else its
//     `eventDate`, else the latest date its own claims fix (an article is written no earlier than
//     the latest event it dates); none of these → none of its claims is historical;
//   a claim is historical when its own date ends more than HISTORICAL_MARGIN_YEARS before the
//     article's date (a year ends on 31 December, a month on its last day), so background a few
//     years old stays current and decades-old history does not.
import { normaliseDate } from './dates.ts';

/** How far before its article's date a claim's date may end and still be current. */
export const HISTORICAL_MARGIN_YEARS = 5;

const pad = (n: number) => String(n).padStart(2, '0');

/** The last day a partial date covers: "1979" → "1979-12-31", "2019-02" → "2019-02-28". */
export function dateEnd(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number?, number?];
  if (day !== undefined) return date;
  const m = month ?? 12;
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${year}-${pad(m)}-${pad(last)}`;
}

/** A range is in order when it does not end before it starts (partial dates by their whole span). */
export function rangeInOrder(from: string, to: string): boolean {
  return dateEnd(to) >= dateStart(from);
}

/** The first day a partial date covers: "2021" → "2021-01-01". */
export function dateStart(date: string): string {
  const [year, month = 1, day = 1] = date.split('-').map(Number) as [number, number?, number?];
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** An article's date by the rule above (YYYY-MM-DD, its first day), or null. */
export function articleDate(
  article: { published: string | null; eventDate: string | null },
  claimDates: readonly (string | null)[],
): string | null {
  const own = normaliseDate(article.published) ?? article.eventDate;
  if (own) return dateStart(own);
  const dated = claimDates.filter((date): date is string => date !== null).map(dateStart);
  return dated.length === 0 ? null : dated.sort().at(-1)!;
}

/** Whether a claim dated `claimDate` is historical for an article dated `articleOn`. */
export function isHistorical(claimDate: string | null, articleOn: string | null): boolean {
  if (claimDate === null || articleOn === null) return false;
  const [year, rest] = [Number(articleOn.slice(0, 4)), articleOn.slice(4)];
  return dateEnd(claimDate) < `${year - HISTORICAL_MARGIN_YEARS}${rest}`;
}
