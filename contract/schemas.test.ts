// The schemas as both sides read them: request defaults and lists, and strict response objects
// that refuse a field too many or too few (which is what makes a drift fail the API tests).
import { describe, expect, it } from 'vitest';
import {
  BalanceQuerySchema,
  ConsoleRequestSchema,
  ErrorBodySchema,
  GraphEdgeSchema,
  GraphQuerySchema,
  MAX_QUERY_CHARS,
  POLARITIES,
  Polarity,
  ENTITY_KINDS,
  EntityKind,
} from './index.ts';

const edge = {
  id: 'india|RIVAL_OF|pakistan',
  source: 'india',
  target: 'pakistan',
  type: 'RIVAL_OF',
  directed: false,
  polarity: 'tension',
  claimCount: 1,
  articleCount: 1,
  contested: false,
  mixed: false,
  claims: [
    {
      claimId: 'b-india-rival-of-pakistan',
      quote: 'India and Pakistan remain rivals',
      articleId: 'article-b',
      statedBy: null,
      date: null,
      effectiveDate: null,
      polarity: 'tension',
      historical: false,
    },
  ],
};

describe('enumerations', () => {
  it('when the lists and their schemas are compared, then they hold the same values', () => {
    expect(Polarity.options).toEqual([...POLARITIES]);
    expect(EntityKind.options).toEqual([...ENTITY_KINDS]);
  });
});

describe('request schemas', () => {
  it('when a list is repeated or comma-separated, then it reads the same; absent stays undefined', () => {
    expect(GraphQuerySchema.parse({ polarity: ['alliance', 'tension'] }).polarity).toEqual(['alliance', 'tension']);
    expect(GraphQuerySchema.parse({ polarity: 'alliance, tension' }).polarity).toEqual(['alliance', 'tension']);
    expect(GraphQuerySchema.parse({})).toEqual({ depth: 1, minArticles: 1, historical: false, undated: true });
  });

  it('when a value is outside its enumeration or range, then the issue names the field', () => {
    const kind = GraphQuerySchema.safeParse({ kind: 'Country,Planet' });
    const depth = GraphQuerySchema.safeParse({ depth: '4' });

    expect(kind.success || kind.error.issues[0]!.path).toEqual(['kind', 1]);
    expect(depth.success || depth.error.issues[0]!.path).toEqual(['depth']);
  });

  it('when an analysis names no kind, then it covers countries and organizations', () => {
    expect(BalanceQuerySchema.parse({}).kind).toEqual(['Country', 'Organization']);
    expect(BalanceQuerySchema.parse({ kind: 'Person' }).kind).toEqual(['Person']);
  });

  it('when a console query is blank, too long or carries unknown fields, then it is refused', () => {
    expect(ConsoleRequestSchema.safeParse({ query: ' \n ' }).success).toBe(false);
    expect(ConsoleRequestSchema.safeParse({ query: 'x'.repeat(MAX_QUERY_CHARS + 1) }).success).toBe(false);
    expect(ConsoleRequestSchema.safeParse({ query: 'RETURN 1', extra: true }).success).toBe(false);
    expect(ConsoleRequestSchema.parse({ query: 'RETURN $n', params: { n: 1 } })).toEqual({ query: 'RETURN $n', params: { n: 1 } });
  });
});

describe('response schemas', () => {
  it('when an answer has a field too many, too few or of another type, then it does not parse', () => {
    expect(GraphEdgeSchema.safeParse(edge).success).toBe(true);
    expect(GraphEdgeSchema.safeParse({ ...edge, weight: 2 }).success).toBe(false);
    const { contested: _contested, ...missing } = edge;
    expect(GraphEdgeSchema.safeParse(missing).success).toBe(false);
    expect(GraphEdgeSchema.safeParse({ ...edge, claimCount: '1' }).success).toBe(false);
    expect(GraphEdgeSchema.safeParse({ ...edge, claims: [{ ...edge.claims[0], extra: 1 }] }).success).toBe(false);
  });

  it('when an error carries a position, then only as line, column and offset', () => {
    expect(
      ErrorBodySchema.safeParse({ error: { code: 'syntax_error', message: 'x', position: { line: 1, column: 2, offset: 1 } } }).success,
    ).toBe(true);
    expect(ErrorBodySchema.safeParse({ error: { code: 'syntax_error', message: 'x', position: { line: 1 } } }).success).toBe(false);
    expect(ErrorBodySchema.safeParse({ error: { code: 'internal', message: 'x', stack: 'at x.ts:1' } }).success).toBe(false);
  });
});
