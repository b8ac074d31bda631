// The sentences under the Alignments panel's headings, as pure functions of the analyses: how
// many blocs among how many entities, and the frustration index with its triads.
import { plural } from '../ui/evidence-format.ts';
import type { BalanceResponse, BlocsResponse } from '../../contract/index.ts';

export const percent = (share: number): string => `${Math.round(share * 100)}%`;

export function blocSummaryText(
  blocs: { blocs: readonly { members: readonly unknown[] }[]; counts: Pick<BlocsResponse['counts'], 'entities' | 'pairs'> },
  kinds: readonly string[],
): string {
  const shared = blocs.blocs.filter((bloc) => bloc.members.length >= 2).length;
  return `${plural(shared, 'bloc')} of two or more among ${plural(blocs.counts.entities, 'entity', 'entities')} (${kinds.join(', ')}); ${plural(blocs.counts.pairs, 'signed pair')}.`;
}

export function balanceSummaryText(balance: Pick<BalanceResponse, 'kinds' | 'counts' | 'frustration' | 'truncated'>): string {
  if (balance.counts.triads === 0) return `No triad: no three ${balance.kinds.join(', ')} entities are pairwise allied or opposed.`;
  const cut = balance.truncated ? ' The list is cut short.' : '';
  return `Frustration index ${balance.frustration.toFixed(2)}: ${balance.counts.unbalanced} of ${plural(balance.counts.triads, 'triad')} are unbalanced (an odd number of tensions).${cut}`;
}
