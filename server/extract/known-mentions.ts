// Mentions of the entities already in data/: by name, alias and (for countries) demonym; case-
// and accent-insensitive, possessives included ("Pakistan’s" names Pakistan). Short forms in
// capitals ("US", "SCO") match only as printed, so the pronoun "us" is not the United States.
import type { Entity } from '../../contract/index.ts';
import { acronymsOf, countryNames, demonymsOf } from './demonyms.ts';
import { atWordBounds, fold, foldKey, indicesOf } from './fold.ts';
import { withoutOverlaps, type Mention } from './mention.ts';

interface SurfaceForm {
  entity: Entity;
  form: string;
  key: string;
  exactCase: boolean;
}

export interface KnownMatcher {
  forms: SurfaceForm[];
  entities: Entity[];
}

const ACRONYM = /^[\p{Lu}.&]{2,6}$/u;

/** A country entity's demonyms, when its name or an alias is a country of the table. */
function demonymForms(entity: Entity): string[] {
  if (entity.kind !== 'Country') return [];
  const names = new Set([entity.name, ...entity.aliases].map(foldKey));
  const country = countryNames().find((name) => names.has(foldKey(name)));
  return country === undefined ? [] : [...demonymsOf(country), ...acronymsOf(country)];
}

export function knownMatcher(entities: readonly Entity[]): KnownMatcher {
  const forms: SurfaceForm[] = [];
  for (const entity of entities) {
    const surfaces = new Set([entity.name, ...entity.aliases, ...demonymForms(entity)]);
    for (const form of surfaces) {
      const key = foldKey(form);
      if (key.length < 2) continue;
      forms.push({ entity, form, key, exactCase: ACRONYM.test(form) });
    }
  }
  return { forms, entities: [...entities] };
}

/** Every mention of a known entity in the text, without overlaps (the longest form wins). */
export function findKnownMentions(text: string, matcher: KnownMatcher): Mention[] {
  const folded = fold(text).replace(/\s/g, ' ');
  const found: Mention[] = [];
  for (const { entity, form, key, exactCase } of matcher.forms) {
    for (const start of indicesOf(folded, key)) {
      const end = start + key.length;
      if (!atWordBounds(text, start, end)) continue;
      const surface = text.slice(start, end);
      if (exactCase && surface !== form) continue;
      found.push({ id: entity.id, ref: entity.id, kind: entity.kind, start, end, surface });
    }
  }
  return withoutOverlaps(found);
}
