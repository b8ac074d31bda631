// Structural balance on small signed graphs with known answers.
import { describe, expect, it } from 'vitest';
import { structuralBalance } from '../../server/analysis/balance.ts';
import { shuffled, signed, type SignedPair } from './signed-pairs.ts';

describe('structural balance', () => {
  it.each([
    ['+++', [1, 1, 1], true],
    ['+−−', [1, -1, -1], true],
    ['++−', [1, 1, -1], false],
    ['−−−', [-1, -1, -1], false],
  ] as const)('when a triad is %s, then balanced is %s', (_name, [ab, ac, bc], balanced) => {
    const result = structuralBalance(
      signed([
        ['a', 'b', ab],
        ['a', 'c', ac],
        ['b', 'c', bc],
      ]),
    );

    expect(result.triads).toHaveLength(1);
    expect(result.triads[0]!.balanced).toBe(balanced);
    expect(result.triads[0]!.members.map((m) => m.id)).toEqual(['a', 'b', 'c']);
    expect(result.triads[0]!.edges.map((e) => [e.pair, e.sign])).toEqual([
      [['a', 'b'], ab],
      [['a', 'c'], ac],
      [['b', 'c'], bc],
    ]);
    expect(result.triads[0]!.edges[0].claimIds).toEqual(['a-b-article-1']);
    expect(result.frustration).toBe(balanced ? 0 : 1);
    expect(result.counts).toEqual({ triads: 1, unbalanced: balanced ? 0 : 1, pairs: 3, entities: 3 });
  });

  it('when a square of two allied pairs opposed across is complete, then its four triads are balanced and frustration is 0', () => {
    // a+b, c+d allied; a, b each opposed to c and d.
    const pairs: SignedPair[] = [
      ['a', 'b', 2],
      ['c', 'd', 1],
      ['a', 'c', -1],
      ['a', 'd', -1],
      ['b', 'c', -1],
      ['b', 'd', -3],
    ];

    const result = structuralBalance(signed(pairs));

    expect(result.counts).toEqual({ triads: 4, unbalanced: 0, pairs: 6, entities: 4 });
    expect(result.frustration).toBe(0);
    expect(result.triads.every((t) => t.balanced)).toBe(true);
  });

  it('when a four-cycle has no diagonals, then it has no triad at all', () => {
    const result = structuralBalance(
      signed([
        ['a', 'b', 1],
        ['b', 'c', -1],
        ['c', 'd', 1],
        ['a', 'd', -1],
      ]),
    );

    expect(result.counts.triads).toBe(0);
    expect(result.frustration).toBe(0);
  });

  it('when net-zero and missing pairs break a triangle, then it is not a triad', () => {
    const result = structuralBalance(
      signed([
        ['a', 'b', 1],
        ['a', 'c', 1],
        ['b', 'c', 0],
        ['c', 'd', 1],
      ]),
    );

    expect(result.counts).toMatchObject({ triads: 0, pairs: 3 });
  });

  it('when there are balanced and unbalanced triads, then unbalanced come first, then by evidence, and frustration is their share', () => {
    const pairs: SignedPair[] = [
      ['a', 'b', 1],
      ['a', 'c', 1],
      ['b', 'c', 1], // +++ evidence 3
      ['c', 'd', 1],
      ['b', 'd', -1], // b c d: + + − → unbalanced, evidence 3
      ['d', 'e', -4],
      ['c', 'e', -4], // c d e: + − − balanced, evidence 9
      ['a', 'f', 5],
      ['b', 'f', 5], // a b f: +++ balanced, evidence 11
    ];

    const result = structuralBalance(signed(pairs));

    expect(result.triads.map((t) => [t.members.map((m) => m.id).join(''), t.balanced])).toEqual([
      ['bcd', false],
      ['abf', true],
      ['cde', true],
      ['abc', true],
    ]);
    expect(result.frustration).toBe(0.25);
  });

  it('when the same pairs come in another order, then the result is identical', () => {
    const pairs: SignedPair[] = [
      ['a', 'b', 1],
      ['a', 'c', -1],
      ['b', 'c', 1],
      ['c', 'd', -2],
      ['b', 'd', 1],
      ['a', 'd', 1],
    ];
    const flipped = shuffled(pairs).map(([x, y, net], i): SignedPair => (i % 2 === 0 ? [y, x, net] : [x, y, net]));

    expect(structuralBalance(signed(flipped))).toEqual(structuralBalance(signed(pairs)));
  });

  it('when names are given, then members carry them', () => {
    const result = structuralBalance(
      signed([
        ['a', 'b', 1],
        ['a', 'c', 1],
        ['b', 'c', 1],
      ]),
      new Map([['a', 'Alpha']]),
    );

    expect(result.triads[0]!.members).toEqual([
      { id: 'a', name: 'Alpha' },
      { id: 'b', name: 'b' },
      { id: 'c', name: 'c' },
    ]);
  });
});
