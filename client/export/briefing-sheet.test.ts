import { describe, expect, it } from 'vitest';
import { ENTITY_KINDS, POLARITIES, type EdgeClaim as Claim } from '../../contract/index.ts';
import { briefingSheet, type BriefingInput } from './briefing-sheet.ts';
import type { SheetEdge, SheetNode } from './sheet-types.ts';

/** Every key the legend shows: each kind, each polarity, and the contested, directed and width samples. */
const LEGEND_KEYS = [...ENTITY_KINDS, ...POLARITIES, 'contested', 'directed', 'width-1'];

const node = (id: string, x: number, y: number, patch: Partial<SheetNode> = {}): SheetNode => ({
  id,
  label: id[0]!.toUpperCase() + id.slice(1),
  kind: 'Country',
  x,
  y,
  width: 30,
  height: 30,
  fill: '#99DDFF',
  border: '#2b6f8f',
  fontSize: 12,
  ...patch,
});

let claimSeq = 0;
const claim = (articleId: string, quote: string): Claim => ({
  claimId: `c${++claimSeq}`,
  quote,
  articleId,
  statedBy: null,
  date: null,
  polarity: 'alliance',
});

const edge = ([source, target]: [string, string], articleCount: number, claims: Claim[], patch: Partial<SheetEdge> = {}): SheetEdge => ({
  id: `${source}|COOPERATES_WITH|${target}`,
  source,
  target,
  type: 'COOPERATES_WITH',
  polarity: 'alliance',
  directed: false,
  contested: false,
  width: 2,
  articleCount,
  claimCount: claims.length,
  claims,
  path: [],
  ...patch,
});

function input(nodes: SheetNode[], edges: SheetEdge[], patch: Partial<BriefingInput> = {}): BriefingInput {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const placed = edges.map((e) => ({
    ...e,
    path: e.path.length > 0 ? e.path : [byId.get(e.source)!, byId.get(e.target)!].map(({ x, y }) => ({ x, y })),
  }));
  return {
    title: 'Russia — alignments',
    subtitle: 'All stated relationships',
    date: '7 March 2025',
    nodes,
    edges: placed,
    articles: new Map([
      ['a1', { id: 'a1', title: 'Lavrov in Islamabad', outlet: 'Dawn', date: '2021-04-07' }],
      ['a2', { id: 'a2', title: 'A new endgame', outlet: null, date: null }],
    ]),
    name: (id) => byId.get(id)?.label ?? id,
    ...patch,
  };
}

/** The text of every <text> element, unescaped, in document order. */
const texts = (svg: string) =>
  [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) =>
    m[1]!.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&apos;', "'").replaceAll('&amp;', '&'),
  );

