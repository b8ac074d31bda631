// "Explain a pair": two entities picked with the search box; their net alignment, whether it is
// contested, every direct claim grouped by article (with quotes), and the signed paths between them.
import { isAbort } from '../api/api-client.ts';
import type { AlignmentResponse, ArticleListItem as Article, EntityHit, PathClaim, SignedPath } from '../../contract/index.ts';
import { humanType } from '../graph/graph-elements.ts';
import { signName } from '../graph/highlight.ts';
import { claimDate, plural, speakerLabel } from '../ui/evidence-format.ts';
import { append, clear, h } from '../ui/dom.ts';
import { createSearchBox, type EntitySearch } from '../ui/search-box.ts';
import { hopDetails, SIGN_MARK } from '../ui/hop-details.ts';
import type { AnalysisApi } from './analysis-api.ts';
import { claimsByArticle } from './claims-by-article.ts';
import { netText } from './triads.ts';

export interface PairExplainOptions {
  search: EntitySearch;
  analysis: Pick<AnalysisApi, 'alignment'>;
  articles: () => Promise<ReadonlyMap<string, Article>>;
  name: (id: string) => string;
  /** Shows the paths between the two in the graph (the Paths panel). */
  showPaths: (a: string, b: string) => void;
}

const SIGN_TEXT = { aligned: 'aligned', opposed: 'opposed', mixed: 'balanced out' } as const;

type Name = (id: string) => string;

function claimLine(claim: PathClaim, article: Article | undefined, name: Name): HTMLElement {
  return h(
    'li',
    { dataset: { claimId: claim.claimId } },
    h('blockquote', { class: 'quote' }, claim.quote),
    h(
      'p',
      { class: 'muted' },
      `${name(claim.source)} ${humanType(claim.type)} ${name(claim.target)} · ${claim.polarity} · ${speakerLabel(claim.statedBy, name)}${claimDate(claim, article) ? ` · ${claimDate(claim, article)}` : ''}`,
    ),
  );
}

function pathItem(path: SignedPath, name: Name): HTMLElement {
  const sign = signName(path.sign);
  return h(
    'li',
    { class: 'path', dataset: { sign } },
    h('span', { class: `sign-badge sign-${sign}` }, `${SIGN_MARK[sign]} ${SIGN_TEXT[sign]}`),
    h('span', { class: 'path-steps' }, ` ${path.entities.map((e) => e.name).join(' → ')}`),
    h('span', { class: 'muted' }, ` strength ${path.strength}`),
    ...path.hops.map((hop) => hopDetails(hop, name, `net ${netText(hop.net)} · `)),
  );
}

/** The net alignment: its sign, whether contested, and the articles on each side. */
function netLine(data: AlignmentResponse): HTMLElement {
  const sign = signName(data.net.sign);
  return h(
    'p',
    { class: 'edge-summary', attrs: { id: 'pair-net' } },
    h(
      'span',
      { class: `sign-badge sign-${sign}`, dataset: { net: String(data.net.net) } },
      `net ${netText(data.net.net)} · ${SIGN_TEXT[sign]}`,
    ),
    data.net.contested
      ? h(
          'span',
          { class: 'contested-badge', attrs: { id: 'pair-contested', title: 'Both alliance and tension are stated about this pair' } },
          'contested',
        )
      : null,
    h(
      'span',
      { class: 'muted' },
      `${plural(data.net.alliance, 'alliance article')} · ${plural(data.net.tension, 'tension article')}${data.net.neutral ? ` · ${data.net.neutral} neutral` : ''}`,
    ),
  );
}

