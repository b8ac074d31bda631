// A place in the text where an entity (known or proposed) is named.
import type { EntityKind } from '../../contract/index.ts';

export interface Mention {
  /** A known entity's id, or a proposed entity's slug. */
  id: string;
  /** How a claim names it: the id for a known entity, the name for a new one. */
  ref: string;
  kind: EntityKind;
  start: number;
  end: number;
  /** The text as printed. */
  surface: string;
}

/** Keeps the earliest, then longest, of mentions that overlap; returns them in text order. */
export function withoutOverlaps(mentions: readonly Mention[]): Mention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: Mention[] = [];
  for (const mention of sorted) {
    const last = kept[kept.length - 1];
    if (last !== undefined && mention.start < last.end) continue;
    kept.push(mention);
  }
  return kept;
}
