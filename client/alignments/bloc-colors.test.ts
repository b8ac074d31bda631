import { describe, expect, it } from 'vitest';
import { BLOC_PALETTE, NO_BLOC_STYLE } from '../graph/graph-style.ts';
import { blocColoring, blocLabel } from './bloc-colors.ts';

/** Typed unknown rather than any, so the object literals it sits in stay type-checked. */
const ANY_STRING: unknown = expect.any(String);

const bloc = (id: string, ...ids: string[]) => ({ id, members: ids.map((m) => ({ id: m, name: m })), weak: [] as string[] });

describe('bloc colouring', () => {
  it('when blocs have two or more members, then each gets its own palette colour and number, in bloc order', () => {
    const coloring = blocColoring([
      bloc('bloc-1', 'russia', 'pakistan', 'china'),
      bloc('bloc-2', 'india', 'united-states'),
      bloc('bloc-3', 'quad'),
    ]);

    expect(coloring.byEntity.get('russia')).toEqual({ bloc: 'bloc-1', tag: 'B1', fill: BLOC_PALETTE[0], border: ANY_STRING, weak: false });
    expect(coloring.byEntity.get('india')).toMatchObject({ bloc: 'bloc-2', tag: 'B2', fill: BLOC_PALETTE[1] });
    expect(coloring.legend.map((row) => row.label)).toEqual(['B1 (3)', 'B2 (2)']);
  });

  it('when an entity is alone in its bloc, then it keeps its bloc id but is drawn as "No bloc"', () => {
    const coloring = blocColoring([bloc('bloc-1', 'a', 'b'), bloc('bloc-2', 'quad')]);

    expect(coloring.byEntity.get('quad')).toEqual({
      bloc: 'bloc-2',
      tag: null,
      fill: NO_BLOC_STYLE.fill,
      border: NO_BLOC_STYLE.border,
      weak: false,
    });
    expect(coloring.legend).toHaveLength(1);
  });

  it('when there are more blocs than colours, then colours repeat and the numbers still differ', () => {
    const blocs = Array.from({ length: BLOC_PALETTE.length + 2 }, (_, i) => bloc(`bloc-${i + 1}`, `x${i}`, `y${i}`));

    const coloring = blocColoring(blocs);

    expect(coloring.byEntity.get(`x${BLOC_PALETTE.length}`)?.fill).toBe(BLOC_PALETTE[0]);
    expect(new Set(coloring.legend.map((row) => row.label)).size).toBe(blocs.length);
  });

  it('when labelled, then a shared bloc adds its number and a lone entity keeps its name', () => {
    const coloring = blocColoring([bloc('bloc-1', 'a', 'b'), bloc('bloc-2', 'c')]);

    expect(blocLabel('Russia', coloring.byEntity.get('a'))).toBe('Russia · B1');
    expect(blocLabel('Quad', coloring.byEntity.get('c'))).toBe('Quad');
    expect(blocLabel('Taliban', undefined)).toBe('Taliban');
  });

  it('when a member is placed on thin evidence, then its label and paint say weak', () => {
    const coloring = blocColoring([{ ...bloc('bloc-1', 'russia', 'nato'), weak: ['nato'] }]);

    expect(coloring.byEntity.get('nato')?.weak).toBe(true);
    expect(coloring.byEntity.get('russia')?.weak).toBe(false);
    expect(blocLabel('NATO', coloring.byEntity.get('nato'))).toBe('NATO · B1?');
  });

  it('when the palette is checked, then its colours are distinct and none is an edge polarity colour', () => {
    expect(new Set(BLOC_PALETTE).size).toBe(BLOC_PALETTE.length);
    expect(BLOC_PALETTE).not.toContain('#0072B2');
    expect(BLOC_PALETTE).not.toContain('#D55E00');
  });
});
