import { describe, expect, it } from 'vitest';
import { netOfClaims, netPolarity, netSummary } from './net-alignment.ts';

const claim = (articleId: string, polarity: 'alliance' | 'tension' | 'neutral') => ({ articleId, polarity });

describe('the net-alignment rule', () => {
  it('when one article states alliance many times, then it is one voice; tension articles subtract', () => {
    const net = netOfClaims([claim('a1', 'alliance'), claim('a1', 'alliance'), claim('a2', 'tension'), claim('a3', 'tension')]);

    expect(net).toEqual({ alliance: 1, tension: 2, neutral: 0, articles: 3, net: -1, sign: -1, contested: true });
    expect(netPolarity(net)).toBe('tension');
  });

  it('when alliance and tension balance, then the pair is contested and reads neutral', () => {
    const net = netSummary({ alliance: ['a1'], tension: ['a1'], neutral: [] });

    expect(net).toMatchObject({ net: 0, sign: 0, contested: true, articles: 1 });
    expect(netPolarity(net)).toBe('neutral');
  });

  it('when only neutral claims are stated, then the pair is neutral, unsigned and not contested', () => {
    const net = netOfClaims([claim('a1', 'neutral'), claim('a2', 'neutral')]);

    expect(net).toMatchObject({ neutral: 2, articles: 0, sign: 0, contested: false });
    expect(netPolarity(net)).toBe('neutral');
  });

  it('when more articles state alliance than tension, then the pair reads as alliance', () => {
    expect(netPolarity(netOfClaims([claim('a1', 'alliance'), claim('a2', 'alliance'), claim('a2', 'tension')]))).toBe('alliance');
  });
});
