// Exports in a real browser: the PNG at the chosen scale and background, the SVG drawn from the
// view (a shape per node, a path per edge, labels as text), and the briefing sheet (SVG and PDF)
// with the typed title, the legend, and numbered sources quoting the view's claims. The files are kept in test-results/browser/ for a look.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ApiArticles, ApiGraph } from './api-shapes.ts';
import {
  goto,
  graphState,
  LEGEND_KEYS,
  type OpenPage,
  type RunningExplorer,
  screenshot,
  SCREENSHOTS,
  useBrowserSession,
} from './harness.ts';

interface Downloaded {
  name: string;
  bytes: Buffer;
}

/** Does `action` and returns the file it downloads, kept under test-results/browser/. */
async function download(page: Page, action: () => Promise<unknown>, keepAs?: string): Promise<Downloaded> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), action()]);
  const bytes = readFileSync(await file.path());
  if (keepAs) {
    mkdirSync(SCREENSHOTS, { recursive: true });
    writeFileSync(path.join(SCREENSHOTS, keepAs), bytes);
  }
  return { name: file.suggestedFilename(), bytes };
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).equals(PNG_SIGNATURE), 'PNG signature').toBe(true);
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The top-left pixel of an image file, decoded by the browser. */
function cornerPixel(page: Page, bytes: Buffer): Promise<number[]> {
  return page.evaluate(async (base64) => {
    // An image from a data: URL, not a fetch: the page's policy allows data: images only.
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const bitmap = await createImageBitmap(image);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    return [...context.getImageData(0, 0, 1, 1).data];
  }, bytes.toString('base64'));
}

/** Parses an SVG document in the page: whether it parsed, its <text> contents, and a few queries. */
function parseSvg(page: Page, text: string) {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const all = (selector: string) => [...doc.querySelectorAll(selector)];
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: doc.documentElement.localName,
      texts: all('text').map((t) => t.textContent ?? ''),
      legend: all('#legend [data-legend]').map((g) => g.getAttribute('data-legend')),
      graphNumbers: all('#graph .edge-number').map((g) => Number(g.getAttribute('data-number'))),
      sources: all('g.source').map((g) => ({
        number: Number(g.getAttribute('data-number')),
        edge: g.getAttribute('data-edge')!,
        texts: [...g.querySelectorAll('text')].map((t) => t.textContent ?? ''),
        claims: [...g.querySelectorAll('.claim')].map((c) => c.getAttribute('data-claim-id')!),
      })),
    };
  }, text);
}

/** The parts of an exported graph SVG: its frame, a shape per node, a path per edge, each node's label. */
function parseGraphSvg(page: Page, text: string) {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const root = doc.documentElement;
    const all = (selector: string) => [...doc.querySelectorAll(selector)];
    const viewBox = (root.getAttribute('viewBox') ?? '').split(' ').map(Number).slice(2);
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      namespace: root.namespaceURI,
      viewBox,
      size: [Number(root.getAttribute('width')), Number(root.getAttribute('height'))],
      background: all(':root > rect').some(
        (r) =>
          r.getAttribute('fill') === '#ffffff' &&
          Number(r.getAttribute('width')) === viewBox[0] &&
          Number(r.getAttribute('height')) === viewBox[1],
      ),
      shapes: all('#graph > [data-node]:not(g)').map((s) => ({ node: s.getAttribute('data-node')!, tag: s.localName })),
      edges: all('#graph path[data-edge]').map((p) => p.getAttribute('data-edge')!),
      labels: all('#graph g.node-label').map((g) => ({
        node: g.getAttribute('data-node')!,
        text: [...g.querySelectorAll('text')].map((t) => t.textContent).join(' '),
      })),
    };
  }, text);
}

/** A picture of an SVG file as a browser draws it, at `size` px, for a person to look at. */
async function picture(tab: OpenPage, svg: Buffer, size: { width: number; height: number }, name: string): Promise<void> {
  const page = await tab.page.context().newPage();
  try {
    await page.setViewportSize({ width: Math.ceil(size.width), height: Math.ceil(size.height) });
    await page.setContent(
      `<body style="margin:0"><img style="display:block;width:100%" src="data:image/svg+xml;base64,${svg.toString('base64')}"></body>`,
    );
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    await screenshot(page, name);
  } finally {
    await page.close();
  }
}

