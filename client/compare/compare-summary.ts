// The comparison's counts in words, the same in the panel, the legend and the sheet: the response's
// summary per status, and a side that matches nothing said as such rather than as an error.
import type { CompareResponse, CompareStatus } from '../../contract/index.ts';
import { plural } from '../ui/evidence-format.ts';
import { STATUS_ORDER } from './compare-style.ts';

export interface SummaryItem {
  key: CompareStatus | 'newlyContested';
  label: string;
  count: number;
}

const SHORT: Record<CompareStatus, string> = { both: 'In both', a: 'Only in A', b: 'Only in B', changed: 'Sign changed' };

/** One item per status in the legend's order, then the newly contested pairs. */
export function summaryItems(summary: CompareResponse['summary']): SummaryItem[] {
  return [
    ...STATUS_ORDER.map((status) => ({ key: status, label: SHORT[status], count: summary[status] })),
    { key: 'newlyContested' as const, label: 'Newly contested', count: summary.newlyContested },
  ];
}

/** "In both 2 · Only in A 1 · Only in B 1 · Sign changed 1 · Newly contested 0" */
export const summaryLine = (summary: CompareResponse['summary']): string =>
  summaryItems(summary)
    .map((item) => `${item.label} ${item.count}`)
    .join(' · ');

/** "Side B matches no claims" for each side that holds none; empty when both hold some. */
export function emptySides(sides: CompareResponse['sides']): string[] {
  return (['a', 'b'] as const).filter((side) => sides[side].claims === 0).map((side) => `Side ${side.toUpperCase()} matches no claims`);
}

/** "A: 4 claims · B: 6 claims" */
export const sideCounts = (sides: CompareResponse['sides']): string =>
  `A: ${plural(sides.a.claims, 'claim')} · B: ${plural(sides.b.claims, 'claim')}`;
