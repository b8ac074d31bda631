// The slide export: one 16:9 PowerPoint slide (pptxgenjs, loaded on first use) with the title, the
// graph as a high-resolution image with its numbers, the key points, the legend, and the numbered
// sources in the speaker notes. Analysts put these graphics into decks; the text stays text.
import type { BriefingInput } from './briefing-sheet.ts';
import { dataUrl, svgToPng } from './raster.ts';
import { SLIDE, slideContent, type SvgImage } from './slide-content.ts';

/** Image pixels per pt: 4 gives ≈ 290 dpi at the size the image takes on the slide. */
const PIXELS_PER_PT = 4;
const INK = '1F2328';
const MUTED = '5F6670';
const FONT = 'Arial';

const image = async ({ svg, width, height }: SvgImage) => dataUrl(await svgToPng(svg, { width, height }, PIXELS_PER_PT));

export async function slideFile(input: BriefingInput): Promise<Blob> {
  const { default: PptxGenJS } = await import('pptxgenjs');
  const content = slideContent(input);
  const [graph, legend] = await Promise.all([image(content.graph), image(content.legend)]);
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = content.title;
  pptx.company = 'entente';
  const slide = pptx.addSlide();
  slide.addText(content.title, { ...SLIDE.title, fontFace: FONT, fontSize: 26, bold: true, color: INK, fit: 'shrink', margin: 0 });
  slide.addText(content.subtitle, { ...SLIDE.subtitle, fontFace: FONT, fontSize: 13, color: MUTED, margin: 0 });
  slide.addImage({ data: graph, ...SLIDE.graph, altText: `Graph: ${content.title}` });
  const points = content.keyPoints.length > 0 ? content.keyPoints : ['No alliance or tension is stated in this view.'];
  slide.addText(
    [
      { text: 'Key points', options: { bold: true, fontSize: 14, color: INK, breakLine: true } },
      ...points.map((text) => ({ text, options: { bullet: true, fontSize: 11.5, color: INK, breakLine: true, paraSpaceBefore: 4 } })),
    ],
    { ...SLIDE.keyPoints, fontFace: FONT, valign: 'top', margin: 0, fit: 'shrink' },
  );
  const legendHeight = (SLIDE.legend.w * content.legend.height) / content.legend.width;
  slide.addImage({ data: legend, ...SLIDE.legend, h: legendHeight, altText: 'Legend' });
  slide.addText(content.footer, { ...SLIDE.footer, fontFace: FONT, fontSize: 9, color: MUTED, margin: 0 });
  slide.addNotes(content.notes);
  return (await pptx.write({ outputType: 'blob', compression: true })) as Blob;
}
