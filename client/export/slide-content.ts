// What the slide shows, as plain data (pure): the title and subtitle, the key points, the graph with
// its numbers and the legend as SVG documents (made into high-resolution images in the browser),
// and the speaker notes with the numbered sources. Drawn from the same evidence as the sheet
// (briefing-evidence.ts), so the numbers agree.
import { briefingEvidence, numbersOf, sourcesText, type BriefingEvidence } from './briefing-evidence.ts';
import type { BriefingInput } from './briefing-sheet.ts';
import { keyPointText } from './key-points.ts';
import { legendContents } from './legend-contents.ts';
import { drawGraph, fitGraph } from './sheet-graph.ts';
import { drawLegend } from './sheet-legend.ts';
import { summaryText } from './sheet-sources.ts';
import { num, tag } from './xml.ts';

/** Where things go on a 16:9 slide (13.333 × 7.5 in), in inches. */
export const SLIDE = {
  width: 13.333,
  height: 7.5,
  title: { x: 0.4, y: 0.25, w: 12.5, h: 0.6 },
  subtitle: { x: 0.4, y: 0.82, w: 12.5, h: 0.35 },
  graph: { x: 0.4, y: 1.3, w: 8.3, h: 5.7 },
  keyPoints: { x: 8.95, y: 1.3, w: 4.0, h: 3.75 },
  legend: { x: 8.95, y: 5.15, w: 4.0 },
  footer: { x: 0.4, y: 7.05, w: 12.5, h: 0.3 },
} as const;

/** Points per inch: the SVG documents are drawn in pt, at the size they take on the slide. */
const PT = 72;

export interface SvgImage {
  svg: string;
  /** Size in pt. */
  width: number;
  height: number;
}

export interface SlideContent {
  title: string;
  subtitle: string;
  keyPoints: string[];
  graph: SvgImage;
  legend: SvgImage;
  /** "N claims from M articles · <what reopens the view>". */
  footer: string;
  /** The speaker notes: the numbered sources with their quotes. */
  notes: string;
  evidence: BriefingEvidence;
}

const svgDocument = (body: string, width: number, height: number) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${num(width)}" height="${num(height)}" viewBox="0 0 ${num(width)} ${num(height)}">` +
  tag('rect', { x: 0, y: 0, width, height, fill: '#ffffff' }) +
  body +
  '</svg>';

/** Labels and numbers are drawn larger than on the sheet: a slide is read from across a room. */
const GRAPH_OPTIONS = { minLabelSize: 9, badgeRadius: 7.5 };

export function slideContent(input: BriefingInput): SlideContent {
  const evidence = briefingEvidence(input.edges, { historical: input.historical ?? false });
  const box = { x: 0, y: 0, width: SLIDE.graph.w * PT, height: SLIDE.graph.h * PT };
  const graph = drawGraph({ nodes: input.nodes, edges: input.edges, numbers: numbersOf(evidence), box }, GRAPH_OPTIONS);
  const legend = drawLegend({
    x: 2,
    y: 2,
    width: SLIDE.legend.w * PT - 4,
    lineScale: fitGraph(input.nodes, input.edges, box, GRAPH_OPTIONS).scale,
    blocs: input.blocs,
    contents: legendContents(input.nodes, input.edges, true),
    numberLabel: 'relationship, sources in the notes',
  });
  const notes = [
    `Sources (the numbers on the graph), most articles first. ${summaryText(evidence.summary)}.`,
    sourcesText(evidence, input),
    input.reference ?? '',
  ];
  return {
    title: input.title || 'Untitled briefing',
    subtitle: [input.subtitle, input.date].filter(Boolean).join(' · '),
    keyPoints: evidence.keyPoints.map((point) => keyPointText(point, input.name)),
    graph: { svg: svgDocument(graph, box.width, box.height), width: box.width, height: box.height },
    legend: {
      svg: svgDocument(legend.markup, SLIDE.legend.w * PT, legend.height + 4),
      width: SLIDE.legend.w * PT,
      height: legend.height + 4,
    },
    footer: [summaryText(evidence.summary), input.reference].filter(Boolean).join(' · '),
    notes: notes.filter(Boolean).join('\n\n'),
    evidence,
  };
}
