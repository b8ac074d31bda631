import { describe, expect, it } from 'vitest';
import type { Polarity } from '../../contract/index.ts';
import { keyPoints, keyPointText, type NumberedLine } from './key-points.ts';

const names: Record<string, string> = { ru: 'Russia', pk: 'Pakistan', in: 'India', us: 'United States', cn: 'China' };
const name = (id: string) => names[id] ?? id;
/** A line whose claims are given as "article:polarity". */
const line = (number: number, source: string, target: string, claims: string[]): NumberedLine => ({
  number,
  source,
  target,
  claims: claims.map((c) => {
    const [articleId, polarity] = c.split(':') as [string, Polarity];
    return { articleId, polarity };
  }),
});

describe('key points', () => {
  it('when a pair rests on historical claims only, then it is no key point unless the view brings them in', () => {
    const old: NumberedLine = {
      number: 1,
      source: 'in',
      target: 'su',
      claims: [{ articleId: 'a1', polarity: 'alliance', historical: true }],
    };

    expect(keyPoints([old])).toEqual([]);
    expect(keyPoints([old], { historical: true }).map((p) => [p.kind, p.alliance])).toEqual([['alliance', 1]]);
  });

  it('when pairs are stated as allied, opposed or both, then each is listed once in its kind, strongest first', () => {
    const points = keyPoints([
      line(1, 'ru', 'pk', ['a1:alliance', 'a2:alliance', 'a3:alliance', 'a3:alliance', 'a4:alliance', 'a4:tension']),
      line(2, 'us', 'pk', ['a1:alliance', 'a2:tension']),
      line(3, 'in', 'pk', ['a1:tension', 'a2:tension']),
      line(4, 'cn', 'pk', ['a4:alliance']),
      line(5, 'in', 'cn', ['a2:tension']),
      line(6, 'ru', 'in', ['a5:neutral']),
      line(7, 'ru', 'us', ['a1:alliance', 'a2:alliance', 'a3:tension']),
    ]);

    expect(points.map((p) => [p.kind, p.pair, p.alliance, p.tension, p.numbers])).toEqual([
      // Allied in 4 articles, opposed in 1: an alignment (net 3), as its line is drawn, its tension counted in its words.
      ['alliance', ['ru', 'pk'], 4, 1, [1]],
      ['alliance', ['cn', 'pk'], 1, 0, [4]],
      ['tension', ['in', 'pk'], 0, 2, [3]],
      ['tension', ['in', 'cn'], 0, 1, [5]],
      // Both stated and one article apart at most (1 vs 1, 2 vs 1): divided, most articles first.
      ['divided', ['ru', 'us'], 2, 1, [7]],
      ['divided', ['us', 'pk'], 1, 1, [2]],
    ]);
  });

  it('when a pair is drawn as several lines (by type), then its articles count once and every line number is cited', () => {
    const points = keyPoints([
      line(1, 'ru', 'pk', ['a1:alliance', 'a2:alliance']),
      line(4, 'pk', 'ru', ['a2:alliance', 'a3:alliance']),
      line(7, 'ru', 'pk', ['a1:alliance']),
    ]);

    expect(points).toEqual([{ kind: 'alliance', pair: ['ru', 'pk'], alliance: 3, tension: 0, numbers: [1, 4, 7] }]);
  });

  it('when there are more pairs than the limits, then only the strongest of each kind are kept', () => {
    const lines = Array.from({ length: 8 }, (_, i) =>
      line(
        i + 1,
        `x${i}`,
        'pk',
        Array.from({ length: 8 - i }, (_, k) => `a${k}:alliance`),
      ),
    );

    const points = keyPoints(lines, { alliance: 2 });

    expect(points.map((p) => p.alliance)).toEqual([8, 7]);
  });

  it('when a point is written, then it says what the articles state, with counts and source numbers, and no more', () => {
    expect(keyPointText({ kind: 'alliance', pair: ['ru', 'pk'], alliance: 5, tension: 0, numbers: [1] }, name)).toBe(
      'Russia – Pakistan: alliance stated in 5 articles [1]',
    );
    expect(keyPointText({ kind: 'tension', pair: ['in', 'pk'], alliance: 0, tension: 1, numbers: [3, 9] }, name)).toBe(
      'India – Pakistan: tension stated in 1 article [3, 9]',
    );
    expect(keyPointText({ kind: 'alliance', pair: ['ru', 'pk'], alliance: 5, tension: 1, numbers: [1] }, name)).toBe(
      'Russia – Pakistan: alliance stated in 5 articles, tension in 1 [1]',
    );
    expect(keyPointText({ kind: 'tension', pair: ['in', 'pk'], alliance: 1, tension: 3, numbers: [4] }, name)).toBe(
      'India – Pakistan: tension stated in 3 articles, alliance in 1 [4]',
    );
    expect(keyPointText({ kind: 'divided', pair: ['us', 'pk'], alliance: 2, tension: 1, numbers: [2] }, name)).toBe(
      'United States – Pakistan: divided: alliance stated in 2 articles, tension in 1 article [2]',
    );
    // The minority side is substantial (2 of 5 articles): the rule calls it contested, and so do the words.
    expect(keyPointText({ kind: 'divided', pair: ['us', 'pk'], alliance: 3, tension: 2, numbers: [2] }, name)).toBe(
      'United States – Pakistan: divided: alliance stated in 3 articles, tension in 2 articles, contested [2]',
    );
  });

  it('when nothing but neutral claims is stated, then there is no key point', () => {
    expect(keyPoints([line(1, 'ru', 'pk', ['a1:neutral'])])).toEqual([]);
  });
});
