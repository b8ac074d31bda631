// One entity's card: who it stands with, against and beside, and the articles that mention it.
import type { Neo4j } from '../db/neo4j.ts';
import { readQuery } from '../db/read-query.ts';
import { notFound } from '../http/app-error.ts';
import type { Counterpart, EntityDetail, Polarity } from '../../contract/index.ts';

interface Row {
  entity: EntityDetail['entity'];
  counterparts: (Counterpart & { polarity: Polarity })[];
  articles: EntityDetail['articles'];
}

export async function entityDetail(db: Neo4j, id: string): Promise<EntityDetail> {
  const [row] = await readQuery<Row>(db, 'api/entity-detail', { id });
  if (!row) throw notFound(`Entity "${id}"`);
  const counterparts: EntityDetail['counterparts'] = { alliance: [], tension: [], neutral: [] };
  for (const { polarity, ...counterpart } of row.counterparts) counterparts[polarity].push(counterpart);
  return { entity: row.entity, counterparts, articles: row.articles };
}
