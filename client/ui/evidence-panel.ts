// The right panel: the evidence of a pair or a relationship (every claim with its quote and
// provenance, a pair's grouped by type) or an entity's card. All data text goes in through dom.ts
// (textContent only).
import { POLARITIES, type EntityDetail, type GraphEdge } from '../../contract/index.ts';
import { humanType } from '../graph/graph-elements.ts';
import type { PairEdge } from '../graph/pair-edges.ts';
import { kindStyle, POLARITY_STYLE } from '../graph/graph-style.ts';
import { claimView, plural, sortClaims, type ClaimView, type FormatContext } from './evidence-format.ts';
import { clear, externalLink, h } from './dom.ts';
import { claimsByArticle } from '../alignments/claims-by-article.ts';
import { lineSwatch } from './legend.ts';

export interface EvidenceActions {
  focus(id: string): void;
  selectEdge(id: string): void;
  selectNode(id: string): void;
  pathFrom(id: string): void;
}

export interface EvidencePanel {
  element: HTMLElement;
  showIntro(): void;
  showMessage(text: string): void;
  showEdge(edge: GraphEdge, context: FormatContext & { siblings: GraphEdge[] }): void;
  showPair(pair: PairEdge, context: FormatContext): void;
  showNode(detail: EntityDetail, context: { inView: boolean; focused: boolean }): void;
  /** Other evidence (a triad's claims from the Alignments panel), built by its owner. */
  showContent(...children: (Node | null)[]): void;
}

export const polarityBadge = (polarity: keyof typeof POLARITY_STYLE) =>
  h(
    'span',
    { class: `polarity-badge polarity-${polarity}` },
    lineSwatch(POLARITY_STYLE[polarity], { width: 2 }),
    POLARITY_STYLE[polarity].label.toLowerCase(),
  );

const kindBadge = (kind: string) => h('span', { class: 'kind-badge', style: { '--kind-fill': kindStyle(kind).fill } }, kind);

const button = (label: string, run: () => void, extra: Record<string, string> = {}) =>
  h('button', { class: 'link-button', attrs: { type: 'button', ...extra }, on: { click: run } }, label);

const meta = (term: string, value: Node | string | null) => (value ? [h('dt', {}, term), h('dd', {}, value)] : []);

/** One claim: its quote, who states it, what it states, and its own date where it differs from the article's. */
export function claimItem(view: ClaimView): HTMLElement {
  return h(
    'li',
    { class: 'claim', dataset: { claimId: view.claimId } },
    h('blockquote', { class: 'quote' }, view.quote),
    h(
      'dl',
      { class: 'claim-meta' },
      ...meta('Speaker', view.speaker),
      ...meta('States', h('span', {}, `${view.type} · `, polarityBadge(view.polarity))),
      ...meta('Date', view.date !== view.articleDate ? view.date : null),
    ),
  );
}

/** An article's provenance, once: its title (a link to the source when known; marked when written for the corpus), outlet, author, date and the curator's notes. */
function articleHeading(view: ClaimView, count: number): HTMLElement {
  return h(
    'header',
    { class: 'article-head' },
    h(
      'p',
      { class: 'article-title' },
      externalLink(view.articleTitle, view.articleUrl),
      view.titleIsDescriptive
        ? h(
            'span',
            { class: 'descriptive-badge', attrs: { title: 'The page prints no headline: this title was written for the corpus' } },
            'descriptive title',
          )
        : null,
    ),
    h(
      'p',
      { class: 'muted' },
      [
        view.outlet ?? 'outlet not named',
        view.author ?? 'author not named',
        view.articleDate ?? 'date not stated',
        plural(count, 'claim'),
      ].join(' · '),
    ),
    view.articleUrl ? null : h('p', { class: 'muted' }, 'No link to the source is known.'),
    view.notes ? h('details', { class: 'article-notes' }, h('summary', {}, 'Curator’s notes'), h('p', {}, view.notes)) : null,
  );
}

/** Claims grouped by article: each article's provenance once, then its quotes. */
export function claimsByArticleList(views: readonly ClaimView[], attrs: Record<string, string> = {}): HTMLElement {
  const groups = claimsByArticle(sortClaims(views));
  return h(
    'ol',
    { class: 'article-groups', attrs },
    ...groups.map(({ articleId, claims }) => {
      return h(
        'li',
        { class: 'article-group', dataset: { article: articleId } },
        articleHeading(claims[0]!, claims.length),
        h('ol', { class: 'claims' }, ...claims.map(claimItem)),
      );
    }),
  );
}

