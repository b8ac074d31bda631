// The data a briefing sheet is drawn from: a snapshot of the graph as laid out on screen (model
// coordinates, resolved colours) and the view's claims and article metadata. Plain data, so the
// sheet is a pure function of it.
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
}

export interface SheetEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  polarity: Polarity;
  directed: boolean;
  contested: boolean;
  /** Line width in model px. */
  width: number;
  articleCount: number;
  claimCount: number;
  claims: Claim[];
  /** Model coordinates: where it leaves the source, its control points, where it meets the target. */
  path: Point[];
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
