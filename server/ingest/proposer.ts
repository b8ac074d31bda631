// What proposes entities and claims for an article's text. The ingest commands take it as a
// parameter; `defaultProposer` is the one `npm run ingest` uses.
import type { Entity, Proposals, VocabularyEntry } from '../../contract/index.ts';
import { extractProposals } from '../extract/extract.ts';

export type Proposer = (text: string, known: { entities: Entity[]; vocabulary: VocabularyEntry[] }) => Proposals;

/** The assisted extraction (server/extract/): known entities, candidate new ones, candidate claims. */
export const defaultProposer: Proposer = extractProposals;
