// What each side of a claim may be, for the types whose meaning fixes it (a person holds an
// office in a country, a visit is to a country, membership is of an organization). A pair that
// fits only the other way round is swapped; one that fits neither way is not proposed.
import type { EntityKind } from '../../contract/index.ts';

interface SideRule {
  subject?: readonly EntityKind[];
  object?: readonly EntityKind[];
}

const NOT_PERSON: readonly EntityKind[] = ['Country', 'Organization', 'Group', 'Initiative'];

const RULES: Readonly<Record<string, SideRule>> = {
  HOLDS_OFFICE_IN: { subject: ['Person'], object: NOT_PERSON },
  ADVISES: { subject: ['Person'], object: ['Person'] },
  VISITED: { object: ['Country'] },
  MEMBER_OF: { object: ['Organization', 'Group'] },
  PARTICIPATES_IN: { object: ['Initiative', 'Organization'] },
  HOLDS_EXERCISES_WITH: { subject: NOT_PERSON, object: NOT_PERSON },
};

function fits(rule: SideRule, subject: EntityKind, object: EntityKind): boolean {
  return (rule.subject?.includes(subject) ?? true) && (rule.object?.includes(object) ?? true);
}

/** 'keep', 'swap' or 'drop' for a pair of kinds under a type. */
export function orientation(type: string, subject: EntityKind, object: EntityKind): 'keep' | 'swap' | 'drop' {
  const rule = RULES[type];
  if (rule === undefined || fits(rule, subject, object)) return 'keep';
  return fits(rule, object, subject) ? 'swap' : 'drop';
}
