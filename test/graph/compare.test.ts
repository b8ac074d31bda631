// The compare's pairing over plain views: statuses, each side's net by the one rule, the summary,
// nodes and claims once, and the order of the lines.
import { describe, expect, it } from 'vitest';
import { aggregateEdges, CompareResponseSchema, degrees, type ClaimRow, type GraphResponse, type Polarity } from '../../contract/index.ts';
import { compareViews } from '../../server/graph/compare.ts';
import { vocabularyOf } from '../../server/vocabulary.ts';

const vocabulary = vocabularyOf([
  { type: 'COOPERATES_WITH', meaning: 'm', polarity: 'alliance', symmetric: true },
  { type: 'ACCUSES', meaning: 'm', polarity: 'tension', symmetric: false },
  { type: 'MET_WITH', meaning: 'm', polarity: 'neutral', symmetric: true },
]);

const TYPE_OF: Record<Polarity, string> = { alliance: 'COOPERATES_WITH', tension: 'ACCUSES', neutral: 'MET_WITH' };

/** A claim `source → target` of that polarity in article `articleId`, historical when asked. */
function claim(
  source: string,
  target: string,
  polarity: Polarity,
  { articleId, historical = false }: { articleId: string; historical?: boolean },
): ClaimRow {
  const type = TYPE_OF[polarity];
  const claimId = `${articleId}-${source}-${type}-${target}`;
  return {
    source,
    target,
    type,
    claim: { claimId, quote: 'q', articleId, statedBy: null, date: null, effectiveDate: null, polarity, historical },
  };
}

/** A view as graphView builds it from these claims (every endpoint a node, plus `extra` ones). */
function view(rows: ClaimRow[], { truncated = false, extra = [] as string[] } = {}): GraphResponse {
  const edges = aggregateEdges(rows, vocabulary);
  const degree = degrees(edges);
  const ids = [...new Set([...rows.flatMap((row) => [row.source, row.target]), ...extra])];
  const claims = edges.flatMap((edge) => edge.claims);
  return {
    nodes: ids.map((id) => ({ id, name: id.toUpperCase(), kind: 'Country', aliases: [], degree: degree.get(id) ?? 0 })),
    edges,
    truncated,
    counts: { nodes: ids.length, edges: edges.length, claims: claims.length, articles: new Set(claims.map((c) => c.articleId)).size },
  };
}

const side = (rows: ClaimRow[], options?: Parameters<typeof view>[1]) => ({ view: view(rows, options), historical: false });

