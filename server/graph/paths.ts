// Paths between two entities, grouped by the entities they pass, each with its sign: the product
// of its hops' signs (each hop's net alignment: alliance +, tension −), so the friend of my enemy
// reads as an enemy. Each hop carries its pair's counts and first claims, not all of them: between
// two hubs there can be thousands.
import neo4j from 'neo4j-driver';
import type { Neo4j } from '../db/neo4j.ts';
import { readQuery } from '../db/read-query.ts';
import { notFound } from '../http/app-error.ts';
import { netAlignment } from '../analysis/net-alignment.ts';
import { pairKey, pathSign, type EntityPath, type Hop, type PathClaim, type Polarity } from '../../contract/index.ts';

/** Most paths returned by default: the shortest, then the best sourced. */
export const PATHS_LIMIT = 25;
/** Fewer shortest paths than this, and the next-shortest are searched for too. */
const FEW_SHORTEST = 3;
/** Claims shown per hop; `claimCount` says how many there are. */
export const HOP_CLAIMS = 10;

/** The claims between one pair as pair-summaries.cypher sums them up. */
export interface PairSummary {
  claimCount: number;
  /** Distinct articles stating alliance, tension, neutral relations of the pair. */
  alliance: string[];
  tension: string[];
  neutral: string[];
  /** The first claims, in article order. */
  claims: PathClaim[];
}

const NO_CLAIMS: PairSummary = { claimCount: 0, alliance: [], tension: [], neutral: [], claims: [] };

export function hopOf(from: string, to: string, summary: PairSummary = NO_CLAIMS): Hop {
  const evidence = (articles: string[]) => ({ articles, claimIds: [] });
  const { sign, net, alliance, tension, contested } = netAlignment({
    a: from,
    b: to,
    alliance: evidence(summary.alliance),
    tension: evidence(summary.tension),
    neutral: evidence(summary.neutral),
  });
  return { from, to, sign, net, alliance, tension, contested, claimCount: summary.claimCount, claims: summary.claims };
}

/** Paths from their entity sequences and the summary of each pair they pass, shortest first. */
export function buildPaths(sequences: readonly string[][], summaries: ReadonlyMap<string, PairSummary>): EntityPath[] {
  return sequences
    .map((ids) => {
      const hops = ids.slice(1).map((to, index) => hopOf(ids[index]!, to, summaries.get(pairKey(ids[index]!, to))));
      return { ids, length: hops.length, sign: pathSign(hops), hops };
    })
    .sort((a, b) => a.length - b.length || evidence(b) - evidence(a) || a.ids.join().localeCompare(b.ids.join()));
}

export const evidence = (path: { hops: readonly { claimCount: number }[] }): number =>
  path.hops.reduce((sum, hop) => sum + hop.claimCount, 0);

export async function findPaths(
  db: Neo4j,
  {
    from,
    to,
    maxHops,
    polarity,
    through,
    limit = PATHS_LIMIT,
  }: {
    from: string;
    to: string;
    maxHops: number;
    /** The view's polarity filter: routes pass only these claims, and each hop counts only these. */
    polarity?: Polarity[];
    /** Routes pass only claims of these polarities, but each hop still counts all its pair's claims (as the graph does). */
    through?: Polarity[];
    limit?: number;
  },
): Promise<EntityPath[]> {
  const polarities = polarity && polarity.length > 0 ? polarity : null;
  const params = { from, to, maxHops: neo4j.int(maxHops), polarities: through ?? polarities, limit: neo4j.int(limit) };
  const search = async (query: string) => (await readQuery<{ ids: string[] }>(db, query, params)).map((row) => row.ids);
  let sequences = await search('api/paths-shortest');
  if (sequences.length === 0) {
    // No shortest path within reach, so no longer one either; are both entities there at all?
    const found = await readQuery<{ entity: { id: string } }>(db, 'api/entities-by-id', { ids: [from, to] });
    for (const id of [from, to]) if (!found.some(({ entity }) => entity.id === id)) throw notFound(`Entity "${id}"`);
    return [];
  }
  // Few shortest routes (a direct link, one go-between): the next-longer ones say more "through whom".
  if (sequences.length < FEW_SHORTEST) sequences = await search('api/paths-two-groups');
  const pairs = new Map(sequences.flatMap((ids) => ids.slice(1).map((to, i): [string, string[]] => [pairKey(ids[i]!, to), [ids[i]!, to]])));
  const rows = await readQuery<PairSummary & { pair: string[] }>(db, 'api/pair-summaries', {
    pairs: [...pairs.values()],
    polarities,
    sample: neo4j.int(HOP_CLAIMS),
  });
  return buildPaths(sequences, new Map(rows.map(({ pair, ...summary }) => [pairKey(pair[0]!, pair[1]!), summary])));
}
