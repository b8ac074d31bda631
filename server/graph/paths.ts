// Paths between two entities, grouped by the entities they pass, each with its sign: the product
// of its hops' signs (each hop's net alignment: alliance +, tension −), so the friend of my enemy
// reads as an enemy.
import neo4j from 'neo4j-driver';
import type { Neo4j } from '../db/neo4j.ts';
import { readQuery } from '../db/read-query.ts';
import { notFound } from '../http/errors.ts';
import type { Polarity } from '../corpus/schema.ts';
import { netAlignment, pairEvidence } from '../analysis/net-alignment.ts';
import { pairKey, type EdgeClaim } from './graph-view.ts';

export type Sign = 1 | -1 | 0;

export interface PathClaim extends EdgeClaim {
  type: string;
  source: string;
  target: string;
}

export interface Hop {
  from: string;
  to: string;
  sign: Sign;
  claims: PathClaim[];
}

export interface EntityPath {
  ids: string[];
  length: number;
  /** +1 aligned, −1 opposed, 0 when a hop is neutral or contested. */
  sign: Sign;
  hops: Hop[];
}

/** A hop's sign is its pair's net alignment: distinct articles stating alliance minus tension. */
export function hopSign(from: string, to: string, claims: readonly PathClaim[]): Sign {
  return netAlignment(pairEvidence(from, to, claims)).sign;
}

export function pathSign(hops: readonly { sign: Sign }[]): Sign {
  return hops.reduce<Sign>((product, hop) => (product * hop.sign) as Sign, 1);
}

/** Paths from their entity sequences and the claims of each pair they pass, shortest first. */
export function buildPaths(sequences: readonly string[][], claimsByPair: ReadonlyMap<string, PathClaim[]>): EntityPath[] {
  return sequences
    .map((ids) => {
      const hops = ids.slice(1).map((to, index) => {
        const from = ids[index]!;
        const claims = claimsByPair.get(pairKey(from, to)) ?? [];
        return { from, to, sign: hopSign(from, to, claims), claims };
      });
      return { ids, length: hops.length, sign: pathSign(hops), hops };
    })
    .sort((a, b) => a.length - b.length || evidence(b) - evidence(a) || a.ids.join().localeCompare(b.ids.join()));
}

const evidence = (path: EntityPath) => path.hops.reduce((sum, hop) => sum + hop.claims.length, 0);

export async function findPaths(
  db: Neo4j,
  { from, to, maxHops, polarity }: { from: string; to: string; maxHops: number; polarity?: Polarity[] },
): Promise<EntityPath[]> {
  const found = await readQuery<{ entity: { id: string } }>(db, 'api/entities-by-id', { ids: [from, to] });
  for (const id of [from, to]) if (!found.some(({ entity }) => entity.id === id)) throw notFound(`Entity "${id}"`);
  const polarities = polarity && polarity.length > 0 ? polarity : null;
  const sequences = (await readQuery<{ ids: string[] }>(db, 'api/paths', { from, to, maxHops: neo4j.int(maxHops), polarities })).map((row) => row.ids);
  const pairs = new Map(sequences.flatMap((ids) => ids.slice(1).map((to, i): [string, string[]] => [pairKey(ids[i]!, to), [ids[i]!, to]])));
  const rows = await readQuery<{ pair: string[]; claims: PathClaim[] }>(db, 'api/pair-claims', { pairs: [...pairs.values()], polarities });
  return buildPaths(sequences, new Map(rows.map((row) => [pairKey(row.pair[0]!, row.pair[1]!), row.claims])));
}
