// The graph with the keyboard: the canvas takes the focus (Tab), the arrow keys move a cursor from
// an entity to the neighbour that lies in that direction on screen, and Enter opens the evidence:
// the claims of the line just followed, or the entity's card before any line was followed. A live
// region reads out where the cursor is, since the canvas itself says nothing to a screen reader.
import type { Core, NodeSingular, Position } from 'cytoscape';
import type { Selection } from '../state/view-state.ts';

const DIRECTIONS: Record<string, Position> = {
  ArrowRight: { x: 1, y: 0 },
  ArrowLeft: { x: -1, y: 0 },
  ArrowDown: { x: 0, y: 1 },
  ArrowUp: { x: 0, y: -1 },
};

/**
 * The candidate to step to from `from` in `direction`: only those ahead of it (within 90°), the
 * nearest with the straightest bearing first; ties by id, so a key always leads to the same place.
 */
export function stepToward(from: Position, direction: Position, candidates: readonly { id: string; position: Position }[]): string | null {
  const scored = candidates.flatMap(({ id, position }) => {
    const dx = position.x - from.x;
    const dy = position.y - from.y;
    const distance = Math.hypot(dx, dy);
    const cos = distance === 0 ? 0 : (dx * direction.x + dy * direction.y) / distance;
    // Off to the side costs up to three times the distance.
    return cos > 0 ? [{ id, score: distance * (1 + 2 * (1 - cos)) }] : [];
  });
  scored.sort((a, b) => a.score - b.score || (a.id < b.id ? -1 : 1));
  return scored[0]?.id ?? null;
}

/** The best connected entity (the focus if marked): where the cursor starts. */
function startNode(cy: Core): NodeSingular | null {
  const focus = cy.nodes('.focus');
  if (focus.nonempty()) return focus[0]!;
  const ranked = cy.nodes().sort((a, b) => b.degree(false) - a.degree(false) || (a.id() < b.id() ? -1 : 1));
  return ranked.nonempty() ? ranked[0]! : null;
}

export function attachKeyboardWalk(cy: Core, container: HTMLElement, onSelect: (selection: Selection) => void): void {
  container.tabIndex = 0;
  container.setAttribute('aria-keyshortcuts', 'ArrowUp ArrowDown ArrowLeft ArrowRight Enter');
  const live = document.createElement('p');
  live.className = 'visually-hidden';
  live.setAttribute('aria-live', 'polite');
  live.id = 'graph-cursor';
  container.after(live);
  let line: string | null = null;

  const cursor = () => cy.nodes('.cursor');
  function moveTo(node: NodeSingular, via: string | null): void {
    cy.elements('.cursor').removeClass('cursor');
    node.addClass('cursor');
    line = via;
    const edge = via ? cy.$id(via) : null;
    if (edge) edge.addClass('cursor');
    const summary = edge?.nonempty() ? ` · ${String(edge.data('label'))}` : '';
    live.textContent = `${String(node.data('label'))}${summary}`;
  }

  container.addEventListener('focus', () => {
    const start = cursor().nonempty() ? cursor()[0]! : startNode(cy);
    if (start) moveTo(start, cursor().nonempty() ? line : null);
  });
  container.addEventListener('blur', () => void cy.elements('.cursor').removeClass('cursor'));
  container.addEventListener('keydown', (event) => {
    const here = cursor();
    if (here.empty()) return;
    const node = here[0]!;
    if (event.key === 'Enter') {
      event.preventDefault();
      return onSelect(line && cy.$id(line).nonempty() ? { kind: 'edge', id: line } : { kind: 'node', id: node.id() });
    }
    const direction = DIRECTIONS[event.key];
    if (!direction) return;
    event.preventDefault();
    const neighbours = node
      .neighborhood()
      .nodes()
      .map((other) => ({ id: other.id(), position: other.renderedPosition() }));
    const next = stepToward(node.renderedPosition(), direction, neighbours);
    if (next) moveTo(cy.$id(next), node.edgesWith(cy.$id(next))[0]!.id());
  });
}
