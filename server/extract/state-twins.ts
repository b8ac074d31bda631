// An official acting for their country: "Freedonian Foreign Minister X promised Sylvania arms" is
// Freedonia supplying Sylvania too. For the types that states, not people, hold (arms, vaccines,
// trade, exercises, alliance, cooperation), a claim naming an office holder whose country a title
// (or a titled alias) gave in the same sentence is proposed for that country as well.
import type { ProposedClaim } from '../../contract/index.ts';
import type { Office } from './office-holders.ts';

const STATE_TYPES = new Set([
  'SUPPLIES_ARMS_TO',
  'SUPPLIES_VACCINES_TO',
  'TRADES_WITH',
  'HOLDS_EXERCISES_WITH',
  'COOPERATES_WITH',
  'ALLIED_WITH',
]);

function twinOf(claim: ProposedClaim, office: Office): ProposedClaim | null {
  const country = office.body.ref;
  const person = office.person.ref;
  if (claim.subject === person && claim.object !== country) return { ...claim, subject: country };
  if (claim.object === person && claim.subject !== country) return { ...claim, object: country };
  return null;
}

/** The country-level twins of a sentence's claims, given the offices its titles name. */
export function stateTwins(claims: readonly ProposedClaim[], offices: readonly Office[]): ProposedClaim[] {
  const titled = offices.filter((office) => office.body.kind === 'Country');
  const twins: ProposedClaim[] = [];
  for (const claim of claims) {
    if (!STATE_TYPES.has(claim.type)) continue;
    for (const office of titled) {
      const twin = twinOf(claim, office);
      if (twin !== null) twins.push(twin);
    }
  }
  return twins;
}
