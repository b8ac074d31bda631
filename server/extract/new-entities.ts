// New entities from candidate spans: a span that overlaps a known mention is that entity; the
// rest are grouped by slug. A bare surname joins the full name it shortens; a new name that is a
// form of a known entity (its surname, its acronym, the name its acronym stands for) gets mergeInto.
import type { Entity, ProposedEntity } from '../../contract/index.ts';
import { slugOf } from '../../contract/index.ts';
import { foldKey } from './fold.ts';
import type { Mention } from './mention.ts';
import type { Candidate } from './new-candidates.ts';

function lastWord(name: string): string {
  return foldKey(name).split(' ').at(-1) ?? '';
}

function initials(name: string): string {
  return foldKey(name)
    .split(/[\s-]+/)
    .filter((word) => !['of', 'for', 'and', 'the'].includes(word))
    .map((word) => word.charAt(0))
    .join('');
}

/** The known entity a new name is a form of, where exactly one fits. */
export function mergeTarget(candidate: Candidate, known: readonly Entity[]): string | null {
  const key = foldKey(candidate.name);
  const isAcronym = /^\p{Lu}{2,6}$/u.test(candidate.name);
  const fits = known.filter((entity) => {
    const forms = [entity.name, ...entity.aliases];
    if (candidate.kind === 'Person' && entity.kind === 'Person') {
      return forms.some((form) => lastWord(form) === lastWord(key)) && !key.includes(' ');
    }
    if (isAcronym) return forms.some((form) => form.includes(' ') && initials(form) === key);
    return forms.some((form) => /^\p{Lu}{2,6}$/u.test(form) && initials(key) === foldKey(form));
  });
  const ids = new Set(fits.map((entity) => entity.id));
  return ids.size === 1 ? (fits[0]?.id ?? null) : null;
}

/** A known mention covers the candidate, unless the candidate wraps it whole ("Islamic Emirate of X"). */
function overlapsAny(candidate: Candidate, mentions: readonly Mention[]): boolean {
  return mentions.some((mention) => {
    if (candidate.end <= mention.start || mention.end <= candidate.start) return false;
    const inside = candidate.start <= mention.start && mention.end <= candidate.end;
    return !(candidate.wraps === true && inside && candidate.end - candidate.start > mention.end - mention.start);
  });
}

/** Candidates come sorted by start, longest first: of overlapping ones the first stays. */
function firstOfOverlapping(candidates: readonly Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  for (const candidate of candidates) {
    const last = kept[kept.length - 1];
    if (last === undefined || candidate.start >= last.end) kept.push(candidate);
  }
  return kept;
}

/** Full names of new people by their surname, so "Smith" joins "John Smith". */
function surnameOwners(candidates: readonly Candidate[]): Map<string, Candidate> {
  const owners = new Map<string, Candidate>();
  for (const candidate of candidates) {
    if (candidate.kind === 'Person' && candidate.name.includes(' ')) owners.set(lastWord(candidate.name), candidate);
  }
  return owners;
}

/** Acronyms defined right after the name they stand for ("Shanghai Cooperation Organisation (SCO)"). */
function acronymOwners(candidates: readonly Candidate[]): Map<string, Candidate> {
  const owners = new Map<string, Candidate>();
  candidates.forEach((candidate, index) => {
    const name = candidates[index - 1];
    if (name === undefined || !/^\p{Lu}{2,6}$/u.test(candidate.name)) return;
    const gap = candidate.start - name.end;
    if (gap >= 1 && gap <= 3 && initials(name.name) === foldKey(candidate.name)) owners.set(candidate.name, name);
  });
  return owners;
}

/** New entities, and their mentions, from candidates that no known mention covers. */
export function newEntities(
  candidates: readonly Candidate[],
  known: { entities: readonly Entity[]; mentions: readonly Mention[] },
): { entities: ProposedEntity[]; mentions: Mention[] } {
  const fresh = firstOfOverlapping(candidates.filter((candidate) => !overlapsAny(candidate, known.mentions)));
  const owners = surnameOwners(fresh);
  const expansions = acronymOwners(fresh);
  const byId = new Map<string, ProposedEntity>();
  const mentions: Mention[] = [];
  for (const candidate of fresh) {
    const owner = candidate.name.includes(' ') ? undefined : owners.get(lastWord(candidate.name));
    const head = expansions.get(candidate.name) ?? (candidate.kind === 'Person' && owner !== undefined ? owner : candidate);
    const id = slugOf(head.name);
    if (id.length === 0) continue;
    const entity = byId.get(id) ?? {
      id,
      name: head.name,
      kind: head.kind,
      new: true,
      aliases: [],
      mentions: [],
      mergeInto: mergeTarget(head, known.entities),
    };
    byId.set(id, entity);
    if (entity.mentions.some(([start, end]) => candidate.start < end && start < candidate.end)) continue;
    entity.mentions.push([candidate.start, candidate.end]);
    if (candidate.name !== entity.name && !entity.aliases.includes(candidate.name)) entity.aliases.push(candidate.name);
    const ref = entity.mergeInto ?? entity.name;
    mentions.push({ id, ref, kind: entity.kind, start: candidate.start, end: candidate.end, surface: candidate.name });
  }
  return { entities: [...byId.values()], mentions };
}
