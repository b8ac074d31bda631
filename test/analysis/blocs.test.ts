// Blocs on small signed graphs with known answers.
import { describe, expect, it } from 'vitest';
import { findBlocs } from '../../server/analysis/blocs.ts';
import { shuffled, signed, type SignedPair } from './signed-pairs.ts';

/** Two cliques of allies (a1–a4, b1–b3) with tension across, and one alliance across (noise). */
const TWO_BLOCS: SignedPair[] = [
  ['a1', 'a2', 2],
  ['a1', 'a3', 1],
  ['a1', 'a4', 1],
  ['a2', 'a3', 3],
  ['a2', 'a4', 1],
  ['a3', 'a4', 1],
  ['b1', 'b2', 1],
  ['b1', 'b3', 2],
  ['b2', 'b3', 1],
  ['a1', 'b1', -2],
  ['a2', 'b2', -1],
  ['a3', 'b3', -1],
  ['a4', 'b1', -1],
  ['a2', 'b3', -2],
  ['a4', 'b2', 1],
];

const memberIds = (result: ReturnType<typeof findBlocs>) => result.blocs.map((bloc) => bloc.members.map((m) => m.id));

describe('blocs', () => {
  it('when two cliques of allies are in tension across, then exactly those two blocs are found', () => {
    const result = findBlocs(signed(TWO_BLOCS));

    expect(memberIds(result)).toEqual([
      ['a1', 'a2', 'a3', 'a4'],
      ['b1', 'b2', 'b3'],
    ]);
    expect(result.blocs.map((b) => b.id)).toEqual(['bloc-1', 'bloc-2']);
    // Inside: 9 + 4 alliance articles; across: 7 tension satisfied, 1 alliance violated.
    expect(result).toMatchObject({ satisfied: 20, violated: 1, score: 19, counts: { entities: 7, pairs: 15, blocs: 2 } });
  });

  it('when a member is explained, then its allies, opponents and strains come with their claims', () => {
    const result = findBlocs(signed(TWO_BLOCS), { names: new Map([['a4', 'A Four']]) });

    const a4 = result.explanations!.find((e) => e.id === 'a4')!;
    expect(a4).toMatchObject({ name: 'A Four', bloc: 'bloc-1' });
    expect(a4.allies.map((r) => r.with.id)).toEqual(['a1', 'a2', 'a3']);
    expect(a4.opponents).toEqual([
      {
        with: { id: 'b1', name: 'b1' },
        bloc: 'bloc-2',
        net: -1,
        alliance: 0,
        tension: 1,
        verdict: 'opposed',
        contested: false,
        claimIds: ['a4-b1-article-1'],
        claimCount: 1,
      },
    ]);
    expect(a4.strains.map((r) => [r.with.id, r.net])).toEqual([['b2', 1]]);
    expect(result.explanations!.map((e) => e.id)).toEqual(['a1', 'a2', 'a3', 'a4', 'b1', 'b2', 'b3']);
  });

  it('when explanations are bounded, then each heading and claim list stays within the bound', () => {
    const result = findBlocs(signed(TWO_BLOCS), { reasonsPerMember: 1, claimIdsPerReason: 1 });

    expect(result.explanations).toHaveLength(7);
    for (const member of result.explanations!) {
      for (const list of [member.allies, member.opponents, member.strains]) {
        expect(list.length).toBeLessThanOrEqual(1);
        for (const reason of list) expect(reason.claimIds.length).toBeLessThanOrEqual(1);
      }
    }
    expect(result.explanations!.find((e) => e.id === 'a2')!.allies[0]).toMatchObject({ with: { id: 'a3' }, net: 3, claimCount: 3 });
  });

  it('when the same pairs come in any order or either way round, then the blocs are identical', () => {
    const expected = findBlocs(signed(TWO_BLOCS));

    for (const seed of [1, 2, 3, 42]) {
      const scrambled = shuffled(TWO_BLOCS, seed).map(([x, y, net], i): SignedPair => (i % 3 === 0 ? [y, x, net] : [x, y, net]));
      expect(findBlocs(signed(scrambled))).toEqual(expected);
    }
  });

  it('when the graph is symmetric and every choice is a tie, then ties go by id', () => {
    // A path x – y – z of alliances with x and z opposed: {x, y} and {y, z} score the same.
    const pairs: SignedPair[] = [
      ['x', 'y', 1],
      ['y', 'z', 1],
      ['x', 'z', -1],
    ];

    const first = findBlocs(signed(pairs));
    const second = findBlocs(signed(shuffled(pairs, 5)));

    expect(memberIds(first)).toEqual([['x', 'y'], ['z']]);
    expect(second).toEqual(first);
    expect(first.score).toBe(1);
  });

  it('when an entity is only opposed to others, then it stands alone', () => {
    const result = findBlocs(
      signed([
        ['a', 'b', 1],
        ['a', 'c', -1],
        ['b', 'c', -1],
      ]),
    );

    expect(memberIds(result)).toEqual([['a', 'b'], ['c']]);
    expect(result.score).toBe(3);
  });

  it('when explanations are not wanted, then none are returned', () => {
    expect(findBlocs(signed(TWO_BLOCS), { explain: false }).explanations).toBeUndefined();
  });

  it('when there are no signed pairs, then there are no blocs', () => {
    expect(findBlocs(signed([['a', 'b', 0]]))).toMatchObject({ blocs: [], score: 0, counts: { entities: 0, pairs: 0, blocs: 0 } });
  });
});
