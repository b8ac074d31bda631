import { describe, expect, it } from 'vitest';
import { graphFigure, graphSvg } from './graph-svg.ts';
import type { DrawnEdge, SheetNode } from './sheet-types.ts';

const node = (id: string, x: number, y: number, patch: Partial<SheetNode> = {}): SheetNode => ({
  id,
  label: id,
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
const edge = (id: string, from: SheetNode, to: SheetNode, patch: Partial<DrawnEdge> = {}): DrawnEdge => ({
  id,
  polarity: 'alliance',
  directed: false,
  contested: false,
  width: 2,
  path: [from, to].map(({ x, y }) => ({ x, y })),
  ...patch,
});

/** The numbers of every x/y-like attribute in the markup. */
const coordinates = (svg: string, names: string[]) =>
  names.flatMap((name) => [...svg.matchAll(new RegExp(` ${name}="(-?[\\d.]+)"`, 'g'))].map((m) => Number(m[1])));
const viewBox = (svg: string) =>
  svg
    .match(/viewBox="0 0 ([\d.]+) ([\d.]+)"/)!
    .slice(1)
    .map(Number) as [number, number];

describe('graph SVG export', () => {
  const a = node('a', -100, 0);
  const b = node('b', 100, 0, { kind: 'Person' });
  const c = node('c', 0, 120, { kind: 'Organization', label: 'Shanghai Cooperation Organisation <SCO>' });
  const graph = {
    nodes: [a, b, c],
    edges: [
      edge('ab', a, b, { polarity: 'tension', directed: true }),
      edge('bc', b, c, { contested: true }),
      edge('ca', c, a, { polarity: 'neutral' }),
    ],
  };

  it('when exported, then it is a standalone SVG document sized to the graph at the chosen scale', () => {
    const svg = graphSvg(graph, { scale: 2, background: 'white' });

    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.endsWith('</svg>')).toBe(true);
    const [width, height] = viewBox(svg);
    // 200 px between the outer centres plus two half nodes, plus 12 px padding either side.
    expect(width).toBeGreaterThanOrEqual(230 + 24);
    expect(height).toBeGreaterThanOrEqual(150 + 24);
    expect(svg).toContain(`width="${width * 2}" height="${height * 2}"`);
  });

  it('when exported, then each node is one shape of its kind, each edge one path, and each label text', () => {
    const svg = graphSvg(graph, { scale: 1, background: 'white' });

    expect(svg.match(/<rect [^>]*data-node="a"/g)).toHaveLength(1);
    expect(svg.match(/<ellipse [^>]*data-node="b"/g)).toHaveLength(1);
    expect(svg.match(/<polygon [^>]*data-node="c"/g)).toHaveLength(1);
    expect(svg.match(/<path [^>]*data-edge="/g)).toHaveLength(3);
    expect(svg).toMatch(/<path [^>]*stroke="#D55E00"[^>]*stroke-dasharray="[\d. ]+" data-edge="ab"/);
    expect(svg.match(/<polygon points="[^"]+" fill="#D55E00"/g)).toHaveLength(1);
    expect(svg).toMatch(/stroke="#CC79A7" stroke-opacity="0.4"/);
    const texts = [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(texts).toContain('a');
    expect(texts.join(' ')).toContain('Shanghai Cooperation');
    expect(texts.join(' ')).toContain('&lt;SCO&gt;');
    // No relationship numbers: those belong to the briefing sheet.
    expect(svg).not.toContain('edge-number');
  });

  it('when the background is white, then a white rectangle covers the document; when transparent, then nothing does', () => {
    const white = graphSvg(graph, { scale: 1, background: 'white' });
    const clear = graphSvg(graph, { scale: 1, background: 'transparent' });
    const [width, height] = viewBox(white);

    expect(white).toContain(`<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`);
    expect(clear).not.toMatch(/<rect x="0" y="0" [^>]*fill="#ffffff"/);
  });

  it('when labels are wider than their nodes at the edges of the graph, then nothing is drawn outside the document', () => {
    const left = node('left', 0, 0, { label: 'A very long name of an organisation at the left edge' });
    const right = node('right', 60, 300, { label: 'Another long name that sticks out at the bottom right' });
    const svg = graphSvg({ nodes: [left, right], edges: [edge('lr', left, right)] }, { scale: 1, background: 'white' });
    const [width, height] = viewBox(svg);

    for (const x of coordinates(svg, ['x', 'cx'])) expect(x).toBeGreaterThanOrEqual(0);
    for (const y of coordinates(svg, ['y', 'cy'])) expect(y).toBeGreaterThanOrEqual(0);
    for (const label of svg.matchAll(/<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)" rx="1"/g)) {
      const [x, y, w, h] = label.slice(1).map(Number) as [number, number, number, number];
      expect(x + w).toBeLessThanOrEqual(width);
      expect(y + h).toBeLessThanOrEqual(height);
    }
  });

  it('when elements are faded on screen, then they keep that opacity; opaque ones carry none', () => {
    const faded = { ...graph, nodes: [{ ...a, opacity: 0.22 }, { ...b, opacity: 1 }, c], edges: [{ ...graph.edges[0]!, opacity: 0.08 }] };

    const svg = graphSvg(faded, { scale: 1, background: 'transparent' });

    expect(svg).toMatch(/<rect [^>]*opacity="0.22" data-node="a"/);
    expect(svg).toMatch(/<g class="node-label" data-node="a" opacity="0.22">/);
    expect(svg).toMatch(/<g opacity="0.08"><path [^>]*data-edge="ab"/);
    expect(svg).not.toMatch(/opacity="1"/);
  });

  it('when the graph is empty, then the document is still valid and small', () => {
    const svg = graphSvg({ nodes: [], edges: [] }, { scale: 4, background: 'white' });

    expect(viewBox(svg)).toEqual([25, 25]);
    expect(svg).toContain('<g id="graph"></g>');
  });

  it('when framed, then the title and subtitle are above the graph and the legend of what it contains below it', () => {
    const plain = graphFigure(graph, { scale: 1, background: 'white' });
    const framed = graphFigure(graph, {
      scale: 2,
      background: 'white',
      frame: { title: 'Russia — alignments <draft>', subtitle: 'Depth 1 neighbourhood of Russia' },
    });

    const texts = [...framed.svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(texts).toEqual(expect.arrayContaining(['Russia — alignments &lt;draft&gt;', 'Depth 1 neighbourhood of Russia']));
    expect(framed.svg).toContain('<title>Russia — alignments &lt;draft&gt;</title>');
    const title = framed.svg.indexOf('sheet-title');
    expect(title).toBeGreaterThan(0);
    expect(framed.svg.indexOf('<g id="graph"')).toBeGreaterThan(title);
    expect(framed.svg.indexOf('<g id="legend"')).toBeGreaterThan(framed.svg.indexOf('<g id="graph"'));
    for (const key of ['Country', 'Person', 'Organization', 'alliance', 'tension', 'neutral', 'contested', 'directed', 'width-1']) {
      expect(framed.svg, key).toContain(`data-legend="${key}"`);
    }
    for (const key of ['Group', 'Initiative', 'number']) expect(framed.svg, key).not.toContain(`data-legend="${key}"`);
    expect(framed.height).toBeGreaterThan(plain.height);
    expect(framed.svg).toContain(`width="${framed.width * 2}" height="${framed.height * 2}"`);
    expect(plain.svg).not.toContain('id="legend"');
  });
});
