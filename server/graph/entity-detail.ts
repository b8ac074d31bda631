// One entity's card: who it stands with, against and beside (each counterpart once, by the pair's
// net alignment), and the articles that mention it.
import type { Neo4j } from '../db/neo4j.ts';
import { readQuery } from '../db/read-query.ts';
import { notFound } from '../http/app-error.ts';
import { netPolarity, netSummary, type Counterpart, type EntityDetail, type Polarity } from '../../contract/index.ts';

interface Row {
  entity: EntityDetail['entity'];
  counterparts: (Omit<Counterpart, 'net'> & { evidence: Record<Polarity, string[]> })[];
  articles: EntityDetail['articles'];
}

export async function entityDetail(db: Neo4j, id: string): Promise<EntityDetail> {
  const [row] = await readQuery<Row>(db, 'api/entity-detail', { id });
  if (!row) throw notFound(`Entity "${id}"`);
  const counterparts: EntityDetail['counterparts'] = { alliance: [], tension: [], neutral: [] };
  for (const { evidence, ...counterpart } of row.counterparts) {
    const net = netSummary(evidence);
    counterparts[netPolarity(net)].push({ ...counterpart, net });
  }
  return { entity: row.entity, counterparts, articles: row.articles };
}
