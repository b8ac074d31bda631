// Exports in a real browser: the PNG at the chosen scale and background, the SVG drawn from the
// view (a shape per node, a path per edge, labels as text), both with title and legend on request,
// the briefing sheet (SVG and PDF) with the typed title, key points, the legend of what the view
// holds and numbered sources quoting every relationship, and the slide (PPTX) with its notes.
// The files are kept in test-results/browser/ for a look.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pairKey } from '../../contract/index.ts';
import type { ApiArticles, ApiGraph } from './api-shapes.ts';
import {
  cornerPixel,
  DATE,
  download,
  ooxmlText,
  parseGraphSvg,
  parseSvg,
  pdfPageCount,
  pdfText,
  picture,
  pngSize,
  readPptx,
} from './export-files.ts';
import { goto, graphState, type OpenPage, type RunningExplorer, screenshot, SCREENSHOTS, useBrowserSession } from './harness.ts';

/** /api/graph with the fields the sheet's sources are checked against. */
type SheetGraph = Omit<ApiGraph, 'edges'> & {
  edges: (Omit<ApiGraph['edges'][number], 'claims'> & {
    articleCount: number;
    claims: { claimId: string; quote: string; articleId: string }[];
  })[];
};

type SheetClaim = SheetGraph['edges'][number]['claims'][number];

/** The view's pairs as the sheet lists them: one per two entities, with every claim and type between them. */
interface SheetPair {
  id: string;
  ends: [string, string];
  types: string[];
  claims: SheetClaim[];
  articleCount: number;
}

function pairsOf(graph: SheetGraph): SheetPair[] {
  const pairs = new Map<string, SheetPair>();
  for (const edge of graph.edges) {
    const id = pairKey(edge.source, edge.target);
    const pair = pairs.get(id) ?? { id, ends: [edge.source, edge.target], types: [], claims: [], articleCount: 0 };
    pair.types.push(edge.type.toLowerCase().replaceAll('_', ' '));
    pair.claims.push(...edge.claims);
    pairs.set(id, pair);
  }
  for (const pair of pairs.values()) pair.articleCount = new Set(pair.claims.map((c) => c.articleId)).size;
  return [...pairs.values()];
}

const firstWords = (quote: string) => quote.split(/\s+/).slice(0, 3).join(' ');