/** A small well-formedness check: tags nest, attributes are quoted, no raw < or stray & in text. */
function expectWellFormed(svg: string): void {
  const body = svg.replace(/^<\?xml[^?]*\?>\s*/, '');
  const stack: string[] = [];
  const token = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
  let match: RegExpExecArray | null;
  let consumed = 0;
  while ((match = token.exec(body))) {
    consumed = token.lastIndex;
    const [, closing, name, attrs, selfClosing, textPart] = match;
    const content = textPart ?? attrs ?? '';
    expect(content.replace(/&(amp|lt|gt|quot|apos|#\d+);/g, '')).not.toMatch(/[&<]/);
    if (textPart !== undefined) continue;
    if (closing) expect(stack.pop()).toBe(name);
    else if (!selfClosing) stack.push(name!);
  }
  expect(consumed, 'the whole document is tags and text').toBe(body.length);
  expect(stack).toEqual([]);
}

describe('briefing sheet', () => {
  const nodes = [node('russia', 0, 0), node('pakistan', 200, 0), node('india', 100, 150), node('china', 300, 150)];
  const edges = [
    edge(['india', 'russia'], 1, [claim('a2', 'India and Russia talk.')]),
    edge(
      ['pakistan', 'russia'],
      2,
      [claim('a1', 'Russia and Pakistan cooperate.'), claim('a2', 'Moscow backs Islamabad.'), claim('a2', 'A third quote.')],
      { contested: true },
    ),
    edge(['china', 'pakistan'], 1, [claim('a1', 'China & Pakistan.')], { polarity: 'tension', directed: true }),
  ];

  it('when built, then it is a well-formed A4 SVG with title, subtitle and date', () => {
    const sheet = briefingSheet(input(nodes, edges));

    expectWellFormed(sheet.svg);
    expect(sheet.svg).toContain('viewBox="0 0 595.28 841.89"');
    expect(texts(sheet.svg)).toEqual(expect.arrayContaining(['Russia — alignments', 'All stated relationships', '7 March 2025']));
  });

  it('when the data holds markup, then every text is escaped and no element is injected', () => {
    const hostile = [node('russia', 0, 0, { label: '<b>Russia</b>' }), node('pakistan', 100, 0, { label: 'Pak & "istan"' })];
    const sheet = briefingSheet(
      input(hostile, [edge(['pakistan', 'russia'], 1, [claim('a1', '</text><script>alert(1)</script>')])], {
        title: '<script>alert("t")</script>',
        subtitle: "it's <i>",
        articles: new Map([['a1', { id: 'a1', title: 'Title </g>', outlet: '<Outlet>', date: null }]]),
      }),
    );

    expectWellFormed(sheet.svg);
    expect(sheet.svg).not.toMatch(/<script|<b>|<i>|<Outlet>/);
    const all = texts(sheet.svg);
    expect(all).toContain('<script>alert("t")</script>');
    expect(all.join(' ')).toContain('</text><script>alert(1)</script>');
    expect(all.join(' ')).toContain('Title </g> · <Outlet>');
  });

  it('when relationships are listed, then they are numbered by evidence, once on the graph and once in the sources with quotes and citations', () => {
    const sheet = briefingSheet(input(nodes, edges));

    expect(sheet.numbered).toEqual(['pakistan|COOPERATES_WITH|russia', 'china|COOPERATES_WITH|pakistan', 'india|COOPERATES_WITH|russia']);
    expect(sheet.notListed).toBe(0);
    const graph = sheet.svg.slice(sheet.svg.indexOf('<g id="graph"'), sheet.svg.indexOf('<g id="legend"'));
    expect([...graph.matchAll(/class="edge-number" data-number="(\d+)"/g)].map((m) => m[1])).toEqual(['1', '2', '3']);
    expect([...sheet.svg.matchAll(/class="source" data-number="(\d+)" data-edge="([^"]+)"/g)].map((m) => [m[1], m[2]])).toEqual([
      ['1', 'pakistan|COOPERATES_WITH|russia'],
      ['2', 'china|COOPERATES_WITH|pakistan'],
      ['3', 'india|COOPERATES_WITH|russia'],
    ]);
    const all = texts(sheet.svg);
    expect(all).toContain('Pakistan — cooperates with — Russia');
    expect(all).toContain('alliance · contested pair · 3 claims, 2 articles');
    expect(all).toContain('“Russia and Pakistan cooperate.”');
    expect(all).toContain('Lavrov in Islamabad · Dawn · 2021-04-07');
    // Two quotes per relationship, one per article first; the third is counted.
    expect(all).toContain('+1 more claim');
    expect(all).not.toContain('“A third quote.”');
  });

  it('when built, then the footer says how many claims from how many articles', () => {
    const sheet = briefingSheet(input(nodes, edges, { link: 'http://127.0.0.1/?focus=russia' }));

    expect(sheet.summary).toEqual({ claims: 5, articles: 2 });
    expect(texts(sheet.svg)).toContain('5 claims from 2 articles · 3 relationships among 4 entities');
    expect(texts(sheet.svg)).toContain('http://127.0.0.1/?focus=russia');
  });

  it('when the legend is drawn, then it has every kind and polarity, and blocs only when coloured by bloc', () => {
    const plain = briefingSheet(input(nodes, edges)).svg;
    const blocs = briefingSheet(input(nodes, edges, { blocs: [{ label: 'B1 (3)', fill: '#CC6677', border: '#1f2328' }] })).svg;

    for (const key of [...LEGEND_KEYS, 'number']) {
      expect(plain, key).toContain(`data-legend="${key}"`);
    }
    expect(plain).not.toContain('data-legend="bloc-1"');
    expect(blocs).toContain('data-legend="bloc-1"');
    expect(texts(blocs)).toEqual(expect.arrayContaining(['B1 (3)', 'No bloc']));
  });

  it('when there are more relationships than fit, then the strongest are numbered and the rest counted, all on one page', () => {
    const many = Array.from({ length: 40 }, (_, i) => node(`n${i}`, (i % 8) * 80, Math.floor(i / 8) * 80));
    const long =
      'A long quote that goes on and on about cooperation, tension, and everything in between, for several lines of text. '.repeat(3);
    const manyEdges = Array.from({ length: 39 }, (_, i) =>
      edge([`n${i}`, `n${i + 1}`], 1 + (i % 4), [claim('a1', long), claim('a2', long), claim('a1', long)]),
    );

    const sheet = briefingSheet(input(many, manyEdges));

    expect(sheet.numbered.length).toBeGreaterThan(3);
    expect(sheet.numbered.length + sheet.notListed).toBe(39);
    expect(texts(sheet.svg)).toContain(
      `+${sheet.notListed} more not listed (fewer articles); open the view's link for every relationship.`,
    );
    const footerY = Number(/<text x="[\d.]+" y="([\d.]+)"[^>]*class="sheet-summary"/.exec(sheet.svg)![1]);
    const sources = [...sheet.svg.matchAll(/<g class="source"[^>]*>(.*?)<\/g><\/g>|<g class="source"[^>]*>(.*?)<\/g>/g)];
    expect(sources).toHaveLength(sheet.numbered.length);
    for (const m of sources) {
      const ys = [...(m[0] ?? '').matchAll(/ y="([\d.]+)"/g)].map((v) => Number(v[1]));
      expect(ys.length).toBeGreaterThan(0);
      for (const y of ys) expect(y).toBeLessThan(footerY - 10);
    }
    expect(Math.max(...[...sheet.svg.matchAll(/ y="([\d.]+)"/g)].map((m) => Number(m[1])))).toBeLessThan(841.89);
    // Every listed quote is cut to its line limit.
    expect(texts(sheet.svg).some((t) => t.endsWith('…”'))).toBe(true);
  });

  it('when the view is empty, then the sheet says so and numbers nothing', () => {
    const sheet = briefingSheet(input([], []));

    expectWellFormed(sheet.svg);
    expect(sheet.numbered).toEqual([]);
    expect(texts(sheet.svg)).toEqual(
      expect.arrayContaining(['no relationship in this view', '0 claims from 0 articles · 0 relationships among 0 entities']),
    );
  });
});
