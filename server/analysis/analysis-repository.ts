// Reads what the analyses need from Neo4j: per unordered pair of entities, the distinct articles
// and claims per polarity (aggregated in Cypher, cypher/api/analysis-pairs.cypher), as plain data.
import type { Neo4j } from '../db/neo4j.ts';
import { readQuery } from '../db/read-query.ts';
import type { EntityKind } from '../../contract/index.ts';
import { netAlignments, type NetAlignment, type PairEvidence } from './net-alignment.ts';

interface PairRow extends PairEvidence {
  aName: string;
  bName: string;
}

export interface SignedPairs {
  /** Net alignments of the pairs with at least `minArticles` articles stating alliance or tension. */
  alignments: NetAlignment[];
  /** Id → name of every entity in those pairs. */
  names: Map<string, string>;
}

export async function readNetAlignments(
  db: Neo4j,
  { kinds, minArticles, historical }: { kinds: EntityKind[] | null; minArticles: number; historical: boolean },
): Promise<SignedPairs> {
  const rows = await readQuery<PairRow>(db, 'api/analysis-pairs', {
    kinds: kinds && kinds.length > 0 ? kinds : null,
    historical,
  });
  const names = new Map<string, string>();
  for (const row of rows) names.set(row.a, row.aName).set(row.b, row.bName);
  return { alignments: netAlignments(rows).filter((alignment) => alignment.articles >= minArticles), names };
}
