// Colour by bloc: each bloc of two or more entities gets a colour from the colour-blind-safe
// palette (graph-style.ts) and a number ("B1"), shown in the label as the second channel; an
// entity alone in its bloc, or outside the analysis, is drawn pale as "No bloc". A member placed
// on thin evidence (the API's `weak`) is marked: "?" after its number, a dashed border.
import { BLOC_BORDER, BLOC_PALETTE, NO_BLOC_STYLE } from '../graph/graph-style.ts';
import type { SheetBloc } from '../export/sheet-types.ts';
import type { Bloc } from '../../contract/index.ts';

export interface BlocPaint {
  /** The server's bloc id (bloc-1, …), also for entities alone in theirs. */
  bloc: string;
  /** "B1", or null for an entity alone in its bloc. */
  tag: string | null;
  fill: string;
  border: string;
  /** Its place in the bloc rests on fewer than WEAK_MEMBER_ARTICLES articles (a shared bloc only). */
  weak: boolean;
}

export interface BlocColoring {
  byEntity: Map<string, BlocPaint>;
  /** Legend rows: one per bloc of two or more, in bloc order. */
  legend: SheetBloc[];
}

export function blocColoring(blocs: readonly Bloc[]): BlocColoring {
  const byEntity = new Map<string, BlocPaint>();
  const legend: SheetBloc[] = [];
  for (const bloc of blocs) {
    const shared = bloc.members.length >= 2;
    const tag = shared ? `B${legend.length + 1}` : null;
    const fill = shared ? BLOC_PALETTE[legend.length % BLOC_PALETTE.length]! : NO_BLOC_STYLE.fill;
    const border = shared ? BLOC_BORDER : NO_BLOC_STYLE.border;
    if (shared) legend.push({ label: `${tag} (${bloc.members.length})`, fill, border });
    const weak = new Set(shared ? bloc.weak : []);
    for (const member of bloc.members) byEntity.set(member.id, { bloc: bloc.id, tag, fill, border, weak: weak.has(member.id) });
  }
  return { byEntity, legend };
}

/** The node's label in bloc colouring: "Russia · B1", "NATO · B1?" for a weak member, or the name alone. */
export function blocLabel(name: string, paint: BlocPaint | undefined): string {
  return paint?.tag ? `${name} · ${paint.tag}${paint.weak ? '?' : ''}` : name;
}
