import { describe, expect, it } from 'vitest';
import type { EdgeClaim, GraphEdge, Polarity } from '../../contract/index.ts';
import { endsOf, isPairId, pairBetween, pairEdges } from './pair-edges.ts';

const claim = (articleId: string, polarity: Polarity): EdgeClaim => ({
  claimId: `${articleId}-${polarity}`,
  quote: 'q',
  articleId,
  statedBy: null,
  date: null,
  effectiveDate: null,
  polarity,
  historical: false,
});
/** A relationship from its id (`source|TYPE|target`). */
const edge = (id: string, directed: boolean, claims: EdgeClaim[]): GraphEdge => ({
  id,
  source: id.split('|')[0]!,
  target: id.split('|')[2]!,
  type: id.split('|')[1]!,
  directed,
  polarity: claims[0]!.polarity,
  claimCount: claims.length,
  articleCount: new Set(claims.map((c) => c.articleId)).size,
  contested: false,
  mixed: false,
  claims,
});

describe('pairs of the view', () => {
  it('when relationships of several types join two entities, then they make one pair, whichever way they run', () => {
    const pairs = pairEdges([
      edge('russia|SUPPLIES_ARMS_TO|pakistan', true, [claim('a1', 'alliance')]),
      edge('pakistan|COOPERATES_WITH|russia', false, [claim('a1', 'alliance'), claim('a2', 'alliance'), claim('a3', 'alliance')]),
      edge('india|RIVAL_OF|pakistan', false, [claim('a2', 'tension')]),
    ]);

    expect(pairs.map((p) => p.id)).toEqual(['india|pakistan', 'pakistan|russia']);
    const [, russiaPakistan] = pairs;
    expect(russiaPakistan).toMatchObject({ claimCount: 4, articleCount: 3, directed: false, polarity: 'alliance' });
    expect(russiaPakistan!.edges.map((e) => e.type)).toEqual(['COOPERATES_WITH', 'SUPPLIES_ARMS_TO']);
  });

  it('when the net is the analytics’ rule, then articles count once and tension subtracts; only neutral claims read neutral', () => {
    const [opposed] = pairEdges([
      edge('a|SUPPORTS|b', true, [claim('a1', 'alliance'), claim('a1', 'alliance')]),
      edge('a|ACCUSES|b', true, [claim('a2', 'tension'), claim('a3', 'tension'), claim('a4', 'tension')]),
    ]);
    // One article more on a side is within the noise: divided, drawn neutral.
    const [divided] = pairEdges([
      edge('a|SUPPORTS|b', true, [claim('a1', 'alliance')]),
      edge('a|ACCUSES|b', true, [claim('a2', 'tension'), claim('a3', 'tension')]),
    ]);
    const [neutral] = pairEdges([edge('a|MET_WITH|b', false, [claim('a1', 'neutral')])]);

    // One dissenting article is a voice, not a dispute: not contested.
    expect(opposed!.net).toMatchObject({ alliance: 1, tension: 3, net: -2, verdict: 'opposed', contested: false });
    expect(opposed!.polarity).toBe('tension');
    expect(divided!.net).toMatchObject({ alliance: 1, tension: 2, net: -1, sign: 0, verdict: 'divided' });
    expect(divided!.polarity).toBe('neutral');
    expect(neutral).toMatchObject({ polarity: 'neutral', articleCount: 1, net: { contested: false, sign: 0 } });
  });

  it('when every claim runs one way, then the pair has an arrow that way; else none', () => {
    const oneWay = pairEdges([
      edge('russia|SUPPLIES_ARMS_TO|pakistan', true, [claim('a1', 'alliance')]),
      edge('russia|SUPPORTS|pakistan', true, [claim('a2', 'alliance')]),
    ])[0]!;
    const bothWays = pairEdges([
      edge('russia|SUPPLIES_ARMS_TO|pakistan', true, [claim('a1', 'alliance')]),
      edge('pakistan|SUPPORTS|russia', true, [claim('a2', 'alliance')]),
    ])[0]!;
    const symmetric = pairEdges([
      edge('russia|SUPPLIES_ARMS_TO|pakistan', true, [claim('a1', 'alliance')]),
      edge('pakistan|COOPERATES_WITH|russia', false, [claim('a2', 'alliance')]),
    ])[0]!;

    expect(oneWay).toMatchObject({ directed: true, source: 'russia', target: 'pakistan' });
    expect(bothWays).toMatchObject({ directed: false, source: 'pakistan', target: 'russia' });
    expect(symmetric.directed).toBe(false);
  });

  it('when ids are read, then a pair id has two ends and a relationship id three parts', () => {
    expect(isPairId('pakistan|russia')).toBe(true);
    expect(isPairId('pakistan|COOPERATES_WITH|russia')).toBe(false);
    expect(endsOf('pakistan|COOPERATES_WITH|russia')).toEqual(['pakistan', 'russia']);
    expect(pairBetween([edge('b|T|a', false, [claim('x', 'alliance')])], 'a', 'b')?.id).toBe('a|b');
    expect(pairBetween([], 'a', 'b')).toBeNull();
  });
});
