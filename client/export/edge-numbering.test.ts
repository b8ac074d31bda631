import { describe, expect, it } from 'vitest';
import { byEvidence, edgeNumbers } from './edge-numbering.ts';

const edge = (id: string, articleCount: number, claimCount: number) => ({ id, articleCount, claimCount });

describe('edge numbering', () => {
  it('when edges are numbered, then more articles come first, then more claims, then id order', () => {
    const edges = [edge('c', 1, 1), edge('b', 3, 2), edge('a', 3, 2), edge('d', 3, 9), edge('e', 1, 4)];

    expect(byEvidence(edges).map((e) => e.id)).toEqual(['d', 'a', 'b', 'e', 'c']);
    expect([...edgeNumbers(edges)]).toEqual([
      ['d', 1],
      ['a', 2],
      ['b', 3],
      ['e', 4],
      ['c', 5],
    ]);
  });

  it('when only some fit, then the strongest are numbered and the rest are not', () => {
    const numbers = edgeNumbers([edge('x', 1, 1), edge('y', 2, 1), edge('z', 5, 1)], 2);

    expect(numbers.get('z')).toBe(1);
    expect(numbers.get('y')).toBe(2);
    expect(numbers.has('x')).toBe(false);
  });

  it('when the input order changes, then the numbers do not', () => {
    const edges = [edge('p', 2, 2), edge('q', 2, 2), edge('r', 1, 3)];

    expect([...edgeNumbers([...edges].reverse())]).toEqual([...edgeNumbers(edges)]);
    expect(edges.map((e) => e.id)).toEqual(['p', 'q', 'r']);
  });
});
