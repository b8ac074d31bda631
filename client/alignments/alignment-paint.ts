// The Alignments panel's marks on the graph: bloc colours (data and class on each node, so the
// stylesheet draws them) and a triad's highlight (its three nodes and their edges; the rest recede).
import type { Core } from 'cytoscape';
import { NO_BLOC_STYLE } from '../graph/graph-style.ts';
import { blocLabel, type BlocColoring } from './bloc-colors.ts';

const BLOC_DATA = 'bloc blocFill blocBorder blocLabel';

/** Colours every node by its bloc; null restores the kind colours. */
export function paintBlocs(cy: Core, coloring: BlocColoring | null): void {
  cy.batch(() => {
    cy.nodes().removeClass('bloc-colored bloc-weak').removeData(BLOC_DATA);
    if (!coloring) return;
    cy.nodes().forEach((node) => {
      const paint = coloring.byEntity.get(node.id());
      node.data({
        ...(paint ? { bloc: paint.bloc } : {}),
        blocFill: paint?.fill ?? NO_BLOC_STYLE.fill,
        blocBorder: paint?.border ?? NO_BLOC_STYLE.border,
        blocLabel: blocLabel(String(node.data('label')), paint),
      });
      node.addClass(paint?.weak ? 'bloc-colored bloc-weak' : 'bloc-colored');
    });
  });
}

/** Highlights the triad's members present in the view and the edges between them; null clears it. Returns the members drawn. */
export function paintTriad(cy: Core, ids: readonly string[] | null): string[] {
  let drawn: string[] = [];
  cy.batch(() => {
    cy.elements().removeClass('triad off-triad');
    if (!ids) return;
    const members = cy.nodes().filter((node) => ids.includes(node.id()));
    const on = members.union(members.edgesWith(members));
    on.addClass('triad');
    cy.elements().not(on).addClass('off-triad');
    drawn = members.map((node) => node.id());
  });
  return drawn;
}
