import { describe, expect, it } from 'vitest';
import {
  CONTESTED_MIN_ARTICLES,
  CONTESTED_MIN_SHARE,
  isContested,
  netOfClaims,
  netPolarity,
  netSummary,
  NOISE_NET,
  verdictText,
} from './net-alignment.ts';
import { articleDate, dateEnd, HISTORICAL_MARGIN_YEARS, isHistorical } from './historical.ts';

const claim = (articleId: string, polarity: 'alliance' | 'tension' | 'neutral', historical = false) => ({
  articleId,
  polarity,
  historical,
});
const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
const of = (alliance: number, tension: number) => netSummary({ alliance: ids('a', alliance), tension: ids('t', tension), neutral: [] });

describe('the net-alignment rule', () => {
  it('when one article states alliance many times, then it is one voice; a one-article lead with both sides stated is divided', () => {
    const net = netOfClaims([claim('a1', 'alliance'), claim('a1', 'alliance'), claim('a2', 'tension'), claim('a3', 'tension')]);

    expect(net).toEqual({ alliance: 1, tension: 2, neutral: 0, articles: 3, net: -1, sign: 0, verdict: 'divided', contested: false });
    expect(netPolarity(net)).toBe('neutral');
  });

  it('when the net is within the noise and both sides are stated, then the pair reads divided (4 vs 5 articles), not opposed', () => {
    const net = of(4, 5);

    expect(Math.abs(net.net)).toBeLessThanOrEqual(NOISE_NET);
    expect(net).toMatchObject({ net: -1, sign: 0, verdict: 'divided', contested: true });
    expect(verdictText(net)).toBe('divided · 4 vs 5 articles, contested');
  });

  it('when one side leads beyond the noise, then the pair reads by that side', () => {
    expect(of(5, 1)).toMatchObject({ verdict: 'aligned', sign: 1 });
    expect(of(1, 3)).toMatchObject({ verdict: 'opposed', sign: -1 });
    expect(of(1, 0)).toMatchObject({ verdict: 'aligned', sign: 1 });
  });

  it('when the minority side is one article, or under the share, then the pair is not contested; at both thresholds it is', () => {
    expect(of(5, 1).contested).toBe(false); // one dissenting article
    const under = Math.ceil(CONTESTED_MIN_ARTICLES / CONTESTED_MIN_SHARE); // minority share below 1/3
    expect(isContested(under, CONTESTED_MIN_ARTICLES)).toBe(false);
    expect(isContested(CONTESTED_MIN_ARTICLES * 2, CONTESTED_MIN_ARTICLES)).toBe(true); // exactly 1/3
  });

  it('when only neutral claims are stated, then the pair is neutral, unsigned and not contested', () => {
    const net = netOfClaims([claim('a1', 'neutral'), claim('a2', 'neutral')]);

    expect(net).toMatchObject({ neutral: 2, articles: 0, sign: 0, verdict: 'neutral', contested: false });
    expect(verdictText(net)).toBe('neutral · 2 articles, neutral claims only');
    expect(verdictText({ ...net, neutral: 0 })).toBe('no verdict · historical claims only');
  });

  it('when a claim is historical, then it counts only when asked', () => {
    const claims = [claim('a1', 'alliance', true)];

    expect(netOfClaims(claims).verdict).toBe('neutral');
    expect(netOfClaims(claims, { historical: true }).verdict).toBe('aligned');
  });
});

describe('historical claims', () => {
  it('when an article has no date of its own, then its latest claim date stands for it', () => {
    expect(articleDate({ published: null, eventDate: null }, [null, '1979', '2019-02-28', '2014'])).toBe('2019-02-28');
    expect(articleDate({ published: 'Monday', eventDate: '2021-04' }, ['1979'])).toBe('2021-04-01');
    expect(articleDate({ published: null, eventDate: null }, [null])).toBeNull();
  });

  it('when a claim date ends more than the margin before its article, then it is historical', () => {
    const on = '2019-02-28';
    expect(isHistorical('1979', on)).toBe(true);
    expect(isHistorical(`${2019 - HISTORICAL_MARGIN_YEARS - 1}`, on)).toBe(true);
    expect(isHistorical(`${2019 - HISTORICAL_MARGIN_YEARS}`, on)).toBe(false); // ends 31 Dec, inside the margin
    expect(isHistorical('2019', on)).toBe(false);
    expect(isHistorical(null, on)).toBe(false);
    expect(dateEnd('2020-02')).toBe('2020-02-29');
  });
});
