import { describe, expect, it } from 'vitest';
import type { EdgeClaim as Claim } from '../../contract/index.ts';
import { SLIDE, slideContent } from './slide-content.ts';
import type { SheetEdge, SheetNode } from './sheet-types.ts';

const node = (id: string, x: number, y: number): SheetNode => ({
  id,
  label: id.toUpperCase(),
  kind: 'Country',
  x,
  y,
  width: 30,
  height: 30,
  fill: '#99DDFF',
  border: '#2b6f8f',
  fontSize: 12,
});
const claim = (claimId: string, articleId: string): Claim => ({
  claimId,
  articleId,
  quote: `Quote ${claimId} <&>`,
  statedBy: null,
  date: null,
  effectiveDate: null,
  polarity: 'alliance',
  historical: false,
});

describe('slide content', () => {
  const nodes = [node('ru', 0, 0), node('pk', 200, 0)];
  const edges: SheetEdge[] = [
    {
      id: 'ru-pk',
      source: 'ru',
      target: 'pk',
      types: ['COOPERATES_WITH'],
      polarity: 'alliance',
      directed: false,
      contested: false,
      width: 2,
      path: [
        { x: 0, y: 0 },
        { x: 200, y: 0 },
      ],
      claims: [claim('c1', 'a1'), claim('c2', 'a2')],
      claimCount: 2,
      articleCount: 2,
    },
  ];
  const content = slideContent({
    title: 'Russia — alignments',
    subtitle: 'Depth 1 neighbourhood of Russia',
    date: '7 March 2025',
    nodes,
    edges,
    articles: new Map([['a1', { id: 'a1', title: 'Lavrov in Islamabad', outlet: 'Dawn', date: null }]]),
    name: (id) => id.toUpperCase(),
    reference: 'View in entente with: focus=ru',
  });

  it('when made, then it has the title, the subtitle with the date, and the key points with their source numbers', () => {
    expect(content.title).toBe('Russia — alignments');
    expect(content.subtitle).toBe('Depth 1 neighbourhood of Russia · 7 March 2025');
    expect(content.keyPoints).toEqual(['RU – PK: alliance stated in 2 articles [1]']);
    expect(content.footer).toBe('2 claims from 2 articles · View in entente with: focus=ru');
  });

  it('when made, then the graph is drawn at the size it takes on the slide, with its numbers, and the legend beside it', () => {
    expect(content.graph.width).toBeCloseTo(SLIDE.graph.w * 72, 6);
    expect(content.graph.height).toBeCloseTo(SLIDE.graph.h * 72, 6);
    expect(content.graph.svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(content.graph.svg).toContain('class="edge-number" data-number="1"');
    expect(content.legend.svg).toContain('data-legend="alliance"');
    expect(content.legend.svg).not.toContain('data-legend="tension"');
    expect(content.legend.svg).toContain('relationship, sources in the notes');
  });

  it('when made, then the notes list the numbered sources with their quotes, and what reopens the view', () => {
    expect(content.notes).toContain('1. RU — cooperates with — PK (alliance · 2 claims, 2 articles)');
    expect(content.notes).toContain('“Quote c1 <&>” — Lavrov in Islamabad · Dawn');
    expect(content.notes).toContain('“Quote c2 <&>” — a2');
    expect(content.notes.endsWith('View in entente with: focus=ru')).toBe(true);
  });
});