describe('compareViews', () => {
  it('when pairs are stated on one side, both, or with opposite signs, then each gets its status and the summary counts them', () => {
    const a = side([
      claim('russia', 'pakistan', 'alliance', { articleId: 'd1' }),
      claim('russia', 'india', 'alliance', { articleId: 'd1' }),
      claim('india', 'russia', 'alliance', { articleId: 'd2' }),
      claim('china', 'quad', 'tension', { articleId: 'd2' }),
    ]);
    const b = side([
      claim('pakistan', 'russia', 'alliance', { articleId: 'a1' }),
      claim('russia', 'india', 'tension', { articleId: 'a1' }),
      claim('pakistan', 'united-states', 'neutral', { articleId: 'a2' }),
    ]);

    const result = CompareResponseSchema.parse(compareViews(a, b));

    expect(result.edges.map((edge) => [edge.id, edge.status])).toEqual([
      ['india|russia', 'changed'],
      ['china|quad', 'a'],
      ['pakistan|united-states', 'b'],
      ['pakistan|russia', 'both'],
    ]);
    const reversal = result.edges[0]!;
    expect(reversal).toMatchObject({ source: 'india', target: 'russia', newlyContested: false });
    expect(reversal.a!.net).toMatchObject({ alliance: 2, tension: 0, sign: 1, verdict: 'aligned' });
    expect(reversal.a!.claimIds).toEqual(['d1-russia-COOPERATES_WITH-india', 'd2-india-COOPERATES_WITH-russia']);
    expect(reversal.b!.net).toMatchObject({ alliance: 0, tension: 1, sign: -1 });
    expect(reversal.b!.claimIds).toEqual(['a1-russia-ACCUSES-india']);
    expect(result.edges[1]!.b).toBeNull();
    expect(result.edges[2]!.a).toBeNull();
    expect(result.summary).toEqual({ a: 1, b: 1, both: 1, changed: 1, newlyContested: 0 });
    expect(result.sides).toEqual({ a: { claims: 4 }, b: { claims: 3 } });
  });

  it('when one side is divided and the other clear, then the pair is in both, not changed', () => {
    const a = side([claim('x', 'y', 'alliance', { articleId: 'p1' }), claim('x', 'y', 'tension', { articleId: 'p2' })]);
    const b = side([claim('x', 'y', 'tension', { articleId: 'p3' })]);

    const [edge] = compareViews(a, b).edges;

    expect(edge).toMatchObject({ status: 'both', a: { net: { verdict: 'divided', sign: 0 } }, b: { net: { sign: -1 } } });
  });

  it('when B adds a substantial dissent to a pair A stated one way, then it is newly contested; the other way round it is not', () => {
    const calm = side([claim('x', 'y', 'alliance', { articleId: 'p1' }), claim('x', 'y', 'alliance', { articleId: 'p2' })]);
    const disputed = side([
      ...['p1', 'p2', 'p3', 'p4'].map((article) => claim('x', 'y', 'alliance', { articleId: article })),
      ...['p5', 'p6'].map((article) => claim('x', 'y', 'tension', { articleId: article })),
    ]);

    const opened = compareViews(calm, disputed);
    const closed = compareViews(disputed, calm);

    expect(opened.edges[0]).toMatchObject({ status: 'both', newlyContested: true, b: { net: { contested: true } } });
    expect(opened.summary.newlyContested).toBe(1);
    expect(closed.edges[0]!.newlyContested).toBe(false);
  });

  it('when a side counts historical claims, then its net includes them and the other side’s does not', () => {
    const rows = [claim('x', 'y', 'alliance', { articleId: 'p1', historical: true }), claim('x', 'y', 'tension', { articleId: 'p2' })];

    const { edges } = compareViews({ view: view(rows), historical: true }, { view: view(rows), historical: false });

    expect(edges[0]!.a!.net).toMatchObject({ alliance: 1, tension: 1, verdict: 'divided' });
    expect(edges[0]!.b!.net).toMatchObject({ alliance: 0, tension: 1, verdict: 'opposed' });
    expect(edges[0]!.status).toBe('both');
  });

  it('when a side is compared with itself, then every pair is in both and nothing changed', () => {
    const rows = [
      claim('x', 'y', 'alliance', { articleId: 'p1' }),
      claim('y', 'z', 'tension', { articleId: 'p1' }),
      claim('x', 'z', 'neutral', { articleId: 'p2' }),
    ];

    const result = compareViews(side(rows), side(rows));

    expect(result.edges.every((edge) => edge.status === 'both' && edge.a!.net.sign === edge.b!.net.sign)).toBe(true);
    expect(result.summary).toEqual({ a: 0, b: 0, both: 3, changed: 0, newlyContested: 0 });
    expect(result.claims.map((c) => c.claimId)).toHaveLength(3);
  });

  it('when one side is empty, then every pair is the other side’s and its claim count is 0', () => {
    const result = compareViews(
      side([]),
      side([claim('x', 'y', 'alliance', { articleId: 'p1' }), claim('y', 'z', 'tension', { articleId: 'p1' })]),
    );

    expect(result.edges.map((edge) => edge.status)).toEqual(['b', 'b']);
    expect(result.sides).toEqual({ a: { claims: 0 }, b: { claims: 2 } });
  });

  it('when the views share entities and claims, then each is listed once, degree counted over both sides’ pairs', () => {
    const shared = claim('x', 'y', 'alliance', { articleId: 'p1' });
    const a = side([shared, claim('x', 'z', 'alliance', { articleId: 'p1' })], { extra: ['lonely'] });
    const b = side([shared, claim('x', 'w', 'tension', { articleId: 'p2' })], { truncated: true });

    const result = compareViews(a, b);

    expect(result.nodes.map((node) => [node.id, node.degree])).toEqual([
      ['x', 3],
      ['w', 1],
      ['y', 1],
      ['z', 1],
      ['lonely', 0],
    ]);
    expect(result.claims.map((c) => c.claimId).sort()).toEqual([shared.claim.claimId, 'p1-x-COOPERATES_WITH-z', 'p2-x-ACCUSES-w'].sort());
    expect(result.truncated).toBe(true);
  });
});