type Content = (Node | null)[];

/** The other relationships between the same two entities, each a link to itself. */
function siblingList(siblings: readonly GraphEdge[], name: (id: string) => string, actions: EvidenceActions): HTMLElement | null {
  if (siblings.length === 0) return null;
  return h(
    'div',
    { class: 'siblings' },
    h('h3', {}, 'Also between these two'),
    h(
      'ul',
      {},
      ...siblings.map((other) =>
        h(
          'li',
          {},
          button(
            other.directed ? `${name(other.source)} ${humanType(other.type)} ${name(other.target)}` : humanType(other.type),
            () => actions.selectEdge(other.id),
            { 'data-edge': other.id },
          ),
          polarityBadge(other.polarity),
          h('span', { class: 'muted' }, plural(other.claimCount, 'claim')),
        ),
      ),
    ),
  );
}

/** A relationship: its ends, type and polarity, the other relationships of the pair, and every claim. */
function edgeCard(edge: GraphEdge, context: FormatContext & { siblings: GraphEdge[] }, actions: EvidenceActions): Content {
  const claims = edge.claims.map((claim) => claimView({ ...claim, type: edge.type }, context));
  const arrow = edge.directed ? '→' : '—';
  return [
    h('p', { class: 'panel-kicker' }, 'Relationship'),
    h(
      'h2',
      { class: 'panel-title', attrs: { id: 'evidence-title' } },
      button(context.name(edge.source), () => actions.selectNode(edge.source)),
      ` ${arrow} ${humanType(edge.type)} ${arrow} `,
      button(context.name(edge.target), () => actions.selectNode(edge.target)),
    ),
    h(
      'p',
      { class: 'edge-summary' },
      polarityBadge(edge.polarity),
      edge.contested ? contestedBadge() : null,
      h('span', { class: 'muted' }, `${plural(edge.claimCount, 'claim')} · ${plural(edge.articleCount, 'article')}`),
    ),
    siblingList(context.siblings, context.name, actions),
    h('h3', {}, plural(claims.length, 'claim')),
    claimsByArticleList(claims, { id: 'claims' }),
  ];
}

const contestedBadge = () =>
  h('span', { class: 'contested-badge', attrs: { title: 'This pair has both alliance and tension claims in view' } }, 'contested pair');

/** One relationship of a pair: its type (and direction) as a heading, then its claims. */
function claimGroup(edge: GraphEdge, context: FormatContext): HTMLElement {
  const claims = edge.claims.map((claim) => claimView({ ...claim, type: edge.type }, context));
  const title = edge.directed ? `${context.name(edge.source)} ${humanType(edge.type)} ${context.name(edge.target)}` : humanType(edge.type);
  return h(
    'section',
    { class: 'claim-group', dataset: { type: edge.type, edge: edge.id } },
    h('h3', {}, `${title} `, polarityBadge(edge.polarity), h('span', { class: 'muted' }, ` ${plural(claims.length, 'claim')}`)),
    claimsByArticleList(claims),
  );
}

/** A pair: its ends, its net alignment (the analytics' rule), then every claim grouped by relationship type. */
function pairCard(pair: PairEdge, context: FormatContext, actions: EvidenceActions): Content {
  const { net } = pair;
  const link = pair.directed ? '→' : '—';
  return [
    h('p', { class: 'panel-kicker' }, 'Pair'),
    h(
      'h2',
      { class: 'panel-title', attrs: { id: 'evidence-title' } },
      button(context.name(pair.source), () => actions.selectNode(pair.source)),
      ` ${link} `,
      button(context.name(pair.target), () => actions.selectNode(pair.target)),
    ),
    h(
      'p',
      { class: 'edge-summary', attrs: { id: 'pair-net' } },
      polarityBadge(pair.polarity),
      net.contested ? contestedBadge() : null,
      h('span', { class: 'muted' }, `net ${net.net > 0 ? '+' : ''}${net.net}: ${net.alliance} alliance − ${net.tension} tension articles`),
      h('span', { class: 'muted' }, `${plural(pair.claimCount, 'claim')} · ${plural(pair.articleCount, 'article')}`),
    ),
    ...pair.edges.map((edge) => claimGroup(edge, context)),
  ];
}

