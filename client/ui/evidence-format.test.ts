import { describe, expect, it } from 'vitest';
import type { ArticleListItem as Article, EdgeClaim as Claim } from '../../contract/index.ts';
import { claimDate, claimView, plural, sortClaims, speakerLabel } from './evidence-format.ts';

const article: Article = {
  id: 'a',
  title: 'Lavrov in Islamabad',
  titleIsDescriptive: false,
  outlet: 'Example News',
  outletId: 'example-news',
  outletCountry: null,
  author: null,
  published: 'April 7, 2021',
  publishedDate: '2021-04-07',
  pageDate: '2024-02-21',
  eventDate: null,
  url: 'https://example.org/a',
  notes: null,
  claims: 1,
};
const claim: Claim = {
  claimId: 'c1',
  quote: 'Russia and Pakistan agreed',
  articleId: 'a',
  statedBy: 'sergey-lavrov',
  date: null,
  effectiveDate: null,
  polarity: 'alliance',
  historical: false,
};
const context = { articles: new Map([['a', article]]), name: (id: string) => (id === 'sergey-lavrov' ? 'Sergey Lavrov' : id) };

describe('evidence formatting', () => {
  it('when a claim is shown, then it carries its quote, article, outlet, speaker, type and polarity', () => {
    expect(claimView({ ...claim, type: 'COOPERATES_WITH' }, context)).toEqual({
      claimId: 'c1',
      quote: 'Russia and Pakistan agreed',
      type: 'cooperates with',
      polarity: 'alliance',
      speaker: 'Sergey Lavrov',
      articleId: 'a',
      articleTitle: 'Lavrov in Islamabad',
      titleIsDescriptive: false,
      notes: null,
      articleUrl: 'https://example.org/a',
      outlet: 'Example News',
      author: null,
      date: 'April 7, 2021',
      articleDate: 'April 7, 2021',
      historical: false,
    });
  });

  it('when the outlet is known to be based in a country, then the outlet reads with its country code', () => {
    const dawn = { ...article, outlet: 'Dawn', outletCountry: 'PK' };
    const view = claimView({ ...claim, type: 'MET_WITH' }, { ...context, articles: new Map([['a', dawn]]) });

    expect(view.outlet).toBe('Dawn (PK)');
  });

  it("when the article's title was written for the corpus, then the claim says so and carries the curator's notes", () => {
    const described = { ...article, titleIsDescriptive: true, notes: 'The page prints no headline.' };
    const view = claimView({ ...claim, type: 'MET_WITH' }, { ...context, articles: new Map([['a', described]]) });

    expect(view).toMatchObject({ titleIsDescriptive: true, notes: 'The page prints no headline.' });
  });

  it('when nobody is named as speaker, then it is the article speaking', () => {
    expect(speakerLabel(null, context.name)).toBe('the article');
  });

  it('when dates are chosen, then the claim date wins, then the event date, then the printed date, never the page capture date', () => {
    expect(claimDate({ date: '2021-04' }, article)).toBe('2021-04');
    expect(claimDate({ date: null }, { ...article, eventDate: '2021-04-07' })).toBe('2021-04-07');
    expect(claimDate({ date: null }, article)).toBe('April 7, 2021');
    expect(claimDate({ date: null }, { ...article, published: null })).toBeNull();
  });

  it('when the article is unknown, then its id stands in for the title', () => {
    expect(claimView({ ...claim, articleId: 'zz', type: 'MET_WITH' }, context)).toMatchObject({
      articleTitle: 'zz',
      outlet: null,
      date: null,
    });
  });

  it('when claims are sorted, then they group by article and then by date', () => {
    const rows = [
      { claimId: '3', articleTitle: 'B', date: '2021' },
      { claimId: '2', articleTitle: 'A', date: '2022' },
      { claimId: '1', articleTitle: 'A', date: '2021' },
    ];

    expect(sortClaims(rows).map((r) => r.claimId)).toEqual(['1', '2', '3']);
  });

  it('when counting, then the noun agrees', () => {
    expect([plural(1, 'claim'), plural(2, 'claim'), plural(2, 'entity', 'entities')]).toEqual(['1 claim', '2 claims', '2 entities']);
  });
});
