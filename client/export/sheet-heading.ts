// The briefing sheet's prefilled heading: a title from the focus, a subtitle that says which
// filters made the view, and the date written out (no day/month ambiguity in a briefing).
import { humanType } from '../graph/graph-elements.ts';
import { KIND_STYLE, POLARITY_STYLE } from '../graph/graph-style.ts';
import { dateRangeText } from '../state/date-range.ts';
import type { ViewState } from '../state/view-state.ts';

export interface HeadingContext {
  /** Entity names by id. */
  name: (id: string) => string;
  /** Article titles by id; default: the id. */
  articleTitle?: (id: string) => string;
}

export function sheetTitle(state: Pick<ViewState, 'focus'>, { name }: HeadingContext): string {
  return state.focus ? `${name(state.focus)} — alignments` : 'Stated alliances and tensions';
}

const listed = (items: string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

/** "Depth 1 neighbourhood · Tension only · Country and Person · at least 2 articles each · Claims dated 2020-12 to 2021-04, undated included", or "All stated relationships". */
export function sheetSubtitle(state: ViewState, { name, articleTitle = (id) => id }: HeadingContext): string {
  const parts: string[] = [];
  if (state.focus) parts.push(`Depth ${state.depth} neighbourhood of ${name(state.focus)}`);
  if (state.polarity.length > 0) parts.push(`${listed(state.polarity.map((p) => POLARITY_STYLE[p].label))} only`);
  if (state.kind.length > 0) parts.push(`Entities: ${listed(state.kind.map((k) => KIND_STYLE[k].label))}`);
  if (state.type.length > 0) parts.push(`Types: ${listed(state.type.map(humanType))}`);
  if (state.article.length > 0)
    parts.push(state.article.length === 1 ? `From “${articleTitle(state.article[0]!)}”` : `From ${state.article.length} articles`);
  if (state.statedBy.length > 0) parts.push(`Stated by ${listed(state.statedBy.map(name))}`);
  if (state.minArticles > 1) parts.push(`Relationships in at least ${state.minArticles} articles`);
  // A time slice says so: a reader must not take it for the whole record.
  const range = dateRangeText(state);
  if (range) parts.push(range);
  if (state.colorBy === 'bloc') parts.push('Entities coloured by alignment bloc');
  return parts.length > 0 ? parts.join(' · ') : 'All stated relationships';
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "7 March 2025" (local date). */
export function sheetDate(date: Date): string {
  return `${date.getDate()} ${MONTHS[date.getMonth()]} ${date.getFullYear()}`;
}
