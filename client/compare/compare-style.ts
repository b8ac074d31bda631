// How compare mode marks a line by its status: one entry per status, used by the Cytoscape rules,
// the on-screen legend and the sheet, so the three never disagree. The marks are line styles (solid,
// dashed, dotted, a thick line in a dark casing), readable in greyscale; colour stays the pair's
// net alignment on side B, or on A where B does not state it.
import type { StylesheetJson } from 'cytoscape';
import type { CompareStatus } from '../../contract/index.ts';

export interface StatusStyle {
  label: string;
  /** Dash and gap lengths in px (dots: near-zero dashes with round caps); null: solid. */
  dash: number[] | null;
  cap: 'butt' | 'round';
  /** px added to the line's width. */
  extraWidth: number;
  /** A dark casing around the line (underlay), or none. */
  casing: { color: string; padding: number; opacity: number } | null;
}

export const STATUS_STYLE: Record<CompareStatus, StatusStyle> = {
  both: { label: 'In both', dash: null, cap: 'round', extraWidth: 0, casing: null },
  a: { label: 'Only in A', dash: [9, 5], cap: 'butt', extraWidth: 0, casing: null },
  b: { label: 'Only in B', dash: [0.1, 6], cap: 'round', extraWidth: 0.6, casing: null },
  changed: {
    label: 'Sign changed: aligned on one side, opposed on the other',
    dash: null,
    cap: 'round',
    extraWidth: 3,
    casing: { color: '#1f2328', padding: 3, opacity: 0.9 },
  },
};

/** The legend's order: what stays, then what goes, what comes, what turned. */
export const STATUS_ORDER: readonly CompareStatus[] = ['both', 'a', 'b', 'changed'];

/** What a line's colour means in compare mode. */
export const COMPARE_COLOUR_NOTE =
  "Colour: the pair's verdict on side B, or on A where only A states it (blue aligned, vermillion opposed, grey divided or neutral)";

/** The class a compare line carries for its status. */
export const statusClass = (status: CompareStatus): string => `cmp-${status}`;

/** Rules appended to the explorer's stylesheet: a compare line's dashes and casing by its status. */
export function compareStylesheet(): StylesheetJson {
  return Object.entries(STATUS_STYLE).map(([status, style]) => ({
    selector: `edge.${statusClass(status as CompareStatus)}`,
    style: {
      'line-style': style.dash ? 'dashed' : 'solid',
      'line-cap': style.cap,
      ...(style.dash ? { 'line-dash-pattern': style.dash } : {}),
      ...(style.casing
        ? { 'underlay-color': style.casing.color, 'underlay-padding': style.casing.padding, 'underlay-opacity': style.casing.opacity }
        : {}),
    },
  }));
}
