// The briefing sheet's fixed blocks: the heading of the first page and of the pages that continue
// the sources, the key points, and the footer every page ends with.
import { POLARITY_STYLE } from '../graph/graph-style.ts';
import { keyPointText, type KeyPoint } from './key-points.ts';
import { lineAttrs } from './sheet-shapes.ts';
import { MUTED, rule, T, text } from './sheet-text.ts';
import { fitLine, textWidth, wrapText } from './text-metrics.ts';
import { tag } from './xml.ts';

/** Where a block goes: its left edge, its width, and its top. */
export interface Frame {
  x: number;
  width: number;
  y: number;
}

export interface Drawn {
  markup: string[];
  /** Where the block ends. */
  bottom: number;
}

/** The heading: the title with the date at the right, the subtitle under both, a rule. */
export function drawHeading(heading: { title: string; subtitle: string; date: string }, { x, width, y: top }: Frame): Drawn {
  const out: string[] = [];
  const dateText = fitLine(heading.date, { ...T.date, width: width / 3 });
  if (dateText) out.push(text(x + width, top + 8, dateText, { size: T.date.size, 'text-anchor': 'end', fill: MUTED }));
  let y = top;
  const title = wrapText(heading.title || 'Untitled briefing', {
    ...T.title,
    width: width - textWidth(dateText, T.date) - 16,
    maxLines: 2,
  });
  for (const line of title)
    out.push(text(x, (y += T.title.lead) - 4, line, { size: T.title.size, 'font-weight': 'bold', class: 'sheet-title' }));
  for (const line of wrapText(heading.subtitle, { ...T.subtitle, width, maxLines: 3 }))
    out.push(text(x, (y += T.subtitle.lead) - 1, line, { size: T.subtitle.size, fill: MUTED, class: 'sheet-subtitle' }));
  y += 6;
  out.push(rule(x, x + width, y));
  return { markup: out, bottom: y };
}

/** The heading of a page that continues the sources: "Title — sources, continued", the date, a rule. */
export function drawContinuation(heading: { title: string; date: string }, { x, width, y }: Frame): Drawn {
  const dateText = fitLine(heading.date, { ...T.date, width: width / 3 });
  const title = fitLine(`${heading.title || 'Untitled briefing'} — sources, continued`, {
    ...T.head,
    width: width - textWidth(dateText, T.date) - 16,
  });
  return {
    markup: [
      text(x, y + 9, title, { size: T.head.size, 'font-weight': 'bold', class: 'sheet-continued' }),
      text(x + width, y + 9, dateText, { size: T.date.size, 'text-anchor': 'end', fill: MUTED }),
      rule(x, x + width, y + 14),
    ],
    bottom: y + 14,
  };
}

/** A key point's marker: the line its pair is drawn with (a divided pair reads neutral). */
function pointMarker(point: KeyPoint, x: number, y: number): string {
  const style = POLARITY_STYLE[point.kind === 'divided' ? 'neutral' : point.kind];
  return tag('line', { x1: x, y1: y, x2: x + 10, y2: y, ...lineAttrs(style, 1.6, 0.6) });
}

/** "KEY POINTS" and one line (at most two) per point, each ending with its sources' numbers. */
export function drawKeyPoints(points: readonly KeyPoint[], name: (id: string) => string, { x, width, y: top }: Frame): Drawn {
  const out: string[] = [text(x, top + 9, 'KEY POINTS', { size: T.label.size, 'font-weight': 'bold', fill: MUTED })];
  const note = 'what the articles in this view state; counts are distinct articles, numbers are the sources below';
  out.push(text(x + textWidth('KEY POINTS', T.label) + 6, top + 9, note, { size: T.label.size, fill: MUTED }));
  let y = top + T.label.lead + 2;
  if (points.length === 0) {
    out.push(text(x, (y += T.point.lead) - 2, 'No alliance or tension is stated in this view.', { size: T.point.size, fill: MUTED }));
  }
  for (const point of points) {
    const lines = wrapText(keyPointText(point, name), { ...T.point, width: width - 16, maxLines: 2 });
    out.push(pointMarker(point, x, y + T.point.lead / 2));
    const markup = lines.map((line) => text(x + 16, (y += T.point.lead) - 2, line, { size: T.point.size }));
    out.push(tag('g', { class: 'key-point', 'data-kind': point.kind }, markup.join('')));
  }
  return { markup: [tag('g', { id: 'key-points' }, out.join(''))], bottom: y + 4 };
}

export interface FooterText {
  /** "N claims from M articles · K relationships among E entities". */
  summary: string;
  /** What reopens the view (view-reference.ts), or null. */
  reference: string | null;
  page: number;
  pages: number;
}

/** The footer: the evidence behind the view, the page, and what reopens the view. */
export function drawFooter(footer: FooterText, { x, width, y }: Frame): string[] {
  const out = [rule(x, x + width, y), text(x, y + 10, footer.summary, { size: T.footer.size, class: 'sheet-summary' })];
  const page = footer.pages > 1 ? `page ${footer.page} of ${footer.pages} · ` : '';
  out.push(text(x + width, y + 10, `${page}entente`, { size: T.footer.size, 'text-anchor': 'end', fill: MUTED, class: 'sheet-page' }));
  if (footer.reference)
    out.push(
      text(x, y + 18, fitLine(footer.reference, { ...T.reference, width }), {
        size: T.reference.size,
        fill: MUTED,
        class: 'sheet-reference',
      }),
    );
  return out;
}
