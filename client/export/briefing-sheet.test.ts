import { describe, expect, it } from 'vitest';
import type { EdgeClaim as Claim, Polarity } from '../../contract/index.ts';
import { briefingEvidence } from './briefing-evidence.ts';
import { briefingSheet, type BriefingInput } from './briefing-sheet.ts';
import { sourceBlock } from './source-block.ts';
import type { SheetEdge, SheetNode } from './sheet-types.ts';

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
const claim = (articleId: string, quote: string, polarity: Polarity = 'alliance'): Claim => ({
  claimId: `c${++claimSeq}`,
  quote,
  articleId,
  statedBy: null,
  date: null,
  effectiveDate: null,
  polarity,
  historical: false,
});

const edge = ([source, target]: [string, string], articleCount: number, claims: Claim[], patch: Partial<SheetEdge> = {}): SheetEdge => ({
  id: `${source}|COOPERATES_WITH|${target}`,
  source,
  target,
  types: ['COOPERATES_WITH'],
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

    const ids = ['pakistan|COOPERATES_WITH|russia', 'china|COOPERATES_WITH|pakistan', 'india|COOPERATES_WITH|russia'];
    expect(sheet.evidence.sources.map((s) => s.id)).toEqual(ids);
    const graph = sheet.svg.slice(sheet.svg.indexOf('<g id="graph"'), sheet.svg.indexOf('<g id="legend"'));
    expect([...graph.matchAll(/class="edge-number" data-number="(\d+)"/g)].map((m) => m[1])).toEqual(['1', '2', '3']);
    expect([...sheet.svg.matchAll(/class="source" data-number="(\d+)" data-edge="([^"]+)"/g)].map((m) => [m[1], m[2]])).toEqual(
      ids.map((id, i) => [String(i + 1), id]),
    );
    const all = texts(sheet.svg);
    expect(all).toContain('Pakistan — cooperates with — Russia');
    expect(all).toContain('alliance · contested pair · 3 claims, 2 articles');
    expect(all).toContain('“Russia and Pakistan cooperate.”');
    expect(all).toContain('Lavrov in Islamabad · Dawn · 2021-04-07');
    // Two quotes per relationship, one per article first; the third is counted.
    expect(all).toContain('+1 more claim in the articles quoted');
    expect(all).not.toContain('“A third quote.”');
  });

  it('when a relationship has more articles than quotes, then the other articles are named under the quotes', () => {
    const three = [claim('a1', 'One.'), claim('a2', 'Two.'), claim('a3', 'Three.'), claim('a3', 'Four.')];
    const articles = new Map([
      ['a1', { id: 'a1', title: 'First', outlet: 'Dawn', date: null }],
      ['a2', { id: 'a2', title: 'Second', outlet: null, date: null }],
      ['a3', { id: 'a3', title: 'Third', outlet: 'TASS', date: null }],
    ]);

    const sheet = briefingSheet(input(nodes, [edge(['pakistan', 'russia'], 3, three)], { articles }));

    expect(texts(sheet.svg).join(' ')).toContain('Also stated in: Third, TASS (2 more claims)');
  });

  it('when built, then the key points name the strongest pairs with their counts and source numbers', () => {
    const points = [
      edge(['pakistan', 'russia'], 2, [claim('a1', 'Ally.'), claim('a2', 'Ally again.')]),
      edge(['china', 'india'], 1, [claim('a1', 'Rivals.', 'tension')], { polarity: 'tension' }),
      edge(['china', 'pakistan'], 2, [claim('a1', 'Friends.'), claim('a2', 'Not friends.', 'tension')]),
    ];

    const sheet = briefingSheet(input(nodes, points));

    const block = sheet.svg.slice(sheet.svg.indexOf('<g id="key-points"'), sheet.svg.indexOf('<g id="graph"'));
    expect(texts(block)).toEqual(
      expect.arrayContaining([
        // Numbered by evidence: the divided pair (2 articles) comes first, by id.
        'Pakistan – Russia: alliance stated in 2 articles [2]',
        'China – India: tension stated in 1 article [3]',
        'China – Pakistan: divided: alliance stated in 1 article, tension in 1 article [1]',
      ]),
    );
  });

  it('when built, then every page says how many claims from how many articles, and the view by its parameters, not a loopback link', () => {
    const sheet = briefingSheet(input(nodes, edges, { reference: 'View in entente with: focus=russia · depth=1' }));

    expect(sheet.evidence.summary).toEqual({ claims: 5, articles: 2 });
    expect(texts(sheet.svg)).toContain('5 claims from 2 articles · 3 relationships among 4 entities');
    expect(texts(sheet.svg)).toContain('View in entente with: focus=russia · depth=1');
  });

  it('when the legend is drawn, then it shows what the view contains and nothing else', () => {
    const plain = briefingSheet(input(nodes, edges)).svg;
    const blocs = briefingSheet(input(nodes, edges, { blocs: [{ label: 'B1 (3)', fill: '#CC6677', border: '#1f2328' }] })).svg;

    // Every line is drawn 2 px wide, the width of one article.
    for (const key of ['Country', 'alliance', 'tension', 'contested', 'directed', 'width-1', 'number']) {
      expect(plain, key).toContain(`data-legend="${key}"`);
    }
    for (const key of ['Person', 'Organization', 'neutral', 'width-3', 'width-5', 'bloc-1']) {
      expect(plain, key).not.toContain(`data-legend="${key}"`);
    }
    expect(blocs).toContain('data-legend="bloc-1"');
    expect(texts(blocs)).toEqual(expect.arrayContaining(['B1 (3)', 'No bloc']));
  });

  it('when the sources do not fit one page, then they continue on further pages, every relationship listed once', () => {
    const many = Array.from({ length: 40 }, (_, i) => node(`n${i}`, (i % 8) * 80, Math.floor(i / 8) * 80));
    const long =
      'A long quote that goes on and on about cooperation, tension, and everything in between, for several lines of text. '.repeat(3);
    const manyEdges = Array.from({ length: 39 }, (_, i) =>
      edge([`n${i}`, `n${i + 1}`], 1 + (i % 4), [claim('a1', long), claim('a2', long), claim('a1', long)]),
    );

    const sheet = briefingSheet(input(many, manyEdges));

    expect(sheet.pages.length).toBeGreaterThan(1);
    const listed = sheet.pages.flatMap((page) => [...page.matchAll(/class="source" data-number="(\d+)"/g)].map((m) => Number(m[1])));
    expect(listed).toEqual(Array.from({ length: 39 }, (_, i) => i + 1));
    sheet.pages.forEach((page, i) => {
      expectWellFormed(page);
      expect(texts(page)).toContain(`page ${i + 1} of ${sheet.pages.length} · entente`);
      if (i > 0) expect(texts(page)).toContain('Russia — alignments — sources, continued');
      // Nothing runs into the footer or off the page.
      const footerY = Number(/<text x="[\d.]+" y="([\d.]+)"[^>]*class="sheet-summary"/.exec(page)![1]);
      for (const block of page.match(
        /<g class="source".*?<\/g>(?=<g class="source"|<line|<text x="[\d.]+" y="[\d.]+"[^>]*class="sheet-summary")/g,
      ) ?? []) {
        for (const y of [...block.matchAll(/ y="([\d.]+)"/g)].map((v) => Number(v[1]))) expect(y).toBeLessThan(footerY - 10);
      }
    });
    expect(sheet.svg).not.toContain('more not listed');
    expect(texts(sheet.svg).some((t) => t.endsWith('…”'))).toBe(true);
  });

  it('when sources name several other articles, then each block measures as tall as it draws and none reaches into a footer', () => {
    // As on the Lavrov sheet: a tall graph leaves page 1 columns shorter than a block with two
    // quotes and four "Also stated in" lines naming long titles.
    const many = Array.from({ length: 24 }, (_, i) => node(`n${i}`, (i % 6) * 80, Math.floor(i / 6) * 80));
    const ids = Array.from({ length: 12 }, (_, i) => `t${i}`);
    const articles = new Map(
      ids.map((id) => [id, { id, title: `A long article title about talks and visits number ${id}`, outlet: 'Outlet', date: null }]),
    );
    const quote = 'A quote that runs over several lines of the column, about the talks and what they meant for both sides. '.repeat(2);
    const manyEdges = Array.from({ length: 23 }, (_, i) =>
      edge([`n${i}`, `n${i + 1}`], ids.length, [claim('t0', quote), claim('t1', quote), ...ids.map((id) => claim(id, 'More.'))]),
    );
    const evidence = briefingEvidence(manyEdges, { historical: false });
    const context = { articles, name: (id: string) => id, width: 253.64, maxClaims: 2, maxQuoteLines: 4 };

    const block = sourceBlock(evidence.sources[0]!, context);
    const sheet = briefingSheet(input(many, manyEdges, { articles }), { graphHeight: 500 });

    const drawn = block.draw(0, 0);
    expect(texts(drawn).filter((t) => t.startsWith('Also stated in') || t.includes('Outlet'))).not.toHaveLength(0);
    // The last line's baseline and descent (a fifth of the font size) lie inside the measured height.
    const baselines = [...drawn.matchAll(/<text x="[\d.]+" y="([\d.]+)"[^>]*font-size="([\d.]+)"/g)].map(
      (m) => Number(m[1]) + Number(m[2]) / 5,
    );
    expect(Math.max(...baselines)).toBeLessThanOrEqual(block.height);
    for (const page of sheet.pages) {
      // The footer's room starts 12 pt above its rule (briefing-sheet.ts): no source line goes below that.
      const footerTop = Number(/<text x="[\d.]+" y="([\d.]+)"[^>]*class="sheet-summary"/.exec(page)![1]) - 10 - 12;
      const footer = page.lastIndexOf('<line', page.indexOf('class="sheet-summary"'));
      const sources = page.includes('<g class="source"') ? page.slice(page.indexOf('<g class="source"'), footer) : '';
      for (const y of [...sources.matchAll(/<text x="[\d.]+" y="([\d.]+)"/g)].map((m) => Number(m[1]))) expect(y).toBeLessThan(footerTop);
    }
  });

  it('when no source fits under the graph, then the graph takes page 1 and the sources say they start on page 2', () => {
    const many = Array.from({ length: 8 }, (_, i) => node(`n${i}`, (i % 4) * 90, Math.floor(i / 4) * 90));
    const quote = 'A quote that runs over several lines of the column, about the talks and what they meant. '.repeat(3);
    const manyEdges = Array.from({ length: 7 }, (_, i) => edge([`n${i}`, `n${i + 1}`], 2, [claim('a1', quote), claim('a2', quote)]));
    const frameHeight = (page: string) => Number(/<rect x="[\d.]+" y="[\d.]+" width="[\d.]+" height="([\d.]+)" rx="4"/.exec(page)![1]);

    const sheet = briefingSheet(input(many, manyEdges), { graphHeight: 560 });

    expect(sheet.pages[0]).not.toContain('<g class="source"');
    expect(texts(sheet.pages[0]!)).toContain('numbered on the graph, most articles first, from page 2 on');
    expect(frameHeight(sheet.pages[0]!)).toBeGreaterThan(560);
    expect(sheet.pages[1]).toContain('<g class="source"');
  });

  it('when the view is empty, then the sheet says so and numbers nothing', () => {
    const sheet = briefingSheet(input([], []));

    expectWellFormed(sheet.svg);
    expect(sheet.pages).toHaveLength(1);
    expect(sheet.evidence.sources).toEqual([]);
    expect(texts(sheet.svg)).toEqual(
      expect.arrayContaining([
        'no relationship in this view',
        'No alliance or tension is stated in this view.',
        '0 claims from 0 articles · 0 relationships among 0 entities',
      ]),
    );
  });
});
