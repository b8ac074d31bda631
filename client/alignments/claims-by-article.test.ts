import { describe, expect, it } from 'vitest';
import { claimsByArticle } from './claims-by-article.ts';

describe('claims by article', () => {
  it('when claims are grouped, then articles keep the order they first appear in and claims their order within', () => {
    const groups = claimsByArticle([
      { id: 1, articleId: 'b' },
      { id: 2, articleId: 'a' },
      { id: 3, articleId: 'b' },
    ]);

    expect(groups).toEqual([
      {
        articleId: 'b',
        claims: [
          { id: 1, articleId: 'b' },
          { id: 3, articleId: 'b' },
        ],
      },
      { articleId: 'a', claims: [{ id: 2, articleId: 'a' }] },
    ]);
    expect(claimsByArticle([])).toEqual([]);
  });
});
