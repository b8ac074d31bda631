// Claims grouped by the article that makes them, for reading a pair's evidence source by source.
import type { EdgeClaim as Claim } from '../../contract/index.ts';

export function claimsByArticle<T extends Pick<Claim, 'articleId'>>(claims: readonly T[]): { articleId: string; claims: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const claim of claims) {
    const group = groups.get(claim.articleId);
    if (group) group.push(claim);
    else groups.set(claim.articleId, [claim]);
  }
  return [...groups].map(([articleId, list]) => ({ articleId, claims: list }));
}
