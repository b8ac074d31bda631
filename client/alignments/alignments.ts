// The Alignments feature: follows the view (a ViewExtension of the explorer). Fetches the balance
// and blocs analyses for the view's kinds, colours nodes by bloc when asked (legend too), and
// highlights the triad in the URL with its quotes in the evidence panel: claims found in the view's
// edges, the rest from /api/analysis/alignment for their pair.
import type { Core } from 'cytoscape';
import { isAbort, type ApiClient } from '../api/api-client.ts';
import { askedOnce } from '../api/asked-once.ts';
import {
  WEAK_MEMBER_ARTICLES,
  type ArticleListItem as Article,
  type BalanceResponse,
  type GraphResponse,
  type PathClaim,
} from '../../contract/index.ts';
import type { ViewExtension } from '../explorer.ts';
import type { SheetBloc } from '../export/sheet-types.ts';
import { NO_BLOC_STYLE } from '../graph/graph-style.ts';
import type { NameBook } from '../state/entity-names.ts';
import type { TriadIds, ViewState } from '../state/view-state.ts';
import type { EvidencePanel } from '../ui/evidence-panel.ts';
import type { EntitySearch } from '../ui/search-box.ts';
import { h } from '../ui/dom.ts';
import { group, row, shapeSwatch } from '../ui/legend.ts';
import { paintBlocs, paintTriad } from './alignment-paint.ts';
import { createAlignmentsPanel } from './alignments-panel.ts';
import { analysisQuery, createAnalysisApi, type AnalysisApi } from './analysis-api.ts';
import { blocColoring, type BlocColoring } from './bloc-colors.ts';
import { createPairExplain } from './pair-explain.ts';
import { triadEvidence } from './triad-evidence.ts';
import { claimsInView, findTriad, triadClaims } from './triads.ts';

export interface AlignmentsOptions {
  api: ApiClient;
  cy: Core;
  evidence: EvidencePanel;
  names: NameBook;
  /** The legend strip under the graph (a bloc group is added while colouring by bloc). */
  legend: HTMLElement;
  search: EntitySearch;
  navigate: (patch: Partial<ViewState>) => void;
}

export interface Alignments extends ViewExtension {
  element: HTMLElement;
  /** The bloc swatches while nodes are coloured by bloc, else null (for the briefing sheet's legend). */
  blocLegend(): SheetBloc[] | null;
}

/** The bloc group of the legend strip while nodes are coloured by bloc; removed with null. */
function showBlocLegend(legend: HTMLElement, rows: SheetBloc[] | null): void {
  legend.querySelector('[data-legend-group="blocs"]')?.remove();
  if (!rows) return;
  const blocs = group(
    'Blocs (fill)',
    ...rows.map((bloc, i) => row(shapeSwatch('ellipse', bloc.fill, bloc.border), bloc.label, `bloc-${i + 1}`)),
    row(shapeSwatch('ellipse', NO_BLOC_STYLE.fill, NO_BLOC_STYLE.border), NO_BLOC_STYLE.label, 'no-bloc'),
    row(
      shapeSwatch('ellipse', '#ffffff', '#555'),
      `“B1?”, dashed: weak member (fewer than ${WEAK_MEMBER_ARTICLES} articles place it)`,
      'bloc-weak',
    ),
  );
  blocs.dataset.legendGroup = 'blocs';
  legend.append(blocs);
}

/** Claims of a pair ("a,b") from /api/analysis/alignment, for triads whose claims are not in the view; asked once per pair (again after a failure). */
function pairClaimsCache(analysis: AnalysisApi): (a: string, b: string) => Promise<PathClaim[]> {
  const pairClaims = new Map<string, Promise<PathClaim[]>>();
  return (a, b) => {
    const key = `${a},${b}`;
    let found = pairClaims.get(key);
    if (!found) {
      found = analysis.alignment(a, b).then((result) => result.claims);
      found.catch(() => pairClaims.delete(key));
      pairClaims.set(key, found);
    }
    return found;
  };
}

