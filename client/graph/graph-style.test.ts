import { describe, expect, it } from 'vitest';
import { ENTITY_KINDS, POLARITIES } from '../../contract/index.ts';
import { CONTESTED_STYLE, KIND_STYLE, MIN_ZOOMED_FONT_SIZE, POLARITY_STYLE, kindStyle, stylesheet } from './graph-style.ts';

type Block = { selector: string; style: Record<string, unknown> };
const blocks = stylesheet() as Block[];
const styleOf = (selector: string) =>
  Object.assign({}, ...blocks.filter((b) => b.selector === selector).map((b) => b.style)) as Record<string, unknown>;

/** Typed unknown rather than any, so the object literals it sits in stay type-checked. */
const ANY_NUMBER: unknown = expect.any(Number);

describe('graph styles', () => {
  it('when polarities are drawn, then each differs from the others in colour and in line style', () => {
    const styles = POLARITIES.map((p) => POLARITY_STYLE[p]);

    expect(new Set(styles.map((s) => s.color)).size).toBe(3);
    expect(new Set(styles.map((s) => s.lineStyle)).size).toBe(3);
    expect(POLARITY_STYLE.alliance).toMatchObject({ color: '#0072B2', lineStyle: 'solid' });
    expect(POLARITY_STYLE.tension).toMatchObject({ color: '#D55E00', lineStyle: 'dashed' });
    expect(POLARITY_STYLE.neutral.lineStyle).toBe('dotted');
  });

  it('when the stylesheet is built, then each polarity class sets its colour and dash pattern', () => {
    expect(styleOf('edge.polarity-alliance')).toMatchObject({ 'line-color': '#0072B2', 'line-style': 'solid' });
    expect(styleOf('edge.polarity-tension')).toMatchObject({
      'line-color': '#D55E00',
      'line-style': 'dashed',
      'line-dash-pattern': POLARITY_STYLE.tension.dash,
    });
    expect(styleOf('edge.polarity-neutral')).toMatchObject({ 'line-style': 'dashed', 'line-cap': 'round' });
  });

  it('when kinds are drawn, then each has its own shape and fill', () => {
    const styles = ENTITY_KINDS.map((k) => KIND_STYLE[k]);

    expect(new Set(styles.map((s) => s.shape)).size).toBe(ENTITY_KINDS.length);
    expect(new Set(styles.map((s) => s.fill)).size).toBe(ENTITY_KINDS.length);
    for (const kind of ENTITY_KINDS)
      expect(styleOf(`node.kind-${kind}`)).toMatchObject({ shape: KIND_STYLE[kind].shape, 'background-color': KIND_STYLE[kind].fill });
    expect(kindStyle('Unheard').shape).toBe('ellipse');
  });

  it('when an edge is directed or contested, then it gets an arrow or a halo; others get neither', () => {
    expect(styleOf('edge.directed')['target-arrow-shape']).toBe('triangle');
    expect(styleOf('edge')['target-arrow-shape']).toBeUndefined();
    expect(styleOf('edge.contested')).toMatchObject({ 'underlay-color': CONTESTED_STYLE.color });
  });

  it('when labels are drawn, then they have a background and a minimum on-screen size', () => {
    expect(styleOf('node')).toMatchObject({ 'text-background-opacity': ANY_NUMBER, 'min-zoomed-font-size': MIN_ZOOMED_FONT_SIZE });
    expect(styleOf('edge')['width']).toBe('data(width)');
  });
});
