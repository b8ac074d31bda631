// Scoring extraction against curated claims: a curated relation is found when a proposal names
// the same unordered pair with an overlapping passage; polarity agrees when one such proposal has
// the curated polarity; an entity is found when a proposal is it by id, by mergeInto or by name.
// A curated relation is central when the article states its pair in two or more distinct
// (non-overlapping) passages: what an article keeps coming back to is what it is about, and the
// rule needs nothing but the curated claims themselves (no layout, no headline detection).
import type { Entity, Proposals } from '../../contract/index.ts';
import type { Claim } from '../corpus/schema.ts';
import { slugOf } from '../../contract/index.ts';
import { foldKey, overlaps } from './fold.ts';

export interface ArticleScore {
  curated: number;
  found: number;
  polarityAgrees: number;
  proposals: number;
  entities: number;
  entitiesFound: number;
  /** Curated relations whose pair the article states in two or more distinct passages. */
  central: number;
  centralFound: number;
}

/** The unordered pairs the curated claims state in at least two non-overlapping passages. */
export function centralPairs(curated: readonly Claim[]): Set<string> {
  const passages = new Map<string, Array<readonly [number, number]>>();
  for (const claim of curated) {
    const pair = pairOf(claim.subject, claim.object);
    const seen = passages.get(pair) ?? [];
    if (!seen.some((offsets) => overlaps(offsets, claim.offsets))) seen.push(claim.offsets);
    passages.set(pair, seen);
  }
  return new Set([...passages].filter(([, seen]) => seen.length >= 2).map(([pair]) => pair));
}

/** The id of the corpus entity a proposal's reference (id or new name) stands for, if any. */
function idResolver(all: readonly Entity[]): (ref: string) => string {
  const byForm = new Map<string, string>();
  for (const entity of all) {
    byForm.set(entity.id, entity.id);
    for (const form of [entity.name, ...entity.aliases]) byForm.set(foldKey(form), entity.id);
  }
  return (ref) => byForm.get(ref) ?? byForm.get(foldKey(ref)) ?? byForm.get(slugOf(ref)) ?? ref;
}

function pairOf(a: string, b: string): string {
  return [a, b].sort().join('|');
}

function entitiesFound(proposals: Proposals, ids: ReadonlySet<string>, resolve: (ref: string) => string): number {
  const seen = new Set<string>();
  for (const entity of proposals.entities) {
    for (const ref of [entity.id, entity.mergeInto ?? '', entity.name, ...entity.aliases]) {
      if (ref.length > 0) seen.add(resolve(ref));
    }
  }
  return [...ids].filter((id) => seen.has(id)).length;
}

export function scoreArticle(proposals: Proposals, curated: readonly Claim[], all: readonly Entity[]): ArticleScore {
  const resolve = idResolver(all);
  const proposed = proposals.claims.map((claim) => ({
    pair: pairOf(resolve(claim.subject), resolve(claim.object)),
    offsets: claim.offsets,
    polarity: claim.polarity,
  }));
  const central = centralPairs(curated);
  let found = 0;
  let polarityAgrees = 0;
  let centralFound = 0;
  for (const claim of curated) {
    const pair = pairOf(claim.subject, claim.object);
    const matches = proposed.filter((p) => p.pair === pair && overlaps(p.offsets, claim.offsets));
    if (matches.length === 0) continue;
    found += 1;
    if (central.has(pair)) centralFound += 1;
    if (matches.some((p) => p.polarity === claim.polarity)) polarityAgrees += 1;
  }
  const ids = new Set(curated.flatMap((claim) => [claim.subject, claim.object, ...(claim.statedBy ? [claim.statedBy] : [])]));
  return {
    curated: curated.length,
    found,
    polarityAgrees,
    proposals: proposals.claims.length,
    entities: ids.size,
    entitiesFound: entitiesFound(proposals, ids, resolve),
    central: curated.filter((claim) => central.has(pairOf(claim.subject, claim.object))).length,
    centralFound,
  };
}
