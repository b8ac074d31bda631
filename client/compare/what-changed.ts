// What changed between side A and side B, as plain data: the pairs whose reading moved, in four
// lists ranked by evidence (distinct articles over both sides): new in B, gone in B, sign changed,
// newly contested. Verdicts come from the response (the one net-alignment rule, read per side).
import { pairKey, verdictText, type CompareEdge, type CompareResponse, type EdgeClaim, type NetSummary } from '../../contract/index.ts';

export const CHANGE_KINDS = ['changed', 'new', 'lost', 'contested'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export const CHANGE_TITLES: Record<ChangeKind, string> = {
  changed: 'Sign changed',
  new: 'New in B',
  lost: 'Gone in B',
  contested: 'Newly contested',
};

/** What each list holds, for a line under its title. */
export const CHANGE_HINTS: Record<ChangeKind, string> = {
  changed: 'aligned on one side, opposed on the other',
  new: 'stated only in B, or a verdict B states that A did not',
  lost: 'stated only in A, or a verdict A stated that B does not',
  contested: 'contested in B and not in A',
};

export interface Change {
  edge: CompareEdge;
  /** Distinct articles behind the pair over both sides: the ranking. */
  articles: number;
}

export type WhatChanged = Record<ChangeKind, Change[]>;

const signed = (net: NetSummary | undefined) => net !== undefined && net.sign !== 0;

/** Which lists a pair belongs in (a sign change is not also listed as new and gone). */
export function changeKinds(edge: CompareEdge): ChangeKind[] {
  const [a, b] = [edge.a?.net, edge.b?.net];
  const kinds: ChangeKind[] = [];
  if (edge.status === 'changed') kinds.push('changed');
  else {
    if (edge.status === 'b' || (signed(b) && b!.verdict !== a?.verdict)) kinds.push('new');
    if (edge.status === 'a' || (signed(a) && a!.verdict !== b?.verdict)) kinds.push('lost');
  }
  if (edge.newlyContested) kinds.push('contested');
  return kinds;
}

/** The claims of the response by id. */
export const claimsById = (response: Pick<CompareResponse, 'claims'>): Map<string, EdgeClaim> =>
  new Map(response.claims.map((claim) => [claim.claimId, claim]));

/** One side's claims of a pair, in the response's order. */
export function sideClaims(edge: CompareEdge, side: 'a' | 'b', claims: ReadonlyMap<string, EdgeClaim>): EdgeClaim[] {
  return (edge[side]?.claimIds ?? []).flatMap((id) => {
    const claim = claims.get(id);
    return claim ? [claim] : [];
  });
}

/** Distinct articles behind a pair on either side. */
export function pairArticles(edge: CompareEdge, claims: ReadonlyMap<string, EdgeClaim>): number {
  return new Set([...sideClaims(edge, 'a', claims), ...sideClaims(edge, 'b', claims)].map((claim) => claim.articleId)).size;
}

/** Most evidence first, then by pair id, so equal views list alike. */
export function byEvidence(changes: Change[]): Change[] {
  return changes.sort(
    (x, y) => y.articles - x.articles || pairKey(x.edge.source, x.edge.target).localeCompare(pairKey(y.edge.source, y.edge.target)),
  );
}

export function whatChanged(response: Pick<CompareResponse, 'edges' | 'claims'>): WhatChanged {
  const claims = claimsById(response);
  const lists: WhatChanged = { changed: [], new: [], lost: [], contested: [] };
  for (const edge of response.edges) {
    const change = { edge, articles: pairArticles(edge, claims) };
    for (const kind of changeKinds(edge)) lists[kind].push(change);
  }
  for (const kind of CHANGE_KINDS) byEvidence(lists[kind]);
  return lists;
}

/** A side's reading of a pair: "aligned · 2 vs 0 articles", or that the side does not state it. */
export function readingText(edge: CompareEdge, side: 'a' | 'b'): string {
  const net = edge[side]?.net;
  return net ? verdictText(net) : 'not stated';
}

/** "A: aligned · 2 vs 0 articles → B: opposed · 0 vs 2 articles"; the sheet joins with words (its font has no arrows). */
export function changeText(edge: CompareEdge, join = ' → '): string {
  return `A: ${readingText(edge, 'a')}${join}B: ${readingText(edge, 'b')}`;
}
