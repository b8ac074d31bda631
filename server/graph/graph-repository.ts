// Reads views of the graph for the API. Every query is a file in cypher/api/, parameterised;
// results come back as plain objects.
import neo4j from 'neo4j-driver';
import type { Neo4j } from '../db/neo4j.ts';
import { readQuery } from '../db/read-query.ts';
import { notFound } from '../http/app-error.ts';
import type { Vocabulary } from '../vocabulary.ts';
import {
  aggregateEdges,
  compareIds,
  dateEndKey,
  dateStart,
  degrees,
  type ClaimFilters,
  type ClaimRow,
  type GraphNode,
  type GraphQuery,
  type GraphResponse,
} from '../../contract/index.ts';

const orNull = (list?: string[]) => (list && list.length > 0 ? list : null);

/**
 * Filters as Cypher parameters: an absent or empty filter is null, meaning "any". Outlet filters
 * become the articles those outlets published (an empty list when none: nothing passes).
 */
export async function filterParams(db: Neo4j, filters: ClaimFilters) {
  return {
    polarities: orNull(filters.polarity),
    types: orNull(filters.type),
    kinds: orNull(filters.kind),
    articles: await articleScope(db, filters),
    statedBy: orNull(filters.statedBy),
    from: filters.from === undefined ? null : dateStart(filters.from),
    to: filters.to === undefined ? null : dateEndKey(filters.to),
    undated: filters.undated,
  };
}
type FilterParams = Awaited<ReturnType<typeof filterParams>>;

async function articleScope(db: Neo4j, { article, outlet, outletCountry }: ClaimFilters): Promise<string[] | null> {
  const articles = orNull(article);
  if (!orNull(outlet) && !orNull(outletCountry)) return articles;
  const [published] = await readQuery<{ ids: string[] }>(db, 'api/outlet-articles', {
    outlets: orNull(outlet),
    countries: orNull(outletCountry),
  });
  const ids = published?.ids ?? [];
  return articles ? ids.filter((id) => articles.includes(id)) : ids;
}

/**
 * Up to this many entities, a view checks each pair from its cheaper side (a typical 1-hop view on
 * the 1M-claim corpus: 8 ms, against 31 ms expanding its hubs whole); beyond, the pairs outgrow the
 * relationships and each entity is expanded once (2,000 entities: 28 s against 53 s).
 */
const PAIRWISE_MAX_ENTITIES = 50;

/** Caps on one view: entities (GRAPH_MAX_NODES) and claims (GRAPH_MAX_CLAIMS). */
export interface ViewLimits {
  maxNodes: number;
  maxClaims: number;
}

export async function graphView(
  db: Neo4j,
  query: GraphQuery,
  vocabulary: Vocabulary,
  { maxNodes, maxClaims }: ViewLimits,
): Promise<GraphResponse> {
  const filters = await filterParams(db, query);
  const chosen = query.focus
    ? await neighbourhood(db, { focus: query.focus, depth: query.depth, filters, maxNodes })
    : await topEntities(db, filters, maxNodes);
  let { ids, truncated } = chosen;

  type Row = ClaimRow & { rank: number; quoteStart: number };
  const place = Object.fromEntries(ids.map((id, index) => [id, index]));
  const viewQuery = ids.length <= PAIRWISE_MAX_ENTITIES ? 'api/graph-view-pairs' : 'api/graph-view-expand';
  const [view] = await readQuery<{ entities: Omit<GraphNode, 'degree'>[]; claims: Row[] }>(db, viewQuery, {
    ...filters,
    ids,
    place,
    maxClaims: neo4j.int(maxClaims),
  });
  let rows = view!.claims;
  if (rows.length > maxClaims) {
    // Over budget: keep the entities before the one whose claims did not fit, with every claim among them.
    const cut = rows[maxClaims]!.rank;
    rows = rows.filter((row) => row.rank < cut);
    ids = ids.slice(0, cut);
    truncated = true;
  }
  // Each edge lists its claims in article order.
  rows.sort((a, b) => compareIds(a.claim.articleId, b.claim.articleId) || a.quoteStart - b.quoteStart);
  const kept = new Set(ids);
  const edges = aggregateEdges(rows, vocabulary, { minArticles: query.minArticles, historical: query.historical });
  const degree = degrees(edges);
  // Entities left without an edge by the filters are not drawn; the focus always is.
  const nodes = view!.entities
    .filter((entity) => kept.has(entity.id) && (degree.has(entity.id) || entity.id === query.focus))
    .map((entity) => ({ ...entity, degree: degree.get(entity.id) ?? 0 }))
    .sort((a, b) => b.degree - a.degree || a.id.localeCompare(b.id));

  const claims = edges.flatMap((edge) => edge.claims);
  return {
    nodes,
    edges,
    truncated,
    counts: { nodes: nodes.length, edges: edges.length, claims: claims.length, articles: new Set(claims.map((c) => c.articleId)).size },
  };
}

/** Breadth-first from the focus through claims that pass the filters; nearer entities first. */
interface Neighbourhood {
  focus: string;
  depth: number;
  filters: FilterParams;
  maxNodes: number;
}

async function neighbourhood(db: Neo4j, { focus, depth, filters, maxNodes }: Neighbourhood) {
  const ids = [focus];
  const seen = new Set(ids);
  let frontier = ids.slice();
  for (let hop = 0; hop < depth && frontier.length > 0; hop += 1) {
    const next = await readQuery<{ id: string; claims: number }>(db, 'api/graph-neighbours', { ...filters, frontier });
    // No neighbour at all: is there such an entity? (Asked only then, to spare a round trip.)
    if (hop === 0 && next.length === 0 && (await readQuery(db, 'api/entities-by-id', { ids: [focus] })).length === 0)
      throw notFound(`Entity "${focus}"`);
    frontier = next
      .filter(({ id }) => !seen.has(id))
      .sort((a, b) => b.claims - a.claims || a.id.localeCompare(b.id))
      .map(({ id }) => id);
    for (const id of frontier) {
      if (seen.size >= maxNodes) return { ids, truncated: true };
      seen.add(id);
      ids.push(id);
    }
  }
  return { ids, truncated: false };
}

async function topEntities(db: Neo4j, filters: FilterParams, maxNodes: number) {
  const top = await readQuery<{ id: string }>(db, 'api/graph-top-entities', { ...filters, limit: neo4j.int(maxNodes + 1) });
  return { ids: top.slice(0, maxNodes).map(({ id }) => id), truncated: top.length > maxNodes };
}
