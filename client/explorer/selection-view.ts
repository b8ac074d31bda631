// The evidence panel follows the selection: the intro without one, an edge's claims (with the
// names of its ends and speakers resolved), or an entity's details (fetched once, then kept).
import { ApiError, type ApiClient } from '../api/api-client.ts';
import type { ArticleListItem as Article, EntityDetail, GraphResponse } from '../../contract/index.ts';
import { siblingEdges } from '../graph/graph-elements.ts';
import { endsOf, isPairId, pairBetween } from '../graph/pair-edges.ts';
import type { NameBook } from '../state/entity-names.ts';
import type { ViewState } from '../state/view-state.ts';
import type { EvidencePanel } from '../ui/evidence-panel.ts';

export interface SelectionViewOptions {
  api: ApiClient;
  names: NameBook;
  evidence: EvidencePanel;
  /** Article metadata by id, for the claims' sources. */
  articles: () => ReadonlyMap<string, Article>;
}

/** Shows the state's selection; returns early when stale() turns true. */
export type SelectionView = (state: ViewState, graph: GraphResponse | null, stale: () => boolean) => Promise<void>;

export function createSelectionView({ api, names, evidence, articles }: SelectionViewOptions): SelectionView {
  const details = new Map<string, EntityDetail>();

  /** The entity's details, fetched once per reading of historical claims; null when it does not exist. */
  async function detailOf(id: string, historical: boolean): Promise<EntityDetail | null> {
    const key = `${id}#${historical}`;
    const known = details.get(key);
    if (known) return known;
    let detail: EntityDetail;
    try {
      detail = await api.entity(id, { historical });
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) return null;
      throw error;
    }
    details.set(key, detail);
    names.remember([detail.entity, ...Object.values(detail.counterparts).flat()]);
    return detail;
  }

  return async (state, graph, stale) => {
    const selection = state.selection;
    if (!selection) return evidence.showIntro();
    if (selection.kind === 'edge' && isPairId(selection.id)) {
      const pair = graph ? pairBetween(graph.edges, ...endsOf(selection.id), { historical: state.historical }) : null;
      if (!pair) return evidence.showMessage('That pair is not in the current view. Clear a filter or the focus to see it again.');
      await names.resolve([
        pair.source,
        pair.target,
        ...pair.edges.flatMap((e) => e.claims.flatMap((c) => (c.statedBy ? [c.statedBy] : []))),
      ]);
      if (stale()) return;
      return evidence.showPair(pair, { articles: articles(), name: names.name });
    }
    if (selection.kind === 'edge') {
      const edge = graph?.edges.find((e) => e.id === selection.id);
      if (!edge || !graph)
        return evidence.showMessage('That relationship is not in the current view. Clear a filter or the focus to see it again.');
      await names.resolve([edge.source, edge.target, ...edge.claims.flatMap((c) => (c.statedBy ? [c.statedBy] : []))]);
      if (stale()) return;
      return evidence.showEdge(edge, { articles: articles(), name: names.name, siblings: siblingEdges(graph.edges, edge) });
    }
    const detail = await detailOf(selection.id, state.historical);
    if (!detail) return evidence.showMessage('That entity was not found.');
    if (stale()) return;
    evidence.showNode(detail, { inView: !!graph?.nodes.some((n) => n.id === selection.id), focused: state.focus === selection.id });
  };
}