/** Article metadata by id, asked once (again after a failure). */
const articlesById = (api: Pick<ApiClient, 'articles'>) =>
  askedOnce(() => api.articles().then((list) => new Map<string, Article>(list.map((a) => [a.id, a]))));

/** The evidence panel for three entities that are no triad of the analysis (or when it is unavailable). */
function notATriad(names: string[], analysed: boolean): HTMLElement[] {
  return [
    h('p', { class: 'panel-kicker' }, 'Triad'),
    h('h2', { class: 'panel-title', attrs: { id: 'evidence-title' } }, names.join(' · ')),
    h(
      'p',
      { class: 'muted' },
      analysed
        ? 'These three are not a triad of the alignment analysis for the kinds in this view.'
        : 'The alignment analysis is unavailable, so this triad cannot be explained.',
    ),
  ];
}

export function createAlignments(options: AlignmentsOptions): Alignments {
  const { cy, evidence, names, navigate } = options;
  const analysis = createAnalysisApi(options.api);
  let loadedKey: string | null = null;
  let balance: BalanceResponse | null = null;
  let coloring: BlocColoring | null = null;
  let colored = false;
  const claimsOfPair = pairClaimsCache(analysis);
  const articles = articlesById(options.api);

  const pair = createPairExplain({
    search: options.search,
    analysis,
    articles,
    name: names.name,
    showPaths: (a, b) => navigate({ pathFrom: a, pathTo: b }),
  });
  const panel = createAlignmentsPanel({ onChange: navigate, pair: pair.element });

  async function loadAnalysis(state: ViewState, stale: () => boolean): Promise<void> {
    const query = analysisQuery(state);
    const key = query.toString();
    if (key === loadedKey) return;
    try {
      const [nextBalance, blocs] = await Promise.all([analysis.balance(query), analysis.blocs(query)]);
      if (stale()) return;
      balance = nextBalance;
      coloring = blocColoring(blocs.blocs);
      loadedKey = key;
      names.remember(blocs.blocs.flatMap((bloc) => bloc.members));
      panel.showAnalysis({ balance: nextBalance, blocs });
    } catch (error) {
      if (isAbort(error) || stale()) return;
      // The explorer works on without the analysis; the next view asks again.
      balance = null;
      coloring = null;
      loadedKey = null;
      panel.showAnalysis({
        error: `The alignment analysis is unavailable right now (${error instanceof Error ? error.message : String(error)}).`,
      });
    }
  }

  async function showTriad(ids: TriadIds, graph: GraphResponse | null, drawn: string[], stale: () => boolean): Promise<void> {
    const triad = findTriad(balance?.triads ?? [], ids);
    if (!triad) return evidence.showContent(...notATriad(ids.map(names.name), balance !== null));
    const known = claimsInView(graph?.edges ?? []);
    let unavailable = 0;
    for (const pending of triadClaims(triad, known).filter((p) => p.missing.length > 0)) {
      try {
        for (const claim of await claimsOfPair(...pending.edge.pair)) known.set(claim.claimId, claim);
      } catch (error) {
        if (isAbort(error)) throw error;
        unavailable += pending.missing.length;
      }
      if (stale()) return;
    }
    const pairs = triadClaims(triad, known);
    const articleMap = await articles().catch(() => new Map<string, Article>());
    await names.resolve(pairs.flatMap((p) => p.claims.flatMap((claim) => (claim.statedBy ? [claim.statedBy] : []))));
    if (stale()) return;
    evidence.showContent(...triadEvidence(triad, pairs, { articles: articleMap, name: names.name, drawn, unavailable }));
  }

  return {
    element: panel.element,
    blocLegend: () => (colored && coloring ? coloring.legend : null),
    async sync({ state, graph, stale }) {
      panel.update(state);
      pair.update(state.historical);
      await loadAnalysis(state, stale);
      if (stale()) return;
      colored = state.colorBy === 'bloc' && coloring !== null;
      paintBlocs(cy, colored ? coloring : null);
      showBlocLegend(options.legend, colored ? coloring!.legend : null);
      const drawn = paintTriad(cy, state.triad);
      if (state.triad && !state.selection) await showTriad(state.triad, graph, drawn, stale);
    },
  };
}
