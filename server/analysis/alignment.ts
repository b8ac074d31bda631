// Why two entities stand where they do: the claims between them (both directions, every type and
// polarity, with quotes), their net alignment, and the strongest signed paths between them.
//
// Paths come from findPaths (server/graph/paths.ts: shortest, and next-shortest when few, here through
// alliance and tension claims only, at most 3 hops; each hop still counts every claim of its pair,
// so a pair reads the same here as in the graph and the Paths panel). Each hop is then weighed by the same rule as
// the direct pair (distinct articles, net-alignment.ts) and the path's sign is the product of its
// hops' signs (pathSign). A path is as strong as its weakest hop: strength = min |net| over hops.
// Paths with a contested-to-zero hop (sign 0) and the direct one-hop path are left out: the direct
// relation is `claims` and `net`.
import type { Neo4j } from '../db/neo4j.ts';
import { readQuery } from '../db/read-query.ts';
import { notFound } from '../http/app-error.ts';
import { evidence, findPaths } from '../graph/paths.ts';
import {
  compareIds,
  type AlignmentResponse,
  type EntityKind,
  type EntityPath,
  type EntityRef,
  type PathClaim,
  type SignedPath,
} from '../../contract/index.ts';
import { netAlignment, pairEvidence } from './net-alignment.ts';

export interface AlignmentOptions {
  a: string;
  b: string;
  /** Longest path searched (default 3). */
  maxHops?: number;
  /** Most paths returned (default 10). */
  maxPaths?: number;
}

export async function explainAlignment(db: Neo4j, { a, b, maxHops = 3, maxPaths = 10 }: AlignmentOptions): Promise<AlignmentResponse> {
  const found = await readQuery<{ entity: EntityRef & { kind: EntityKind } }>(db, 'api/entities-by-id', { ids: [a, b] });
  const entity = (id: string) => {
    const match = found.find((row) => row.entity.id === id);
    if (!match) throw notFound(`Entity "${id}"`);
    return { id, name: match.entity.name, kind: match.entity.kind };
  };
  const [first, second] = [entity(a), entity(b)];

  const rows = await readQuery<{ claims: PathClaim[] }>(db, 'api/pair-claims', { pairs: [[a, b]], polarities: null });
  const claims = (rows[0]?.claims ?? []).sort((x, y) => compareIds(x.articleId, y.articleId) || compareIds(x.claimId, y.claimId));
  const { pair: _pair, claimIds: _claimIds, neutralClaimIds: _neutral, ...net } = netAlignment(pairEvidence(a, b, claims));

  const candidates = await findPaths(db, { from: a, to: b, maxHops, through: ['alliance', 'tension'] });
  const signed = candidates
    .filter((path) => path.length > 1)
    .map(signPath)
    .filter((path) => path.sign !== 0)
    .sort(comparePaths)
    .slice(0, maxPaths);

  const ids = [...new Set(signed.flatMap((path) => path.ids))];
  const names = new Map(
    (await readQuery<{ entity: EntityRef }>(db, 'api/entities-by-id', { ids })).map(({ entity }) => [entity.id, entity.name]),
  );
  const paths = signed.map((path) => ({ ...path, entities: path.ids.map((id) => ({ id, name: names.get(id) ?? id })) }));

  return {
    a: first,
    b: second,
    net,
    claims,
    paths,
    counts: { claims: claims.length, articles: new Set(claims.map((claim) => claim.articleId)).size, paths: paths.length },
  };
}

/** A path with its strength: its weakest hop's |net|. */
export function signPath(path: EntityPath): Omit<SignedPath, 'entities'> {
  return { ...path, strength: path.hops.length === 0 ? 0 : Math.min(...path.hops.map((hop) => Math.abs(hop.net))) };
}

function comparePaths(x: Omit<SignedPath, 'entities'>, y: Omit<SignedPath, 'entities'>): number {
  return y.strength - x.strength || x.length - y.length || evidence(y) - evidence(x) || compareIds(x.ids.join(), y.ids.join());
}
