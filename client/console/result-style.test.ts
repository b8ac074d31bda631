import { describe, expect, it } from 'vitest';
import { KIND_STYLE, POLARITY_STYLE } from '../graph/graph-style.ts';
import { OTHER_CLASS, OTHER_STYLE, resultStylesheet } from './result-style.ts';

describe('console result style', () => {
  it('when a result holds other nodes and relationships, then their rules target only the console class', () => {
    const selectors = resultStylesheet().map((rule) => ('selector' in rule ? rule.selector : ''));

    expect(selectors.every((selector) => selector.includes(`.${OTHER_CLASS}`))).toBe(true);
  });

  it('when the neutral style is drawn, then it is told apart from every kind and polarity by more than colour', () => {
    const node = resultStylesheet().find((rule) => 'selector' in rule && rule.selector === `node.${OTHER_CLASS}`)!;

    expect(Object.values(KIND_STYLE).map((kind) => kind.shape)).not.toContain('rectangle');
    expect((node as unknown as { style: Record<string, unknown> }).style['border-style']).toBe('dashed');
    expect(Object.values(POLARITY_STYLE).map((p) => p.color)).not.toContain(OTHER_STYLE.line);
  });
});