const DATE = /\d{4}-\d{2}-\d{2}/.source;

/** /api/graph with the fields the sheet's sources are checked against. */
type SheetGraph = Omit<ApiGraph, 'edges'> & {
  edges: (Omit<ApiGraph['edges'][number], 'claims'> & {
    articleCount: number;
    claims: { claimId: string; quote: string; articleId: string }[];
  })[];
};

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

  it('when a briefing sheet is made, then its SVG has the typed title, the legend, and numbered sources quoting the view', async () => {
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
    await goto(page, `${explorer.url}/?focus=russia`);
    await page.locator('#export-toggle').click();
    await page.locator('#export-briefing').click();
    await page.locator('#briefing-dialog[open]').waitFor();
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
    for (const key of LEGEND_KEYS) expect(parsed.legend, key).toContain(key);

    // Numbered 1..n, the same numbers on the graph and in the sources, strongest evidence first.
    expect(parsed.sources.length).toBeGreaterThan(2);
    const numbers = parsed.sources.map((s) => s.number);
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    expect([...parsed.graphNumbers].sort((a, b) => a - b)).toEqual(numbers);
    const edges = new Map(graph.edges.map((e) => [e.id, e]));
    expect(parsed.sources.every((s) => edges.has(s.edge))).toBe(true);
    const articleCounts = parsed.sources.map((s) => edges.get(s.edge)!.articleCount);
    expect(articleCounts).toEqual([...articleCounts].sort((a, b) => b - a));
    const names = new Map(graph.nodes.map((n) => [n.id, n.name]));
    const titles = new Map(articles.map((a) => [a.id, a.title]));
    for (const source of parsed.sources) {
      const edge = edges.get(source.edge)!;
      const text = source.texts.join(' ');
      expect(text).toContain(`${names.get(edge.source)} — ${edge.type.toLowerCase().replaceAll('_', ' ')} — ${names.get(edge.target)}`);
      expect(source.claims.length).toBeGreaterThan(0);
      for (const claimId of source.claims) {
        const claim = edge.claims.find((c) => c.claimId === claimId)!;
        // The quote's first words and its article's title are printed (long ones wrap over lines).
        expect(text).toContain(`“${claim.quote.split(/\s+/).slice(0, 3).join(' ')}`);
        expect(text).toContain(titles.get(claim.articleId)!.split(/\s+/).slice(0, 3).join(' '));
      }
    }
    const notListed = graph.edges.length - parsed.sources.length;
    const moreLine = `+${notListed} more not listed (fewer articles); open the view's link for every relationship.`;
    expect(notListed).toBeGreaterThanOrEqual(0);
    expect(parsed.texts.includes(moreLine)).toBe(notListed > 0);
    const claims = graph.edges.reduce((sum, e) => sum + e.claims.length, 0);
    const articleCount = new Set(graph.edges.flatMap((e) => e.claims.map((c) => c.articleId))).size;
    expect(parsed.texts.some((t) => t.startsWith(`${claims} claims from ${articleCount} articles`))).toBe(true);
  });

  it('when the briefing sheet is saved as PDF, then a one-page vector PDF downloads', async () => {
    const { page } = tab;
    await goto(page, explorer.url);
    await page.locator('#export-toggle').click();
    await page.locator('#export-briefing').click();
    await page.locator('#briefing-dialog[open]').waitFor();

    const pdf = await download(page, () => page.locator('#briefing-pdf').click(), 'briefing.pdf');

    expect(pdf.name).toMatch(new RegExp(`^entente-view-${DATE}-briefing\\.pdf$`));
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const raw = pdf.bytes.toString('latin1');
    expect(raw).toMatch(/\/Type \/Pages[\s\S]*?\/Count 1\b/);
    // Text stays text: the PDF's own Helvetica is used, nothing is rasterised.
    expect(raw).toContain('/BaseFont /Helvetica');
    expect(raw).not.toContain('/Subtype /Image');
    expect(await page.locator('#briefing-status').textContent()).toContain(pdf.name);
    // A picture of the page, for a person to look at.
    if (existsSync('/usr/bin/pdftoppm'))
      execFileSync('/usr/bin/pdftoppm', [
        '-png',
        '-r',
        '100',
        '-singlefile',
        path.join(SCREENSHOTS, 'briefing.pdf'),
        path.join(SCREENSHOTS, 'briefing-pdf'),
      ]);
  });
});
