// The data a briefing sheet and the SVG export are drawn from: a snapshot of the graph as laid out
// on screen (model coordinates, resolved colours) and, for the sheet, the view's claims and article
// metadata. Plain data, so each document is a pure function of it.
import type { EdgeClaim as Claim, Polarity } from '../../contract/index.ts';

export interface Point {
  x: number;
  y: number;
}

export interface SheetNode {
  id: string;
  /** As drawn (with the bloc number when coloured by bloc). */
  label: string;
  kind: string;
  /** Centre, model coordinates. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Colours as the page resolved them (#hex or rgb()). */
  fill: string;
  border: string;
  /** Label size in model px. */
  fontSize: number;
  /** Opacity as drawn on screen (faded, dimmed); absent means fully opaque. */
  opacity?: number;
}

/** An edge as the vector renderer draws it: its line, and how the line looks. */
export interface DrawnEdge {
  id: string;
  polarity: Polarity;
  directed: boolean;
  contested: boolean;
  /** Line width in model px. */
  width: number;
  /** Model coordinates: where it leaves the source, its control points, where it meets the target. */
  path: Point[];
  /** Opacity as drawn on screen (faded, dimmed); absent means fully opaque. */
  opacity?: number;
  /** Dashes and a casing other than its polarity's (compare mode's status marks); absent: its polarity's. */
  mark?: LineMark;
}

export interface LineMark {
  dash: number[] | null;
  cap: 'butt' | 'round';
  /** A dark band drawn under the line, padding pt either side. */
  casing: { color: string; padding: number; opacity: number } | null;
}

/**
 * An edge of the briefing sheet: its line, and the claims its sources quote. Whatever the view
 * draws as one line: one relationship type between two entities, or a whole pair.
 */
export interface SheetEdge extends DrawnEdge {
  source: string;
  target: string;
  /** The relationship types its claims state (one in the by-type view), in order of first claim. */
  types: string[];
  /** Distinct articles among its claims. */
  articleCount: number;
  claimCount: number;
  claims: Claim[];
}

export interface SheetArticle {
  id: string;
  title: string;
  outlet: string | null;
  /** The date to cite (event date, else published), as printed. */
  date: string | null;
}

/** A bloc swatch for the legend when nodes are coloured by bloc. */
export interface SheetBloc {
  label: string;
  fill: string;
  border: string;
}
