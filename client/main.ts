// Entry point: builds the page's parts, wires them to the explorer controller, and starts it.
// index.html holds the slots the Cypher console (data-slot="console", a drawer under the graph)
// and the Export menu (data-slot="exports") fill; window.cy and window.entente expose the running
// graph and explorer to tests.
import './zod-jitless.ts';
import { createAlignments } from './alignments/alignments.ts';
import { createApiClient } from './api/api-client.ts';
import { saveCompareSheet } from './compare/compare-export.ts';
import { createCompareMode } from './compare/compare-mode.ts';
import { createCypherConsole } from './console/cypher-console.ts';
import { createExplorer, type Explorer } from './explorer.ts';
import { createGraphView } from './graph/graph-view.ts';
import { createNameBook } from './state/entity-names.ts';
import { createBanner } from './ui/banner.ts';
import { createEmptyState } from './ui/empty-state.ts';
import { createExportsMenu } from './export/exports-menu.ts';
import { createAddArticle } from './ingest/add-article.ts';
import { createEvidencePanel } from './ui/evidence-panel.ts';
import { createFiltersPanel } from './ui/filters-panel.ts';
import { createFocusControls } from './ui/focus-controls.ts';
import { createLegend } from './ui/legend.ts';
import { createPathsPanel } from './ui/paths-panel.ts';
import { createReadySignal } from './ui/ready-signal.ts';
import { createSignOut } from './ui/sign-out.ts';
import { createToolbar } from './ui/toolbar.ts';
import { createTimeline } from './timeline/timeline.ts';
import { withoutFilters } from './state/view-state.ts';

declare global {
  interface Window {
    /** The running explorer (state, navigate, graph): for tools and tests. */
    entente?: Explorer;
  }
}

const byId = (id: string) => document.getElementById(id)!;

const api = createApiClient();
const names = createNameBook(api);
const search = (query: string, signal: AbortSignal) => api.searchEntities(query, 8, signal);
// The explorer is created below; the parts built before it call it only once it exists.
const navigate: Explorer['navigate'] = (patch) => explorer.navigate(patch);

const banner = createBanner();
const empty = createEmptyState();
const view = createGraphView({
  container: byId('graph'),
  // A tap on a console result's own element (an Article, …) is the console's; the rest navigates.
  onSelect: (selection) => void (cypherConsole.handlesSelection(selection) || navigate({ selection })),
  onPinsChange: (pins) => navigate({ pins }),
});
const toolbar = createToolbar({
  fit: () => view.fit(),
  relayout: () => void explorer.relayout(),
  unpinAll: () => view.unpinAll(),
  setLines: (lines) => navigate({ lines }),
});
byId('graph-area').append(banner.element, empty.element);
const legend = createLegend();
const timeline = createTimeline({ api, navigate });
byId('graph-area').after(timeline.element, legend);
byId('header-counts').append(toolbar.counts);
byId('header-toolbar').append(toolbar.buttons);
const cypherConsole = createCypherConsole({
  api,
  view,
  slot: document.querySelector<HTMLElement>('[data-slot="console"]')!,
  graphArea: byId('graph-area'),
  state: () => explorer.state,
  navigate,
  redraw: () => explorer.redraw(),
  explorerGraph: () => explorer.graph,
});
toolbar.buttons.append(cypherConsole.toggle);

const evidence = createEvidencePanel({
  focus: (id) => navigate({ focus: id, selection: { kind: 'node', id } }),
  selectEdge: (id) => navigate({ selection: { kind: 'edge', id } }),
  selectNode: (id) => navigate({ selection: { kind: 'node', id } }),
  pathFrom: (id) => navigate({ pathFrom: id }),
});
byId('evidence').append(evidence.element);
evidence.showIntro();

const focus = createFocusControls({ search, name: names.name, onChange: navigate });
const paths = createPathsPanel({ search, name: names.name, onChange: navigate, onChoose: (index) => explorer.choosePath(index) });
const filtersSlot = document.createElement('div');
const alignments = createAlignments({ api, cy: view.cy, evidence, names, legend, search, navigate });
byId('sidebar').append(focus.element, filtersSlot, paths.element, alignments.element);
const compare = createCompareMode({
  api,
  view,
  names,
  evidence,
  empty,
  toolbar,
  state: () => explorer.state,
  navigate,
  exportSheet: (kind, mode) => saveCompareSheet(kind, mode, { cy: view.cy, articles: () => api.articles() }),
});
toolbar.buttons.append(compare.toggle);
byId('sidebar').prepend(compare.panel);
legend.prepend(compare.legend);

const explorer = createExplorer({
  api,
  names,
  view,
  evidence,
  banner,
  empty,
  toolbar,
  focus,
  paths,
  signal: createReadySignal(),
  extensions: [alignments, timeline, compare],
  console: cypherConsole,
  createFilters: ({ vocabulary, articles }) => {
    const panel = createFiltersPanel({
      vocabulary,
      articles,
      search,
      name: names.name,
      onChange: navigate,
      onClear: () => navigate(withoutFilters(explorer.state)),
    });
    filtersSlot.replaceChildren(panel.element);
    return panel;
  },
});
window.entente = explorer;
const exportsMenu = createExportsMenu({
  cy: view.cy,
  view: () => explorer,
  settled: () => view.settled(),
  articles: () => api.articles(),
  name: names.name,
  blocLegend: () => alignments.blocLegend(),
});
document.querySelector('[data-slot="exports"]')!.append(exportsMenu.element);
const addArticle = createAddArticle({
  api,
  knownName: names.name,
  committed: () => explorer.reload(),
  showArticle: (id) => navigate({ ...withoutFilters(explorer.state), article: [id], focus: null, selection: null }),
});
document.querySelector('[data-slot="exports"]')!.before(addArticle.button);
const signOut = createSignOut();
if (signOut) document.querySelector('.header-actions')!.append(signOut);
void explorer.start();
