// The briefing sheet's type scale and its one way of writing a line of text (escaped).
import { SHEET_FONT } from './sheet-graph.ts';
import { escapeXml, tag } from './xml.ts';

export const INK = '#1f2328';
export const MUTED = '#5f6670';
export const RULE = '#c9cdd2';

/** Sizes and line heights (pt) of each kind of text on the sheet. */
export const T = {
  title: { size: 16, bold: true, lead: 19 },
  subtitle: { size: 9, lead: 11 },
  date: { size: 8 },
  label: { size: 6.5, bold: true, lead: 9 },
  point: { size: 7.8, lead: 9.6 },
  head: { size: 7.4, bold: true, lead: 8.9 },
  facts: { size: 6.3, lead: 8 },
  quote: { size: 7, lead: 8.5 },
  cite: { size: 6.2, lead: 7.5 },
  footer: { size: 7.5 },
  reference: { size: 6 },
} as const;

type TextAttrs = Record<string, string | number | undefined>;
/** A line of text: its font size, then any attributes that add to or override the defaults. */
export type TextStyle = TextAttrs & { size: number };

export const text = (x: number, y: number, content: string, { size, ...attrs }: TextStyle): string =>
  tag('text', { x, y, 'font-family': SHEET_FONT, 'font-size': size, fill: INK, ...attrs }, escapeXml(content));

/** A horizontal rule across the content. */
export const rule = (x1: number, x2: number, y: number): string => tag('line', { x1, y1: y, x2, y2: y, stroke: RULE, 'stroke-width': 0.8 });
