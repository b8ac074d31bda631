// What every briefing output says about the evidence, computed once: the numbered sources (every
// line of the view, most articles first), the key points that cite them, and the claim and article
// counts. The sheet (PDF/SVG) and the slide (PPTX) are drawn from the same value, so a number means
// the same relationship in both.
import { byEvidence } from './edge-numbering.ts';
import { keyPoints, type KeyPoint, type KeyPointLimits } from './key-points.ts';
import { citation, edgeFacts, evidenceSummary, pickClaims, relationshipText, type EvidenceSummary } from './sheet-sources.ts';
import type { SheetArticle, SheetEdge } from './sheet-types.ts';

export interface NumberedEdge extends SheetEdge {
  /** 1-based, in evidence order. */
  number: number;
}

export interface BriefingEvidence {
  /** Every line of the view, numbered by evidence. */
  sources: NumberedEdge[];
  keyPoints: KeyPoint[];
  summary: EvidenceSummary;
}

export function briefingEvidence(edges: readonly SheetEdge[], limits?: KeyPointLimits): BriefingEvidence {
  const sources = byEvidence(edges).map((edge, index) => ({ ...edge, number: index + 1 }));
  return { sources, keyPoints: keyPoints(sources, limits), summary: evidenceSummary(edges) };
}

/** Edge id → its number. */
export const numbersOf = (evidence: BriefingEvidence): Map<string, number> =>
  new Map(evidence.sources.map((source) => [source.id, source.number]));

export interface SourcesTextContext {
  articles: ReadonlyMap<string, SheetArticle>;
  name: (id: string) => string;
}

/**
 * The numbered sources as plain text (a slide's speaker notes): each relationship, its facts, and
 * every claim behind it with its citation, one article's first before another's second.
 */
export function sourcesText(evidence: BriefingEvidence, { articles, name }: SourcesTextContext): string {
  return evidence.sources
    .map((source) => {
      const { shown } = pickClaims(source.claims, source.claims.length);
      const quotes = shown.map((claim) => `   “${claim.quote}” — ${citation(claim, articles.get(claim.articleId), name)}`);
      return [`${source.number}. ${relationshipText(source, name)} (${edgeFacts(source)})`, ...quotes].join('\n');
    })
    .join('\n\n');
}
