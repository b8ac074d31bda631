import { describe, expect, it } from 'vitest';
import type { EdgeClaim as Claim } from '../../contract/index.ts';
import { briefingEvidence, numbersOf, sourcesText } from './briefing-evidence.ts';
import type { SheetEdge } from './sheet-types.ts';

const claim = (claimId: string, articleId: string, polarity: Claim['polarity'] = 'alliance'): Claim => ({
  claimId,
  articleId,
  quote: `quote ${claimId}`,
  statedBy: articleId === 'a2' ? 'lavrov' : null,
  date: null,
  effectiveDate: null,
  polarity,
  historical: false,
});
const edge = (id: string, source: string, target: string, claims: Claim[]): SheetEdge => ({
  id,
  source,
  target,
  types: ['COOPERATES_WITH'],
  polarity: claims[0]!.polarity,
  directed: false,
  contested: false,
  width: 2,
  path: [],
  claims,
  claimCount: claims.length,
  articleCount: new Set(claims.map((c) => c.articleId)).size,
});
const names: Record<string, string> = { ru: 'Russia', pk: 'Pakistan', in: 'India', lavrov: 'Sergey Lavrov' };
const name = (id: string) => names[id] ?? id;
const articles = new Map([
  ['a1', { id: 'a1', title: 'Lavrov in Islamabad', outlet: 'Dawn', date: '2021-04-07' }],
  ['a2', { id: 'a2', title: 'A new endgame', outlet: null, date: null }],
]);

describe('briefing evidence', () => {
  const edges = [
    edge('in-pk', 'in', 'pk', [claim('c1', 'a1', 'tension')]),
    edge('ru-pk', 'ru', 'pk', [claim('c2', 'a1'), claim('c3', 'a2')]),
  ];

  it('when computed, then every line is numbered by evidence and the key points cite those numbers', () => {
    const evidence = briefingEvidence(edges);

    expect(evidence.sources.map((s) => [s.number, s.id])).toEqual([
      [1, 'ru-pk'],
      [2, 'in-pk'],
    ]);
    expect(numbersOf(evidence)).toEqual(
      new Map([
        ['ru-pk', 1],
        ['in-pk', 2],
      ]),
    );
    expect(evidence.keyPoints.map((p) => [p.kind, p.numbers])).toEqual([
      ['alliance', [1]],
      ['tension', [2]],
    ]);
    expect(evidence.summary).toEqual({ claims: 3, articles: 2 });
  });

  it('when written as text (speaker notes), then each numbered relationship has every quote with its citation', () => {
    expect(sourcesText(briefingEvidence(edges), { articles, name })).toBe(
      [
        '1. Russia — cooperates with — Pakistan (alliance · 2 claims, 2 articles)',
        '   “quote c2” — Lavrov in Islamabad · Dawn · 2021-04-07',
        '   “quote c3” — A new endgame · said by Sergey Lavrov',
        '',
        '2. India — cooperates with — Pakistan (tension · 1 claim, 1 article)',
        '   “quote c1” — Lavrov in Islamabad · Dawn · 2021-04-07',
      ].join('\n'),
    );
  });
});
