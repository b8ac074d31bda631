import { describe, expect, it } from 'vitest';
import type { ConsoleNode, ConsoleRelationship } from '../../contract/index.ts';
import { elementSummary, formatCell, isConsoleNode, isConsolePath, isConsoleRelationship } from './cell-format.ts';

const russia: ConsoleNode = {
  elementId: '4:x:1',
  labels: ['Entity', 'Country'],
  properties: { id: 'russia', name: 'Russia', kind: 'Country', aliases: ['RF'] },
};
const pakistan: ConsoleNode = {
  elementId: '4:x:2',
  labels: ['Entity', 'Country'],
  properties: { id: 'pakistan', name: 'Pakistan', kind: 'Country' },
};
const article: ConsoleNode = { elementId: '4:x:3', labels: ['Article'], properties: { id: 'a-1', title: 'A very long title '.repeat(5) } };
const cooperates: ConsoleRelationship = {
  elementId: '5:x:1',
  type: 'COOPERATES_WITH',
  startElementId: '4:x:1',
  endElementId: '4:x:2',
  properties: { polarity: 'alliance' },
};

describe('console cells', () => {
  it('when a cell holds a node, then it reads as (:Labels {name: "…"}) with its entity kind', () => {
    expect(formatCell(russia)).toEqual({ kind: 'node', text: '(:Entity:Country {name: "Russia"})', entityKind: 'Country', title: null });
  });

  it('when a node has no name, then its title or id names it, and a long one is cut', () => {
    const cell = formatCell(article);

    expect(cell.kind).toBe('node');
    expect(cell.entityKind).toBeNull();
    expect(cell.text).toMatch(/^\(:Article \{title: "A very long title .*…"\}\)$/);
    expect(formatCell({ elementId: '4:x:9', labels: [], properties: {} }).text).toBe('()');
  });

  it('when a cell holds a relationship, then it reads as [:TYPE]', () => {
    expect(formatCell(cooperates)).toMatchObject({ kind: 'relationship', text: '[:COOPERATES_WITH]' });
  });

  it('when a cell holds a path, then its steps read with their directions', () => {
    const back: ConsoleRelationship = { ...cooperates, elementId: '5:x:2' };
    const path = { nodes: [russia, pakistan, russia], relationships: [cooperates, back] };

    expect(isConsolePath(path)).toBe(true);
    expect(formatCell(path).text).toBe(
      '(:Entity:Country {name: "Russia"})-[:COOPERATES_WITH]->(:Entity:Country {name: "Pakistan"})<-[:COOPERATES_WITH]-(:Entity:Country {name: "Russia"})',
    );
  });

  it('when a cell holds a list or a map, then it is compact JSON, with any node inside as a chip text', () => {
    expect(formatCell(['ALLIED_WITH', 'SUPPORTS'])).toMatchObject({ kind: 'json', text: '["ALLIED_WITH", "SUPPORTS"]' });
    expect(formatCell({ firstSecond: 2, who: russia, none: null })).toMatchObject({
      kind: 'json',
      text: '{firstSecond: 2, who: (:Entity:Country {name: "Russia"}), none: null}',
    });
  });

  it('when a cell holds text, a number, a boolean or null, then it reads as it is, markup included', () => {
    expect(formatCell('<img src=x onerror=alert(1)>')).toMatchObject({ kind: 'string', text: '<img src=x onerror=alert(1)>' });
    expect(formatCell(3)).toMatchObject({ kind: 'number', text: '3' });
    expect(formatCell(false)).toMatchObject({ kind: 'boolean', text: 'false' });
    expect(formatCell(null)).toMatchObject({ kind: 'null', text: 'null' });
  });

  it('when a text is longer than the cell allows, then it is cut and the whole of it kept as the title', () => {
    const quote = 'word '.repeat(100);

    const cell = formatCell(quote, { maxChars: 20 });

    expect(cell.text).toHaveLength(20);
    expect(cell.text.endsWith('…')).toBe(true);
    expect(cell.title).toBe(quote);
  });

  it('when a map merely looks like a node or relationship, then the shape checks tell them apart', () => {
    expect(isConsoleNode(russia)).toBe(true);
    expect(isConsoleNode(cooperates)).toBe(false);
    expect(isConsoleRelationship(cooperates)).toBe(true);
    expect(isConsoleNode({ elementId: 1, labels: [], properties: {} })).toBe(false);
    expect(isConsolePath({ nodes: [], relationships: [] })).toBe(false);
  });
});

describe('tapped result elements', () => {
  it('when a node is tapped, then its chip text and its properties are summed up', () => {
    expect(elementSummary(article, { maxChars: 30 })).toEqual([
      '(:Article {title: "A very long title A very long title A v…"})',
      '{id: "a-1", title: "A very lo…',
    ]);
  });

  it('when an edge merging several relationships is tapped, then the first few are listed and the rest counted', () => {
    const many = [1, 2, 3, 4].map((n) => ({ ...cooperates, elementId: `5:x:${n}`, properties: { claimId: `c${n}` } }));

    expect(elementSummary(many, { maxRelationships: 2 })).toEqual([
      '4 × [:COOPERATES_WITH]',
      '{claimId: "c1"}',
      '{claimId: "c2"}',
      'and 2 more',
    ]);
  });
});
