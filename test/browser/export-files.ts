// Files the exports download in the browser tests, and what is in them: PNG size and pixels, the
// parts of an SVG (graph, legend, sources, numbers, key points), a PDF's pages and text, a PPTX's
// slide and notes. The files are kept in test-results/browser/ for a look.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { type OpenPage, screenshot, SCREENSHOTS } from './harness.ts';

export interface Downloaded {
  name: string;
  bytes: Buffer;
}

/** Does `action` and returns the file it downloads, kept under test-results/browser/. */
export async function download(page: Page, action: () => Promise<unknown>, keepAs?: string): Promise<Downloaded> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), action()]);
  const bytes = readFileSync(await file.path());
  if (keepAs) {
    mkdirSync(SCREENSHOTS, { recursive: true });
    writeFileSync(path.join(SCREENSHOTS, keepAs), bytes);
  }
  return { name: file.suggestedFilename(), bytes };
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).equals(PNG_SIGNATURE), 'PNG signature').toBe(true);
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The top-left pixel of an image file, decoded by the browser. */
export function cornerPixel(page: Page, bytes: Buffer): Promise<number[]> {
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
export function parseSvg(page: Page, text: string) {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const all = (selector: string) => [...doc.querySelectorAll(selector)];
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: doc.documentElement.localName,
      texts: all('text').map((t) => t.textContent ?? ''),
      legend: all('#legend [data-legend]').map((g) => g.getAttribute('data-legend')),
      graphNumbers: all('#graph .edge-number').map((g) => Number(g.getAttribute('data-number'))),
      /** The numbers' discs on the graph and the labels' boxes, to check that none covers another. */
      badges: all('#graph .edge-number circle').map((c) => ({
        x: Number(c.getAttribute('cx')),
        y: Number(c.getAttribute('cy')),
        r: Number(c.getAttribute('r')),
      })),
      labelBoxes: all('#graph .node-label > rect').map((r) => ({
        x1: Number(r.getAttribute('x')) + 1,
        y1: Number(r.getAttribute('y')),
        x2: Number(r.getAttribute('x')) + Number(r.getAttribute('width')) - 1,
        y2: Number(r.getAttribute('y')) + Number(r.getAttribute('height')) - 1,
      })),
      keyPoints: all('#key-points .key-point').map((g) => ({ kind: g.getAttribute('data-kind'), text: g.textContent ?? '' })),
      pages: all('g.page').length,
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
export function parseGraphSvg(page: Page, text: string) {
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
export async function picture(tab: OpenPage, svg: Buffer, size: { width: number; height: number }, name: string): Promise<void> {
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

export const DATE = /\d{4}-\d{2}-\d{2}/.source;

/** The page count of a PDF, from its page tree. */
export function pdfPageCount(bytes: Buffer): number {
  const match = /\/Type \/Pages[\s\S]*?\/Count (\d+)/.exec(bytes.toString('latin1'));
  expect(match, 'a page tree').not.toBeNull();
  return Number(match![1]);
}

/** The text drawn in a PDF: every stream inflated (jsPDF compresses them), its literal strings joined and decoded. */
export function pdfText(bytes: Buffer): string {
  const raw = bytes.toString('latin1');
  const strings: string[] = [];
  for (const match of raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let content: string;
    try {
      content = inflateSync(Buffer.from(match[1]!, 'latin1')).toString('latin1');
    } catch {
      content = match[1]!; // not compressed
    }
    for (const text of content.matchAll(/\(((?:\\.|[^\\)])*)\)\s*Tj/g)) strings.push(text[1]!.replace(/\\(.)/g, '$1'));
  }
  // The standard fonts draw WinAnsi (Windows-1252): its punctuation sits at 0x80–0x9F, where Latin-1 has controls.
  return strings.join(' ').replace(/[\x80-\x9f]/g, (c) => WIN_ANSI[c] ?? c);
}

const WIN_ANSI: Record<string, string> = {
  '\x85': '…',
  '\x91': '‘',
  '\x92': '’',
  '\x93': '“',
  '\x94': '”',
  '\x95': '•',
  '\x96': '–',
  '\x97': '—',
};

/** The parts of a PPTX: its slides' and notes' XML, and its media files. */
export async function readPptx(bytes: Buffer): Promise<{ slides: string[]; notes: string[]; media: string[] }> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).sort();
  const read = (pattern: RegExp) => Promise.all(names.filter((n) => pattern.test(n)).map((n) => zip.file(n)!.async('string')));
  return {
    slides: await read(/^ppt\/slides\/slide\d+\.xml$/),
    notes: await read(/^ppt\/notesSlides\/notesSlide\d+\.xml$/),
    media: names.filter((n) => n.startsWith('ppt/media/')),
  };
}

/** The text runs of an OOXML part (<a:t>), unescaped, joined by spaces. */
export const ooxmlText = (xml: string): string =>
  [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)]
    .map((m) =>
      m[1]!.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&apos;', "'").replaceAll('&amp;', '&'),
    )
    .join(' ');
