import { describe, expect, it } from 'vitest';
import { compareIds, comparePairs, orderedPair, pairKey, pathSign, signOf } from './pairs.ts';

describe('pairs', () => {
  it('when a pair is keyed either way round, then the key is the same', () => {
    expect(pairKey('russia', 'pakistan')).toBe('pakistan|russia');
    expect(pairKey('pakistan', 'russia')).toBe('pakistan|russia');
    expect(orderedPair('russia', 'pakistan')).toEqual(['pakistan', 'russia']);
  });

  it('when ids are ordered, then by code unit, whatever the locale', () => {
    const ids = ['b', 'a-b', 'a', 'B', 'ab', 'a1'];

    expect([...ids].sort(compareIds)).toEqual(['B', 'a', 'a-b', 'a1', 'ab', 'b']);
    expect(compareIds('x', 'x')).toBe(0);
    expect(comparePairs(['a', 'c'], ['a', 'b'])).toBeGreaterThan(0);
    expect(comparePairs(['a', 'b'], ['b', 'a'])).toBeLessThan(0);
  });
});

describe('signs', () => {
  it('when a net alignment is positive, negative or zero, then its sign is +1, −1 or 0', () => {
    expect([signOf(3), signOf(-2), signOf(0)]).toEqual([1, -1, 0]);
  });

  it('when hops are multiplied, then the friend of my enemy is an enemy and a neutral hop makes the path unsigned', () => {
    expect(pathSign([{ sign: 1 }, { sign: -1 }])).toBe(-1);
    expect(pathSign([{ sign: -1 }, { sign: -1 }])).toBe(1);
    expect(pathSign([{ sign: 1 }, { sign: 0 }, { sign: -1 }])).toBe(0);
    expect(pathSign([])).toBe(1);
  });
});
