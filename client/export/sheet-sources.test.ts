import { describe, expect, it } from 'vitest';
import type { EdgeClaim as Claim } from '../../contract/index.ts';
import { citation, edgeFacts, evidenceSummary, pickClaims, relationshipText, sheetEdge, summaryText } from './sheet-sources.ts';

const claim = (claimId: string, articleId: string, date: string | null = null, statedBy: string | null = null): Claim => ({
  claimId,
  articleId,
  date,
  effectiveDate: date,
  statedBy,
  quote: `q ${claimId}`,
  polarity: 'alliance',
  historical: false,
});
const names: Record<string, string> = { russia: 'Russia', pakistan: 'Pakistan', lavrov: 'Sergey Lavrov' };
const name = (id: string) => names[id] ?? id;

describe('sheet sources', () => {
  it('when claims are counted, then each claim and each article counts once', () => {
    const summary = evidenceSummary([{ claims: [claim('c1', 'a1'), claim('c2', 'a1')] }, { claims: [claim('c3', 'a2')] }, { claims: [] }]);

    expect(summary).toEqual({ claims: 3, articles: 2 });
    expect(summaryText(summary)).toBe('3 claims from 2 articles');
    expect(summaryText({ claims: 1, articles: 1 })).toBe('1 claim from 1 article');
    expect(summaryText(evidenceSummary([]))).toBe('0 claims from 0 articles');
  });

  it('when quotes are picked, then every article gets one before any gets a second', () => {
    const claims = [
      claim('c1', 'a1', '2021-04-01'),
      claim('c2', 'a1', '2021-04-02'),
      claim('c3', 'a2', '2021-04-03'),
      claim('c4', 'a3', null),
    ];

    const { shown, more } = pickClaims(claims, 3);

    expect(shown.map((c) => c.claimId)).toEqual(['c4', 'c1', 'c3']);
    expect(more).toBe(1);
    expect(pickClaims(claims, 10)).toMatchObject({ more: 0 });
    expect(pickClaims(claims, 0)).toEqual({ shown: [], more: 4 });
  });

  it('when a relationship is named, then it reads source — type — target', () => {
    expect(relationshipText({ source: 'russia', target: 'pakistan', types: ['COOPERATES_WITH'] }, name)).toBe(
      'Russia — cooperates with — Pakistan',
    );
    // A pair's line names every type its claims state.
    expect(relationshipText({ source: 'russia', target: 'pakistan', types: ['COOPERATES_WITH', 'SUPPLIES_ARMS_TO'] }, name)).toBe(
      'Russia — cooperates with, supplies arms to — Pakistan',
    );
    expect(edgeFacts({ polarity: 'tension', contested: true, claimCount: 1, articleCount: 1 })).toBe(
      'tension · contested pair · 1 claim, 1 article',
    );
  });

  it('when a claim is cited, then title, outlet, date and speaker appear, and missing parts are left out', () => {
    const article = { id: 'a1', title: 'Lavrov in Islamabad', outlet: 'Dawn', date: '2021-04-07' };

    expect(citation(claim('c1', 'a1', null, 'lavrov'), article, name)).toBe(
      'Lavrov in Islamabad · Dawn · 2021-04-07 · said by Sergey Lavrov',
    );
    expect(citation(claim('c1', 'a1', '2021-04-08'), { ...article, outlet: null }, name)).toBe('Lavrov in Islamabad · 2021-04-08');
    expect(citation(claim('c1', 'unknown-article'), undefined, name)).toBe('unknown-article');
  });

  it('when a drawn line gets its claims, then its types, distinct articles and claims come from them', () => {
    const drawn = { id: 'p', polarity: 'alliance' as const, directed: false, contested: false, width: 2, path: [] };
    const claims = [claim('c1', 'a1'), claim('c2', 'a1'), claim('c3', 'a2')];
    const types = new Map([
      ['c1', 'SUPPLIES_ARMS_TO'],
      ['c2', 'COOPERATES_WITH'],
      ['c3', 'SUPPLIES_ARMS_TO'],
    ]);

    const edge = sheetEdge(drawn, { source: 'russia', target: 'pakistan', claims }, types);

    expect(edge).toMatchObject({ id: 'p', source: 'russia', target: 'pakistan', articleCount: 2, claimCount: 3 });
    expect(edge.types).toEqual(['SUPPLIES_ARMS_TO', 'COOPERATES_WITH']);
    expect(edge.claims).toEqual(claims);
  });
});
