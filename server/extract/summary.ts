// The readable summary `npm run extract` prints without --json.
import type { Proposals } from '../../contract/index.ts';

export function formatSummary(proposals: Proposals): string {
  const lines: string[] = [];
  const known = proposals.entities.filter((entity) => !entity.new);
  const fresh = proposals.entities.filter((entity) => entity.new);
  lines.push(`Known entities (${known.length}):`);
  for (const entity of known) lines.push(`  ${entity.id} (${entity.kind}) ×${entity.mentions.length}`);
  lines.push(`New entities (${fresh.length}):`);
  for (const entity of fresh) {
    const merge = entity.mergeInto ? ` → merge into ${entity.mergeInto}?` : '';
    lines.push(`  ${entity.name} [${entity.id}] (${entity.kind}) ×${entity.mentions.length}${merge}`);
  }
  lines.push(`Claims (${proposals.claims.length}):`);
  for (const claim of proposals.claims) {
    const speaker = claim.statedBy === null ? '' : ` says ${claim.statedBy}:`;
    lines.push(
      `  ${speaker ? speaker.trim() + ' ' : ''}${claim.subject} — ${claim.type} — ${claim.object} (${claim.polarity}) «${claim.quote}»`,
    );
  }
  return lines.join('\n');
}