/** The direct claims, grouped by article (the first one open). */
function claimGroups(data: AlignmentResponse, articles: ReadonlyMap<string, Article>, name: Name): HTMLElement[] {
  const groups = claimsByArticle(data.claims);
  return [
    h('h3', { class: 'field-label' }, `Direct claims: ${plural(data.claims.length, 'claim')} in ${plural(groups.length, 'article')}`),
    ...(groups.length === 0 ? [h('p', { class: 'empty-inline' }, 'No article states a relationship between these two directly.')] : []),
    ...groups.map((group, index) => {
      const article = articles.get(group.articleId);
      const attrs: Record<string, boolean> = index === 0 ? { open: true } : {};
      return h(
        'details',
        { class: 'pair-article', dataset: { article: group.articleId }, attrs },
        h(
          'summary',
          {},
          h('span', { class: 'pair-article-title' }, article?.title ?? group.articleId),
          h(
            'span',
            { class: 'muted' },
            ` ${[article?.outlet, article?.eventDate ?? article?.published].filter(Boolean).join(' · ')} · ${plural(group.claims.length, 'claim')}`,
          ),
        ),
        h('ul', { class: 'hop-claims' }, ...group.claims.map((claim) => claimLine(claim, article, name))),
      );
    }),
  ];
}

/** The signed paths between the two, and "Show in graph". */
function signedPaths(data: AlignmentResponse, name: Name, showPaths: (a: string, b: string) => void): HTMLElement[] {
  return [
    h(
      'div',
      { class: 'section-head' },
      h('h3', { class: 'field-label' }, `Signed paths: ${data.paths.length}`),
      data.paths.length > 0
        ? h(
            'button',
            {
              class: 'link-button',
              attrs: { type: 'button', id: 'pair-show-paths' },
              on: { click: () => showPaths(data.a.id, data.b.id) },
            },
            'Show in graph',
          )
        : null,
    ),
    data.paths.length === 0
      ? h('p', { class: 'empty-inline' }, 'No signed path of 2–3 hops through alliances and tensions.')
      : h('ol', { class: 'path-list', attrs: { id: 'pair-paths' } }, ...data.paths.map((path) => pathItem(path, name))),
  ];
}

export function createPairExplain(options: PairExplainOptions): HTMLElement {
  const { name } = options;
  const picked: { a: EntityHit | null; b: EntityHit | null } = { a: null, b: null };
  const result = h('div', { class: 'pair-result', attrs: { id: 'pair-result', 'aria-live': 'polite' } });
  let controller: AbortController | undefined;

  const pick = (side: 'a' | 'b') => (hit: EntityHit) => {
    picked[side] = hit;
    void explain();
  };
  const first = createSearchBox({ label: 'First entity', id: 'pair-a', search: options.search, onPick: pick('a'), showChosen: true });
  const second = createSearchBox({ label: 'Second entity', id: 'pair-b', search: options.search, onPick: pick('b'), showChosen: true });

  function render(data: AlignmentResponse, articles: ReadonlyMap<string, Article>): void {
    clear(result);
    append(result, netLine(data), ...claimGroups(data, articles, name), ...signedPaths(data, name, options.showPaths));
  }

  async function explain(): Promise<void> {
    const { a, b } = picked;
    if (!a || !b) {
      result.replaceChildren(h('p', { class: 'muted' }, 'Pick a second entity.'));
      return;
    }
    if (a.id === b.id) {
      result.replaceChildren(h('p', { class: 'empty-inline' }, 'Pick two different entities.'));
      return;
    }
    controller?.abort();
    controller = new AbortController();
    result.dataset.state = 'loading';
    try {
      const [data, articles] = await Promise.all([options.analysis.alignment(a.id, b.id, controller.signal), options.articles()]);
      render(data, articles);
      result.dataset.state = 'ready';
    } catch (error) {
      if (isAbort(error)) return;
      result.replaceChildren(
        h(
          'p',
          { class: 'empty-inline' },
          `This pair cannot be explained right now: ${error instanceof Error ? error.message : String(error)}`,
        ),
      );
      result.dataset.state = 'error';
    }
  }

  result.append(
    h(
      'p',
      { class: 'muted' },
      'Pick two entities: their net alignment, the claims between them by article, and the signed paths that link them.',
    ),
  );
  return h(
    'div',
    { class: 'pair-explain', attrs: { id: 'pair-explain' } },
    h('h3', { class: 'field-label' }, 'Explain a pair'),
    first.element,
    second.element,
    result,
  );
}
