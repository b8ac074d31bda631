// A side's filters in words, for the panel's headings, the sheet's subtitle and the sources'
// headings: "2020-12 · outlets in PK", or "the whole view" when it sets nothing of its own.
import type { CompareSide } from '../state/compare-view.ts';

export interface SideNames {
  /** Entity names by id (speakers). */
  name: (id: string) => string;
  /** Outlet names by id. */
  outlet: (id: string) => string;
  /** Article titles by id. */
  article: (id: string) => string;
}

function rangeText({ from, to }: Pick<CompareSide, 'from' | 'to'>): string | null {
  if (from && to) return from === to ? from : `${from} to ${to}`;
  if (from) return `from ${from}`;
  if (to) return `up to ${to}`;
  return null;
}

/** At most this many names are listed; the rest are counted. */
const LISTED = 3;

function listText(label: string, values: readonly string[], nameOf: (value: string) => string): string | null {
  if (values.length === 0) return null;
  const named = values.slice(0, LISTED).map(nameOf).join(', ');
  return `${label} ${named}${values.length > LISTED ? ` +${values.length - LISTED}` : ''}`;
}

export function sideText(side: CompareSide, names: SideNames): string {
  const parts = [
    rangeText(side),
    listText('outlets:', side.outlet, names.outlet),
    listText('outlets in', side.outletCountry, (code) => code),
    listText('articles:', side.article, names.article),
    listText('said by', side.statedBy, names.name),
    side.undated ? null : 'dated claims only',
  ].filter((part): part is string => part !== null);
  return parts.length > 0 ? parts.join(' · ') : 'the whole view';
}
