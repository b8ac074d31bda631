// A console result as a table: a row number, then one cell per column, each written by
// cell-format.ts and put in as text only (values come from the graph and may hold anything).
import type { ConsoleResult } from '../../contract/index.ts';
import { kindStyle } from '../graph/graph-style.ts';
import { h } from '../ui/dom.ts';
import { formatCell } from './cell-format.ts';

export function resultTable(result: Pick<ConsoleResult, 'columns' | 'rows'>): HTMLTableElement {
  const head = h(
    'thead',
    {},
    h(
      'tr',
      {},
      h('th', { class: 'row-number', attrs: { scope: 'col' } }, '#'),
      ...result.columns.map((column) => h('th', { attrs: { scope: 'col' } }, column)),
    ),
  );
  const body = h('tbody');
  result.rows.forEach((row, index) => {
    const tr = h('tr', {}, h('td', { class: 'row-number' }, String(index + 1)));
    for (const value of row) tr.append(h('td', {}, cell(value)));
    body.append(tr);
  });
  return h('table', { class: 'console-table', attrs: { id: 'console-table' } }, head, body);
}

function cell(value: unknown): HTMLElement {
  const view = formatCell(value);
  const element = h('span', { class: `cell cell-${view.kind}`, attrs: { title: view.title ?? undefined } }, view.text);
  if (view.kind === 'node') {
    const style = kindStyle(view.entityKind ?? '');
    element.style.setProperty('--kind-fill', view.entityKind ? style.fill : '#f1f2f4');
    element.style.setProperty('--kind-border', view.entityKind ? style.border : '#7a828c');
  }
  return element;
}