/** The entity's counterparts of one polarity, each a link that focuses on it; null when there are none. */
function counterpartGroup(detail: EntityDetail, polarity: (typeof POLARITIES)[number], actions: EvidenceActions): HTMLElement | null {
  const list = detail.counterparts[polarity];
  if (list.length === 0) return null;
  return h(
    'section',
    { class: 'counterparts', dataset: { polarity } },
    h('h3', {}, polarityBadge(polarity), ` ${list.length}`),
    h(
      'ul',
      {},
      ...list.map((counterpart) =>
        h(
          'li',
          {},
          button(counterpart.name, () => actions.focus(counterpart.id), {
            title: `Focus on ${counterpart.name}`,
            'data-focus': counterpart.id,
          }),
          ' ',
          kindBadge(counterpart.kind),
          h(
            'span',
            { class: 'muted', dataset: { net: String(counterpart.net.net) } },
            ` ${plural(counterpart.claims, 'claim')} · ${plural(counterpart.articles, 'article')} · net ${counterpart.net.net > 0 ? '+' : ''}${counterpart.net.net} (${counterpart.net.alliance} alliance − ${counterpart.net.tension} tension articles)`,
          ),
        ),
      ),
    ),
  );
}

/** An entity's card: name, kind, description, actions, aliases, counterparts by polarity, articles. */
function entityCard(detail: EntityDetail, { inView, focused }: { inView: boolean; focused: boolean }, actions: EvidenceActions): Content {
  const { entity } = detail;
  return [
    h('p', { class: 'panel-kicker' }, 'Entity'),
    h('h2', { class: 'panel-title', attrs: { id: 'evidence-title' } }, entity.name, ' ', kindBadge(entity.kind)),
    entity.description ? h('p', { class: 'description' }, entity.description) : null,
    h(
      'div',
      { class: 'card-actions' },
      focused
        ? null
        : h(
            'button',
            { class: 'button', attrs: { type: 'button', id: 'focus-here' }, on: { click: () => actions.focus(entity.id) } },
            'Focus here',
          ),
      h(
        'button',
        { class: 'button button-quiet', attrs: { type: 'button' }, on: { click: () => actions.pathFrom(entity.id) } },
        'Paths from here',
      ),
    ),
    inView ? null : h('p', { class: 'muted' }, 'Not in the current view.'),
    entity.aliases.length > 0
      ? h('div', {}, h('h3', {}, 'Also called'), h('ul', { class: 'aliases' }, ...entity.aliases.map((alias) => h('li', {}, alias))))
      : null,
    h('h3', {}, 'Counterparts'),
    ...POLARITIES.map((polarity) => counterpartGroup(detail, polarity, actions)),
    POLARITIES.every((p) => detail.counterparts[p].length === 0) ? h('p', { class: 'muted' }, 'No stated relationships.') : null,
    h('h3', {}, plural(detail.articles.length, 'article')),
    h(
      'ul',
      { class: 'article-list' },
      ...detail.articles.map((article) =>
        h('li', {}, h('span', {}, article.title), article.outlet ? h('span', { class: 'muted' }, ` · ${article.outlet}`) : null),
      ),
    ),
  ];
}

export function createEvidencePanel(actions: EvidenceActions): EvidencePanel {
  const element = h('div', { class: 'evidence-body', attrs: { id: 'evidence-body' } });
  const show = (...children: Content) => {
    clear(element);
    element.append(...children.filter((child): child is Node => child !== null));
    element.scrollTop = 0;
  };

  return {
    element,
    showContent: show,
    showIntro() {
      show(
        h('h2', { class: 'panel-title' }, 'Evidence'),
        h('p', { class: 'muted' }, 'Click a line to read the claims behind it: every quote, its article, and who said it.'),
        h('p', { class: 'muted' }, 'Click an entity for its card: aliases, allies and adversaries, and the articles that name it.'),
      );
    },
    showMessage(text) {
      show(h('h2', { class: 'panel-title' }, 'Evidence'), h('p', { class: 'muted' }, text));
    },
    showEdge: (edge, context) => show(...edgeCard(edge, context, actions)),
    showPair: (pair, context) => show(...pairCard(pair, context, actions)),
    showNode: (detail, options) => show(...entityCard(detail, options, actions)),
  };
}
