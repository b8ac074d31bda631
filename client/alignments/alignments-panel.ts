// The Alignments section of the sidebar (collapsible): colour by bloc, the frustration index, the
// unbalanced triads (a click highlights one and opens its quotes), and "Explain a pair".
import type { ViewState } from '../state/view-state.ts';
import { plural } from '../ui/evidence-format.ts';
import { append, clear, h } from '../ui/dom.ts';
import type { BalanceResponse, BlocsResponse, Triad } from '../../contract/index.ts';
import { balanceSummaryText, blocSummaryText, percent } from './analysis-summary.ts';
import { patternMeaning, signPattern, triadIds, triadKey } from './triads.ts';

export interface AlignmentsPanelOptions {
  onChange: (patch: Partial<ViewState>) => void;
  /** The "Explain a pair" part, placed at the end of the section. */
  pair: HTMLElement;
}

export interface AlignmentsPanel {
  element: HTMLElement;
  /** Controls from the view: the toggle, the current triad; opens the section when the view uses it. */
  update(state: ViewState): void;
  /** The analysis results (or why there are none). */
  showAnalysis(result: { balance: BalanceResponse; blocs: BlocsResponse } | { error: string }): void;
}

/** A triad of the list: a button that highlights it (or stops, when it is the current one). */
function triadItem(triad: Triad, state: ViewState | undefined, onChange: AlignmentsPanelOptions['onChange']): HTMLElement {
  const key = triadKey(triadIds(triad));
  const current = !!state?.triad && triadKey(state.triad) === key;
  return h(
    'li',
    {},
    h(
      'button',
      {
        class: 'triad',
        attrs: {
          type: 'button',
          'aria-pressed': String(current),
          title: current ? 'Stop highlighting this triad' : 'Highlight this triad and read its quotes',
        },
        dataset: { triad: key },
        on: { click: () => onChange({ triad: current ? null : triadIds(triad) }) },
      },
      h('span', { class: 'triad-names' }, triad.members.map((m) => m.name).join(' · ')),
      h(
        'span',
        { class: 'triad-facts' },
        h('span', { class: 'triad-signs' }, signPattern(triad)),
        ` ${patternMeaning(triad)} · ${plural(triad.evidence, 'article')}`,
      ),
    ),
  );
}

/** "Articles per pair": the analyses' minimum evidence (the API's minArticles), 1–5 plus the current value when a link asks for more. */
function minEvidenceField(onPick: (value: number) => void) {
  const select = h('select', { attrs: { id: 'analysis-min-articles' }, on: { change: () => onPick(Number(select.value)) } });
  return {
    element: h(
      'label',
      {
        class: 'inline-field',
        attrs: { for: 'analysis-min-articles', title: 'Pairs stated by fewer distinct articles are left out of the blocs and triads' },
      },
      'Articles per pair ',
      select,
    ),
    show(current: number) {
      const values = [...new Set([1, 2, 3, 4, 5, current])].sort((a, b) => a - b);
      select.replaceChildren(...values.map((n) => h('option', { attrs: { value: n } }, n === 1 ? 'any' : `${n}+`)));
      select.value = String(current);
    },
  };
}

export function createAlignmentsPanel({ onChange, pair }: AlignmentsPanelOptions): AlignmentsPanel {
  let state: ViewState | undefined;
  let touched = false;
  const minEvidence = minEvidenceField((value) => onChange({ alignMinArticles: value }));
  const toggle = h('input', {
    attrs: { type: 'checkbox', id: 'color-by-bloc' },
    on: { change: () => onChange({ colorBy: toggle.checked ? 'bloc' : 'kind' }) },
  });
  const blocSummary = h('p', { class: 'muted', attrs: { id: 'bloc-summary' } });
  const frustration = h('span', { class: 'frustration-badge', attrs: { id: 'frustration-badge', hidden: true } });
  const balanceSummary = h('p', { class: 'muted', attrs: { id: 'balance-summary' } });
  const triadList = h('ol', { class: 'triad-list', attrs: { id: 'triad-list', 'aria-label': 'Unbalanced triads' } });
  const clearTriad = h(
    'button',
    { class: 'link-button', attrs: { type: 'button', id: 'clear-triad', hidden: true }, on: { click: () => onChange({ triad: null }) } },
    'Clear',
  );

  const element = h(
    'details',
    { class: 'panel-section alignments', attrs: { id: 'alignments' }, on: { toggle: () => void (touched = true) } },
    h('summary', { class: 'section-head' }, h('h2', { attrs: { id: 'alignments-title' } }, 'Alignments'), frustration),
    h(
      'div',
      { class: 'alignments-body' },
      h(
        'label',
        {
          class: 'check',
          attrs: { title: 'Colour entities by the bloc the alignment analysis puts them in (alliances inside, tensions between)' },
        },
        toggle,
        h('span', {}, 'Colour by bloc'),
      ),
      minEvidence.element,
      blocSummary,
      h('div', { class: 'section-head' }, h('h3', { class: 'field-label' }, 'Unbalanced triads'), clearTriad),
      balanceSummary,
      triadList,
      pair,
    ),
  );

  let lastTriads: Triad[] = [];
  const renderTriads = () => {
    clear(triadList);
    append(triadList, ...lastTriads.map((triad) => triadItem(triad, state, onChange)));
  };

  return {
    element,
    update(next) {
      state = next;
      toggle.checked = next.colorBy === 'bloc';
      minEvidence.show(next.alignMinArticles);
      clearTriad.hidden = !next.triad;
      if (!touched && (next.colorBy === 'bloc' || next.triad || next.alignMinArticles > 1)) element.open = true;
      renderTriads();
    },
    showAnalysis(result) {
      if ('error' in result) {
        lastTriads = [];
        renderTriads();
        frustration.hidden = true;
        blocSummary.textContent = '';
        balanceSummary.textContent = result.error;
        return;
      }
      const { balance, blocs } = result;
      blocSummary.textContent = blocSummaryText(blocs, balance.kinds);
      frustration.hidden = balance.counts.triads === 0;
      frustration.textContent = `${percent(balance.frustration)} frustrated`;
      frustration.title = 'Frustration index: the share of triads that are unbalanced';
      balanceSummary.textContent = balanceSummaryText(balance);
      lastTriads = balance.triads.filter((triad) => !triad.balanced);
      renderTriads();
    },
  };
}