describe('exports', { timeout: 90_000 }, () => {
  let explorer: RunningExplorer;
  let tab: OpenPage;

  useBrowserSession((session) => ({ explorer, tab } = session));

  async function openMenu(page: Page, { scale, background }: { scale: 1 | 2 | 4; background: 'white' | 'transparent' }): Promise<void> {
    if (await page.locator('#export-panel').isHidden()) await page.locator('#export-toggle').click();
    await page.locator(`#export-scale-${scale}`).check();
    await page.locator(`#export-bg-${background}`).check();
  }

  it('when the graph is exported as PNG at 1× and 4×, then both are PNGs and the 4× one is four times the size', async () => {
    const { page } = tab;
    await goto(page, `${explorer.url}/?focus=russia`);

    await openMenu(page, { scale: 1, background: 'white' });
    const one = await download(page, () => page.locator('#export-png').click());
    await openMenu(page, { scale: 4, background: 'white' });
    const four = await download(page, () => page.locator('#export-png').click(), 'export-4x.png');

    expect(one.name).toMatch(new RegExp(`^entente-russia-${DATE}\\.png$`));
    const size1 = pngSize(one.bytes);
    const size4 = pngSize(four.bytes);
    const box = await page.evaluate(() => window.cy!.elements().boundingBox());
    expect(size1.width).toBeCloseTo(Math.ceil(box.w), -1);
    expect(size1.height).toBeCloseTo(Math.ceil(box.h), -1);
    expect(Math.abs(size4.width - 4 * size1.width)).toBeLessThanOrEqual(4);
    expect(Math.abs(size4.height - 4 * size1.height)).toBeLessThanOrEqual(4);
    expect(await cornerPixel(page, one.bytes)).toEqual([255, 255, 255, 255]);
    expect(await page.locator('#export-status').textContent()).toContain(four.name);
  });

  it('when the background is transparent, then the PNG is transparent where nothing is drawn', async () => {
    const { page } = tab;
    await goto(page, `${explorer.url}/?focus=pakistan`);

    await openMenu(page, { scale: 2, background: 'transparent' });
    const png = await download(page, () => page.locator('#export-png').click());

    expect(png.name).toMatch(new RegExp(`^entente-pakistan-${DATE}\\.png$`));
    expect((await cornerPixel(page, png.bytes))[3]).toBe(0);
  });

  it('when the graph is exported as SVG, then it is a standalone vector drawing of the view: a shape per node, a path per edge, labels as text', async () => {
    const graph = await explorer.api<ApiGraph>('/api/graph');
    const { page } = tab;
    await goto(page, explorer.url);

    await openMenu(page, { scale: 2, background: 'white' });
    const svg = await download(page, () => page.locator('#export-svg').click(), 'export.svg');
    await openMenu(page, { scale: 1, background: 'transparent' });
    const clear = await download(page, () => page.locator('#export-svg').click());

    expect(svg.name).toMatch(new RegExp(`^entente-view-${DATE}\\.svg$`));
    const source = svg.bytes.toString('utf8');
    expect(source.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    const drawn = await parseGraphSvg(page, source);
    expect(drawn.error).toBeNull();
    expect(drawn.namespace).toBe('http://www.w3.org/2000/svg');
    const [width, height] = drawn.viewBox;
    expect(drawn.size).toEqual([2 * width!, 2 * height!]);
    expect(drawn.background).toBe(true);
    expect((await parseGraphSvg(page, clear.bytes.toString('utf8'))).background).toBe(false);
    const onScreen = await graphState(page, ':visible');
    expect(drawn.shapes.map((s) => s.node).sort()).toEqual(onScreen.nodes);
    expect(drawn.edges.sort()).toEqual(onScreen.edges);
    const kinds = new Map(await page.evaluate(() => window.cy!.nodes().map((n) => [n.id(), String(n.data('kind'))] as const)));
    const shapeOf: Record<string, string> = {
      Country: 'rect',
      Person: 'ellipse',
      Organization: 'polygon',
      Group: 'polygon',
      Initiative: 'polygon',
    };
    for (const shape of drawn.shapes) expect(shape.tag, shape.node).toBe(shapeOf[kinds.get(shape.node)!]);
    // Each node's name is its label, as text (wrapped labels are split over lines).
    const bare = (text: string | undefined) => text?.replace(/\s+/g, '');
    const labels = new Map(drawn.labels.map((l) => [l.node, bare(l.text)]));
    for (const node of graph.nodes) expect(labels.get(node.id), node.id).toBe(bare(node.name));
    // What a reader opening the file sees: the browser draws it.
    const image = await page.evaluate(async (base64) => {
      const img = new Image();
      img.src = `data:image/svg+xml;base64,${base64}`;
      await img.decode();
      return { width: img.naturalWidth, height: img.naturalHeight };
    }, svg.bytes.toString('base64'));
    expect(image).toEqual({ width: 2 * width!, height: 2 * height! });
    await picture(tab, svg.bytes, { width: width!, height: height! }, 'export-svg');
  });

  it("when the image is exported with title and legend, then the SVG and the PNG carry the view's title above and its legend below", async () => {
    const { page } = tab;
    await goto(page, `${explorer.url}/?focus=russia`);

    await openMenu(page, { scale: 1, background: 'white' });
    const plainPng = await download(page, () => page.locator('#export-png').click());
    await page.locator('#export-frame').check();
    const framedPng = await download(page, () => page.locator('#export-png').click(), 'export-framed.png');
    const framedSvg = await download(page, () => page.locator('#export-svg').click(), 'export-framed.svg');

    const parsed = await parseSvg(page, framedSvg.bytes.toString('utf8'));
    expect(parsed.error).toBeNull();
    expect(parsed.texts).toEqual(expect.arrayContaining(['Russia — alignments', 'Depth 1 neighbourhood of Russia']));
    expect(parsed.legend).toEqual(expect.arrayContaining(['Country', 'alliance', 'width-1']));
    expect(parsed.legend).not.toContain('number');
    expect(pngSize(framedPng.bytes).height).toBeGreaterThan(pngSize(plainPng.bytes).height);
    expect(await cornerPixel(page, framedPng.bytes)).toEqual([255, 255, 255, 255]);
  });

  /** Opens the briefing dialog on a view. */
  async function openBriefing(page: Page, url: string): Promise<void> {
    await goto(page, url);
    await page.locator('#export-toggle').click();
    await page.locator('#export-briefing').click();
    await page.locator('#briefing-dialog[open]').waitFor();
  }

  /** What the legend should hold for the view on screen: its kinds and polarities, and the marks its lines carry. */
  const onScreenLegend = (page: Page) =>
    page.evaluate(() => {
      const cy = window.cy!;
      const edges = cy.edges(':visible');
      return {
        kinds: [...new Set(cy.nodes(':visible').map((n) => String(n.data('kind'))))].sort(),
        polarities: [...new Set(edges.map((e) => String(e.data('polarity'))))].sort(),
        contested: edges.filter('.contested').length > 0,
        directed: edges.filter((e) => e.style('target-arrow-shape') !== 'none').length > 0,
      };
    });

  it('when a briefing sheet is made, then its SVG has the typed title, key points, the legend of the view, and every relationship numbered and quoted', async () => {
    const [graph, { articles }] = await Promise.all([
      explorer.api<SheetGraph>('/api/graph?focus=russia&depth=1'),
      explorer.api<ApiArticles>('/api/articles'),
    ]);
    const { page } = tab;
    // The page's policy lets it fetch nothing but its own origin: keep each blob it makes a URL
    // of, so the test can read the preview's without fetching it.
    await page.addInitScript(() => {
      const blobs = new Map<string, Blob>();
      const createObjectURL = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (blob: Blob) => {
        const url = createObjectURL(blob);
        blobs.set(url, blob);
        return url;
      };
      (window as { blobOf?: (url: string) => Blob | undefined }).blobOf = (url) => blobs.get(url);
    });
    await openBriefing(page, `${explorer.url}/?focus=russia`);
    expect(await page.locator('#briefing-title').inputValue()).toBe('Russia — alignments');
    expect(await page.locator('#briefing-subtitle').inputValue()).toBe('Depth 1 neighbourhood of Russia');

    const title = 'Russia & Pakistan <draft>';
    await page.locator('#briefing-title').fill(title);
    await page.locator('#briefing-subtitle').fill('For the Thursday briefing');
    const sheet = await download(page, () => page.locator('#briefing-svg').click(), 'briefing.svg');
    await page.waitForFunction(() => (document.querySelector('#briefing-preview') as HTMLImageElement).complete);
    await screenshot(page, '30-briefing-dialog');
    // The preview shows what was saved.
    const preview = await page.evaluate(() => {
      const { src } = document.querySelector('#briefing-preview') as HTMLImageElement;
      return (window as { blobOf?: (url: string) => Blob | undefined }).blobOf?.(src)?.text();
    });
    expect(preview).toContain('Russia &amp; Pakistan &lt;draft&gt;');

    expect(sheet.name).toMatch(new RegExp(`^entente-russia-${DATE}-briefing\\.svg$`));
    const parsed = await parseSvg(page, sheet.bytes.toString('utf8'));
    expect(parsed.error).toBeNull();
    expect(parsed.texts).toContain(title);
    expect(parsed.texts).toContain('For the Thursday briefing');

    // The legend explains what the view draws, and nothing it does not.
    const view = await onScreenLegend(page);
    const expected = [...view.kinds, ...view.polarities, ...(view.contested ? ['contested'] : []), ...(view.directed ? ['directed'] : [])];
    const shown = parsed.legend.filter((key) => !key!.startsWith('width-') && key !== 'number').sort();
    expect(shown).toEqual(expected.sort());

    // Key points: at least one, each ending with the numbers of its sources.
    expect(parsed.keyPoints.length).toBeGreaterThan(0);
    for (const point of parsed.keyPoints) expect(point.text).toMatch(/stated in \d+ articles?.*\[\d+(, \d+)*\]$/);

    // Every pair numbered 1..n, the same numbers on the graph and in the sources, strongest evidence first.
    const pairs = new Map(pairsOf(graph).map((pair) => [pair.id, pair]));
    expect(parsed.sources).toHaveLength(pairs.size);
    const numbers = parsed.sources.map((s) => s.number);
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    expect([...parsed.graphNumbers].sort((a, b) => a - b)).toEqual(numbers);
    expect(new Set(parsed.sources.map((s) => s.edge))).toEqual(new Set(pairs.keys()));
    const articleCounts = parsed.sources.map((s) => pairs.get(s.edge)!.articleCount);
    expect(articleCounts).toEqual([...articleCounts].sort((a, b) => b - a));
    const names = new Map(graph.nodes.map((n) => [n.id, n.name]));
    const titles = new Map(articles.map((a) => [a.id, a.title]));
    for (const source of parsed.sources) {
      const pair = pairs.get(source.edge)!;
      const heading = source.texts.join(' ');
      for (const end of pair.ends) expect(heading).toContain(names.get(end));
      for (const type of pair.types) expect(heading).toContain(type);
      expect(source.claims.length).toBeGreaterThan(0);
      for (const claimId of source.claims) {
        const claim = pair.claims.find((c) => c.claimId === claimId)!;
        // The quote's first words and its article's title are printed (long ones wrap over lines).
        expect(heading).toContain(`“${firstWords(claim.quote)}`);
        expect(heading).toContain(titles.get(claim.articleId)!.split(/\s+/).slice(0, 3).join(' '));
      }
    }
    expect(parsed.texts.join(' ')).not.toContain('more not listed');

    // No number covers another number or a label.
    expectApart(parsed.badges, parsed.labelBoxes);

    const claims = graph.edges.reduce((sum, e) => sum + e.claims.length, 0);
    const articleCount = new Set(graph.edges.flatMap((e) => e.claims.map((c) => c.articleId))).size;
    expect(parsed.texts.some((t) => t.startsWith(`${claims} claims from ${articleCount} articles`))).toBe(true);
    // The view by its parameters: the explorer runs on loopback, a link would open nothing for a recipient.
    expect(parsed.texts).toContain('View in entente with: focus=russia');
    expect(sheet.bytes.toString('utf8')).not.toMatch(/https?:\/\/(127\.|localhost|\[::1\])/);
  });

  it.each([
    { view: 'the default view', query: '', file: 'view', keep: 'briefing' },
    { view: 'the Lavrov view', query: 'focus=sergey-lavrov', file: 'sergey-lavrov', keep: 'briefing-lavrov' },
  ])(
    'when the briefing sheet of $view is saved as PDF, then a vector PDF with every page of the sheet downloads, key points and sources in it',
    async ({ query, file, keep }) => {
      const graph = await explorer.api<SheetGraph>(`/api/graph?${query}`);
      const { page } = tab;
      await openBriefing(page, `${explorer.url}/?${query}`);

      const svg = await download(page, () => page.locator('#briefing-svg').click(), `${keep}.svg`);
      const pdf = await download(page, () => page.locator('#briefing-pdf').click(), `${keep}.pdf`);

      expect(pdf.name).toMatch(new RegExp(`^entente-${file}-${DATE}-briefing\\.pdf$`));
      expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const parsed = await parseSvg(page, svg.bytes.toString('utf8'));
      expectApart(parsed.badges, parsed.labelBoxes);
      const pairs = pairsOf(graph);
      expect(parsed.sources).toHaveLength(pairs.length);
      expect(pdfPageCount(pdf.bytes)).toBe(parsed.pages);
      // Text stays text: the PDF's own Helvetica is used, nothing is rasterised.
      const raw = pdf.bytes.toString('latin1');
      expect(raw).toContain('/BaseFont /Helvetica');
      expect(raw).not.toContain('/Subtype /Image');
      const text = pdfText(pdf.bytes);
      expect(text).toContain('KEY POINTS');
      for (const point of parsed.keyPoints) expect(text).toContain(point.text.slice(0, 20));
      if (parsed.pages > 1) expect(text).toContain(`page ${parsed.pages} of ${parsed.pages}`);
      expect(await page.locator('#briefing-note').textContent()).toContain(`All ${pairs.length} relationships are numbered and quoted`);
      expect(await page.locator('#briefing-status').textContent()).toContain(pdf.name);
      // Pictures of the pages, for a person to look at.
      execFileSync('/usr/bin/pdftoppm', ['-png', '-r', '80', path.join(SCREENSHOTS, `${keep}.pdf`), path.join(SCREENSHOTS, keep)]);
    },
  );

  it('when the slide is exported, then a one-slide 16:9 PPTX downloads with the title, the graph image, the key points, and the numbered sources in its notes', async () => {
    const graph = await explorer.api<SheetGraph>('/api/graph?focus=sergey-lavrov&depth=1');
    const { page } = tab;
    await goto(page, `${explorer.url}/?focus=sergey-lavrov`);
    await page.locator('#export-toggle').click();

    const file = await download(page, () => page.locator('#export-slide').click(), 'slide-lavrov.pptx');

    expect(file.name).toMatch(new RegExp(`^entente-sergey-lavrov-${DATE}-slide\\.pptx$`));
    const pptx = await readPptx(file.bytes);
    expect(pptx.slides).toHaveLength(1);
    const slide = pptx.slides[0]!;
    const slideText = ooxmlText(slide);
    expect(slideText).toContain('Sergey Lavrov — alignments');
    expect(slideText).toContain('Key points');
    expect(slideText).toMatch(/stated in \d+ articles? \[\d+/);
    // Two pictures (the graph and the legend), both PNGs inside the file.
    expect(slide.match(/<p:pic>/g)).toHaveLength(2);
    expect(pptx.media.filter((name) => name.endsWith('.png'))).toHaveLength(2);
    const notes = ooxmlText(pptx.notes.join(''));
    // Every pair numbered, each with both names and a quote of its own.
    const pairs = pairsOf(graph);
    const names = new Map(graph.nodes.map((n) => [n.id, n.name]));
    expect(notes).toContain('1. ');
    expect(notes).toContain(`${pairs.length}. `);
    expect(notes).not.toContain(`${pairs.length + 1}. `);
    for (const pair of pairs) {
      for (const end of pair.ends) expect(notes).toContain(names.get(end));
      expect(pair.claims.some((claim) => notes.includes(`“${firstWords(claim.quote)}`))).toBe(true);
    }
    expect(await page.locator('#export-status').textContent()).toContain(file.name);
  });
});

/** No two number discs intersect, and none intersects a label's box (coordinates are rounded to 0.01). */
function expectApart(badges: { x: number; y: number; r: number }[], labels: { x1: number; y1: number; x2: number; y2: number }[]): void {
  expect(badges.length).toBeGreaterThan(0);
  expect(labels.length).toBeGreaterThan(0);
  badges.forEach((a, i) => {
    for (const b of badges.slice(i + 1)) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(a.r + b.r - 0.02);
    for (const l of labels) {
      const gap = Math.hypot(Math.max(l.x1 - a.x, 0, a.x - l.x2), Math.max(l.y1 - a.y, 0, a.y - l.y2));
      expect(gap).toBeGreaterThanOrEqual(a.r - 0.02);
    }
  });
}
