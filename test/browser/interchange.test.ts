// Files for other tools in a real browser: GEXF (read back with Gephi's format as graphology reads
// it), GraphML, Cytoscape JSON and the claims as CSV, each of the view on screen.
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ApiGraph } from './api-shapes.ts';
import { DATE, download } from './export-files.ts';
import { goto, type OpenPage, type RunningExplorer, useBrowserSession } from './harness.ts';

type ClaimsGraph = ApiGraph & { edges: { claims: { claimId: string; quote: string }[] }[] };

describe('files for other tools', { timeout: 90_000 }, () => {
  let explorer: RunningExplorer;
  let tab: OpenPage;

  useBrowserSession((session) => ({ explorer, tab } = session));

  it('when the view is saved for other tools, then GEXF, GraphML and Cytoscape JSON hold every entity and line as drawn, and the CSV every claim', async () => {
    const graph = await explorer.api<ClaimsGraph>('/api/graph?focus=sergey-lavrov&depth=1');
    const { page } = tab;
    await goto(page, `${explorer.url}/?focus=sergey-lavrov`);
    await page.locator('#export-toggle').click();
    const save = (format: string) => download(page, () => page.locator(`#export-${format}`).click(), `lavrov.${format}`);
    const drawn = await page.evaluate(() => {
      const cy = window.cy!;
      return {
        nodes: cy
          .nodes(':visible')
          .map((n) => ({ id: n.id(), x: n.position('x'), y: n.position('y'), fill: String(n.style('background-color')) })),
        edges: cy.edges(':visible').map((e) => ({ id: e.id(), directed: e.style('target-arrow-shape') !== 'none' })),
      };
    });

    const gexf = await save('gexf');
    expect(gexf.name).toMatch(new RegExp(`^entente-sergey-lavrov-${DATE}\\.gexf$`));
    const gephi = parseGexf(Graph, gexf.bytes.toString('utf8'));
    expect(gephi.order).toBe(drawn.nodes.length);
    expect(gephi.size).toBe(drawn.edges.length);
    for (const node of drawn.nodes) {
      const read = gephi.getNodeAttributes(node.id);
      expect(read.x).toBeCloseTo(node.x, 1);
      expect(read.y).toBeCloseTo(-node.y, 1);
      const rgb = node.fill.match(/\d+/g)!.map(Number);
      expect(read.color).toBe(`#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`);
    }
    for (const edge of drawn.edges) expect(gephi.isDirected(edge.id)).toBe(edge.directed);

    const yed = parseGraphml(Graph, (await save('graphml')).bytes.toString('utf8'));
    expect([yed.order, yed.size]).toEqual([drawn.nodes.length, drawn.edges.length]);

    const cyjs = JSON.parse((await save('cyjs')).bytes.toString('utf8')) as { elements: { nodes: unknown[]; edges: unknown[] } };
    expect([cyjs.elements.nodes.length, cyjs.elements.edges.length]).toEqual([drawn.nodes.length, drawn.edges.length]);

    const csv = await save('csv');
    expect(csv.name).toMatch(new RegExp(`^entente-sergey-lavrov-${DATE}-claims\\.csv$`));
    const rows = Papa.parse<Record<string, string>>(csv.bytes.toString('utf8').replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    }).data;
    const claims = graph.edges.flatMap((e) => e.claims);
    expect(rows.map((r) => r.claim_id).sort()).toEqual(claims.map((c) => c.claimId).sort());
    const quotes = new Map(claims.map((c) => [c.claimId, c.quote]));
    for (const row of rows) expect(row.quote!.replace(/^'/, '')).toBe(quotes.get(row.claim_id!));
    expect(await page.locator('#export-status').textContent()).toContain(csv.name);
  });
});
